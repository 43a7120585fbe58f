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
import { classifyTransaction, type Classified } from './classified';
import type { DeterminationResult, LicensingJurisdiction } from './model';
import type { Transaction } from './transaction';
import { licenceGaps } from './licence-gaps';

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

export { parseLicence } from './licence-parse';
export { codeCovers } from './licence-gaps';

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
        const why = licenceGaps(h.licence, tx, {
          code,
          value: item.value,
          quantity: item.quantity,
          used,
          prohibited: d.decision === 'PROHIBITED',
        });
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
