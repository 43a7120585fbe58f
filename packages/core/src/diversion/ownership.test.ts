import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../test/support/shared';
import { parseFtm } from '../screening/formats/ftm';
import {
  computeCoverage,
  edgesFromLinks,
  explainCoverage,
  unnamedListWarnings,
  type ListedOwner,
  type OwnershipEdge,
} from './ownership';

// On every list the regimes look through (each regime's own tests name the list).
const ALL_LISTS = ['us_ofac_sdn', 'eu_fsf', 'us_bis_entity_list'];
const L = (id: string): ListedOwner => ({ id, lists: ALL_LISTS });
const E = (owner: string, asset: string, percentage?: number, extra: Partial<OwnershipEdge> = {}): OwnershipEdge => ({
  id: `${owner}>${asset}`,
  owner,
  asset,
  ...(percentage !== undefined ? { percentage } : {}),
  ...extra,
});
const cov = (edges: OwnershipEdge[], listed: ListedOwner[], regime: string, asOf = '2025-01-01') =>
  computeCoverage(edges, listed, asOf, regime).covered;

test('two listed owners at 25 % each: covered under OFAC (≥ 50 % in aggregate), not under the EU (> 50 %)', () => {
  const edges = [E('L1', 'A', 25), E('L2', 'A', 25), E('X', 'A', 50)];
  const ofac = cov(edges, [L('L1'), L('L2')], 'ofac_50_percent').get('A')!;
  assert.deepEqual([ofac.covered, ofac.aggregate, ofac.basis], [true, 50, 'ownership']);
  assert.deepEqual(ofac.holdings.map((h) => h.owner).sort(), ['L1', 'L2']);
  const eu = cov(edges, [L('L1'), L('L2')], 'eu_ownership_control').get('A')!;
  assert.deepEqual([eu.covered, eu.basis], [false, 'minority']);
});

test('exactly 50 % and just over, under both regimes', () => {
  for (const [pct, ofac, eu] of [
    [50, true, false],
    [50.01, true, true],
    [49.99, false, false],
  ] as const) {
    assert.equal(cov([E('L', 'A', pct)], [L('L')], 'ofac_50_percent').get('A')!.covered, ofac, `OFAC at ${pct}`);
    assert.equal(cov([E('L', 'A', pct)], [L('L')], 'eu_ownership_control').get('A')!.covered, eu, `EU at ${pct}`);
  }
});

test('a 60 % × 60 % chain is not diluted to 36 %: the covered intermediary passes on its whole stake', () => {
  const a = computeCoverage(
    [E('L', 'B', 60), E('B', 'C', 60), E('C', 'D', 40)],
    [L('L')],
    '2025-01-01',
    'ofac_50_percent',
  );
  assert.equal(a.covered.get('C')!.covered, true);
  assert.equal(a.covered.get('D')!.covered, false, '40 % held by a covered company is below the threshold');
  const chain = explainCoverage(a, 'C')!;
  assert.equal(chain.holdings[0]!.owner, 'B');
  assert.equal(chain.holdings[0]!.ownerStatus, 'covered');
  assert.deepEqual(
    [
      chain.holdings[0]!.via!.entity,
      chain.holdings[0]!.via!.holdings[0]!.owner,
      chain.holdings[0]!.via!.holdings[0]!.ownerStatus,
    ],
    ['B', 'L', 'listed'],
  );
  // Below the threshold at the first link, nothing passes on.
  assert.equal(cov([E('L', 'B', 40), E('B', 'C', 100)], [L('L')], 'ofac_50_percent').get('C'), undefined);
});

test('cycles settle: cross-holdings neither loop nor invent coverage', () => {
  const a = computeCoverage(
    [E('L', 'A', 50), E('A', 'B', 50), E('B', 'A', 20), E('X', 'Y', 60), E('Y', 'X', 60)],
    [L('L')],
    '2025-01-01',
    'ofac_50_percent',
  );
  assert.equal(a.covered.get('A')!.aggregate, 70, 'L 50 % + covered B 20 %');
  assert.equal(a.covered.get('B')!.covered, true);
  assert.ok(!a.covered.has('X') && !a.covered.has('Y'));
  assert.ok(explainCoverage(a, 'A'), 'explanation terminates on the cycle');
  const b = cov([E('L', 'A', 30), E('A', 'B', 60), E('B', 'A', 30)], [L('L')], 'ofac_50_percent');
  assert.equal(b.get('A')!.covered, false, 'A reaches 50 % only if B is covered, and B only if A is: neither');
});

