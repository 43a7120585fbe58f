import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../test/support/shared';
import { parseFtm } from '../screening/formats/ftm';
import { computeCoverage, edgesFromLinks, explainCoverage, type ListedOwner, type OwnershipEdge } from './ownership';

const L = (id: string): ListedOwner => ({ id, regimes: 'all' });
const E = (owner: string, asset: string, percentage?: number, extra: Partial<OwnershipEdge> = {}): OwnershipEdge => ({ id: `${owner}>${asset}`, owner, asset, ...(percentage !== undefined ? { percentage } : {}), ...extra });
const cov = (edges: OwnershipEdge[], listed: ListedOwner[], regime: string, asOf = '2025-01-01') => computeCoverage(edges, listed, asOf, regime).covered;

test('two listed owners at 25 % each: covered under OFAC (≥ 50 % in aggregate), not under the EU (> 50 %)', () => {
  const edges = [E('L1', 'A', 25), E('L2', 'A', 25), E('X', 'A', 50)];
  const ofac = cov(edges, [L('L1'), L('L2')], 'ofac_50_percent').get('A')!;
  assert.deepEqual([ofac.covered, ofac.aggregate, ofac.basis], [true, 50, 'ownership']);
  assert.deepEqual(ofac.holdings.map((h) => h.owner).sort(), ['L1', 'L2']);
  const eu = cov(edges, [L('L1'), L('L2')], 'eu_ownership_control').get('A')!;
  assert.deepEqual([eu.covered, eu.basis], [false, 'minority']);
});

test('exactly 50 % and just over, under both regimes', () => {
  for (const [pct, ofac, eu] of [[50, true, false], [50.01, true, true], [49.99, false, false]] as const) {
    assert.equal(cov([E('L', 'A', pct)], [L('L')], 'ofac_50_percent').get('A')!.covered, ofac, `OFAC at ${pct}`);
    assert.equal(cov([E('L', 'A', pct)], [L('L')], 'eu_ownership_control').get('A')!.covered, eu, `EU at ${pct}`);
  }
});

test('a 60 % × 60 % chain is not diluted to 36 %: the covered intermediary passes on its whole stake', () => {
  const a = computeCoverage([E('L', 'B', 60), E('B', 'C', 60), E('C', 'D', 40)], [L('L')], '2025-01-01', 'ofac_50_percent');
  assert.equal(a.covered.get('C')!.covered, true);
  assert.equal(a.covered.get('D')!.covered, false, '40 % held by a covered company is below the threshold');
  const chain = explainCoverage(a, 'C')!;
  assert.equal(chain.holdings[0]!.owner, 'B');
  assert.equal(chain.holdings[0]!.ownerStatus, 'covered');
  assert.deepEqual([chain.holdings[0]!.via!.entity, chain.holdings[0]!.via!.holdings[0]!.owner, chain.holdings[0]!.via!.holdings[0]!.ownerStatus], ['B', 'L', 'listed']);
  // Below the threshold at the first link, nothing passes on.
  assert.equal(cov([E('L', 'B', 40), E('B', 'C', 100)], [L('L')], 'ofac_50_percent').get('C'), undefined);
});

test('cycles settle: cross-holdings neither loop nor invent coverage', () => {
  const a = computeCoverage([E('L', 'A', 50), E('A', 'B', 50), E('B', 'A', 20), E('X', 'Y', 60), E('Y', 'X', 60)], [L('L')], '2025-01-01', 'ofac_50_percent');
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
  assert.equal(cov(edges, [{ id: 'L', regimes: 'all', listedFrom: '2022-01-01' }], 'ofac_50_percent', '2021-06-01').get('A'), undefined);
  const inForce = (d: string) => computeCoverage([], [], d, 'bis_affiliates_rule').inForce;
  assert.deepEqual(['2025-09-28', '2025-10-15', '2025-11-10', '2026-06-01', '2026-11-10'].map(inForce), [false, true, false, false, true]);
  assert.equal(cov(edges, [{ id: 'L', regimes: ['bis_affiliates_rule'] }], 'ofac_50_percent', '2021-06-01').get('A'), undefined, 'an Entity List party is not an OFAC owner');
});

test('real FtM data (OpenSanctions ZALA excerpt): Zakharov\'s 75 % of OOO "SPS", as of dates, with the chain as evidence', () => {
  const path = sharedData('lists', 'ftm', 'opensanctions-zala', '2026-04-29', 'entities.ftm.json');
  const bytes = readFileSync(path);
  const parsed = parseFtm('entities.ftm.json', bytes);
  const raw = bytes.toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; target?: boolean; properties: { topics?: string[] } });
  const targets = new Set(raw.filter((r) => r.target && r.properties.topics?.some((t) => t.startsWith('sanction'))).map((r) => r.id));
  const listed = parsed.entries.filter((e) => targets.has(e.sourceId)).map((e): ListedOwner => ({ id: e.sourceId, regimes: 'all', ...(e.listedOn ? { listedFrom: e.listedOn } : {}) }));
  const edges = edgesFromLinks(parsed.links ?? []);
  assert.equal(edges.length, 14);
  const sps = 'NK-9Xa4Kg7Y7nfccE7VcZt6Q6';
  const zakharov = 'NK-aU5ybkbRFJucf8YMwsJvDw';
  // Ignoring listing dates (today's listings applied to 2021 holdings): covered through Zakharov's 75 %.
  const today = listed.map((l) => ({ id: l.id, regimes: l.regimes }));
  const a2021 = computeCoverage(edges, today, '2021-06-01', 'ofac_50_percent');
  assert.deepEqual([a2021.covered.get(sps)!.covered, a2021.covered.get(sps)!.aggregate, a2021.covered.get(sps)!.holdings[0]!.owner], [true, 75, zakharov]);
  // With listing dates: Zakharov's earliest listing in this file is 2023-07-01, after the stake ended (2022-11-22).
  assert.equal(computeCoverage(edges, listed, '2021-06-01', 'ofac_50_percent').covered.get(sps), undefined);
  assert.equal(computeCoverage(edges, today, '2023-01-01', 'ofac_50_percent').covered.get(sps), undefined, 'stake ended 2022-11-22');
  // LLC CST: Zakharov's stake was re-filed three times (51/50/48 %): counted once, and the overlap reported.
  const cst = computeCoverage(edges, today, '2022-06-01', 'eu_ownership_control');
  assert.ok(cst.warnings.some((w) => w.includes('NK-abdzbEBkqyT29GyREbiURZ') && w.includes('largest stake')));
  assert.equal(cst.covered.get('NK-abdzbEBkqyT29GyREbiURZ')!.covered, true);
  // Before 2013-06-06 the LLC "CST" (ru-inn) was not yet owned; from then to 2019-08-02 wholly.
  assert.equal(computeCoverage(edges, today, '2015-01-01', 'ofac_50_percent').covered.get('ru-inn-5920040846')!.aggregate, 100);
  // A stake of unknown size (IZHTELEKOM, 2002–2012) is reported, not counted.
  const izh = computeCoverage(edges, today, '2010-01-01', 'ofac_50_percent').covered.get('NK-56Edov9bas9puzaChH5pBy')!;
  assert.deepEqual([izh.covered, izh.unknownStakes.length], [false, 1]);
});
