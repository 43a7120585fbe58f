/**
 * The rules in force on a date, per jurisdiction and stage, memoised per rule set, date and
 * opt-ins in the caller's cache (conditions/cache.ts) — with, for each rule whose condition is a
 * function of a context key (conditions/registry.ts `conditionKey`), a slot in a memo of outcomes
 * per key. A batch of transactions then evaluates such a rule, and builds its explanation, once
 * per distinct key instead of once per item.
 */
import { conditionKey, type ConditionOutcome, type LicensingCache } from './conditions';
import { licensingJurisdictions } from './jurisdictions/registry';
import { ruleInForce, type LicensingJurisdiction, type LicensingRule } from './model';

export interface Stage {
  rules: LicensingRule[];
  /**
   * Per rule: which key its condition depends on (conditions/registry.ts `conditionKey`) and its slot in that key's
   * memo.
   */
  key: Uint8Array;
  slot: Int32Array;
}

/** An outcome kept for re-use, with the open questions its evaluation raised (raised again on re-use). */
export type Memoised = ConditionOutcome & { raised?: readonly string[] };
/** Outcomes per key: [slot * 2] unexplained, [slot * 2 + 1] explained; undefined = not evaluated yet. */
export type Outcomes = (Memoised | undefined)[];
/** The memo of one place key: its outcomes, and those of each stated key that extends it. */
export interface KeyMemo {
  place: Outcomes;
  stated: Map<string, Outcomes>;
}

export interface Staged {
  jurisdiction: Stage;
  requirement: Stage;
  exception: Stage;
  obligation: Stage;
  /** The item flags the keyed conditions read (part of the stated key). */
  flags: string[];
  /** The memo of a place key (conditions/memo-key.ts `placeKey`). */
  memo(placeKey: string): KeyMemo;
  /** The outcomes of a stated key (conditions/memo-key.ts `statedKey`) under a place key. */
  stated(memo: KeyMemo, statedKey: string): Outcomes;
}

const slots = (n: number) => new Array<Memoised | undefined>(n * 2).fill(undefined);

function stage(rules: LicensingRule[], counts: [number, number, number], flags: Set<string>): Stage {
  const key = new Uint8Array(rules.length);
  const slot = new Int32Array(rules.length);
  rules.forEach((r, n) => {
    const k = conditionKey(r.when, flags);
    key[n] = k;
    slot[n] = k ? counts[k === 1 ? 1 : 2]++ : -1;
  });
  return { rules, key, slot };
}

function staged(mine: readonly LicensingRule[], cache: LicensingCache): Staged {
  const counts: [number, number, number] = [0, 0, 0];
  const flags = new Set<string>();
  const of = (s: LicensingRule['stage']) =>
    stage(
      mine.filter((r) => r.stage === s),
      counts,
      flags,
    );
  const st = {
    jurisdiction: of('jurisdiction'),
    requirement: of('requirement'),
    exception: of('exception'),
    obligation: of('obligation'),
  };
  const owner = {};
  const make = (): KeyMemo => ({ place: slots(counts[1]), stated: new Map() });
  return {
    ...st,
    flags: [...flags].sort(),
    memo: (placeKey) => cache.placeMemo(owner, placeKey, make),
    stated(m, statedKey) {
      let o = m.stated.get(statedKey);
      if (!o) {
        if (m.stated.size >= 64) m.stated.clear();
        m.stated.set(statedKey, (o = slots(counts[2])));
      }
      return o;
    },
  };
}

/** The rules in force on a date, per jurisdiction and stage; memoised in `cache` per rule set, date and opt-ins. */
export function rulesInForce(
  all: readonly LicensingRule[],
  asOf: string,
  optIn: readonly string[],
  cache: LicensingCache,
): Map<LicensingJurisdiction, Staged> {
  let byKey = cache.staged.get(all);
  if (!byKey) cache.staged.set(all, (byKey = new Map()));
  const key = optIn.length ? `${asOf}|${optIn.join(',')}` : asOf;
  let found = byKey.get(key);
  if (!found) {
    const on = all.filter((r) => ruleInForce(r, asOf) && (!r.optIn || optIn.includes(r.id)));
    found = new Map(
      licensingJurisdictions().map((j) => [
        j,
        staged(
          on.filter((r) => r.jurisdiction === j),
          cache,
        ),
      ]),
    );
    if (byKey.size > 1_000) byKey.clear();
    byKey.set(key, found);
  }
  return found;
}
