// The regulations API over HTTP: import the shared eCFR snapshot (CSV layout) as JSON and as
// multipart, read the Country Chart and Groups with each cell's source, and the refusals:
// no credentials (401), a non-admin import (403), a bad file (400 naming file, line, column).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sharedRegulationFiles } from '../../../../../test/support/shared';
import { callJson, operatorIssuedKey, startTestServer, type TestServer } from '../../testing';

const FILES = sharedRegulationFiles();

describe('regulations API', () => {
  let s: TestServer;
  let officerKey: string;
  const call = (method: string, path: string, body?: unknown, key?: string | null) =>
    callJson(s, { method, path, body, key });
  before(async () => {
    s = await startTestServer();
    const user = await call('POST', '/api/v1/users', {
      email: 'officer@operator.example',
      name: 'Officer',
      role: 'officer',
    });
    assert.equal(user.status, 201, JSON.stringify(user.body));
    officerKey = await operatorIssuedKey(s, 'officer@operator.example'); // admins cannot mint keys for others
  });
  after(() => s.close());

  test('POST /regulations/import stores the snapshot once (JSON), multipart of the same files is unchanged', async () => {
    const first = await call('POST', '/api/v1/regulations/import', { files: FILES, contentDate: '2026-09-24' });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.status, 'imported');
    assert.equal(first.body.version.contentDate, '2026-09-24');
    assert.equal(first.body.version.format, 'ecfr-csv');
    assert.deepEqual(first.body.version.sourceFiles.slice().sort(), Object.keys(FILES).sort());
    const form = new FormData();
    form.set('contentDate', '2026-09-24');
    for (const [name, text] of Object.entries(FILES)) form.append('file', new Blob([text], { type: 'text/csv' }), name);
    const again = await call('POST', '/api/v1/regulations/import', form);
    assert.equal(again.status, 200, JSON.stringify(again.body));
    assert.equal(again.body.status, 'unchanged');
    assert.equal(again.body.version.id, first.body.version.id);
    const versions = await call('GET', '/api/v1/regulations/versions');
    assert.deepEqual(
      versions.body.versions.map((v: { id: string }) => v.id),
      [first.body.version.id],
    );
  });

  test('GET /regulations/chart: Malta NS2 is the imported X of the eCFR, Cuba is curated from part 746, AT1 is curated', async () => {
    const mt = await call('GET', '/api/v1/regulations/chart?asOf=2026-09-24&country=MT');
    assert.equal(mt.status, 200, JSON.stringify(mt.body));
    assert.equal(mt.body.rows.length, 1);
    assert.equal(mt.body.rows[0].name, 'Malta');
    assert.equal(mt.body.columns.length, 16);
    const ns2 = mt.body.rows[0].cells.NS2;
    assert.deepEqual({ marked: ns2.marked, source: ns2.source }, { marked: true, source: 'imported' });
    assert.match(ns2.citation, /15 CFR part 738, Supplement No\. 1.*eCFR 2026-09-24/);
    // CB2 is blank in the CSV's Malta row (A:3 member): imported as blank, not unknown.
    assert.deepEqual([mt.body.rows[0].cells.CB2.marked, mt.body.rows[0].cells.CB2.source], [false, 'imported']);
    assert.equal(mt.body.rows[0].cells.AT1.source, 'curated');
    assert.deepEqual(mt.body.caveats, []);
    const cu = await call('GET', '/api/v1/regulations/chart?asOf=2026-09-24&country=Cuba');
    const cell = cu.body.rows[0].cells.NS2;
    assert.deepEqual([cell.marked, cell.source, cell.citation], [true, 'curated', '15 CFR 746.2(a)']);
    assert.match(cell.quote, /require a BIS license/);
    const all = await call('GET', '/api/v1/regulations/chart?asOf=2026-09-24');
    assert.equal(all.body.rows.length, FILES['country_chart.csv']!.trim().split('\n').length - 1);
    // Before the version's date: answered from it, with the caveat that says so.
    const earlier = await call('GET', '/api/v1/regulations/chart?asOf=2025-01-01&country=MT');
    assert.match(earlier.body.caveats[0], /not imported: this answer uses the eCFR version of 2026-09-24/);
    const bad = await call('GET', '/api/v1/regulations/chart?country=Atlantis');
    assert.equal(bad.status, 400);
    assert.match(bad.body.detail, /'Atlantis' is not a country code or name/);
  });

  test('GET /regulations/groups, /status and /diff read the imported version', async () => {
    const g = await call('GET', '/api/v1/regulations/groups?asOf=2026-09-24');
    assert.equal(g.status, 200, JSON.stringify(g.body));
    const kz = g.body.rows.find((r: { country: string }) => r.country === 'KZ');
    assert.deepEqual(kz.groups, ['A:4', 'D:1', 'D:3']); // country_groups.csv: KZ,A:4;D:1;D:3
    assert.ok(g.body.notes.length > 0);
    const st = await call('GET', '/api/v1/regulations/status?asOf=2026-09-24');
    const us = st.body.jurisdictions[0];
    assert.equal(us.version.contentDate, '2026-09-24');
    const cells = us.chartCells.imported + us.chartCells.curated + us.chartCells.history + us.chartCells.unknown;
    assert.equal(cells, us.destinations * 16);
    assert.ok(us.chartCells.imported > 0 && us.chartCells.curated > 0);
    assert.equal(st.body.warnings.length, us.warnings);
    const d = await call('GET', '/api/v1/regulations/diff?from=2026-09-24&to=2026-09-24');
    assert.equal(d.status, 200, JSON.stringify(d.body));
    assert.deepEqual(d.body.diff, { chart: [], groups: [], rows: [] });
    assert.equal(
      (await call('GET', '/api/v1/regulations/diff?from=00000000-0000-4000-8000-000000000000&to=2026-09-24')).status,
      404,
    );
  });

  test('the OpenAPI document describes the chart cells and both import body types', async () => {
    const doc = (await call('GET', '/api/v1/openapi.json', undefined, null)).body;
    const chart = doc.paths['/api/v1/regulations/chart'].get.responses['200'].content['application/json'].schema;
    assert.equal(chart.$ref, '#/components/schemas/CountryChart');
    assert.deepEqual(doc.components.schemas.ChartCellFact.properties.source.enum, [
      'imported',
      'curated',
      'history',
      'unknown',
    ]);
    assert.deepEqual(Object.keys(doc.paths['/api/v1/regulations/import'].post.requestBody.content).sort(), [
      'application/json',
      'multipart/form-data',
    ]);
  });

  test('refusals: 401 without credentials, 403 for a non-admin import, 400 naming the bad cell; nothing stored', async () => {
    const anon = await call('GET', '/api/v1/regulations/chart', undefined, null);
    assert.equal(anon.status, 401);
    assert.equal(anon.type, 'application/problem+json');
    const officer = await call(
      'POST',
      '/api/v1/regulations/import',
      { files: FILES, contentDate: '2026-09-25' },
      officerKey,
    );
    assert.equal(officer.status, 403);
    assert.equal((await call('GET', '/api/v1/regulations/chart?country=MT', undefined, officerKey)).status, 200);
    const chart = FILES['country_chart.csv']!.replace(/^MT,Malta,2;3;4,X,/m, 'MT,Malta,2;3;4,Y,');
    const bad = await call('POST', '/api/v1/regulations/import', {
      files: { ...FILES, 'country_chart.csv': chart },
      contentDate: '2026-09-25',
    });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.detail, "country_chart.csv: line 114: column CB1 is 'Y': a cell is X or empty");
    const noDate = await call('POST', '/api/v1/regulations/import', { files: FILES });
    assert.equal(noDate.status, 400);
    assert.deepEqual(
      noDate.body.errors.map((e: { pointer: string }) => e.pointer),
      ['/contentDate'],
    );
    const xmlHalf = await call('POST', '/api/v1/regulations/import', {
      files: { 'part-738.xml': '<DIV5 N="738" TYPE="PART"></DIV5>' },
      contentDate: '2026-09-25',
    });
    assert.equal(xmlHalf.status, 400);
    assert.match(xmlHalf.body.detail, /not the EAR country tables/);
    const form = new FormData();
    form.append('file', new Blob([FILES['country_chart.csv']!]), 'country_chart.csv');
    const formNoDate = await call('POST', '/api/v1/regulations/import', form);
    assert.equal(formNoDate.status, 400);
    assert.deepEqual(
      formNoDate.body.errors.map((e: { in: string; pointer: string }) => `${e.in} ${e.pointer}`),
      ['form /contentDate'],
    );
    const huge = await call('POST', '/api/v1/regulations/import', {
      files: { 'country_chart.csv': 'x'.repeat(33 * 1024 * 1024) },
      contentDate: '2026-09-25',
    });
    assert.equal(huge.status, 413);
    assert.equal((await call('GET', '/api/v1/regulations/versions')).body.versions.length, 1);
  });
});
