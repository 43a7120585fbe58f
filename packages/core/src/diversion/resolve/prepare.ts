/**
 * A record normalised once: name readings (the screening engine's normaliser: scripts,
 * legal forms, abbreviations), addresses, phones in E.164, e-mails, domains, identifiers,
 * and the blocking keys under which it is filed.
 */
import { countryCode } from '../../common/countries';
import { keysOf } from '../../screening/matching/index';
import { normaliseName, type NormalisedName } from '../../screening/matching/index';
import { addressBlock, normaliseAddress, type NormalisedAddress } from '../address';
import {
  domainOf,
  FREE_MAIL_DOMAINS,
  normaliseEmail,
  normaliseIdentifierInput,
  normalisePhone,
  PLATFORM_DOMAINS,
  type NormalisedIdentifier,
} from './contacts';
import type { ResolvableParty } from './types';

interface Field<T> {
  field: string;
  value: string;
  norm: T;
}

export interface PreparedParty {
  ref: string;
  record: ResolvableParty;
  country?: string;
  names: Field<NormalisedName[]>[];
  addresses: Field<NormalisedAddress>[];
  phones: Field<{ e164?: string; digits: string }>[];
  emails: Field<string>[];
  /** Domains of the website(s) and of company (non-mailbox) e-mails. */
  domains: (Field<string> & { from: 'website' | 'email' })[];
  identifiers: Field<NormalisedIdentifier>[];
  /** Blocking keys; name keys start with "n". */
  keys: Set<string>;
}

const indexed = <T>(xs: readonly T[] | undefined, field: string) =>
  (xs ?? []).map((v, i) => [v, `${field}[${i}]`] as const);

type Prepared = Omit<PreparedParty, 'ref' | 'record' | 'country' | 'keys'>;

/** Websites' domains, then company (non-mailbox) e-mail domains; platforms and free mailboxes say nothing. */
function domainsOf(record: ResolvableParty, emails: Field<string>[]): PreparedParty['domains'] {
  const domains: PreparedParty['domains'] = [];
  for (const [value, field] of [
    ...(record.website ? [[record.website, 'website'] as const] : []),
    ...indexed(record.websites, 'websites'),
  ]) {
    const d = domainOf(value);
    if (d && !PLATFORM_DOMAINS.has(d)) domains.push({ field, value, norm: d, from: 'website' });
  }
  for (const e of emails) {
    const d = domainOf(e.norm);
    if (d && !FREE_MAIL_DOMAINS.has(d) && !PLATFORM_DOMAINS.has(d))
      domains.push({ field: e.field, value: e.value, norm: d, from: 'email' });
  }
  return domains;
}

/** The blocking keys a prepared record is filed under; name keys start with "n". */
function blockingKeys(p: Prepared, record: ResolvableParty): Set<string> {
  const keys = new Set<string>();
  for (const n of p.names) for (const r of n.norm) for (const k of keysOf(r)) keys.add(`n${k}`);
  for (const a of p.addresses) {
    if (a.norm.doors.length) keys.add(`a:${addressBlock(a.norm)}`);
    if (a.norm.poBox) keys.add(`b:${a.norm.poBox}`);
  }
  for (const ph of p.phones) keys.add(`ph:${ph.norm.digits.slice(-8)}`);
  for (const e of p.emails) keys.add(`e:${e.norm}`);
  for (const d of p.domains) keys.add(`d:${d.norm}`);
  for (const i of p.identifiers) keys.add(`i:${i.norm.value}`);
  if (record.id) keys.add(`c:${record.id}`);
  return keys;
}

/** "United Arab Emirates", "UAE" and "AE" are one country: ISO codes when the name is known. */
const countryOf = (record: ResolvableParty) =>
  record.country?.trim() ? (countryCode(record.country.trim()) ?? record.country.trim().toUpperCase()) : undefined;

export function prepareParty(record: ResolvableParty, ref: string): PreparedParty {
  const country = countryOf(record);
  const type = record.type ?? 'unknown';
  const names = [[record.name, 'name'] as const, ...indexed(record.aliases, 'aliases')]
    .filter(([n]) => n?.trim())
    .map(([value, field]) => ({ field, value, norm: normaliseName(value, type, country ? [country] : []) }));
  const addresses = [
    ...(record.address ? [[record.address, 'address'] as const] : []),
    ...indexed(record.addresses, 'addresses'),
  ]
    .map(([value, field]) => ({ field, value, norm: normaliseAddress(value) }))
    .filter((a) => a.norm.key);
  const phones = indexed(record.phones, 'phones').flatMap(([value, field]) => {
    const norm = normalisePhone(value, country);
    return norm ? [{ field, value, norm }] : [];
  });
  const emails = indexed(record.emails, 'emails').flatMap(([value, field]) => {
    const norm = normaliseEmail(value);
    return norm ? [{ field, value, norm }] : [];
  });
  const identifiers = indexed(record.identifiers, 'identifiers').flatMap(([value, field]) => {
    const norm = normaliseIdentifierInput(value);
    return norm ? [{ field, value: norm.original, norm }] : [];
  });
  const p: Prepared = { names, addresses, phones, emails, domains: domainsOf(record, emails), identifiers };
  const keys = blockingKeys(p, record);
  return { ref, record, ...(country ? { country } : {}), ...p, keys };
}
