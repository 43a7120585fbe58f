// How trade rows add up (trade-aggregate.ts) and the watch tier (trade.ts), on the real Eurostat files of
// shared/data/trade (SOURCE.md): the figures must be the ones a user adds up from the same file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../test/support/shared';
import { detectSpikes, type TradeObservation } from './trade';
import { annualFromRows } from './trade-aggregate';
import { russiaDiversionBasis } from './trade-basis';
import { parseComext } from './trade-eurostat';

const totals = readFileSync(
  sharedData('trade', 'eurostat-comext-monthly-totals', 'eu_trade_totals_normalised.csv'),
  'utf8',
);
const chplTrade = readFileSync(
  sharedData('trade', 'eurostat-comext-cn8-sanctioned', 'eu_exports_chpl_tier1_2_monthly.csv'),
  'utf8',
);

/** What a user does by hand: add up the value column of the rows that match. */
function handSum(text: string, match: (cells: string[]) => boolean): number {
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','))
    .filter(match)
    .reduce((a, c) => a + Number(c[5]), 0); // value_eur is the sixth column in both layouts
}

test('annual from months: EU27→Kyrgyzstan 2024 is Jan–Aug, pro-rated ×12/8 and said so; full years are the plain sums', () => {
  const obs = parseComext(totals, 'totals.csv').filter((o) => o.reporter === 'EU27_2020');
  const { observations, partialYears } = annualFromRows(obs, ['2021', '2024']);
  const kg = (y: string) => observations.find((o) => o.partner === 'Kyrgyzstan' && o.period === y)!.value;
  const byHand = (y: string) =>
    handSum(
      totals,
      (c) => c[0] === 'EU27_2020' && c[1] === 'Kyrgyzstan' && c[2] === 'EXPORT' && c[3] === 'M' && c[4]!.startsWith(y),
    );
  // SOURCE.md: 2021 263 M, 2023 2,734 M, 2024 (Jan–Aug) 1,884 M.
  assert.equal(kg('2023'), byHand('2023'));
  assert.equal(Math.round(kg('2021') / 1e6), 263);
  assert.equal(Math.round(byHand('2024') / 1e6), 1884);
  assert.ok(Math.abs(kg('2024') - (byHand('2024') * 12) / 8) < 1);
  assert.deepEqual(
    partialYears.map((y) => [y.year, y.from, y.to, y.months]),
    [['2024', '2024-01', '2024-08', 8]],
  );
  assert.match(partialYears[0]!.note, /8 of 12 months .*×12\/8 = ×1\.500/);
  // Panama has annual rows only: they are kept as published.
  assert.ok(observations.some((o) => o.partner.startsWith('Panama') && o.period === '2023'));
});

test('CN8 table: HS 8542 EU→Kyrgyzstan 2022 is Jan–Nov (SOURCE.md 1.68 M on all codes), pro-rated ×12/11', () => {
  // The whole file, so that the months covered are the file's, not those one series happens to report.
  const obs = parseComext(chplTrade, 'chpl.csv', { aggregateAs: 'EU27' }).map((o): TradeObservation => ({
    ...o,
    product: o.product.slice(0, 4),
  }));
  const { partialYears, ...annual } = annualFromRows(obs, ['2021', '2022']);
  const observations = annual.observations.filter((o) => o.partner === 'Kyrgyzstan' && o.product === '8542');
  const y2022 = handSum(
    chplTrade,
    (c) => c[3] === 'Kyrgyzstan' && c[0]!.startsWith('8542') && c[4]!.startsWith('2022'),
  );
  assert.ok(y2022 > 1.6e6 && y2022 < 1.69e6, `the CHPL codes of 8542 are most of SOURCE.md's 1.68 M: ${y2022}`);
  assert.ok(Math.abs(observations.find((o) => o.period === '2022')!.value - (y2022 * 12) / 11) < 1e-3);
  assert.deepEqual(
    partialYears.map((y) => [y.year, y.months, y.to]),
    [['2022', 11, '2022-11']],
  );
});

test('monthly: the post mean is the sum over the covered months ÷ their number, and the sum is what the file adds to', () => {
  const obs = parseComext(totals, 'totals.csv', { freq: 'M' }).filter((o) => o.reporter === 'EU27_2020');
  const [kg] = detectSpikes(
    obs.filter((o) => o.partner === 'Kyrgyzstan'),
    { baseline: ['2019-01', '2021-12'], post: ['2023-01', '2024-12'], riskBasis: russiaDiversionBasis() },
  );
  const byHand = handSum(
    totals,
    (c) => c[0] === 'EU27_2020' && c[1] === 'Kyrgyzstan' && c[2] === 'EXPORT' && c[3] === 'M' && c[4]! >= '2023-01',
  );
  assert.equal(kg!.postPeriods, 20, '2023-01…2024-08 are the months the file covers');
  assert.ok(Math.abs(kg!.postTotal - byHand) < 1);
  assert.ok(Math.abs(kg!.postMean - byHand / 20) < 1e-6);
  assert.equal(kg!.tier, 'flagged');
});

test('watch tier: a risk basis and ×watchRatio below the flag; no basis is never on watch; the watch ratio lies below the flag', () => {
  const series = (partner: string, after: number): TradeObservation[] =>
    ['2020', '2021', '2022', '2023'].map((period, i) => ({
      reporter: 'EU27',
      partner,
      product: 'TOTAL',
      period,
      value: i < 2 ? 1e6 : after,
    }));
  const obs = [...series('Kyrgyzstan', 2.5e6), ...series('Armenia', 4e6), ...series('Panama', 2.5e6)];
  const opts = { baseline: ['2020', '2021'] as [string, string], post: ['2022', '2023'] as [string, string] };
  const tiers = (o: object) =>
    Object.fromEntries(
      detectSpikes(obs, { ...opts, ...o, riskBasis: russiaDiversionBasis() }).map((s) => [s.partner, s.tier]),
    );
  assert.deepEqual(tiers({}), { Armenia: 'flagged', Kyrgyzstan: 'watch', Panama: 'none' });
  assert.deepEqual(tiers({ watchRatio: 3 }), { Armenia: 'flagged', Kyrgyzstan: 'none', Panama: 'none' });
  assert.deepEqual(tiers({ minRatio: 2 }), { Armenia: 'flagged', Kyrgyzstan: 'flagged', Panama: 'multiplied' });
  assert.throws(() => tiers({ watchRatio: 4 }), /watch ratio 4 must lie between 1 and the flag ratio 3/);
});