test('EU control criterion: control without majority covers under the EU regime only', () => {
  const edges = [E('L', 'A', 10, { control: true })];
  assert.equal(cov(edges, [L('L')], 'eu_ownership_control').get('A')!.basis, 'control');
  assert.equal(cov(edges, [L('L')], 'ofac_50_percent').get('A')!.covered, false);
});

test('as of a date: stakes and listings count only while live; the BIS Affiliates Rule is in force only outside its suspension', () => {
  const edges = [E('L', 'A', 60, { startDate: '2020-01-01', endDate: '2022-12-31' })];
  assert.equal(cov(edges, [L('L')], 'ofac_50_percent', '2021-06-01').get('A')!.covered, true);
  assert.equal(cov(edges, [L('L')], 'ofac_50_percent', '2023-06-01').get('A'), undefined);
  assert.equal(
    cov(edges, [{ id: 'L', lists: ALL_LISTS, listedFrom: '2022-01-01' }], 'ofac_50_percent', '2021-06-01').get('A'),
    undefined,
  );
  const inForce = (d: string) => computeCoverage([], [], d, 'bis_affiliates_rule').inForce;
  assert.deepEqual(['2025-09-28', '2025-10-15', '2025-11-10', '2026-06-01', '2026-11-10'].map(inForce), [
    false,
    true,
    false,
    false,
    true,
  ]);
  assert.equal(
    cov(edges, [{ id: 'L', lists: ['us_bis_entity_list'] }], 'ofac_50_percent', '2021-06-01').get('A'),
    undefined,
    'an Entity List party is not an OFAC owner',
  );
});

test('real FtM data (OpenSanctions ZALA excerpt): Zakharov\'s 75 % of OOO "SPS", as of dates, with the chain as evidence', () => {
  const path = sharedData('lists', 'ftm', 'opensanctions-zala', '2026-04-29', 'entities.ftm.json');
  const bytes = readFileSync(path);
  const parsed = parseFtm('entities.ftm.json', bytes);
  const raw = bytes
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; target?: boolean; properties: { topics?: string[] } });
  const targets = new Set(
    raw.filter((r) => r.target && r.properties.topics?.some((t) => t.startsWith('sanction'))).map((r) => r.id),
  );
  const listed = parsed.entries
    .filter((e) => targets.has(e.sourceId))
    .map((e): ListedOwner => ({ id: e.sourceId, lists: ALL_LISTS, ...(e.listedOn ? { listedFrom: e.listedOn } : {}) }));
  const edges = edgesFromLinks(parsed.links ?? []);
  assert.equal(edges.length, 14);
  const sps = 'NK-9Xa4Kg7Y7nfccE7VcZt6Q6';
  const zakharov = 'NK-aU5ybkbRFJucf8YMwsJvDw';
  // Ignoring listing dates (today's listings applied to 2021 holdings): covered through Zakharov's 75 %.
  const today = listed.map((l) => ({ id: l.id, lists: l.lists }));
  const a2021 = computeCoverage(edges, today, '2021-06-01', 'ofac_50_percent');
  assert.deepEqual(
    [a2021.covered.get(sps)!.covered, a2021.covered.get(sps)!.aggregate, a2021.covered.get(sps)!.holdings[0]!.owner],
    [true, 75, zakharov],
  );
  // With listing dates: Zakharov's earliest listing in this file is 2023-07-01, after the stake ended (2022-11-22).
  assert.equal(computeCoverage(edges, listed, '2021-06-01', 'ofac_50_percent').covered.get(sps), undefined);
  assert.equal(
    computeCoverage(edges, today, '2023-01-01', 'ofac_50_percent').covered.get(sps),
    undefined,
    'stake ended 2022-11-22',
  );
  // LLC CST: Zakharov's stake was re-filed three times (51/50/48 %): counted once, and the overlap reported.
  const cst = computeCoverage(edges, today, '2022-06-01', 'eu_ownership_control');
  assert.ok(cst.warnings.some((w) => w.includes('NK-abdzbEBkqyT29GyREbiURZ') && w.includes('largest stake')));
  assert.equal(cst.covered.get('NK-abdzbEBkqyT29GyREbiURZ')!.covered, true);
  // Before 2013-06-06 the LLC "CST" (ru-inn) was not yet owned; from then to 2019-08-02 wholly.
  assert.equal(
    computeCoverage(edges, today, '2015-01-01', 'ofac_50_percent').covered.get('ru-inn-5920040846')!.aggregate,
    100,
  );
  // A stake of unknown size (IZHTELEKOM, 2002–2012) is reported, not counted.
  const izh = computeCoverage(edges, today, '2010-01-01', 'ofac_50_percent').covered.get('NK-56Edov9bas9puzaChH5pBy')!;
  assert.deepEqual([izh.covered, izh.unknownStakes.length], [false, 1]);
});

