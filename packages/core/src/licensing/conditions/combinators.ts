/**
 * All, any and not over sub-conditions. A combination reads what its parts read (memo-key.ts):
 * `reads` is empty here, and `parts` hands the parts to the key computation.
 */
import type { RuleCondition } from './registry';
import { define, type ConditionOutcome, type PartyHit } from './types';

/** Every part holds; the first part that fails is the reason, and later parts raise no questions. */
export const all = define<RuleCondition[]>()({
  kind: 'all',
  reads: [],
  parts: (c) => c.all,
  evaluate(c, ctx, e, test) {
    const parts: ConditionOutcome[] = [];
    for (const x of c.all) {
      const p = test(x, ctx, e);
      if (!p.holds) return { holds: false, why: p.why };
      parts.push(p);
    }
    let hits: PartyHit[] | undefined;
    for (const p of parts) if (p.hits) (hits ??= []).push(...p.hits);
    return { holds: true, why: e ? parts.map((p) => p.why).join('; ') : '', ...(hits ? { hits } : {}) };
  },
});

/** Some part holds: the first that does is the answer; otherwise every part's reason. */
export const any = define<RuleCondition[]>()({
  kind: 'any',
  reads: [],
  parts: (c) => c.any,
  evaluate(c, ctx, e, test) {
    const whys: string[] = [];
    for (const x of c.any) {
      const p = test(x, ctx, e);
      if (p.holds) return p;
      if (e) whys.push(p.why);
    }
    return { holds: false, why: whys.join(' and ') };
  },
});

export const not = define<RuleCondition>()({
  kind: 'not',
  reads: [],
  parts: (c) => [c.not],
  evaluate(c, ctx, e, test) {
    const o = test(c.not, ctx, e);
    return { holds: !o.holds, why: o.why };
  },
});
