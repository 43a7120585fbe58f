/**
 * A transaction as a user sends it (the API body; one line of the CLI's JSONL), and its
 * validator. Plain types, no schema library: every refusal names the field by JSON Pointer
 * (RFC 6901), e.g. `/items/0/classification/US`, and says what was expected.
 */
import { DomainError } from '../common/errors';
import { jurisdictionOf, licensingJurisdictions } from './jurisdictions/registry';

export interface TransactionItem {
  description?: string;
  /** Per jurisdiction: "3A090.a", "EAR99" (US), "5A002.a" / "unlisted" (EU). */
  classification?: Record<string, string>;
  /** Technical parameters for the classification engine when a classification is not given. */
  parameters?: Record<string, unknown>;
  hs?: string;
  /** ISO alpha-2 country where the item was made. */
  origin: string;
  /** Share of controlled US-origin content, for de minimis (15 CFR 734.4). */
  us_content_percent?: number;
  /**
   * ECCNs of the US-origin content the foreign-made item incorporates (e.g. ["9A515.a", "3A001.b.2"]), for the 15 CFR
   * 734.4(a) cases with no de minimis level.
   */
  us_content_eccns?: string[];
  value?: number;
  quantity?: number;
  made_with_us_technology?: boolean;
  /** The consignee's statement required by License Exception STA (15 CFR 740.20(d)(2)). */
  sta_consignee_statement?: boolean;
  /** Encryption item eligible under ENC (15 CFR 740.17), as the exporter has assessed it. */
  enc_eligible?: boolean;
  /** The item is technology or software already published (15 CFR 734.7): not subject to the EAR. */
  published?: boolean;
  /** Technology or software arising during or resulting from fundamental research (15 CFR 734.8). */
  fundamental_research?: boolean;
  /** A temporary export returning within one year, e.g. tools of trade (License Exception TMP, 15 CFR 740.9(a)). */
  temporary_export?: boolean;
  /**
   * One-for-one replacement parts or servicing of an item lawfully exported before (License Exception RPL, 15 CFR
   * 740.10).
   */
  replacement_parts?: boolean;
  /** The end user is a national government agency of the destination (License Exception GOV, 15 CFR 740.11). */
  government_end_user?: boolean;
  /** Carried by an individual leaving the US as personal baggage (License Exception BAG, 15 CFR 740.14). */
  personal_baggage?: boolean;
  /** The consignee gave the written assurance against re-export required by License Exception TSR (15 CFR 740.6(a)). */
  tsr_written_assurance?: boolean;
  /** BIS was notified under License Exception NAC/ACA and did not object within 25 days (15 CFR 740.8). */
  nac_notified?: boolean;
  /**
   * An update that only fixes errors in software lawfully exported before (License Exception TSU, 15 CFR 740.13(c)).
   */
  software_update?: boolean;
  /**
   * Sanctions annexes / schedules the exporter has found the item on (`SANCTIONS_LISTS`), e.g. Reg. 833/2014 Annex
   * XXIII.
   */
  sanctions_lists?: string[];
  /** Re-export after repair or replacement to the country it came from (Reg. 2021/821 Annex IIc, EU003). */
  returning_after_repair?: boolean;
  /** Temporary export for an exhibition or fair, to be re-imported unchanged (Annex IId, EU004). */
  temporary_exhibition?: boolean;
  /** Software / technology sent to a subsidiary of the same group (Annex IIg, EU007). */
  intra_group?: boolean;
}

export interface TransactionParty {
  role: 'end_user' | 'consignee' | 'intermediate_consignee' | 'purchaser' | 'forwarder' | 'other';
  name: string;
  country?: string;
  /**
   * Owners of the party that are on a restricted-party list, as the exporter found them (BIS
   * affiliates rule, 15 CFR 744.11(a)(3)): the list id and the share held; `percent` absent when
   * the owner is known but its share is not (red flag 29: a licence is needed).
   */
  listed_owners?: { name: string; list: string; percent?: number }[];
}

