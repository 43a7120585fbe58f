/**
 * Trade-flow hotspots on the real Eurostat CN8 extract (EU member states → Russia's neighbours,
 * monthly 2020-01…2022-11, shared/data/trade/eurostat-comext-cn8-sanctioned): every CN8 code
 * whose HS6 is on the CHPL (any tier), per member state and for the EU27 summed; baseline
 * 2020-01…2021-12 (2019 is not in this extract), post 2022-03…2022-11. Prints the top flagged
 * (reporter, partner, CN8) series by excess value, and how long it took.
 *
 *   node --import tsx bench/diversion-trade.ts [--top 25]
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import {
  detectSpikes,
  mirrorGaps,
  parseChplTiers,
  parseComext,
  russiaDiversionBasis,
  type TradeObservation,
} from '@dualuse/core/diversion';
import { sharedData } from '../test/support/shared';

const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 25;
const t0 = performance.now();
const chpl = parseChplTiers(readFileSync(sharedData('controls', 'bis-chpl', 'chpl_hs6_tiers.csv'), 'utf8'));
const dir = ['trade', 'eurostat-comext-cn8-sanctioned'] as const;
const text = gunzipSync(readFileSync(sharedData(...dir, 'eu_exports_sanctioned_cn8_monthly.csv.gz'))).toString('utf8');
const labels = new Map(
  readFileSync(sharedData(...dir, 'product_codes.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => [l.slice(0, l.indexOf(',')), l.slice(l.indexOf(',') + 3).replace(/^"|"$/g, '')]),
);
const all = parseComext(text, 'eu_exports_sanctioned_cn8_monthly.csv.gz');
const t1 = performance.now();
const onChpl = all.filter((o) => chpl.has(o.product.slice(0, 6)));
const eu27: TradeObservation[] = onChpl.map((o) => ({ ...o, reporter: 'EU27' }));
const spikes = detectSpikes([...onChpl, ...eu27], {
  baseline: ['2020-01', '2021-12'],
  post: ['2022-03', '2022-11'],
  minExcess: 250_000,
  riskBasis: russiaDiversionBasis(chpl, true),
});
const t2 = performance.now();
const flagged = spikes.filter((s) => s.flagged);
const name = (p: string) => p.replace(/ \(.*$/, '');
console.log(
  `rows ${all.length.toLocaleString('en')} (CN8), on CHPL ${onChpl.length.toLocaleString('en')}; series ${spikes.length.toLocaleString('en')}, flagged ${flagged.length}; multiplied without risk basis ${spikes.filter((s) => !s.flagged && s.why.includes('no risk basis')).length}`,
);
console.log(`parse ${(t1 - t0).toFixed(0)} ms, detect ${(t2 - t1).toFixed(0)} ms\n`);
console.log('reporter      partner      CN8       tier  ×ratio  excess EUR M  months>band  label');
for (const s of flagged.slice(0, top)) {
  const tier = chpl.get(s.product.slice(0, 6));
  console.log(
    `${name(s.reporter).padEnd(13)} ${name(s.partner).padEnd(12)} ${s.product}  ${tier!.padEnd(4)} ${s.ratio.toFixed(1).padStart(7)} ${(s.excess / 1e6).toFixed(2).padStart(13)}  ${`${s.periodsAbove}/${s.postPeriods}`.padStart(11)}  ${(labels.get(s.product) ?? '').slice(0, 60)}`,
  );
}
const byPartner = new Map<string, number>();
for (const s of flagged)
  if (s.reporter === 'EU27') byPartner.set(name(s.partner), (byPartner.get(name(s.partner)) ?? 0) + s.excess);
console.log(
  `\nEU27 flagged excess by partner (EUR M): ${[...byPartner]
    .sort((a, b) => b[1] - a[1])
    .map(([p, v]) => `${p} ${(v / 1e6).toFixed(1)}`)
    .join(', ')}`,
);

// Mirror statistics (EU27 exports vs the partner's own imports from the EU27, annual).
const totalsDir = ['trade', 'eurostat-comext-monthly-totals'] as const;
const exportsA = parseComext(
  readFileSync(sharedData(...totalsDir, 'eu_trade_totals_normalised.csv'), 'utf8'),
  'eu_trade_totals_normalised.csv',
  { freq: 'A' },
).filter((o) => o.reporter === 'EU27_2020');
const importsA = ['kyrgyz', 'kazakhstan', 'armenia', 'uzbek'].flatMap((c) =>
  parseComext(
    readFileSync(sharedData(...totalsDir, 'national', `${c}_import_yearly.csv`), 'utf8'),
    `${c}_import_yearly.csv`,
    { flow: 'IMPORT' },
  ).filter((o) => o.partner.startsWith('European Union - 27')),
);
console.log('\nmirror gaps (EU27 exports ÷ partner-reported imports from the EU27; baseline 2019–2021):');
for (const g of mirrorGaps(exportsA, importsA, { baseline: ['2019', '2021'] }).filter((x) => x.period >= '2021'))
  console.log(`  ${g.flagged ? 'FLAG' : '    '} ${g.partner.padEnd(11)} ${g.why}`);
