/**
 * The cost of a draft control over the full Eurostat CN8 extract (1.14 M rows, EU member states →
 * Russia and its neighbours, monthly 2020-01…2022-11; shared/data/trade/eurostat-comext-cn8-sanctioned):
 * a control on the CHPL Tier-1 HS codes to KG, KZ and AM. Prints the time to read the file and to
 * compute the cost, and the figures.
 *
 *   node --import tsx bench/policy-control-cost.ts
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseChplTiers } from '@dualuse/core/diversion';
import { computeControlCost, parseComextTrade, parseDraftControl } from '@dualuse/core/policy';
import { sharedData } from '../test/support/shared';

const dir = ['trade', 'eurostat-comext-cn8-sanctioned'] as const;
const chpl = parseChplTiers(readFileSync(sharedData('controls', 'bis-chpl', 'chpl_hs6_tiers.csv'), 'utf8'));
const t0 = performance.now();
const text = gunzipSync(readFileSync(sharedData(...dir, 'eu_exports_sanctioned_cn8_monthly.csv.gz'))).toString('utf8');
const { rows, problems } = parseComextTrade(text, 'eu_exports_sanctioned_cn8_monthly.csv.gz');
const t1 = performance.now();
const draft = parseDraftControl({
  name: 'CHPL Tier 1 to KG/KZ/AM',
  chplTiers: ['1'],
  destinations: ['KG', 'KZ', 'AM'],
  adopters: ['EU'],
  effectiveDate: '2025-01-01',
  comparable: { name: 'EU Russia export bans', date: '2022-02-24' },
});
const runs = 5;
let cost = computeControlCost(draft, rows, { chpl });
const t2 = performance.now();
for (let i = 0; i < runs; i++) cost = computeControlCost(draft, rows, { chpl });
const t3 = performance.now();
const m = (v: number) => `${(v / 1e6).toFixed(2)} M EUR`;
console.log(`rows read: ${rows.length} (problems ${problems.length}) in ${(t1 - t0).toFixed(0)} ms`);
console.log(`cost of the draft control over all rows: ${((t3 - t2) / runs).toFixed(1)} ms per run (mean of ${runs})`);
console.log(`trade touched: ${m(cost.total)} in ${cost.rowsTouched} rows, ${cost.periods.first}…${cost.periods.last}`);
for (const [d, v] of Object.entries(cost.byDestination)) console.log(`  → ${d}: ${m(v)}`);
for (const e of cost.exporters.slice(0, 5))
  console.log(`  ${e.exporter}: ${m(e.value)} (${(e.share * 100).toFixed(1)} %)`);
for (const t of cost.trends)
  console.log(
    `  trend around ${t.name} (${t.date}): ${t.before?.toFixed(0) ?? 'no data'} → ${t.after?.toFixed(0) ?? 'no data'} EUR/month, ×${t.ratio?.toFixed(2) ?? 'n/a'}`,
  );
