/**
 * What the conditions read for one item in one jurisdiction, and the engine's access to the memo
 * of keyed conditions (staged.ts): a batch evaluates such a rule, and builds its explanation, once
 * per distinct key instead of once per item.
 */
import {
  placeKey,
  statedKey,
  test,
  type ConditionOutcome,
  type EvalContext,
  type LicensingCache,
  type PartyHit,
} from './conditions';
import { itemFacts, type FactsSource, type ItemFacts } from './facts';
import type { EarTables } from '../regulations/tables';
import type { LicensingJurisdiction } from './model';
import type { KeyMemo, Outcomes, Stage, Staged } from './staged';
import type { Transaction, TransactionItem } from './transaction';

export interface ItemContextOptions {
  tx: Transaction;
  item: TransactionItem;
  /** The item's index in the transaction. */
  index: number;
  jurisdiction: LicensingJurisdiction;
  /** The destination for this jurisdiction (a foreign national's citizenship for a US deemed export). */
  destination: string;
  hits: readonly PartyHit[];
  /** The determination's open questions, shared by its items. */
  open: string[];
  source: FactsSource;
  staged: Staged;
  tables: EarTables;
  /** The caller's cache: the memo of keyed outcomes and compiled patterns (conditions/cache.ts). */
  cache: LicensingCache;
  /** Re-use outcomes of keyed conditions (default); off only to compare. */
  memo?: boolean;
}

/**
 * What the conditions read for one item: the transaction, the item, and its facts (classification, list entry), looked
 * up on first use.
 */
export class ItemContext implements EvalContext {
  #facts: ItemFacts | undefined;
  /** Open questions raised while finding the facts; the engine keeps them only where the law reaches the item. */
  readonly factsOpen: string[] = [];
  readonly asOf: string;
  readonly tx: Transaction;
  readonly item: TransactionItem;
  readonly index: number;
  readonly jurisdiction: LicensingJurisdiction;
  readonly destination: string;
  readonly hits: readonly PartyHit[];
  open: string[];
  readonly source: FactsSource;
  readonly staged: Staged;
  readonly tables: EarTables;
  readonly cache: LicensingCache;
  readonly memo: boolean;
  /** The memos of keyed conditions for this item's keys (staged.ts), once the facts are known. */
  #memo: KeyMemo | undefined;
  #stated: Outcomes | undefined;
  constructor(o: ItemContextOptions) {
    this.tx = o.tx;
    this.item = o.item;
    this.index = o.index;
    this.jurisdiction = o.jurisdiction;
    this.destination = o.destination;
    this.hits = o.hits;
    this.open = o.open;
    this.source = o.source;
    this.staged = o.staged;
    this.tables = o.tables;
    this.cache = o.cache;
    this.memo = o.memo ?? true;
    this.asOf = o.tx.date;
  }
  get facts(): ItemFacts {
    return (this.#facts ??= itemFacts(this.source, this.jurisdiction, this.index, this.factsOpen));
  }
  /**
   * Rule `n` of a stage, explained or not. A keyed condition (its outcome a function of the item's
   * key, conditions/registry.ts `conditionKey`) is taken from the memo once the facts are known — the key
   * reads them, and looking them up earlier could raise an error or a question the rules never
   * asked for. The open questions an evaluation raised are kept with it and raised again on re-use,
   * as the condition itself raises them: only when not already asked.
   */
  check(s: Stage, n: number, e: boolean): ConditionOutcome {
    const kind = s.key[n];
    const c = s.rules[n]!.when;
    if (!kind || !this.memo || !this.#facts || (kind === 3 && this.hits.length)) return test(c, this, e);
    const m = (this.#memo ??= this.staged.memo(placeKey(this)));
    const memo = kind === 1 ? m.place : (this.#stated ??= this.staged.stated(m, statedKey(this, this.staged.flags)));
    const at = s.slot[n]! * 2 + (e ? 1 : 0);
    const known = memo[at];
    if (known) {
      if (known.raised) for (const q of known.raised) if (!this.open.includes(q)) this.open.push(q);
      return known;
    }
    const open = this.open;
    const raised: string[] = (this.open = []);
    let o: ConditionOutcome;
    try {
      o = test(c, this, e);
    } finally {
      this.open = open;
      for (const q of raised) if (!open.includes(q)) open.push(q);
    }
    // Shared between determinations: frozen, so that a change to one outcome fails loudly instead of altering others.
    memo[at] = Object.freeze(raised.length ? { ...o, raised } : o);
    return o;
  }
}
