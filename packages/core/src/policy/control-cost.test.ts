import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gunzipSync } from 'fflate';
import { sharedData } from '../../../../test/support/shared';
import { parseChplTiers } from '../diversion/chpl';
import { computeControlCost } from './control-cost';
import { parseDraftControl } from './draft-control';
import { parseComextTrade, parseTradeCsv } from './trade-data';
import { parseCorrespondence } from './correspondence';

const dir = ['trade', 'eurostat-comext-cn8-sanctioned'] as const;
const chpl = parseChplTiers(readFileSync(sharedData('controls', 'bis-chpl', 'chpl_hs6_tiers.csv'), 'utf8'));
const tier1File = readFileSync(sharedData(...dir, 'eu_exports_chpl_tier1_2_monthly.csv'), 'utf8');

const draft = parseDraftControl({
  name: 'CHPL Tier 1 to Central Asia and the Caucasus',
  chplTiers: ['1'],
  destinations: ['KG', 'KZ', 'AM'],
  adopters: ['EU'],
  effectiveDate: '2025-01-01',
  comparable: { name: 'EU Russia export bans (Reg. 2022/328)', date: '2022-02-24' },
});

/** An independent reading of the file: its own CSV split, its own country labels, its own sums. */
function independentSums(text: string) {
  const want: Record<string, string> = { Kyrgyzstan: 'KG', Kazakhstan: 'KZ', Armenia: 'AM' };
  const tier1 = ['854231', '854232', '854233', '854239'];
  const byDestYear: Record<string, number> = {};
  let total = 0;
  let germanyKz = 0;
  for (const line of text.split('\n').slice(1)) {
    if (!line) continue;
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
    const [product, flow, reporter, partner, period, value] = cells as [string, string, string, string, string, string];
    const year = Number(period.slice(0, 4));
    if (flow !== 'EXPORT' || product.length !== 8 || !tier1.includes(product.slice(0, 6))) continue;
    if (!want[partner] || year < 2019 || year > 2024) continue;
    const k = `${want[partner]} ${year}`;
    byDestYear[k] = (byDestYear[k] ?? 0) + Number(value);
    total += Number(value);
    if (reporter.startsWith('Germany') && partner === 'Kazakhstan') germanyKz += Number(value);
  }
  return { byDestYear, total, germanyKz };
}

const close = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) < 0.005, `${what}: ${a} vs ${b}`);

test('trade touched by a draft control on CHPL Tier 1 to KG/KZ/AM, 2019–2024 = sums computed independently from the file', () => {
  const { rows, problems } = parseComextTrade(tier1File, 'eu_exports_chpl_tier1_2_monthly.csv');
  assert.deepEqual(problems, []);
  const cost = computeControlCost(draft, rows, { chpl, from: '2019-01', to: '2024-12' });
  const expected = independentSums(tier1File);
  assert.ok(expected.total > 1_000_000, 'the file has Tier 1 exports to these destinations');
  close(cost.total, expected.total, 'total');
  for (const [k, v] of Object.entries(expected.byDestYear)) {
    const [dest, year] = k.split(' ') as [string, string];
    const got = cost.cells
      .filter((c) => c.destination === dest && c.period.startsWith(year))
      .reduce((s, c) => s + c.value, 0);
    close(got, v, k);
  }
  const de = cost.exporters.find((e) => e.exporter === 'DE')!;
  close(
    cost.cells.filter((c) => c.exporter === 'DE' && c.destination === 'KZ').reduce((s, c) => s + c.value, 0),
    expected.germanyKz,
    'DE→KZ',
  );
  assert.ok(de.adopts && de.share > 0);
  // Every exporter is an EU member state, and the EU adopts: nobody is left to replace the trade.
  close(cost.adoptersShare, 1, 'adopters share');
  assert.deepEqual(cost.covered.map((c) => c.hs).sort(), ['854231', '854232', '854233', '854239']);
  // The comparable past control: Tier-1 exports to these destinations rose after the Russia measures.
  const ru = cost.trends.find((t) => t.date === '2022-02-24')!;
  assert.ok(ru.ratio !== null && ru.ratio > 1, `trend ratio ${ru.ratio}`);
});