// OFAC FAQ 401 (https://ofac.treasury.gov/faqs/401), examples to the Revised Guidance of 13 Aug 2014: indirect
// ownership counts only through entities that are themselves ≥ 50 % owned, and then without dilution.
test('OFAC FAQ 401 examples 1–3 and the counter-example: aggregation through blocked intermediaries, no dilution, nothing through minority holdings', () => {
  const ofac = (edges: OwnershipEdge[]) => computeCoverage(edges, [L('X')], '2025-01-01', 'ofac_50_percent').covered;
  // Example 1: X 50 % of A, A 50 % of B → B blocked (not "25 %").
  const ex1 = ofac([E('X', 'A', 50), E('A', 'B', 50)]);
  assert.deepEqual([ex1.get('A')!.covered, ex1.get('B')!.covered, ex1.get('B')!.aggregate], [true, true, 50]);
  // Example 2: X 50 % of A and of B; A and B 25 % each of C → C blocked (25 + 25 through blocked A and B).
  const ex2 = ofac([E('X', 'A', 50), E('X', 'B', 50), E('A', 'C', 25), E('B', 'C', 25)]);
  assert.deepEqual(
    [
      ex2.get('C')!.covered,
      ex2.get('C')!.aggregate,
      ex2
        .get('C')!
        .holdings.map((h) => `${h.owner}:${h.ownerStatus}`)
        .sort(),
    ],
    [true, 50, ['A:covered', 'B:covered']],
  );
  // Example 3: X 50 % of A and 10 % of B; A 40 % of B → B blocked (10 direct + 40 through A).
  const ex3 = ofac([E('X', 'A', 50), E('X', 'B', 10), E('A', 'B', 40)]);
  assert.deepEqual(
    [
      ex3.get('B')!.covered,
      ex3.get('B')!.aggregate,
      ex3
        .get('B')!
        .holdings.map((h) => `${h.owner}:${h.ownerStatus}`)
        .sort(),
    ],
    [true, 50, ['A:covered', 'X:listed']],
  );
  // Counter-example (FAQ 401): X 25 % of A and of B, A and B 50 % each of C → C not blocked: A and B are not blocked.
  const counter = ofac([E('X', 'A', 25), E('X', 'B', 25), E('A', 'C', 50), E('B', 'C', 50)]);
  assert.equal(counter.get('A')!.covered, false);
  assert.equal(counter.get('C'), undefined, 'nothing passes through a minority holding');
  // A long chain of exactly-50 % links stays covered to the end (0.5^5 would be 3 %).
  const chain = ofac(['X', 'C1', 'C2', 'C3', 'C4'].map((o, i) => E(o, `C${i + 1}`, 50)));
  assert.deepEqual([chain.get('C5')!.covered, chain.get('C5')!.aggregate], [true, 50]);
});

test('exactly 50 % under the EU: not owned (more than 50 % needed) unless controlled; the control basis is reported', () => {
  const eu = (edges: OwnershipEdge[]) =>
    computeCoverage(edges, [L('L')], '2025-01-01', 'eu_ownership_control').covered.get('A')!;
  assert.deepEqual([eu([E('L', 'A', 50)]).covered, eu([E('L', 'A', 50)]).basis], [false, 'minority']);
  const controlled = eu([E('L', 'A', 50, { control: true })]);
  assert.deepEqual([controlled.covered, controlled.basis, controlled.aggregate], [true, 'control', 50]);
  // Two listed owners at 25 % + 25.01 %: more than 50 % in aggregate under the EU as well.
  const two = computeCoverage(
    [E('L', 'A', 25), E('M', 'A', 25.01)],
    [L('L'), L('M')],
    '2025-01-01',
    'eu_ownership_control',
  ).covered.get('A')!;
  assert.deepEqual([two.covered, two.aggregate], [true, 50.01]);
});