export interface Transaction {
  id: string;
  /** ISO date: the determination is answered as of this date. */
  date: string;
  exporter: { name?: string; country: string };
  items: TransactionItem[];
  destination: string;
  parties: TransactionParty[];
  end_use: string[];
  /** Citizenship of the foreign national receiving technology in a deemed export (15 CFR 734.13(b)). */
  technology_release_to: string | null;
  /**
   * Grounds the competent authority has informed the exporter of (`KNOWLEDGE_GROUNDS`; Reg. 2021/821 Arts. 4(1), 5(1)).
   */
  informed_by_authority?: string[];
  /** Grounds the exporter is aware of (`KNOWLEDGE_GROUNDS`; Reg. 2021/821 Arts. 4(2), 5(2); Reg. 833/2014 Art. 12). */
  exporter_aware?: string[];
  /** Clauses the sale contract carries (`CONTRACT_CLAUSES`; Reg. 833/2014 Art. 12g). */
  contract_clauses?: string[];
  /**
   * A sanctioned region within the destination country (`DESTINATION_REGIONS`; 15 CFR 746.6 covered regions of
   * Ukraine).
   */
  destination_region?: string;
}

/**
 * What an exporter can be informed of or aware of: the catch-all grounds of Reg. 2021/821 Arts. 4-5 and diversion to
 * Russia / Belarus.
 */
export const KNOWLEDGE_GROUNDS = [
  'wmd',
  'military_end_use',
  'illicit_military_parts',
  'cyber_surveillance',
  'diversion_to_russia',
  'diversion_to_belarus',
] as const;
export const CONTRACT_CLAUSES = ['no_re_export_to_russia', 'no_re_export_to_belarus'] as const;
/**
 * Sanctions annexes and schedules an item can be stated to be on (the rules in data/rules-eu-russia.ts and rules-uk.ts
 * read them).
 */
export const SANCTIONS_LISTS = [
  'eu-833-annex-vii',
  'eu-833-annex-xi',
  'eu-833-annex-xx',
  'eu-833-annex-xxiii',
  'eu-833-annex-xxxv',
  'eu-833-annex-xl',
  'eu-258-2012-annex-i',
  'eu-765-annex-va',
  'uk-rus-sch-2a',
  'uk-rus-sch-2c',
  'uk-rus-sch-2e',
] as const;
/** An ECCN of the US Commerce Control List (not EAR99). */
const ECCN = /^[0-9][A-E]\d{3}(\.[a-z0-9]{1,2})*$/i;

