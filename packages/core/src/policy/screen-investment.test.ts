/**
 * Investment screening: six cases from the issue, each answered with the licensing engine on the shared
 * CCL and EAR country tables. The law each rests on is in data/investment-law.ts (quoted, cited).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { determine } from '../licensing/engine';
import { cclEntries } from '../licensing/scenario-support.test';
import { sharedTables } from '../regulations/shared-tables.test';
import { LAW } from './data/investment-law';
import { screenInvestment } from './screen-investment';
import type { CfiusDeps } from './cfius';
import { provenanceProblems } from '../common/evidence';

const deps: CfiusDeps = {
  determine: (tx, hits) =>
    determine(tx, {
      controls: (j, code) => (j === 'US' ? cclEntries().get(code) : undefined),
      screened: true,
      tables: sharedTables().tables,
      hits,
      jurisdictions: ['US'],
    }),
  entry: (eccn) => cclEntries().get(eccn),
};

const gpuMaker = {
  name: 'Acme AI Chips Inc.',
  country: 'US',
  products: [{ description: 'datacenter GPU', classification: { US: '3A090.a' } }],
};
const base = (over: Record<string, unknown>) => ({
  id: 'case',
  date: '2026-11-23',
  holdings: [],
  target: gpuMaker,
  ...over,
});
const regime = (r: ReturnType<typeof screenInvestment>, id: string) => r.regimes.find((x) => x.regime === id)!;

test('1. a Chinese-controlled acquirer of a US maker of 3A090 chips → CFIUS mandatory declaration', () => {
  const r = screenInvestment(
    base({
      acquirer: 'A',
      parties: [
        { id: 'A', name: 'Harbour Holdings Ltd', country: 'HK' },
        { id: 'P', name: 'Dragon Semiconductor Group', country: 'CN' },
      ],
      holdings: [{ owner: 'P', asset: 'A', percent: 80 }],
      stake: { percent: 60, rights: { control: true } },
    }),
    deps,
  );
  const us = regime(r, 'US-CFIUS');
  assert.equal(us.filing, 'mandatory', us.evidence.join('\n'));
  assert.equal(r.filing, 'mandatory');
  assert.ok(
    us.evidence.some((e) => /3A090\.a, controlled for .*RS/.test(e)),
    us.evidence.join('\n'),
  );
  assert.ok(
    us.evidence.some((e) =>
      /Dragon Semiconductor Group, CN .*holds 100\.0 % of the acquirer.*LICENCE_REQUIRED/.test(e),
    ),
    us.evidence.join('\n'),
  );
  assert.ok(us.law.includes(LAW.cfiusMandatory));
});

test('2. an acquirer from an allied country (Japan) of the same target → no mandatory declaration (advisable: voluntary)', () => {
  const r = screenInvestment(
    base({
      acquirer: 'J',
      parties: [{ id: 'J', name: 'Nippon Compute KK', country: 'JP' }],
      stake: { percent: 100, rights: { control: true } },
    }),
    deps,
  );
  const us = regime(r, 'US-CFIUS');
  assert.equal(us.filing, 'advisable', us.evidence.join('\n'));
  assert.ok(us.evidence.some((e) => /Nippon Compute KK, JP .*NO_LICENCE_REQUIRED/.test(e)));
});

test('3. an acquirer whose chain reaches an Entity-List party → mandatory, because of the listing alone', () => {
  const parties = [
    { id: 'S', name: 'Lion City Ventures Pte', country: 'SG' },
    { id: 'L', name: 'Listed Tech Pte', country: 'SG', listed: [{ list: 'us-bis-entity-list', entryId: 'EL-1' }] },
  ];
  const stake = { percent: 40, rights: { boardSeat: true } };
  const listed = screenInvestment(
    base({ acquirer: 'S', parties, holdings: [{ owner: 'L', asset: 'S', percent: 30 }], stake }),
    deps,
  );
  const us = regime(listed, 'US-CFIUS');
  assert.equal(us.filing, 'mandatory', us.evidence.join('\n'));
  assert.ok(
    us.evidence.some((e) =>
      /Listed Tech Pte, SG, listed on us-bis-entity-list EL-1 \(holds 30\.0 %.*LICENCE_REQUIRED/.test(e),
    ),
    us.evidence.join('\n'),
  );
  assert.match(
    listed.listedOwnership[0]!,
    /acquirer is not covered under BIS Affiliates Rule .*: 30 % held by listed or covered owners — 30 % by Listed Tech Pte \(listed\)/,
  );
  // The same chain without the listing: Singapore needs no licence for 3A090.a → no mandatory declaration.
  const clean = screenInvestment(
    base({
      acquirer: 'S',
      parties: [parties[0], { ...parties[1], listed: [] }],
      holdings: [{ owner: 'L', asset: 'S', percent: 30 }],
      stake,
    }),
    deps,
  );
  assert.equal(regime(clean, 'US-CFIUS').filing, 'advisable');
});

test('4. an EU target making Annex I items, Chinese acquirer → EU FDI factor Art. 4(1)(b): advisable, national duty unknown', () => {
  const r = screenInvestment(
    base({
      acquirer: 'C',
      parties: [{ id: 'C', name: 'Dragon Optics', country: 'CN' }],
      target: {
        name: 'Lithografie GmbH',
        country: 'DE',
        products: [{ description: 'EUV scanner module', classification: { EU: '3B001.f.1.a' } }],
      },
      stake: { percent: 30, rights: {} },
    }),
    deps,
  );
  const eu = regime(r, 'EU-FDI');
  assert.equal(eu.filing, 'advisable');
  assert.ok(eu.evidence.some((e) => /Art\. 4\(1\)\(b\)/.test(e)));
  assert.ok(eu.openQuestions.some((q) => /national screening mechanism of DE is not modelled/.test(q)));
  assert.equal(regime(r, 'US-CFIUS').applies, false);
});

test('5. a UK target in the military and dual-use sector, 0 → 30 % → NSI mandatory notification', () => {
  const target = {
    name: 'Cambridge Photonics Ltd',
    country: 'GB',
    products: [{ description: 'mask writer', classification: { UK: '3B001.f.3' } }],
  };
  const r = screenInvestment(
    base({
      acquirer: 'U',
      parties: [{ id: 'U', name: 'Midwest Capital LLC', country: 'US' }],
      target,
      stake: { percent: 30, before: 0, rights: {} },
    }),
    deps,
  );
  const uk = regime(r, 'UK-NSI');
  assert.equal(uk.filing, 'mandatory');
  assert.ok(uk.evidence.some((e) => /passing 25 %/.test(e)));
  const small = screenInvestment(
    base({
      acquirer: 'U',
      parties: [{ id: 'U', name: 'Midwest Capital LLC', country: 'US' }],
      target,
      stake: { percent: 20, rights: {} },
    }),
    deps,
  );
  assert.equal(regime(small, 'UK-NSI').filing, 'not_required');
});

test('6. a 7 % passive minority stake without rights in the US 3A090 maker → not a covered investment: not required', () => {
  const r = screenInvestment(
    base({
      acquirer: 'C',
      parties: [{ id: 'C', name: 'Dragon Fund', country: 'CN' }],
      stake: { percent: 7, rights: {} },
    }),
    deps,
  );
  const us = regime(r, 'US-CFIUS');
  assert.equal(us.filing, 'not_required');
  assert.ok(us.evidence[0]!.includes('not a covered investment (800.304(a)'));
  assert.ok(us.law.includes(LAW.cfiusNotCovered));
  assert.equal(r.filing, 'not_required');
});

test('the law behind the answers: verified entries carry official quotes with a citation or URL', () => {
  for (const l of Object.values(LAW)) {
    assert.deepEqual(provenanceProblems(l), [], l.id);
    if (!l.verified) assert.ok(l.unverified, `${l.id} says what was not verified`);
  }
});

test('bad cases are refused with the field', () => {
  assert.throws(
    () =>
      screenInvestment(
        base({ acquirer: 'X', parties: [{ id: 'A', name: 'A', country: 'US' }], stake: { percent: 1, rights: {} } }),
        deps,
      ),
    /\/acquirer/,
  );
  assert.throws(
    () =>
      screenInvestment(
        base({ acquirer: 'A', parties: [{ id: 'A', name: 'A', country: 'ZZ' }], stake: { percent: 1, rights: {} } }),
        deps,
      ),
    /\/parties\/0\/country/,
  );
  assert.throws(
    () =>
      screenInvestment(
        base({ acquirer: 'A', parties: [{ id: 'A', name: 'A', country: 'US' }], stake: { percent: 140, rights: {} } }),
        deps,
      ),
    /\/stake\/percent/,
  );
});
