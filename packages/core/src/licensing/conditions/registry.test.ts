/**
 * The condition registry: every kind the rules use is registered; the memo key level each kind's
 * declared reads give is the one the engine has always used (a kind that reads an unkeyed fact must
 * never be memoised); and a batch sharing one LicensingCache answers exactly as without the memo.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sharedTables } from '../../regulations/shared-tables.test';
import { determine, type DetermineOptions } from '../engine';
import type { DeterminationResult, RuleCondition } from '../model';
import { ALL_RULES } from '../rules';
import { cclEntries } from '../scenario-support.test';
import { parseTransaction, type Transaction } from '../transaction';
import { LicensingCache } from './cache';
import { CONDITION_KINDS, conditionKey, evaluate } from './registry';
import type { EvalContext } from './types';

/** The key level of each kind (memo-key.ts): 1 place, 2 stated, 3 stated when no party was hit, 0 none. */
const LEVELS: Record<string, number> = {
  destinationIn: 1,
  exporterIn: 1,
  originIn: 1,
  releaseToNotIn: 1,
  hsPrefixIn: 1,
  eccnIn: 1,
  listed: 1,
  codeMatches: 1,
  chartColumn: 1,
  exceptionLine: 1,
  exceptionLineExcludes: 1,
  endUseIn: 2,
  knows: 2,
  contractClause: 2,
  sanctionsListIn: 2,
  regionIn: 2,
  itemFlag: 2,
  partyOnList: 3,
  partyCountryIn: 0,
  usContentAboveDeMinimis: 0,
  usContentEccnMatches: 0,
  withinLvsLimit: 0,
  parameterIs: 0,
  partyOwnedByListed: 0,
};

function kindsOf(c: RuleCondition, into: Set<string>): Set<string> {
  const kind = Object.keys(c).find((k) => (CONDITION_KINDS as readonly string[]).includes(k));
  assert.ok(kind, `no registered kind in ${JSON.stringify(c)}`);
  into.add(kind);
  if ('all' in c) for (const x of c.all) kindsOf(x, into);
  if ('any' in c) for (const x of c.any) kindsOf(x, into);
  if ('not' in c) kindsOf(c.not, into);
  return into;
}

describe('condition registry', () => {
  test('every condition of every rule is made of registered kinds, and each kind is registered once', () => {
    const used = new Set<string>();
    for (const r of ALL_RULES) {
      kindsOf(r.when, used);
      if (r.metWhen) kindsOf(r.metWhen, used);
    }
    assert.equal(new Set(CONDITION_KINDS).size, CONDITION_KINDS.length);
    for (const k of used) assert.ok(CONDITION_KINDS.includes(k as never), k);
  });

  test('an unknown kind is refused, not taken to hold', () => {
    assert.throws(
      () => evaluate({ nosuchKind: [] } as unknown as RuleCondition, { cache: new LicensingCache() } as EvalContext),
      /unknown condition/,
    );
  });

  test("each kind's declared reads give its memo key level", () => {
    const leaves = CONDITION_KINDS.filter((k) => !['all', 'any', 'not'].includes(k));
    assert.deepEqual([...leaves].sort(), Object.keys(LEVELS).sort());
    const sample: Record<string, unknown> = { itemFlag: 'enc_eligible', listed: true, withinLvsLimit: true };
    for (const k of leaves)
      assert.equal(conditionKey({ [k]: sample[k] ?? [] } as unknown as RuleCondition, new Set()), LEVELS[k], k);
  });

  test('a combination is keyed at its widest part, unkeyed if any part is, and collects the item flags it names', () => {
    const flags = new Set<string>();
    const place = { destinationIn: ['CN'] };
    const stated = { itemFlag: 'enc_eligible' };
    assert.equal(conditionKey({ all: [place, { not: stated }] }, flags), 2);
    assert.equal(conditionKey({ any: [place, { partyOnList: ['x'] }] }, flags), 3);
    assert.equal(
      conditionKey({ all: [place, { itemFlag: 'made_with_us_technology' }, { value: 1 } as never] }, flags),
      0,
    );
    assert.equal(conditionKey({ any: [{ withinLvsLimit: true }, place] }, flags), 0);
    assert.deepEqual([...flags].sort(), ['enc_eligible', 'made_with_us_technology']);
  });
});

// A fixed-seed generator (mulberry32), so a failure can be reproduced.
let seed = 11;
const rnd = (k: number) => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % k;
};
const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)]!;
const CODES = [
  '3A090.a',
  '4A090.a',
  '2B001.a',
  '5A002.a',
  '3A001.b.2',
  '1C006.d',
  '3A991.a',
  'EAR99',
  '9A610.a',
  '3E001',
];
const PLACES = ['CN', 'DE', 'JP', 'RU', 'AE', 'CA', 'GB', 'IR', 'NL', 'UA', 'HK', 'TW', 'US', 'FR', 'BY'];

/** Transactions that vary every keyed fact and several unkeyed ones (content shares, values, flags, parties). */
function transaction(i: number): Transaction {
  const exporter = pick(['US', 'US', 'DE', 'NL', 'GB', 'JP', 'AU', 'TW']);
  const items = Array.from({ length: 1 + rnd(3) }, () => {
    const code = pick(CODES);
    return {
      classification: { US: code, ...(rnd(2) ? { EU: code === 'EAR99' ? 'unlisted' : code } : {}) },
      origin: rnd(3) ? exporter : pick(PLACES),
      hs: pick(['854231', '847130', '9306']),
      value: rnd(8_000),
      ...(rnd(2) ? { us_content_percent: rnd(60) } : {}),
      sta_consignee_statement: rnd(2) === 0,
      enc_eligible: rnd(2) === 0,
      ...(rnd(5) === 0 ? { sanctions_lists: [pick(['eu-833-annex-xl', 'uk-rus-sch-2a'])] } : {}),
    };
  });
  return parseTransaction({
    id: `T-${i}`,
    date: pick(['2023-06-01', '2025-03-01', '2026-11-23']),
    exporter: { name: 'Exporter', country: exporter },
    items,
    destination: pick(PLACES),
    parties: [{ role: 'end_user', name: `Party ${i % 5}`, country: pick(PLACES) }],
    end_use: pick([['civil'], ['military'], ['wmd'], []]),
    ...(rnd(6) === 0 ? { technology_release_to: pick(PLACES) } : {}),
    ...(rnd(5) === 0 ? { exporter_aware: ['military_end_use'] } : {}),
    ...(rnd(5) === 0 ? { contract_clauses: ['no_re_export_to_russia'] } : {}),
  });
}

test('a batch sharing one LicensingCache answers as each transaction does without the memo, in either order', () => {
  const entries = cclEntries();
  const options: DetermineOptions = {
    controls: (j, code) => (j === 'US' ? entries.get(code) : undefined),
    tables: sharedTables().tables,
    screened: true,
  };
  const txs = Array.from({ length: 200 }, (_, i) => transaction(i));
  for (const detail of ['full', 'fired'] as const) {
    const plain: DeterminationResult[] = txs.map((t) => determine(t, { ...options, detail, memo: false }));
    const cache = new LicensingCache();
    for (const order of [txs.map((_, i) => i), txs.map((_, i) => txs.length - 1 - i)])
      for (const i of order)
        assert.deepStrictEqual(
          determine(txs[i]!, { ...options, detail, cache }),
          plain[i],
          `transaction ${i}, ${detail}`,
        );
  }
});
