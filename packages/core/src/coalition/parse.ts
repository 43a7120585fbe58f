/**
 * Validators for what users send: applications and denial notices. Every refusal names the
 * field by JSON Pointer (RFC 6901) and says what was expected.
 */
import { isCountryCode } from '../common/countries';
import { invalidInput } from '../common/errors';
import { isUuid } from '../common/ids';
import type { ApplicationInput, ApplicationItem, ControlEntryRef, PartyRef } from './model';

type Obj = Record<string, unknown>;
/** The message names the field too (the CLI prints messages, not pointers). */
const bad = (message: string, at: string) => invalidInput(`${at || '/'}: ${message}`, at);
const PARTY_ROLES = ['end_user', 'consignee', 'intermediate_consignee', 'purchaser', 'other'] as const;

const obj = (v: unknown, at: string): Obj => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw bad('expected a JSON object', at);
  return v as Obj;
};
export const text = (v: unknown, at: string, max = 2000): string => {
  if (typeof v !== 'string' || !v.trim()) throw bad('expected a non-empty string', at);
  if (v.length > max) throw bad(`longer than ${max} characters`, at);
  return v.trim();
};
const optText = (v: unknown, at: string, max = 2000) => (v === undefined || v === null ? undefined : text(v, at, max));
export const country = (v: unknown, at: string): string => {
  const c = text(v, at, 2).toUpperCase();
  if (!isCountryCode(c)) throw bad(`"${c}" is not an ISO 3166-1 alpha-2 country code`, at);
  return c;
};
const list = (v: unknown, at: string, min = 1): unknown[] => {
  if (!Array.isArray(v) || v.length < min) throw bad(`expected an array of at least ${min}`, at);
  if (v.length > 500) throw bad('more than 500 entries', at);
  return v;
};
const num = (v: unknown, at: string) => {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw bad('expected a non-negative number', at);
  return v;
};

export function parseControlEntry(v: unknown, at: string): ControlEntryRef {
  const o = obj(v, at);
  const jurisdiction = text(o.jurisdiction, `${at}/jurisdiction`, 10).toUpperCase();
  const code = text(o.code, `${at}/code`, 40).replace(/\s+/g, '');
  if (!/^[A-Za-z0-9.\-_]+$/.test(code)) throw bad(`"${code}" is not a control-list code`, `${at}/code`);
  return { jurisdiction, code };
}

export function parseParty(v: unknown, at: string): PartyRef {
  const o = obj(v, at);
  const role = o.role ?? 'end_user';
  if (!PARTY_ROLES.includes(role as PartyRef['role']))
    throw bad(`role must be one of ${PARTY_ROLES.join(', ')}`, `${at}/role`);
  const identifiers =
    o.identifiers === undefined
      ? undefined
      : list(o.identifiers, `${at}/identifiers`, 0).map((x, i) => {
          const io = obj(x, `${at}/identifiers/${i}`);
          const type = optText(io.type, `${at}/identifiers/${i}/type`, 100);
          return { ...(type ? { type } : {}), value: text(io.value, `${at}/identifiers/${i}/value`, 200) };
        });
  const address = optText(o.address, `${at}/address`, 500);
  return {
    role: role as PartyRef['role'],
    name: text(o.name, `${at}/name`, 500),
    ...(o.country !== undefined ? { country: country(o.country, `${at}/country`) } : {}),
    ...(address ? { address } : {}),
    ...(identifiers?.length ? { identifiers } : {}),
  };
}

function parseItem(v: unknown, at: string): ApplicationItem {
  const o = obj(v, at);
  const quantity = num(o.quantity, `${at}/quantity`);
  const value = num(o.value, `${at}/value`);
  return {
    description: text(o.description, `${at}/description`, 1000),
    controlEntries: list(o.controlEntries, `${at}/controlEntries`).map((c, i) =>
      parseControlEntry(c, `${at}/controlEntries/${i}`),
    ),
    ...(quantity !== undefined ? { quantity } : {}),
    ...(value !== undefined ? { value } : {}),
  };
}

export function parseApplication(input: unknown): ApplicationInput {
  const o = obj(input, '');
  const agencyId = text(o.agencyId, '/agencyId', 40);
  if (!isUuid(agencyId)) throw bad('expected the agency tenant id (a UUID)', '/agencyId');
  const determinationId = optText(o.determinationId, '/determinationId', 200);
  return {
    agencyId,
    reference: text(o.reference, '/reference', 200),
    destination: country(o.destination, '/destination'),
    items: list(o.items, '/items').map((x, i) => parseItem(x, `/items/${i}`)),
    parties: list(o.parties, '/parties').map((x, i) => parseParty(x, `/parties/${i}`)),
    endUse: text(o.endUse, '/endUse', 4000),
    ...(determinationId ? { determinationId } : {}),
  };
}
