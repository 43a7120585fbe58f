/**
 * Licences a tenant holds (an individual licence, a BIS licence, a national authorisation) and
 * the question a determination leaves: which held licence covers the items that need one?
 *
 * A licence covers an item when it is in force on the transaction date, is issued under the
 * jurisdiction whose law requires the licence, lists the item's control code (an entry "3A090"
 * covers its paragraphs), names the destination, names every end user and consignee of the
 * transaction (licences are party-specific: 15 CFR 750.7(a), Reg. (EU) 2021/821 Art. 2(12)),
 * and has enough value and quantity left after earlier shipments (15 CFR 750.11 shipping
 * tolerances are not applied: the remaining balance is a hard limit here).
 */
import { DomainError } from '../common/errors';
import { normaliseText } from '../screening/matching/index';
import { classifyTransaction, type Classified } from './classified';
import type { DeterminationResult, LicensingJurisdiction } from './model';
import type { Transaction } from './transaction';

export interface LicenceParty {
  role?: string;
  name: string;
  country?: string;
}

export interface Licence {
  number: string;
  jurisdiction: string;
  /** Issuing authority, e.g. "BIS", "BAFA", "ECJU". */
  authority?: string;
  /** Control codes covered ("3A090.a", or "3A090" for every paragraph of the entry). */
  items: { code: string; description?: string }[];
  destinations: string[];
  /** Named parties; the transaction's end users and consignees must all be among them. */
  parties: LicenceParty[];
  value_limit?: number;
  quantity_limit?: number;
  currency: string;
  valid_from: string;
  /** Last day the licence may be used (inclusive). */
  expires: string;
  conditions: string[];
}

/** What earlier shipments have drawn from a licence. */
export interface LicenceUsage {
  value: number;
  quantity: number;
}

export interface HeldLicence {
  id: string;
  licence: Licence;
  used: LicenceUsage;
}

export interface LicenceCheck {
  id: string;
  number: string;
  covers: boolean;
  why: string[];
}

export interface ItemCoverage {
  item: number;
  code?: string;
  value: number;
  quantity: number;
  /** The licence that covers the item, if any. */
  licence?: { id: string; number: string; remaining_value?: number; remaining_quantity?: number };
  /** Every held licence of the jurisdiction that was considered, and why it does or does not cover. */
  checked: LicenceCheck[];
}

