/**
 * Why a held licence does not cover one item of a transaction (licences.ts `matchLicences` asks it for every held
 * licence of the jurisdiction): party-specific scope (15 CFR 750.7(a), Reg. (EU) 2021/821 Art. 2(12)) and the
 * remaining balance, a hard limit here (15 CFR 750.11 shipping tolerances are not applied).
 */
import { normaliseText } from '../screening/matching/index';
import type { Licence, LicenceUsage } from './licences';
import type { Transaction } from './transaction';

/** The item as it would draw on the licence. */
export interface ItemDraw {
  code: string | undefined;
  value: number | undefined;
  quantity: number | undefined;
  /** What earlier items and shipments have drawn from this licence so far. */
  used: LicenceUsage;
  /** The determination prohibits the export: no held licence lifts that. */
  prohibited: boolean;
}

/** "3A090" covers "3A090.a.1"; "3A090.a" covers "3A090.a" and below, not "3A090.b". */
export const codeCovers = (licensed: string, code: string): boolean => {
  const l = licensed.toLowerCase();
  const c = code.toLowerCase();
  return c === l || c.startsWith(`${l}.`);
};

const sameParty = (a: string, b: string) => normaliseText(a) === normaliseText(b);

/** Why a licence does not cover one item of a transaction; empty when it does. */
export function licenceGaps(l: Licence, tx: Transaction, item: ItemDraw): string[] {
  const gaps = scopeGaps(l, tx, item);
  balanceGaps(l, item, gaps);
  return gaps;
}

/**
 * Whether the licence reaches this shipment at all: date, item code, destination, named parties; and no
 * prohibition.
 */
function scopeGaps(l: Licence, tx: Transaction, { code, prohibited }: ItemDraw): string[] {
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
  return gaps;
}

/** Whether what is left of the licence's value and quantity (after earlier shipments) covers this item. */
function balanceGaps(l: Licence, { value, quantity, used }: ItemDraw, gaps: string[]): void {
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
}
