import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../test/support/shared';
import { parseChplTiers } from './chpl';
import { detectSpikes } from './trade';
import { russiaDiversionBasis } from './trade-basis';
import { parseComext } from './trade-eurostat';
import { mirrorGaps } from './trade-mirror';

const chpl = parseChplTiers(readFileSync(sharedData('controls', 'bis-chpl', 'chpl_hs6_tiers.csv'), 'utf8'));
const totals = readFileSync(
  sharedData('trade', 'eurostat-comext-monthly-totals', 'eu_trade_totals_normalised.csv'),
  'utf8',
);

test('annual EU27 exports, 2023 vs 2019–2021: Kyrgyzstan ≈ ×10 flagged; Panama multiplied but not flagged (no risk basis)', () => {
  const obs = parseComext(totals, 'eu_trade_totals_normalised.csv', { freq: 'A' }).filter(
    (o) => o.reporter === 'EU27_2020',
  );
  const spikes = detectSpikes(obs, {
    baseline: ['2019', '2021'],
    post: ['2023', '2023'],
    minExcess: 50e6,
    riskBasis: russiaDiversionBasis(),
  });
  const kg = spikes.find((s) => s.partner === 'Kyrgyzstan')!;
  assert.ok(kg.flagged && kg.ratio > 9.5 && kg.ratio < 10.5, kg.why);
  assert.ok(kg.basis.some((b) => b.includes('eaeu')));
  const kg2021 = obs.find((o) => o.partner === 'Kyrgyzstan' && o.period === '2021')!.value;
  const kg2023 = obs.find((o) => o.partner === 'Kyrgyzstan' && o.period === '2023')!.value;
  assert.equal((kg2023 / kg2021).toFixed(1), '10.4', 'SOURCE.md check: ×10.4 in 2023 vs 2021');
  const pa = spikes.find((s) => s.partner.startsWith('Panama'))!;
  assert.ok(pa.ratio > 3.5 && !pa.flagged && pa.why.includes('no risk basis'), pa.why);
  const ru = spikes.find((s) => s.partner === 'Russian Federation')!;
  assert.ok(!ru.flagged && ru.ratio < 0.5);
  console.log(
    'annual flagged:',
    spikes
      .filter((s) => s.flagged)
      .map((s) => `${s.partner} ×${s.ratio.toFixed(1)}`)
      .join(', '),
  );
});

test('monthly EU27 exports 2022-03…2024-08 vs 2019–2021: Kyrgyzstan flagged with most months above the robust band', () => {
  const obs = parseComext(totals, 'eu_trade_totals_normalised.csv', { freq: 'M' }).filter(
    (o) => o.reporter === 'EU27_2020',
  );
  const spikes = detectSpikes(obs, {
    baseline: ['2019-01', '2021-12'],
    post: ['2022-03', '2024-08'],
    riskBasis: russiaDiversionBasis(),
  });
  const kg = spikes.find((s) => s.partner === 'Kyrgyzstan')!;
  assert.ok(kg.flagged && kg.periodsAbove >= 25 && kg.postPeriods === 30, kg.why);
  assert.ok(!spikes.find((s) => s.partner === 'Kazakhstan')!.flagged, 'Kazakhstan ×2: below the ×3 threshold');
});

test('CN8 CHPL Tier 1/2 exports (EU27 summed): ICs to Kyrgyzstan and Armenia flagged, nothing to Russia', () => {
  const text = readFileSync(
    sharedData('trade', 'eurostat-comext-cn8-sanctioned', 'eu_exports_chpl_tier1_2_monthly.csv'),
    'utf8',
  );
  const obs = parseComext(text, 'eu_exports_chpl_tier1_2_monthly.csv', { aggregateAs: 'EU27' });
  // SOURCE.md check: HS 8542 EU→Kyrgyzstan 2021 ≈ 0.06 M.
  const sum = (partner: string, year: string) =>
    obs
      .filter((o) => o.partner === partner && o.period.startsWith(year) && o.product.startsWith('8542'))
      .reduce((a, o) => a + o.value, 0);
  assert.ok(Math.abs(sum('Kyrgyzstan', '2021') / 1e6 - 0.06) < 0.02);
  const spikes = detectSpikes(obs, {
    baseline: ['2020-01', '2021-12'],
    post: ['2022-03', '2022-11'],
    minExcess: 100_000,
    riskBasis: russiaDiversionBasis(chpl, true),
  });
  const flagged = spikes.filter((s) => s.flagged);
  assert.ok(flagged.some((s) => s.partner === 'Kyrgyzstan' && s.product.startsWith('8542')));
  assert.ok(flagged.some((s) => s.partner === 'Armenia' && s.product.startsWith('8542')));
  assert.ok(!flagged.some((s) => s.partner.startsWith('Russia')));
  assert.ok(flagged.every((s) => s.basis.some((b) => b.includes('CHPL Tier')) && s.why.includes('risk basis')));
  console.log(`CN8 CHPL series: ${spikes.length}, flagged ${flagged.length}:`);
  for (const s of flagged.slice(0, 8))
    console.log(`  ${s.partner} ${s.product} ×${s.ratio.toFixed(1)} excess ${(s.excess / 1e6).toFixed(2)} M`);
});

test('mirror statistics: EU27 exports to Kyrgyzstan vs Kyrgyz imports from the EU27 — the gap opens after 2022; Uzbekistan stays level', () => {
  const nat = (f: string) =>
    parseComext(readFileSync(sharedData('trade', 'eurostat-comext-monthly-totals', 'national', f), 'utf8'), f, {
      flow: 'IMPORT',
    }).filter((o) => o.partner.startsWith('European Union - 27'));
  const imports = [...nat('kyrgyz_import_yearly.csv'), ...nat('uzbek_import_yearly.csv')];
  const exports = parseComext(totals, 'eu_trade_totals_normalised.csv', { freq: 'A' }).filter(
    (o) => o.reporter === 'EU27_2020',
  );
  const gaps = mirrorGaps(exports, imports, { baseline: ['2019', '2021'] });
  const kg = (y: string) => gaps.find((g) => g.partner === 'Kyrgyzstan' && g.period === y)!;
  assert.ok(kg('2021').ratio < 1.2 && !kg('2021').flagged);
  assert.ok(kg('2023').flagged && kg('2023').ratio > 2.8, kg('2023').why);
  assert.ok(!gaps.some((g) => g.partner === 'Uzbekistan' && g.flagged));
  console.log(
    gaps
      .filter((g) => g.flagged)
      .map((g) => `${g.partner} ${g.why}`)
      .join('\n'),
  );
});