export interface JurisdictionCoverage {
  jurisdiction: string;
  /** True when every item needing a licence is covered by a held licence. */
  covered: boolean;
  items: ItemCoverage[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY = /^[A-Z]{2}$/;
const CODE = /^[0-9][A-E]\d{3}(\.[a-z0-9]{1,3})*$/i;
const KEYS = new Set([
  'number',
  'jurisdiction',
  'authority',
  'items',
  'destinations',
  'parties',
  'value_limit',
  'quantity_limit',
  'currency',
  'valid_from',
  'expires',
  'conditions',
]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates a licence as a user records it; one DomainError lists every problem by JSON Pointer. */
export function parseLicence(input: unknown, where = ''): Licence {
  const issues: { pointer: string; message: string }[] = [];
  const fail = (pointer: string, message: string) => issues.push({ pointer: where + pointer, message });
  if (!isObject(input))
    throw new DomainError(
      'invalid_input',
      'a licence is a JSON object with number, jurisdiction, items, destinations, valid_from and expires',
      { pointer: where },
    );
  for (const k of Object.keys(input)) if (!KEYS.has(k)) fail(`/${k}`, `unknown field '${k}'`);
  const text = (k: string, required: boolean, max = 200): string | undefined => {
    const v = input[k];
    if (v === undefined || v === null) return required ? (fail(`/${k}`, 'is required'), undefined) : undefined;
    if (typeof v !== 'string' || !v.trim() || v.length > max)
      return (fail(`/${k}`, `must be a non-empty string of at most ${max} characters`), undefined);
    return v.trim();
  };
  const number = text('number', true);
  const jurisdiction = text('jurisdiction', true, 10)?.toUpperCase();
  const authority = text('authority', false);
  const validFrom = text('valid_from', true, 10);
  const expires = text('expires', true, 10);
  for (const [k, v] of [
    ['valid_from', validFrom],
    ['expires', expires],
  ] as const)
    if (v !== undefined && (!ISO_DATE.test(v) || Number.isNaN(Date.parse(v))))
      fail(`/${k}`, `'${v}' is not an ISO date YYYY-MM-DD`);
  if (validFrom && expires && ISO_DATE.test(validFrom) && ISO_DATE.test(expires) && expires < validFrom)
    fail('/expires', `expires ${expires} is before valid_from ${validFrom}`);
  const items: Licence['items'] = [];
  if (!Array.isArray(input.items) || input.items.length === 0)
    fail('/items', 'must be a non-empty array of {"code": "3A090.a"}');
  else
    input.items.forEach((raw, i) => {
      if (!isObject(raw) || typeof raw.code !== 'string' || !CODE.test(raw.code.trim()))
        return fail(`/items/${i}/code`, `must be a control code such as "3A090.a" or "3A090"`);
      for (const k of Object.keys(raw))
        if (k !== 'code' && k !== 'description') fail(`/items/${i}/${k}`, `unknown field '${k}'`);
      items.push({
        code: raw.code.trim(),
        ...(typeof raw.description === 'string' ? { description: raw.description } : {}),
      });
    });
  const destinations: string[] = [];
  if (!Array.isArray(input.destinations) || input.destinations.length === 0)
    fail('/destinations', 'must be a non-empty array of ISO alpha-2 country codes');
  else
    input.destinations.forEach((d, i) =>
      typeof d === 'string' && COUNTRY.test(d)
        ? destinations.push(d)
        : fail(`/destinations/${i}`, `'${String(d)}' is not an ISO 3166-1 alpha-2 country code such as "CN"`),
    );
  const parties: LicenceParty[] = [];
  if (input.parties !== undefined && !Array.isArray(input.parties))
    fail('/parties', 'must be an array of {"role", "name", "country"}');
  else
    ((input.parties as unknown[] | undefined) ?? []).forEach((raw, i) => {
      if (!isObject(raw) || typeof raw.name !== 'string' || !raw.name.trim())
        return fail(`/parties/${i}/name`, 'is required: the party as named on the licence');
      for (const k of Object.keys(raw))
        if (!['role', 'name', 'country'].includes(k)) fail(`/parties/${i}/${k}`, `unknown field '${k}'`);
      if (raw.country !== undefined && (typeof raw.country !== 'string' || !COUNTRY.test(raw.country)))
        fail(`/parties/${i}/country`, 'must be an ISO alpha-2 country code');
      parties.push({
        name: raw.name.trim(),
        ...(typeof raw.role === 'string' ? { role: raw.role } : {}),
        ...(typeof raw.country === 'string' ? { country: raw.country } : {}),
      });
    });
  const limit = (k: 'value_limit' | 'quantity_limit'): number | undefined => {
    const v = input[k];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0)
      return (fail(`/${k}`, 'must be a positive number'), undefined);
    return v;
  };
  const valueLimit = limit('value_limit');
  const quantityLimit = limit('quantity_limit');
  const currency = text('currency', false, 3) ?? 'USD';
  if (!/^[A-Z]{3}$/.test(currency)) fail('/currency', `'${currency}' is not an ISO 4217 currency code such as "USD"`);
  const conditions: string[] = [];
  if (
    input.conditions !== undefined &&
    !(Array.isArray(input.conditions) && input.conditions.every((c) => typeof c === 'string'))
  )
    fail('/conditions', 'must be an array of strings');
  else conditions.push(...((input.conditions as string[] | undefined) ?? []));
  if (issues.length)
    throw new DomainError(
      'invalid_input',
      `invalid licence: ${issues.map((i) => `${i.pointer || '/'}: ${i.message}`).join('; ')}`,
      { pointer: issues[0]!.pointer, issues: issues.map((i) => ({ in: 'body', ...i })) },
    );
  return {
    number: number!,
    jurisdiction: jurisdiction!,
    ...(authority ? { authority } : {}),
    items,
    destinations,
    parties,
    ...(valueLimit !== undefined ? { value_limit: valueLimit } : {}),
    ...(quantityLimit !== undefined ? { quantity_limit: quantityLimit } : {}),
    currency,
    valid_from: validFrom!,
    expires: expires!,
    conditions,
  };
}

/** "3A090" covers "3A090.a.1"; "3A090.a" covers "3A090.a" and below, not "3A090.b". */
export const codeCovers = (licensed: string, code: string): boolean => {
  const l = licensed.toLowerCase();
  const c = code.toLowerCase();
  return c === l || c.startsWith(`${l}.`);
};

const sameParty = (a: string, b: string) => normaliseText(a) === normaliseText(b);

/** The items of a determination that need a licence: a requirement fired and no exception applied. */
export function itemsNeedingLicence(result: DeterminationResult, j: LicensingJurisdiction): number[] {
  const d = result.determinations[j];
  if (!d || (d.decision !== 'LICENCE_REQUIRED' && d.decision !== 'PROHIBITED')) return [];
  const required = new Set<number>();
  const excepted = new Set<number>();
  for (const r of d.rules) {
    if (r.item === undefined) continue;
    if (r.effect?.decision === 'LICENCE_REQUIRED' || r.effect?.decision === 'PROHIBITED') required.add(r.item);
    if (r.effect?.decision === 'LICENCE_EXCEPTION') excepted.add(r.item);
  }
  return [...required].filter((i) => !excepted.has(i)).sort((a, b) => a - b);
}

/**
 * For each jurisdiction whose determination requires a licence, which held licence covers each
 * item. Items are allotted in order, so two items drawing on one licence share its balance.
 */
export function matchLicences(
  tx: Transaction,
  result: DeterminationResult,
  held: readonly HeldLicence[],
  classified: Classified = classifyTransaction(tx),
): JurisdictionCoverage[] {
  const out: JurisdictionCoverage[] = [];
  for (const [j, d] of Object.entries(result.determinations) as [
    LicensingJurisdiction,
    NonNullable<DeterminationResult['determinations'][LicensingJurisdiction]>,
  ][]) {
    const needing = itemsNeedingLicence(result, j);
    if (!needing.length) continue;
    const balance = new Map(held.map((h) => [h.id, { ...h.used }]));
    const items: ItemCoverage[] = needing.map((i) => {
      const item = tx.items[i]!;
      const { code } = classified.item(i, j);
      const value = item.value ?? 0;
      const quantity = item.quantity ?? 0;
      const checked: LicenceCheck[] = [];
      let chosen: ItemCoverage['licence'];
      for (const h of held.filter((x) => x.licence.jurisdiction === j)) {
        const used = balance.get(h.id)!;
        const why = licenceGaps(h.licence, tx, code, item.value, item.quantity, used, d.decision === 'PROHIBITED');
        const covers = why.length === 0 && !chosen;
        if (covers) {
          used.value += value;
          used.quantity += quantity;
          chosen = {
            id: h.id,
            number: h.licence.number,
            ...(h.licence.value_limit !== undefined ? { remaining_value: h.licence.value_limit - used.value } : {}),
            ...(h.licence.quantity_limit !== undefined
              ? { remaining_quantity: h.licence.quantity_limit - used.quantity }
              : {}),
          };
        }
        checked.push({
          id: h.id,
          number: h.licence.number,
          covers,
          why: covers
            ? [
                `covers ${code} to ${tx.destination} for ${partyNames(tx).join(', ') || 'the named parties'}, in force ${h.licence.valid_from}…${h.licence.expires}`,
              ]
            : why.length
              ? why
              : ['another licence already covers this item'],
        });
      }
      return { item: i, ...(code ? { code } : {}), value, quantity, ...(chosen ? { licence: chosen } : {}), checked };
    });
    out.push({ jurisdiction: j, covered: items.every((x) => x.licence), items });
  }
  return out;
}

const partyNames = (tx: Transaction) =>
  tx.parties.filter((p) => p.role === 'end_user' || p.role === 'consignee').map((p) => p.name);

/** Why a licence does not cover one item of a transaction; empty when it does. */
function licenceGaps(
  l: Licence,
  tx: Transaction,
  code: string | undefined,
  value: number | undefined,
  quantity: number | undefined,
  used: LicenceUsage,
  prohibited: boolean,
): string[] {
  const gaps: string[] = [];
  if (prohibited)
    gaps.push(
      'the determination is PROHIBITED: a held licence does not lift a prohibition; a new authorisation is needed',
    );
  if (tx.date < l.valid_from) gaps.push(`not yet valid on ${tx.date} (valid from ${l.valid_from})`);
  if (tx.date > l.expires) gaps.push(`expired on ${l.expires}`);
  if (!code) gaps.push('the item has no classification to compare with the licence');
  else if (!l.items.some((x) => codeCovers(x.code, code)))
    gaps.push(`does not list ${code} (lists ${l.items.map((x) => x.code).join(', ')})`);
  if (!l.destinations.includes(tx.destination))
    gaps.push(`does not list destination ${tx.destination} (lists ${l.destinations.join(', ')})`);
  for (const p of tx.parties.filter((x) => x.role === 'end_user' || x.role === 'consignee')) {
    if (!l.parties.some((lp) => sameParty(lp.name, p.name)))
      gaps.push(`does not name the ${p.role.replace('_', ' ')} '${p.name}'`);
  }
  if (l.value_limit !== undefined && value === undefined)
    gaps.push(`the item has no value to draw down from the licence's ${l.value_limit} ${l.currency}`);
  else if (l.value_limit !== undefined && used.value + (value ?? 0) > l.value_limit)
    gaps.push(
      `value ${value ?? 0} exceeds the remaining ${l.value_limit - used.value} ${l.currency} of ${l.value_limit}`,
    );
  if (l.quantity_limit !== undefined && quantity === undefined)
    gaps.push(`the item has no quantity to draw down from the licence's ${l.quantity_limit}`);
  else if (l.quantity_limit !== undefined && used.quantity + (quantity ?? 0) > l.quantity_limit)
    gaps.push(
      `quantity ${quantity ?? 0} exceeds the remaining ${l.quantity_limit - used.quantity} of ${l.quantity_limit}`,
    );
  return gaps;
}