let fullRows: ReturnType<typeof parseComextTrade>['rows'] | undefined;
const full = () => {
  const gz = readFileSync(sharedData(...dir, 'eu_exports_sanctioned_cn8_monthly.csv.gz'));
  return (fullRows ??= parseComextTrade(new TextDecoder().decode(gunzipSync(gz)), 'cn8.csv.gz').rows);
};

test('SOURCE.md check over the full CN8 file: HS 8542 EU→Kyrgyzstan 2021 ≈ 0.06 M EUR, 2022 (Jan–Nov) ≈ 1.68 M', () => {
  const rows = full();
  const c = computeControlCost({ ...draft, chplTiers: [], hs: ['8542'], destinations: ['KG'] }, rows, {});
  const year = (y: string) => c.byPeriod.filter((p) => p.period.startsWith(y)).reduce((s, p) => s + p.value, 0);
  assert.equal(Math.round(year('2021') / 1e4) / 100, 0.06);
  assert.equal(Math.round(year('2022') / 1e4) / 100, 1.68);
});

test('a non-adopting exporter carries the share the adopters would lose', () => {
  const rows = [
    { reporter: 'DE', partner: 'KG', hs: '85423190', period: '2023-01', value: 300 },
    { reporter: 'CN', partner: 'KG', hs: '854231', period: '2023-01', value: 100 },
    { reporter: 'CN', partner: 'RU', hs: '854231', period: '2023-01', value: 1000 },
    { reporter: 'DE', partner: 'KG', hs: '85171300', period: '2023-01', value: 1000 },
  ];
  const c = computeControlCost({ ...draft, chplTiers: undefined, hs: ['854231'] } as never, rows);
  assert.equal(c.total, 400);
  assert.equal(c.othersShare, 0.25);
  assert.deepEqual(
    c.exporters.map((e) => [e.exporter, e.adopts]),
    [
      ['DE', true],
      ['CN', false],
    ],
  );
});

test('bad input is refused with where and why', () => {
  assert.throws(
    () => parseDraftControl({ ...draft, destinations: ['XX'] }),
    /\/destinations\/0: "XX" is not a country code/,
  );
  assert.throws(() => parseDraftControl({ ...draft, chplTiers: ['9'] }), /\/chplTiers\/0/);
  assert.throws(() => parseDraftControl({ ...draft, effectiveDate: '2025' }), /\/effectiveDate/);
  assert.throws(
    () => computeControlCost(parseDraftControl({ ...draft, chplTiers: undefined, entries: ['3A090'] }), []),
    /no cited HS correspondence for 3A090: unknown/,
  );
  const { rows, problems } = parseTradeCsv(
    'reporter,partner,hs_code,period,value,quantity\nUS,KG,854231,2023-01,10,\nUS,QQ,854231,2023,1,\nDE,KZ,85,2023,1,\nDE,KZ,854231,2023-13,1,\nDE,KZ,854231,2023,-1,\n',
    't.csv',
  );
  assert.equal(rows.length, 1);
  assert.deepEqual(
    problems.map((p) => p.line),
    [3, 4, 5, 6],
  );
  assert.match(problems[0]!.message, /t.csv line 3: partner "QQ"/);
});

test('control entries resolve only through a cited correspondence row', () => {
  const corr = parseCorrespondence(
    'entry,hs6,source,quote\n3A090,854231,"Our test source","a passage quoted for the test"\n',
  );
  const c = computeControlCost(
    parseDraftControl({ ...draft, chplTiers: undefined, entries: ['3A090'] }),
    [{ reporter: 'DE', partner: 'KZ', hs: '85423111', period: '2023', value: 5 }],
    { correspondence: corr },
  );
  assert.equal(c.total, 5);
  assert.match(c.covered[0]!.basis, /3A090 → HS 854231 \(Our test source/);
  assert.throws(() => parseCorrespondence('entry,hs6,source,quote\n3A090,8542,s,q\n'), /line 2: hs6 "8542"/);
});

test('the full CN8 file parses and the Tier-1 control over it equals the filtered file', () => {
  const all = computeControlCost(draft, full(), { chpl });
  const small = computeControlCost(draft, parseComextTrade(tier1File, 'f').rows, { chpl });
  close(all.total, small.total, 'full vs filtered');
});
