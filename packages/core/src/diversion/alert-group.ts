/**
 * The counterparty a stored alert is grouped under: the end user, else the consignee, else
 * the purchaser (a payment's payer). The key is entity resolution's `resolutionKey` (normalised
 * name tokens + country, resolve/index.ts); a new
 * name that the screening engine scores ≥ 0.9 against a group already stored in the same
 * country joins that group ("ООО Азия Компонентс" with "Asia Components LLC"), and the reason
 * is kept. A grouping, not a merge: every alert keeps its own shipment and score.
 */
import { compareNames } from '../screening/matching/index';
import { comparable, normaliseName } from '../screening/matching/index';
import { splitAlternatives } from '../screening/matching/index';
import { defaultWeight } from '../screening/matching/index';
import { partiesWith, type Shipment } from './model';
import { resolutionKey } from './resolve/index';

const SAME_PARTY = 0.9;
/** Up to this many groups in a country, every one is compared by name score (other scripts included). */
const MAX_EXHAUSTIVE = 500;

export interface Counterparty {
  name: string;
  country?: string;
}

export interface GroupedCounterparty extends Counterparty {
  key: string;
  why: string;
}

type Reading = ReturnType<typeof normaliseName>[number];
/** Readings of the names already grouped, normalised once per `known` list (a batch compares each against many). */
const readingsCache = new WeakMap<object, Map<string, Reading[]>>();
function readings(known: object, name: string): Reading[] {
  let m = readingsCache.get(known);
  if (!m) readingsCache.set(known, (m = new Map()));
  let r = m.get(name);
  if (!r) m.set(name, (r = splitAlternatives(name).flatMap((n) => normaliseName(n, 'organization'))));
  return r;
}

/**
 * compareNamePair (screening/matching/pair.ts) over cached readings: the best score over every reading of both names.
 */
function pairScore(known: object, a: string, b: string): number {
  let best = 0;
  for (const qa of readings(known, a))
    for (const qb of readings(known, b))
      if (comparable(qa, qb)) best = Math.max(best, compareNames(qa, qb, defaultWeight).score);
  return best;
}

export function counterpartyOf(s: Shipment): Counterparty {
  const p = partiesWith(s, 'end_user')[0] ?? partiesWith(s, 'consignee')[0] ?? partiesWith(s, 'purchaser')[0];
  if (!p) return { name: '(no counterparty)' };
  return p.country ? { name: p.name, country: p.country } : { name: p.name };
}

/**
 * Key for `c`, joining an existing group (same key, or same country and a name score ≥ 0.9). `known` grows as keys are
 * assigned.
 */
export function groupCounterparty(
  c: Counterparty,
  known: { key: string; name: string; country: string | null | undefined }[],
): GroupedCounterparty {
  const key = resolutionKey({ name: c.name, ...(c.country ? { country: c.country } : {}), type: 'organization' });
  const base = c.country ? { name: c.name, country: c.country } : { name: c.name };
  if (known.some((k) => k.key === key)) return { ...base, key, why: `same normalised name and country (${key})` };
  const sameCountry = known.filter((k) => (k.country ?? undefined) === c.country);
  // Many groups in one country: compare only those sharing a word start (tokens are the key's first part), so a big
  // queue stays linear-ish.
  const prefixes = new Set(
    key
      .split('|')[0]!
      .split(' ')
      .map((t) => t.slice(0, 3)),
  );
  const candidates =
    sameCountry.length <= MAX_EXHAUSTIVE
      ? sameCountry
      : sameCountry.filter((k) =>
          k.key
            .split('|')[0]!
            .split(' ')
            .some((t) => prefixes.has(t.slice(0, 3))),
        );
  for (const k of candidates) {
    const score = pairScore(known, k.name, c.name);
    if (score >= SAME_PARTY)
      return {
        ...base,
        key: k.key,
        why: `"${c.name}" scores ${score.toFixed(2)} against "${k.name}"${c.country ? ` in ${c.country}` : ''} (≥ ${SAME_PARTY})`,
      };
  }
  known.push({ key, name: c.name, country: c.country });
  return { ...base, key, why: `new counterparty (${key})` };
}
