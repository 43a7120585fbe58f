// `dualuse regulations` as an operator runs it, on an embedded database with the shared eCFR snapshot
// of the country tables (../shared/data/regulations/us-ear-ecfr/2026-09-24).
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cliSandbox } from '../../../test/sandbox';
import { chartHtml, groupsXml, ROWS } from '../../../../../test/support/ecfr-xml';
import { sharedData } from '../../../../../test/support/shared';

const SNAPSHOT = () => sharedData('regulations', 'us-ear-ecfr', '2026-09-24');
const csvRows = (file: string) => {
  const [head, ...rows] = readFileSync(join(SNAPSHOT(), file), 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')));
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
};

describe('dualuse regulations', () => {
  const { home, run, cleanup } = cliSandbox('regulations');
  before(async () => {
    assert.equal((await run('admin', 'init')).code, 0);
  });
  after(cleanup);

  test('import is all-or-nothing and idempotent; chart and groups as of the content date equal the source except the overlay', async () => {
    const first = await run('regulations', 'import', SNAPSHOT(), '--json');
    assert.equal(first.code, 0, first.stderr);
    assert.equal(JSON.parse(first.stdout).status, 'imported');
    assert.match(first.stderr, /content date 2026-09-24, from the folder name/);
    assert.equal(JSON.parse((await run('regulations', 'import', SNAPSHOT(), '--json')).stdout).status, 'unchanged');

    const chart = JSON.parse((await run('regulations', 'chart', '--as-of', '2026-09-24', '--json')).stdout);
    assert.deepEqual(chart.caveats, []);
    let overlay = 0;
    for (const src of csvRows('country_chart.csv')) {
      const row = chart.rows.find((r: { country: string }) => r.country === src.iso2);
      assert.ok(row, `row ${src.iso2}`);
      for (const col of chart.columns as string[]) {
        const cell = row.cells[col];
        if (cell.source === 'curated') {
          overlay++;
          assert.ok(
            ['CU', 'IR', 'KP', 'SY'].includes(src.iso2!) || col === 'AT1' || col === 'AT2',
            `${src.iso2} ${col} is a documented overlay cell`,
          );
          continue;
        }
        assert.equal(cell.marked, src[col] === 'X', `${src.iso2} ${col}`);
      }
    }
    assert.equal(overlay, 456);
    const groups = JSON.parse((await run('regulations', 'groups', '--as-of', '2026-09-24', '--json')).stdout);
    for (const src of csvRows('country_groups.csv')) {
      assert.deepEqual(
        groups.rows.find((r: { country: string }) => r.country === src.iso2).groups,
        src.groups ? src.groups.split(';') : [],
        src.iso2,
      );
    }
  });

  test('status counts facts by source; a later version diffs cell by cell; a bad file is refused and stores nothing', async () => {
    const status = JSON.parse((await run('regulations', 'status', '--as-of', '2026-09-24', '--json')).stdout);
    assert.deepEqual(status.jurisdictions[0].chartCells, { imported: 2744, curated: 456, history: 0, unknown: 0 });

    const next = join(home, '2026-10-01');
    mkdirSync(next);
    cpSync(SNAPSHOT(), next, { recursive: true });
    const chartCsv = readFileSync(join(next, 'country_chart.csv'), 'utf8');
    // Canada gains an X in CB2 (the column after CB1).
    writeFileSync(join(next, 'country_chart.csv'), chartCsv.replace(/^CA,Canada,,X,,/m, 'CA,Canada,,X,X,'));
    assert.equal((await run('regulations', 'import', next)).code, 0);
    const diff = JSON.parse(
      (await run('regulations', 'diff', '--from', '2026-09-24', '--to', '2026-10-01', '--json')).stdout,
    );
    assert.deepEqual(diff.diff.chart, [{ country: 'CA', column: 'CB2', from: false, to: true }]);

    const bad = join(home, 'bad');
    mkdirSync(bad);
    cpSync(SNAPSHOT(), bad, { recursive: true });
    writeFileSync(join(bad, 'country_chart.csv'), chartCsv.replace(/^MT,Malta,2;3;4,X,/m, 'MT,Malta,2;3;4,Y,'));
    const refused = await run('regulations', 'import', bad, '--date', '2026-11-01');
    assert.equal(refused.code, 2, refused.stderr);
    assert.match(refused.stderr, /country_chart\.csv: line \d+: column CB1 is 'Y': a cell is X or empty/);
    const versions = JSON.parse((await run('regulations', 'versions', '--json')).stdout).versions;
    assert.deepEqual(
      versions.map((v: { contentDate: string }) => v.contentDate),
      ['2026-09-24', '2026-10-01'],
    );
  });

  test('sync fetches parts 738 and 740 from the eCFR versioner API (here a loopback mirror) and imports them as one version; unreachable is a clear error', async () => {
    const asked: string[] = [];
    const server: Server = createServer((req, res) => {
      asked.push(req.url ?? '');
      const m = /^\/api\/versioner\/v1\/full\/(\d{4}-\d{2}-\d{2})\/title-15\.xml\?part=(738|740)$/.exec(req.url ?? '');
      if (!m || m[1] !== '2026-12-01') return void res.writeHead(404).end('not found');
      res.writeHead(200, { 'content-type': 'application/xml' }).end(m[2] === '738' ? chartHtml(ROWS) : groupsXml);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const r = await run('regulations', 'sync', '--date', '2026-12-01', '--source-url', base, '--json');
      assert.equal(r.code, 0, r.stderr);
      const v = JSON.parse(r.stdout).version;
      assert.equal(v.format, 'ecfr-xml');
      assert.equal(v.contentDate, '2026-12-01');
      assert.deepEqual(asked.sort(), [
        '/api/versioner/v1/full/2026-12-01/title-15.xml?part=738',
        '/api/versioner/v1/full/2026-12-01/title-15.xml?part=740',
      ]);
      const chart = JSON.parse(
        (await run('regulations', 'chart', '--as-of', '2026-12-02', '--country', 'CA', '--json')).stdout,
      );
      assert.equal(chart.version.id, v.id);
      assert.equal(chart.rows[0].cells.FC1.marked, true);
      assert.equal(chart.rows[0].cells.NS1.source, 'imported');
      const missing = await run('regulations', 'sync', '--date', '2020-01-01', '--source-url', base);
      assert.notEqual(missing.code, 0);
      assert.match(missing.stderr, /title-15\.xml\?part=738 answered 404/);
    } finally {
      server.close();
    }
    const offline = await run('regulations', 'sync', '--date', '2026-12-01', '--source-url', 'http://127.0.0.1:1');
    assert.equal(offline.code, 7, offline.stderr);
    assert.match(
      offline.stderr,
      /cannot reach http:\/\/127\.0\.0\.1:1\/api\/versioner\/v1\/full\/2026-12-01\/title-15\.xml\?part=738: .*offline, use: dualuse regulations import/,
    );
  });
});
