// POST /diversion/trade over HTTP with the real Eurostat totals (shared/data/trade SOURCE.md checks).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { sharedData } from '../../../../../test/support/shared';
import { callJson, startTestServer, type TestServer } from '../../testing';

const totals = readFileSync(sharedData('trade', 'eurostat-comext-monthly-totals', 'eu_trade_totals_normalised.csv'));
const file = { name: 'eu_trade_totals_normalised.csv', contentBase64: gzipSync(totals).toString('base64') };

describe('diversion trade API', () => {
  let s: TestServer;
  const call = (body: unknown) => callJson(s, { method: 'POST', path: '/api/v1/diversion/trade', body });
  before(async () => {
    s = await startTestServer();
  });
  after(() => s.close());

  test('annual EU27 2023 vs 2019–2021: Kyrgyzstan ≈ ×10 flagged with its basis and a monthly chart; Panama multiplied but not flagged', async () => {
    const r = await call({
      file,
      freq: 'A',
      baseline: ['2019', '2021'],
      post: ['2023', '2023'],
      reporter: 'EU27_2020',
      minExcess: 50e6,
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const kg = r.body.hotspots.find((h: { partner: string }) => h.partner === 'Kyrgyzstan');
    assert.ok(kg.flagged && kg.ratio > 9.5 && kg.ratio < 10.5, kg.why);
    assert.ok(
      kg.basis.some((b: string) => b.includes('eaeu')),
      kg.basis.join('; '),
    );
    // The chart is the monthly series (the file has months for Kyrgyzstan), baseline in months.
    assert.equal(kg.chart.freq, 'M');
    assert.deepEqual(kg.chart.baseline, ['2019-01', '2021-12']);
    assert.ok(
      kg.chart.points.length >= 60 && kg.chart.points.every((p: { period: string }) => /^\d{4}-\d{2}$/.test(p.period)),
    );
    const m2023 = kg.chart.points
      .filter((p: { period: string }) => p.period.startsWith('2023'))
      .reduce((a: number, p: { value: number }) => a + p.value, 0);
    assert.ok(Math.abs(m2023 / 1e6 - 2734) < 5, `SOURCE.md: EU27→KG 2023 ≈ 2,734 M; got ${m2023 / 1e6}`);
    assert.ok(kg.chart.band > kg.chart.baselineMean);
    const pa = r.body.hotspots.find((h: { partner: string }) => h.partner.startsWith('Panama'));
    assert.ok(pa && !pa.flagged && pa.ratio > 3.5 && /no risk basis/.test(pa.why), JSON.stringify(pa));
    assert.equal(pa.chart.freq, 'A', 'Panama has annual rows only');
    assert.ok(
      r.body.hotspots
        .filter((h: { flagged: boolean }) => h.flagged)
        .every((h: { basis: string[] }) => h.basis.length > 0),
    );
    assert.ok(r.body.reporters.includes('EU27_2020'));
  });

  test('the watch tier, every series with its ratio, and a partial year pro-rated and said so', async () => {
    const r = await call({
      file,
      freq: 'A',
      baseline: ['2019', '2021'],
      post: ['2023', '2024'],
      reporter: 'EU27_2020',
      minRatio: 12,
      minExcess: 50e6,
      watchRatio: 2,
      allSeries: true,
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const kg = r.body.hotspots.find((h: { partner: string }) => h.partner === 'Kyrgyzstan');
    assert.equal(kg.tier, 'watch', kg.why);
    assert.match(kg.why, /watch: ×2 or more with a risk basis/);
    assert.equal(r.body.allSeries.length, r.body.series);
    assert.equal(r.body.watch, r.body.allSeries.filter((x: { tier: string }) => x.tier === 'watch').length);
    assert.deepEqual(
      r.body.coverage.partialYears.map((y: { year: string; months: number }) => [y.year, y.months]),
      [['2024', 8]],
    );
    assert.deepEqual(r.body.coverage.post, { from: '2023', to: '2024', periods: 2 });
    // 2023 is 2,734 M and 2024 Jan–Aug 1,884 M (SOURCE.md); 2024 counts as 1,884 × 12/8.
    assert.ok(Math.abs(kg.postTotal / 1e6 - (2734 + (1884 * 12) / 8)) < 3, String(kg.postTotal));
    const bad = await call({ file, freq: 'A', baseline: ['2019', '2021'], post: ['2023', '2023'], watchRatio: 5 });
    assert.equal(bad.status, 400);
    assert.match(bad.body.detail, /watch ratio 5 is above the flag ratio 3/);
  });

  test('bad input is a precise 400: window granularity, a non-numeric value, a missing column', async () => {
    const a = await call({ file, freq: 'M', baseline: ['2019', '2021'], post: ['2023-01', '2023-12'] });
    assert.equal(a.status, 400);
    assert.match(a.body.detail, /months \(YYYY-MM\) for freq M/);
    const bad = Buffer.from(
      'reporter,partner,flow,freq,period,value_eur,reporter_is_aggregate\nEU27_2020,Kyrgyzstan,EXPORT,M,2019-01,abc,True\n',
    ).toString('base64');
    const b = await call({ file: { name: 'x.csv', contentBase64: bad } });
    assert.equal(b.status, 400);
    assert.match(b.body.detail, /x\.csv line 2: value_eur "abc" is not a number/);
    const c = await call({ file: { name: 'y.csv', contentBase64: Buffer.from('a,b\n1,2\n').toString('base64') } });
    assert.equal(c.status, 400);
    assert.match(c.body.detail, /y\.csv.*missing column/);
  });

  test('each run is audited: the file by its SHA-256, the counts and the hotspots shown', async () => {
    const r = await call({ file, freq: 'A', baseline: ['2019', '2021'], post: ['2023', '2023'], top: 3 });
    assert.equal(r.status, 200);
    const audited = async (action: string) => {
      const res = await fetch(`${s.url}/api/v1/audit?action=${action}&limit=1`, {
        headers: { authorization: `Bearer ${s.adminKey}` },
      });
      return (
        (await res.json()) as { records: { details: Record<string, unknown>; inputVersions: Record<string, string> }[] }
      ).records[0];
    };
    const a = await audited('diversion.trade');
    const sha = createHash('sha256').update(Buffer.from(file.contentBase64, 'base64')).digest('hex');
    assert.equal(a?.inputVersions.file, `sha256:${sha}`);
    assert.equal(a?.details.flagged, r.body.flagged);
    assert.equal((a?.details.hotspots as unknown[]).length, r.body.hotspots.length);
  });
});
