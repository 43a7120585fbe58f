/**
 * The counterparty a stored alert is grouped under: the end user, else the consignee, else
 * the purchaser (a payment's payer). The key is alerts.ts's normalised name + country; a new
 * name that the screening engine scores ≥ 0.9 against a group already stored in the same
 * country joins that group ("ООО Азия Компонентс" with "Asia Components LLC"), and the reason
 * is kept. A grouping, not a merge: every alert keeps its own shipment and score.
 */
import { compareNamePair } from '../screening/matching/pair';
import { counterpartyKey } from './alerts';
import { partiesWith, type Shipment } from './model';

const SAME_PARTY = 0.9;

export interface Counterparty {
  name: string;
  country?: string;
}

export interface GroupedCounterparty extends Counterparty {
  key: string;
  why: string;
}

export function counterpartyOf(s: Shipment): Counterparty {
  const p = partiesWith(s, 'end_user')[0] ?? partiesWith(s, 'consignee')[0] ?? partiesWith(s, 'purchaser')[0];
  if (!p) return { name: '(no counterparty)' };
  return p.country ? { name: p.name, country: p.country } : { name: p.name };
}

/** Key for `c`, joining an existing group (same key, or same country and a name score ≥ 0.9). `known` grows as keys are assigned. */
export function groupCounterparty(c: Counterparty, known: { key: string; name: string; country: string | null | undefined }[]): GroupedCounterparty {
  const key = counterpartyKey(c.name, c.country);
  const base = c.country ? { name: c.name, country: c.country } : { name: c.name };
  if (known.some((k) => k.key === key)) return { ...base, key, why: `same normalised name and country (${key})` };
  for (const k of known) {
    if ((k.country ?? undefined) !== c.country) continue;
    const score = compareNamePair(k.name, c.name, 'organization')?.score ?? 0;
    if (score >= SAME_PARTY) return { ...base, key: k.key, why: `"${c.name}" scores ${score.toFixed(2)} against "${k.name}"${c.country ? ` in ${c.country}` : ''} (≥ ${SAME_PARTY})` };
  }
  known.push({ key, name: c.name, country: c.country });
  return { ...base, key, why: `new counterparty (${key})` };
}
