/**
 * What a condition handler is: the kind it evaluates (the property that names it in rule data),
 * the facts of the context it reads (memo-key.ts builds the memo key from them), and how it
 * evaluates and explains. Handlers live one file per family; registry.ts lists them.
 */
import type { EarTables } from '../../regulations/tables';
import type { ItemFacts } from '../facts';
import type { Transaction, TransactionItem } from '../transaction';
import type { LicensingCache } from './cache';
import type { Fact } from './memo-key';

export interface PartyHit {
  /** Index of the party in the transaction. */
  party: number;
  list: string;
  listVersion?: string;
  entryId: string;
  name: string;
  score: number;
  licenseRequirement?: string;
  licensePolicy?: string;
  /**
   * 'open': a possible match no officer has decided yet — never a finding: the requirement applies
   * as a licence requirement and the determination asks for the review. 'true_match': confirmed by
   * an officer. Absent: the caller states the hit as a fact (e.g. a listed party named by the user).
   */
  review?: 'open' | 'true_match';
}

export interface EvalContext {
  tx: Transaction;
  item: TransactionItem;
  facts: ItemFacts;
  /** The destination for this jurisdiction (a foreign national's citizenship for a US deemed export). */
  destination: string;
  asOf: string;
  hits: readonly PartyHit[];
  open: string[];
  /** The EAR Country Chart and Country Groups version the determination uses (regulations/). */
  tables: EarTables;
  /** Compiled patterns and entry numbers, owned by the caller (cache.ts); never module state. */
  cache: LicensingCache;
}

export interface ConditionOutcome {
  holds: boolean;
  why: string;
  hits?: PartyHit[];
}

/** Evaluates any condition (registry.ts `test`); handed to the handlers that hold sub-conditions. */
export type Evaluate<C = object> = (c: C, ctx: EvalContext, explain: boolean) => ConditionOutcome;

/** The condition a handler evaluates: `{ [kind]: value }` plus optional qualifiers (e.g. `roles`). */
export type ConditionShape<K extends string, V, X extends object> = { [P in K]: V } & X;

export interface ConditionHandler<K extends string = string, V = unknown, X extends object = object> {
  kind: K;
  /**
   * Every fact of the context the outcome reads besides the date and the condition's own data
   * (memo-key.ts `FACTS`). A condition whose facts are all keyed has one outcome per key, and a
   * batch re-uses it, explanation included; open questions it raises must depend on them too.
   */
  reads: readonly Fact[];
  /** The item flags it reads (part of the stated key), for `itemFlag`. */
  flags?: (c: ConditionShape<K, V, X>) => readonly string[];
  /** Its sub-conditions (combinators): a combination is keyed only if every part is. */
  parts?: (c: ConditionShape<K, V, X>) => readonly unknown[];
  /** Evaluates; the explanation (`why`) is built only when `explain` is set (most rules considered do not fire). */
  evaluate(c: ConditionShape<K, V, X>, ctx: EvalContext, explain: boolean, test: Evaluate): ConditionOutcome;
}

/**
 * Declares a handler; the kind is written once, in `kind`, and the condition type is derived
 * from it. `V` is the value under the kind, `X` the optional qualifiers beside it.
 */
export const define =
  <V, X extends object = object>() =>
  <K extends string>(h: ConditionHandler<K, V, X>): ConditionHandler<K, V, X> =>
    h;

/** The condition type of a handler. */
export type ConditionOf<H> = H extends ConditionHandler<infer K, infer V, infer X> ? ConditionShape<K, V, X> : never;