/** Regions the EAR treats apart from their country (15 CFR 746.6: Crimea, and the so-called DNR and LNR). */
export const DESTINATION_REGIONS = ['crimea', 'dnr', 'lnr'] as const;
export const END_USES = [
  'civil',
  'military',
  'military_end_user',
  'wmd',
  'nuclear',
  'missile',
  'chemical_biological',
  'surveillance',
  'supercomputer',
  'advanced_node_ic_production',
  'ai_model_training',
] as const;
/** A party's role in the transaction. */
export const PARTY_ROLES = [
  'end_user',
  'consignee',
  'intermediate_consignee',
  'purchaser',
  'forwarder',
  'other',
] as const;
const ROLES: readonly string[] = PARTY_ROLES;
const ITEM_KEYS = new Set([
  'description',
  'classification',
  'parameters',
  'hs',
  'origin',
  'us_content_percent',
  'value',
  'quantity',
  'made_with_us_technology',
  'sta_consignee_statement',
  'enc_eligible',
  'sanctions_lists',
  'returning_after_repair',
  'temporary_exhibition',
  'intra_group',
  'published',
  'fundamental_research',
  'temporary_export',
  'replacement_parts',
  'government_end_user',
  'personal_baggage',
  'tsr_written_assurance',
  'nac_notified',
  'software_update',
  'us_content_eccns',
]);
const TOP_KEYS = new Set([
  'id',
  'date',
  'exporter',
  'items',
  'destination',
  'parties',
  'end_use',
  'technology_release_to',
  'informed_by_authority',
  'exporter_aware',
  'contract_clauses',
  'destination_region',
]);
const COUNTRY = /^[A-Z]{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Issue {
  pointer: string;
  message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates and returns the transaction with defaults (`parties: []`, `end_use: []`); throws one DomainError listing
 * every issue.
 */
export function parseTransaction(input: unknown, where = ''): Transaction {
  const issues: Issue[] = [];
  const fail = (pointer: string, message: string) => issues.push({ pointer: where + pointer, message });
  if (!isObject(input))
    throw refuse([
      { pointer: where, message: 'a transaction is a JSON object with id, date, exporter, items and destination' },
    ]);
  for (const k of Object.keys(input)) if (!TOP_KEYS.has(k)) fail(`/${k}`, `unknown field '${k}'`);
  const str = (v: unknown, p: string, required: boolean): string | undefined => {
    if (v === undefined || v === null) {
      if (required) fail(p, 'is required');
      return undefined;
    }
    if (typeof v !== 'string' || !v.trim()) fail(p, 'must be a non-empty string');
    return typeof v === 'string' ? v : undefined;
  };
  const country = (v: unknown, p: string, required: boolean) => {
    const s = str(v, p, required);
    if (s !== undefined && !COUNTRY.test(s)) fail(p, `'${s}' is not an ISO 3166-1 alpha-2 country code such as "CN"`);
    return s;
  };
  const id = str(input.id, '/id', true);
  const date = str(input.date, '/date', true);
  if (date !== undefined && (!DATE.test(date) || Number.isNaN(Date.parse(date))))
    fail('/date', `'${date}' is not an ISO date YYYY-MM-DD`);
  const destination = country(input.destination, '/destination', true);
  let exporter: Transaction['exporter'] | undefined;
  if (!isObject(input.exporter)) fail('/exporter', 'is required: {"name": ..., "country": "US"}');
  else {
    for (const k of Object.keys(input.exporter))
      if (k !== 'name' && k !== 'country') fail(`/exporter/${k}`, `unknown field '${k}'`);
    const name = str(input.exporter.name, '/exporter/name', false);
    exporter = { ...(name ? { name } : {}), country: country(input.exporter.country, '/exporter/country', true) ?? '' };
  }
  const items: TransactionItem[] = [];
  if (!Array.isArray(input.items) || input.items.length === 0) fail('/items', 'must be a non-empty array of items');
  else
    input.items.forEach((raw, i) => {
      const p = `/items/${i}`;
      if (!isObject(raw)) return fail(p, 'an item is an object');
      for (const k of Object.keys(raw)) if (!ITEM_KEYS.has(k)) fail(`${p}/${k}`, `unknown field '${k}'`);
      const item: TransactionItem = { origin: country(raw.origin, `${p}/origin`, true) ?? '' };
      if (raw.description !== undefined) item.description = str(raw.description, `${p}/description`, false) ?? '';
      if (raw.classification !== undefined) {
        if (!isObject(raw.classification))
          fail(`${p}/classification`, 'must be an object of jurisdiction → code, e.g. {"US": "3A090.a"}');
        else {
          item.classification = {};
          for (const [j, code] of Object.entries(raw.classification)) {
            // Every jurisdiction of the registry, with the code pattern of its control list(s).
            const codes = jurisdictionOf(j)?.classification;
            if (!codes)
              fail(
                `${p}/classification/${j}`,
                `unknown jurisdiction '${j}'; one of ${licensingJurisdictions().join(', ')}`,
              );
            else {
              const c = typeof code === 'string' ? (codes.normalise?.(code.trim()) ?? code.trim()) : undefined;
              if (c === undefined || !codes.pattern.test(c))
                fail(`${p}/classification/${j}`, `'${String(code)}' is not a control code such as ${codes.examples}`);
              else item.classification[j] = c;
            }
          }
        }
      }
      if (raw.parameters !== undefined) {
        if (!isObject(raw.parameters)) fail(`${p}/parameters`, 'must be an object of parameter → value');
        else item.parameters = raw.parameters;
      }
      if (!Object.keys(item.classification ?? {}).length && !item.parameters)
        fail(`${p}/classification`, 'give a classification per jurisdiction, or parameters to classify the item by');
      if (raw.hs !== undefined) {
        if (typeof raw.hs !== 'string' || !/^\d{4,10}$/.test(raw.hs.replace(/\./g, '')))
          fail(`${p}/hs`, 'must be an HS / HTS code of 4 to 10 digits, e.g. "854231"');
        else item.hs = raw.hs.replace(/\./g, '');
      }
      for (const k of ['us_content_percent', 'value', 'quantity'] as const) {
        const v = raw[k];
        if (v === undefined) continue;
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || (k === 'us_content_percent' && v > 100))
          fail(
            `${p}/${k}`,
            k === 'us_content_percent' ? 'must be a number from 0 to 100' : 'must be a non-negative number',
          );
        else item[k] = v;
      }
      if (raw.us_content_eccns !== undefined) {
        const v = raw.us_content_eccns;
        if (!Array.isArray(v))
          fail(`${p}/us_content_eccns`, 'must be an array of the ECCNs of the US-origin content, e.g. ["9A515.a"]');
        else {
          item.us_content_eccns = [];
          v.forEach((x, j) => {
            if (typeof x !== 'string' || !ECCN.test(x.trim()))
              fail(
                `${p}/us_content_eccns/${j}`,
                `'${String(x)}' is not an ECCN such as 9A515.a or 3A001.b.2 (EAR99 content is not listed here)`,
              );
            else item.us_content_eccns!.push(x.trim());
          });
        }
      }
      if (raw.sanctions_lists !== undefined)
        item.sanctions_lists = vocabulary(raw.sanctions_lists, `${p}/sanctions_lists`, SANCTIONS_LISTS);
      for (const k of [
        'made_with_us_technology',
        'sta_consignee_statement',
        'enc_eligible',
        'returning_after_repair',
        'temporary_exhibition',
        'intra_group',
        'published',
        'fundamental_research',
        'temporary_export',
        'replacement_parts',
        'government_end_user',
        'personal_baggage',
        'tsr_written_assurance',
        'nac_notified',
        'software_update',
      ] as const) {
        const v = raw[k];
        if (v === undefined) continue;
        if (typeof v !== 'boolean') fail(`${p}/${k}`, 'must be true or false');
        else item[k] = v;
      }
      items.push(item);
    });
  const parties: TransactionParty[] = [];
  if (input.parties !== undefined && !Array.isArray(input.parties)) fail('/parties', 'must be an array of parties');
  else
    ((input.parties as unknown[] | undefined) ?? []).forEach((raw, i) => {
      const p = `/parties/${i}`;
      if (!isObject(raw)) return fail(p, 'a party is an object {"role", "name", "country"}');
      for (const k of Object.keys(raw))
        if (!['role', 'name', 'country', 'listed_owners'].includes(k)) fail(`${p}/${k}`, `unknown field '${k}'`);
      const role = str(raw.role, `${p}/role`, true);
      if (role !== undefined && !ROLES.includes(role)) fail(`${p}/role`, `'${role}' is not one of ${ROLES.join(', ')}`);
      const name = str(raw.name, `${p}/name`, true);
      const c = country(raw.country, `${p}/country`, false);
      const owners: NonNullable<TransactionParty['listed_owners']> = [];
      if (raw.listed_owners !== undefined && !Array.isArray(raw.listed_owners))
        fail(`${p}/listed_owners`, 'must be an array of {"name", "list", "percent"}');
      else
        ((raw.listed_owners as unknown[] | undefined) ?? []).forEach((o, j) => {
          const q = `${p}/listed_owners/${j}`;
          if (!isObject(o)) return fail(q, 'an owner is an object {"name", "list", "percent"}');
          for (const k of Object.keys(o))
            if (!['name', 'list', 'percent'].includes(k)) fail(`${q}/${k}`, `unknown field '${k}'`);
          const on = str(o.name, `${q}/name`, true);
          const list = str(o.list, `${q}/list`, true);
          if (o.percent !== undefined && (typeof o.percent !== 'number' || !(o.percent > 0 && o.percent <= 100)))
            fail(`${q}/percent`, 'must be a number above 0 and at most 100');
          owners.push({
            name: on ?? '',
            list: list ?? '',
            ...(typeof o.percent === 'number' ? { percent: o.percent } : {}),
          });
        });
      parties.push({
        role: (role ?? 'other') as TransactionParty['role'],
        name: name ?? '',
        ...(c ? { country: c } : {}),
        ...(owners.length ? { listed_owners: owners } : {}),
      });
    });
  const end_use: string[] = [];
  if (input.end_use !== undefined && !Array.isArray(input.end_use))
    fail('/end_use', 'must be an array such as ["civil"]');
  else
    ((input.end_use as unknown[] | undefined) ?? []).forEach((u, i) => {
      if (typeof u !== 'string' || !(END_USES as readonly string[]).includes(u))
        fail(`/end_use/${i}`, `'${String(u)}' is not one of ${END_USES.join(', ')}`);
      else end_use.push(u);
    });
  const release = input.technology_release_to === undefined ? null : input.technology_release_to;
  if (release !== null) country(release, '/technology_release_to', false);
  const optional: Pick<
    Transaction,
    'informed_by_authority' | 'exporter_aware' | 'contract_clauses' | 'destination_region'
  > = {};
  if (input.destination_region !== undefined) {
    const r = input.destination_region;
    if (typeof r !== 'string' || !(DESTINATION_REGIONS as readonly string[]).includes(r))
      fail('/destination_region', `'${String(r)}' is not one of ${DESTINATION_REGIONS.join(', ')}`);
    else if (destination !== 'UA')
      fail('/destination_region', `region '${r}' lies in Ukraine (UA), not in ${destination ?? 'the destination'}`);
    else optional.destination_region = r;
  }
  if (input.informed_by_authority !== undefined)
    optional.informed_by_authority = vocabulary(
      input.informed_by_authority,
      '/informed_by_authority',
      KNOWLEDGE_GROUNDS,
    );
  if (input.exporter_aware !== undefined)
    optional.exporter_aware = vocabulary(input.exporter_aware, '/exporter_aware', KNOWLEDGE_GROUNDS);
  if (input.contract_clauses !== undefined)
    optional.contract_clauses = vocabulary(input.contract_clauses, '/contract_clauses', CONTRACT_CLAUSES);
  if (issues.length) throw refuse(issues);
  return {
    id: id!,
    date: date!,
    exporter: exporter!,
    items,
    destination: destination!,
    parties,
    end_use,
    technology_release_to: release as string | null,
    ...optional,
  };

  /** An array of words from a closed vocabulary; each stray one is named by its index. */
  function vocabulary(v: unknown, p: string, allowed: readonly string[]): string[] {
    if (!Array.isArray(v)) {
      fail(p, `must be an array of ${allowed.join(', ')}`);
      return [];
    }
    const out: string[] = [];
    v.forEach((x, i) => {
      if (typeof x !== 'string' || !allowed.includes(x))
        fail(`${p}/${i}`, `'${String(x)}' is not one of ${allowed.join(', ')}`);
      else out.push(x);
    });
    return out;
  }
}

function refuse(issues: Issue[]): DomainError {
  const first = issues[0]!;
  const summary = issues.map((i) => `${i.pointer || '/'}: ${i.message}`).join('; ');
  return new DomainError('invalid_input', `invalid transaction: ${summary}`, {
    pointer: first.pointer,
    issues: issues.map((i) => ({ in: 'body', ...i })),
  });
}
