/** The chain's entries: one per rule considered, with why it fired or did not. */
import type { Effect, LicensingRule, RuleTrace } from './model';

/**
 * One rule's entry in the chain (about 100 per determination in full detail). The key order —
 * id, citation, title, source, effectiveFrom, effectiveTo?, item, why, effect? — is the one the
 * answers have always had.
 */
export function trace(r: LicensingRule, why: string, item: number, effect?: Effect): RuleTrace {
  const w = r.unverified ? `${why} [not verified: ${r.unverified}]` : why;
  // One literal per shape, so that each trace is allocated at its final size.
  if (!r.effectiveTo) {
    return effect
      ? {
          id: r.id,
          citation: r.citation,
          title: r.title,
          source: r.source,
          effectiveFrom: r.effectiveFrom,
          item,
          why: w,
          effect,
        }
      : {
          id: r.id,
          citation: r.citation,
          title: r.title,
          source: r.source,
          effectiveFrom: r.effectiveFrom,
          item,
          why: w,
        };
  }
  return effect
    ? {
        id: r.id,
        citation: r.citation,
        title: r.title,
        source: r.source,
        effectiveFrom: r.effectiveFrom,
        effectiveTo: r.effectiveTo,
        item,
        why: w,
        effect,
      }
    : {
        id: r.id,
        citation: r.citation,
        title: r.title,
        source: r.source,
        effectiveFrom: r.effectiveFrom,
        effectiveTo: r.effectiveTo,
        item,
        why: w,
      };
}
