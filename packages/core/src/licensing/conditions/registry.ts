/**
 * Every condition kind, kind → handler. The condition type of rule data (`RuleCondition`, re-
 * exported by model.ts) is derived from this list, so a kind is named once: in its handler. A new
 * kind is one handler in its family's file and one entry here.
 */
import { all, any, not } from './combinators';
import { chartColumn, destinationIn, exporterIn, originIn, regionIn, releaseToNotIn } from './destination';
import { endUseIn, knows, contractClause } from './end-use';
import { exceptionLine, exceptionLineExcludes, withinLvsLimit } from './exceptions';
import { codeMatches, eccnIn, hsPrefixIn, itemFlag, listed, parameterIs, sanctionsListIn } from './item';
import { levelOf, type KeyLevel } from './memo-key';
import { partyCountryIn, partyOnList, partyOwnedByListed } from './party';
import type { ConditionHandler, ConditionOf, ConditionOutcome, EvalContext } from './types';
import { usContentAboveDeMinimis, usContentEccnMatches } from './us-content';

/** The leaf kinds; the combinators' are below (a type derived from them would refer to itself). */
const LEAVES = [
  destinationIn,
  exporterIn,
  originIn,
  partyCountryIn,
  eccnIn,
  listed,
  chartColumn,
  partyOnList,
  endUseIn,
  hsPrefixIn,
  usContentAboveDeMinimis,
  itemFlag,
  exceptionLine,
  exceptionLineExcludes,
  withinLvsLimit,
  knows,
  contractClause,
  sanctionsListIn,
  codeMatches,
  releaseToNotIn,
  parameterIs,
  partyOwnedByListed,
  regionIn,
  usContentEccnMatches,
] as const;
const COMBINATORS = [all, any, not] as const;

/**
 * What a rule looks at. Country and group tests take ISO alpha-2 codes and Country Group ids
 * ("D:5", "E:1", "EU" for the member states); "destination" is the country of ultimate
 * destination, or, for a release of technology, the foreign national's citizenship (734.13(b)).
 * Each kind is documented at its handler.
 */
export type RuleCondition =
  ConditionOf<(typeof LEAVES)[number]> | { all: RuleCondition[] } | { any: RuleCondition[] } | { not: RuleCondition };
export type ConditionKind = (typeof LEAVES)[number]['kind'] | (typeof COMBINATORS)[number]['kind'];
// The combinators' shapes above are the ones their handlers declare (a compile-time check).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const combinatorsAgree: Same<
  ConditionOf<(typeof COMBINATORS)[number]>,
  Exclude<RuleCondition, ConditionOf<(typeof LEAVES)[number]>>
> = true;
void combinatorsAgree;

/** Every kind, combinators first. */
export const CONDITION_KINDS: readonly ConditionKind[] = [...COMBINATORS, ...LEAVES].map((h) => h.kind);

type AnyHandler = ConditionHandler<string, unknown, object>;
// Every handler in one object shape, so that the dispatch in `evaluateAny` stays monomorphic.
const BY_KIND: ReadonlyMap<string, AnyHandler> = new Map(
  [...COMBINATORS, ...LEAVES].map((h) => {
    const { kind, reads, flags, parts, evaluate } = h as unknown as AnyHandler;
    return [kind, { kind, reads, flags, parts, evaluate }];
  }),
);

/** The handler of a condition: its first property that names a kind. */
function handlerOf(c: object): AnyHandler | undefined {
  for (const k in c) {
    const h = BY_KIND.get(k);
    if (h) return h;
  }
  return undefined;
}

/** Evaluates; the explanation (`why`) is built only when `e` is set (most rules considered do not fire). */
export function test(c: RuleCondition, ctx: EvalContext, e = false): ConditionOutcome {
  return evaluateAny(c, ctx, e);
}

function evaluateAny(c: object, ctx: EvalContext, e: boolean): ConditionOutcome {
  // The handler found once per condition object and kept in the caller's cache: searching keys on every call is slow.
  let h = ctx.cache.handlers.get(c) as AnyHandler | undefined;
  if (!h) {
    h = handlerOf(c);
    if (!h) throw new Error(`unknown condition ${JSON.stringify(c)}`);
    ctx.cache.handlers.set(c, h);
  }
  return h.evaluate(c as never, ctx, e, evaluateAny);
}

/** Evaluates and explains. */
export const evaluate = (c: RuleCondition, ctx: EvalContext): ConditionOutcome => evaluateAny(c, ctx, true);

/**
 * Which key a condition's outcome is a function of, from its handlers' declared reads (memo-key.ts):
 * 1 place key, 2 stated key, 3 stated key when no party was hit, 0 none (a combination: the widest
 * of its parts, 0 if any part is unkeyed). Adds the item flags it reads to `flags`.
 */
export function conditionKey(c: RuleCondition, flags: Set<string>): KeyLevel {
  return keyOf(c, flags);
}

function keyOf(c: object, flags: Set<string>): KeyLevel {
  const h = handlerOf(c);
  if (!h) return 0;
  const parts = h.parts?.(c as never);
  if (parts)
    return parts
      .map((x) => keyOf(x as object, flags))
      .reduce<KeyLevel>((a, b) => (a === 0 || b === 0 ? 0 : a > b ? a : b), 1);
  for (const f of h.flags?.(c as never) ?? []) flags.add(f);
  return levelOf(h.reads);
}
