/** The chain's entries: one per rule considered, with why it fired or did not. */
import type { Effect, LicensingRule, RuleTrace } from './model';

/**
 * One rule's entry in the chain (about 100 per determination in full detail). The key order —
 * id, citation, title, source, effectiveFrom, effectiveTo?, item, why, effect? — is the one the
 * answers have always had; an optional key is absent, not undefined. Built in that order, one
 * property after the other: as fast as one literal per shape (four shapes), without writing the keys four times.
 */
export function trace(r: LicensingRule, why: string, item: number, effect?: Effect): RuleTrace {
  const t = {
    id: r.id,
    citation: r.citation,
    title: r.title,
    source: r.source,
    effectiveFrom: r.effectiveFrom,
  } as RuleTrace;
  if (r.effectiveTo) t.effectiveTo = r.effectiveTo;
  t.item = item;
  t.why = r.unverified ? `${why} [not verified: ${r.unverified}]` : why;
  if (effect) t.effect = effect;
  return t;
}