// BIS Affiliates Rule: IFR "Expansion of End-User Controls To Cover Affiliates of Certain Listed Entities", 90 FR 47201
// (FR Doc. 2025-19001, published 30 Sep 2025), "effective September 29, 2025", "at least 50 percent owned"; suspended
// by the final rule "One Year Suspension of Expansion of End-User Controls for Affiliates of Certain Listed Entities"
// (Federal Register vol. 90 no. 216, 12 Nov 2025; page not verified here) from 10 Nov 2025 to 9 Nov 2026, reimposed 10
// Nov 2026.
test('BIS Affiliates Rule at exactly 50 %: covered and in force on 29 Sep 2025 and 9 Nov 2025, suspended 10 Nov 2025 – 9 Nov 2026, back on 10 Nov 2026', () => {
  const edges = [E('EL', 'A', 50), E('A', 'B', 50)];
  const listed: ListedOwner[] = [{ id: 'EL', lists: ['us_bis_entity_list'] }];
  const at = (d: string) => computeCoverage(edges, listed, d, 'bis_affiliates_rule');
  for (const [date, inForce] of [
    ['2025-09-28', false],
    ['2025-09-29', true],
    ['2025-11-09', true],
    ['2025-11-10', false],
    ['2026-11-09', false],
    ['2026-11-10', true],
  ] as const) {
    const a = at(date);
    assert.equal(a.inForce, inForce, `in force on ${date}`);
    // The ownership arithmetic does not depend on the date; whether it binds does (checks.ts reads `inForce`).
    assert.deepEqual(
      [a.covered.get('A')!.covered, a.covered.get('B')!.covered],
      [true, true],
      `coverage computed on ${date}`,
    );
  }
  assert.equal(
    computeCoverage([E('EL', 'A', 49.99)], listed, '2025-10-01', 'bis_affiliates_rule').covered.get('A')!.covered,
    false,
    'below "at least 50 percent"',
  );
});

test('each regime counts only owners on its own lists: an SDN-only owner triggers OFAC 50 %, not the BIS Affiliates Rule', () => {
  const edges = [E('SDN', 'A', 60)];
  const sdnOnly: ListedOwner[] = [{ id: 'SDN', lists: ['us_ofac_sdn'] }];
  const asOf = '2026-11-15'; // the Affiliates Rule is in force again from 10 Nov 2026
  assert.equal(computeCoverage(edges, sdnOnly, asOf, 'bis_affiliates_rule').inForce, true);
  assert.equal(cov(edges, sdnOnly, 'ofac_50_percent', asOf).get('A')!.covered, true);
  assert.equal(
    cov(edges, sdnOnly, 'bis_affiliates_rule', asOf).get('A'),
    undefined,
    'an SDN is not an Entity List owner',
  );
  assert.equal(cov(edges, sdnOnly, 'eu_ownership_control', asOf).get('A'), undefined, 'nor on the EU list');
  const el: ListedOwner[] = [{ id: 'SDN', lists: ['us_bis_entity_list'] }];
  assert.equal(cov(edges, el, 'bis_affiliates_rule', asOf).get('A')!.covered, true);
});

test('a listed flag naming no list counts under no regime, and says so', () => {
  const edges = [E('X', 'A', 100)];
  const bare: ListedOwner[] = [{ id: 'X', name: 'Bare Flag Ltd', lists: [] }];
  for (const r of ['ofac_50_percent', 'eu_ownership_control', 'bis_affiliates_rule'])
    assert.equal(cov(edges, bare, r, '2026-11-15').get('A'), undefined, r);
  const [w] = unnamedListWarnings(bare);
  assert.match(w!, /Bare Flag Ltd \(X\): flagged listed but names no list .*counted under no ownership regime/);
  assert.deepEqual(unnamedListWarnings([{ id: 'Y', lists: ['us_ofac_sdn'] }]), []);
});
