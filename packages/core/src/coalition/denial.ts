/**
 * Denial notices. A refusal of a dual-use export authorisation is notified to the other member
 * states and the Commission, and each notified denial is reviewed within three years of its
 * notification and revoked, amended or renewed (Reg. (EU) 2021/821 Art. 16). Pure functions only.
 */
import type { ApplicationInput, DenialNotice, PartyRef } from './model';

export const DENIAL_REVIEW_YEARS = 3;
export const DENIAL_REVIEW_CITATION =
  'Reg. (EU) 2021/821 Art. 16: notified denials are reviewed within three years of their notification and revoked, amended or renewed';

/** The review date: the same calendar day three years on (29 February → 28 February). */
export function reviewDateOf(deniedOn: string): string {
  const [y, m, d] = deniedOn.slice(0, 10).split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + DENIAL_REVIEW_YEARS, m, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${y + DENIAL_REVIEW_YEARS}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether a denial is in force on a date: notified, not revoked, not past its review date unrenewed. */
export function denialInForce(d: Pick<DenialNotice, 'status' | 'deniedOn' | 'reviewDate'>, on: string): boolean {
  return d.status === 'in_force' && d.deniedOn <= on && on <= d.reviewDate;
}

/** Denials due for review within `days` of `on` (the review queue), soonest first. */
export function reviewQueue<T extends Pick<DenialNotice, 'status' | 'reviewDate'>>(
  denials: readonly T[],
  on: string,
  days = 90,
): T[] {
  const until = new Date(Date.parse(`${on}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return denials
    .filter((d) => d.status === 'in_force' && d.reviewDate <= until)
    .sort((a, b) => a.reviewDate.localeCompare(b.reviewDate));
}

/** The notice a refusal creates, from the application it refuses. */
export function denialFromApplication(o: {
  id: string;
  agency: { id: string; name: string; country: string };
  application: ApplicationInput;
  regimeRef: string;
  criteria: string[];
  reason: string;
  deniedOn: string;
}): DenialNotice {
  const a = o.application;
  const denied: PartyRef[] = a.parties.filter((p) => p.role !== 'other');
  return {
    id: o.id,
    agencyId: o.agency.id,
    agencyName: o.agency.name,
    agencyCountry: o.agency.country,
    regimeRef: o.regimeRef,
    controlEntries: a.items.flatMap((i) => i.controlEntries),
    item: a.items.map((i) => i.description).join('; '),
    destination: a.destination,
    endUse: a.endUse,
    reason: o.reason,
    criteria: o.criteria,
    deniedParties: denied,
    deniedOn: o.deniedOn,
    reviewDate: reviewDateOf(o.deniedOn),
    status: 'in_force',
  };
}

/**
 * What a partner sees: the coalition's redactions withhold whole fields (e.g. `reason`), and
 * the notice says which, so nobody mistakes a withheld field for an empty one.
 */
export function redactDenial(d: DenialNotice, withhold: readonly string[]): DenialNotice {
  const out: DenialNotice = { ...d };
  const withheld: string[] = [];
  for (const f of withhold) {
    if (f === 'reason' || f === 'endUse' || f === 'item') {
      out[f] = '[withheld]';
      withheld.push(f);
    } else if (f === 'addresses') {
      out.deniedParties = d.deniedParties.map(({ address: _a, ...p }) => p);
      withheld.push(f);
    }
  }
  return withheld.length ? { ...out, withheld } : out;
}
