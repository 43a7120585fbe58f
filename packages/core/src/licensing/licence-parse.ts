/**
 * `parseLicence`: the validator of a licence as a user records it, one step per part (identity and dates, items,
 * destinations, parties, limits and conditions); one DomainError lists every problem by JSON Pointer.
 */
import { DomainError } from '../common/errors';
import type { Licence, LicenceParty } from './licences';

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

type Input = Record<string, unknown>;
type Fail = (pointer: string, message: string) => void;

const isObject = (v: unknown): v is Input => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates a licence as a user records it; one DomainError lists every problem by JSON Pointer. */
export function parseLicence(input: unknown, where = ''): Licence {
  const issues: { pointer: string; message: string }[] = [];
  const fail: Fail = (pointer, message) => issues.push({ pointer: where + pointer, message });
  if (!isObject(input))
    throw new DomainError(
      'invalid_input',
      'a licence is a JSON object with number, jurisdiction, items, destinations, valid_from and expires',
      { pointer: where },
    );
  for (const k of Object.keys(input)) if (!KEYS.has(k)) fail(`/${k}`, `unknown field '${k}'`);
  const text = textReader(input, fail);
  const head = parseHead(text, fail);
  const items = parseItems(input.items, fail);
  const destinations = parseDestinations(input.destinations, fail);
  const parties = parseParties(input.parties, fail);
  const valueLimit = limit(input, 'value_limit', fail);
  const quantityLimit = limit(input, 'quantity_limit', fail);
  const currency = text('currency', false, 3) ?? 'USD';
  if (!/^[A-Z]{3}$/.test(currency)) fail('/currency', `'${currency}' is not an ISO 4217 currency code such as "USD"`);
  const conditions = parseConditions(input.conditions, fail);
  if (issues.length)
    throw new DomainError(
      'invalid_input',
      `invalid licence: ${issues.map((i) => `${i.pointer || '/'}: ${i.message}`).join('; ')}`,
      { pointer: issues[0]!.pointer, issues: issues.map((i) => ({ in: 'body', ...i })) },
    );
  return {
    number: head.number!,
    jurisdiction: head.jurisdiction!,
    ...(head.authority ? { authority: head.authority } : {}),
    items,
    destinations,
    parties,
    ...(valueLimit !== undefined ? { value_limit: valueLimit } : {}),
    ...(quantityLimit !== undefined ? { quantity_limit: quantityLimit } : {}),
    currency,
    valid_from: head.validFrom!,
    expires: head.expires!,
    conditions,
  };
}

type Text = (k: string, required: boolean, max?: number) => string | undefined;

function textReader(input: Input, fail: Fail): Text {
  return (k, required, max = 200) => {
    const v = input[k];
    if (v === undefined || v === null) return required ? (fail(`/${k}`, 'is required'), undefined) : undefined;
    if (typeof v !== 'string' || !v.trim() || v.length > max)
      return (fail(`/${k}`, `must be a non-empty string of at most ${max} characters`), undefined);
    return v.trim();
  };
}

/** The licence's number, law, issuer and period of validity. */
function parseHead(text: Text, fail: Fail) {
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
  return { number, jurisdiction, authority, validFrom, expires };
}

function parseItems(raw: unknown, fail: Fail): Licence['items'] {
  const items: Licence['items'] = [];
  if (!Array.isArray(raw) || raw.length === 0) fail('/items', 'must be a non-empty array of {"code": "3A090.a"}');
  else
    raw.forEach((one, i) => {
      if (!isObject(one) || typeof one.code !== 'string' || !CODE.test(one.code.trim()))
        return fail(`/items/${i}/code`, `must be a control code such as "3A090.a" or "3A090"`);
      for (const k of Object.keys(one))
        if (k !== 'code' && k !== 'description') fail(`/items/${i}/${k}`, `unknown field '${k}'`);
      items.push({
        code: one.code.trim(),
        ...(typeof one.description === 'string' ? { description: one.description } : {}),
      });
    });
  return items;
}

function parseDestinations(raw: unknown, fail: Fail): string[] {
  const destinations: string[] = [];
  if (!Array.isArray(raw) || raw.length === 0)
    fail('/destinations', 'must be a non-empty array of ISO alpha-2 country codes');
  else
    raw.forEach((d, i) =>
      typeof d === 'string' && COUNTRY.test(d)
        ? destinations.push(d)
        : fail(`/destinations/${i}`, `'${String(d)}' is not an ISO 3166-1 alpha-2 country code such as "CN"`),
    );
  return destinations;
}

function parseParties(raw: unknown, fail: Fail): LicenceParty[] {
  const parties: LicenceParty[] = [];
  if (raw !== undefined && !Array.isArray(raw)) fail('/parties', 'must be an array of {"role", "name", "country"}');
  else
    ((raw as unknown[] | undefined) ?? []).forEach((one, i) => {
      if (!isObject(one) || typeof one.name !== 'string' || !one.name.trim())
        return fail(`/parties/${i}/name`, 'is required: the party as named on the licence');
      for (const k of Object.keys(one))
        if (!['role', 'name', 'country'].includes(k)) fail(`/parties/${i}/${k}`, `unknown field '${k}'`);
      if (one.country !== undefined && (typeof one.country !== 'string' || !COUNTRY.test(one.country)))
        fail(`/parties/${i}/country`, 'must be an ISO alpha-2 country code');
      parties.push({
        name: one.name.trim(),
        ...(typeof one.role === 'string' ? { role: one.role } : {}),
        ...(typeof one.country === 'string' ? { country: one.country } : {}),
      });
    });
  return parties;
}

function limit(input: Input, k: 'value_limit' | 'quantity_limit', fail: Fail): number | undefined {
  const v = input[k];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0)
    return (fail(`/${k}`, 'must be a positive number'), undefined);
  return v;
}

function parseConditions(raw: unknown, fail: Fail): string[] {
  const conditions: string[] = [];
  if (raw !== undefined && !(Array.isArray(raw) && raw.every((c) => typeof c === 'string')))
    fail('/conditions', 'must be an array of strings');
  else conditions.push(...((raw as string[] | undefined) ?? []));
  return conditions;
}
