import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../test/support/shared';
import { sharedTables } from '../regulations/shared-tables.test';
import { analyseInput, analyseAll } from './chokepoints';
import { groupsCoalition, listCoalition } from './coalition';
import { INPUT_ENTRIES } from './data/input-entries';
import { parseSupplyChain } from './supply-chain';

// CC BY-NC 4.0 (CSET/ETO): read here for tests only, never copied into the repository.
const dir = ['supply-chain', 'cset-chip-explorer', '2026-07-03'] as const;
const file = (f: string) => readFileSync(sharedData(...dir, f), 'utf8');
const data = parseSupplyChain({
  inputs: file('inputs.csv'),
  providers: file('providers.csv'),
  provision: file('provision.csv'),
});
const coalition = listCoalition('test coalition', ['US', 'JP', 'NL', 'KR', 'TW', 'DE', 'AT', 'SE', 'GB'], ['CN']);

/**
 * Hand computation from provision.csv, 2025 country rows (percent). HHI = Σ share²;
 * "Various countries" names no country and is left out.
 */
const HAND = [
  // N20 EUV: NLD 100 → 100² = 10000.
  { input: 'N20', hhi: 10000, allied: 100, concern: 0, cls: 'allied_chokepoint' },
  // N19 lithography: NLD 81.5, JPN 15.0, AUT 1.6, DEU 0.6, USA 0.6, SWE 0.4, CHN 0.2, KOR 0.2
  // 6642.25 + 225 + 2.56 + 0.36 + 0.36 + 0.16 + 0.04 + 0.04 = 6870.77; allies 99.9, CN 0.2.
  { input: 'N19', hhi: 6870.77, allied: 99.9, concern: 0.2, cls: 'allied_chokepoint' },
  // N22 ArF immersion: NLD 99.3, JPN 0.7 → 9860.49 + 0.49 = 9860.98.
  { input: 'N22', hhi: 9860.98, allied: 100, concern: 0, cls: 'allied_chokepoint' },
  // N41 ALD: NLD 54.5, JPN 23.1, USA 14.9, KOR 4.9, CHN 2.6, GBR 0.1
  // 2970.25 + 533.61 + 222.01 + 24.01 + 6.76 + 0.01 = 3756.65; allies 97.5.
  { input: 'N41', hhi: 3756.65, allied: 97.5, concern: 2.6, cls: 'allied_chokepoint' },
  // N48 dry etch/clean: USA 59.4, JPN 25.9, CHN 12.4, KOR 1.5, GBR/NLD/TWN 0.1 each
  // 3528.36 + 670.81 + 153.76 + 2.25 + 0.03 = 4355.21; allies 87.1.
  { input: 'N48', hhi: 4355.21, allied: 87.1, concern: 12.4, cls: 'allied_chokepoint' },
  // N54 misc. dry etch: CHN 61.1, JPN 20.8, USA 10.8, KOR 4.1, GBR 3.0
  // 3733.21 + 432.64 + 116.64 + 16.81 + 9 = 4308.3; allies 38.7; CN 61.1 ≥ 25 → dependency.
  { input: 'N54', hhi: 4308.3, allied: 38.7, concern: 61.1, cls: 'concern_dependency' },
];

test('HHI, allied and concern shares of six CSET inputs = hand computation', () => {
  for (const h of HAND) {
    const c = analyseInput(data, h.input, coalition);
    assert.equal(c.year, '2025', h.input);
    assert.ok(Math.abs(c.hhi! - h.hhi) < 1e-6, `${h.input} HHI ${c.hhi} vs ${h.hhi}`);
    assert.ok(Math.abs(c.coalitionShare - h.allied) < 1e-6, `${h.input} allied ${c.coalitionShare} vs ${h.allied}`);
    assert.ok(Math.abs(c.concernShare - h.concern) < 1e-6, `${h.input} concern ${c.concernShare}`);
    assert.equal(c.classification, h.cls, `${h.input}: ${c.why.join('; ')}`);
  }
});

test('company shares and their HHI: EUV scanners are ASML alone', () => {
  const c = analyseInput(data, 'N20', coalition);
  assert.deepEqual(
    c.companies.map((s) => [s.name, s.country, s.share]),
    [['ASML', 'NL', 100]],
  );
  assert.equal(c.companyHhi, 10000);
});

test('the chokepoint view shows the entries that control it and where allies’ lists differ', () => {
  const euv = analyseInput(data, 'N20', coalition);
  assert.deepEqual(
    euv.controls!.links.map((l) => `${l.jurisdiction} ${l.entry}`),
    ['US 3B001.f.1.a', 'EU 3B001.f.1.a'],
  );
  assert.deepEqual(euv.listDifferences, []);
  const etch = analyseInput(data, 'N48', coalition);
  assert.equal(etch.listDifferences.length, 1);
  assert.match(etch.listDifferences[0]!, /EU 3B001.c does not \("Not used;"\)/);
  for (const m of INPUT_ENTRIES)
    for (const l of m.links) assert.ok(l.quote.length > 8 && l.citation, `${m.input} cited`);
});

test('allies and concern from the EAR country groups (A:1 Wassenaar participants, D:5 arms embargoed)', () => {
  const c = groupsCoalition(sharedTables().tables, { allies: ['A:1'], concern: ['D:5'], asOf: '2026-01-01' });
  const n54 = analyseInput(data, 'N54', c);
  assert.equal(n54.concernShare, 61.1);
  assert.equal(n54.classification, 'concern_dependency');
  assert.match(n54.why.join(' '), /CN 61.1 % \(in Country Group D:5/);
  const euv = analyseInput(data, 'N20', c);
  assert.equal(euv.coalitionShare, 100);
});

test('an input with only unattributed shares is unknown, not a zero-share input', () => {
  const c = analyseInput(data, 'N52', coalition);
  assert.equal(c.classification, 'unknown');
  assert.equal(c.hhi, null);
  assert.equal(analyseAll(data, coalition)[0]!.hhi, 10000);
  assert.throws(() => analyseInput(data, 'N999', coalition), /not in the imported/);
  assert.throws(
    () =>
      parseSupplyChain({
        inputs: 'input_id,input_name,type\nN1,x,tool\n',
        providers: 'provider_name,provider_id,provider_type,country\nUSA,P1,country,\n',
        provision: 'provider_name,provider_id,provided_name,provided_id,share_provided,year\nUSA,P1,x,N1,140,2025\n',
      }),
    /line 2: share_provided "140" is not a percentage/,
  );
});
