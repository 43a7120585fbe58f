// Importing a trade dataset file over HTTP (POST /policy/trade/datasets with `file`): the tenant's admins only (401
// without a key, 403 for an analyst), a .csv.gz read as `dualuse policy trade import` reads it, a bad file refused with
// the file, line and field named and nothing stored, and each tenant seeing only its own datasets.
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { callJson, operatorIssuedKey, startTestServer, type TestServer } from '../../testing';

const CSV =
  'reporter,partner,hs_code,period,value,quantity\nDE,KG,854231,2023-01,900,3\nNL,KZ,854232,2023-02,1200,\nCN,KG,854231,2023-01,300,1\n';
const PATH = '/api/v1/policy/trade/datasets';
const file = (name: string, bytes: Buffer | string) => ({
  name,
  contentBase64: Buffer.from(bytes).toString('base64'),
});

describe('trade dataset import (file upload)', () => {
  let s: TestServer;
  let analystKey: string;
  let otherAdminKey: string;
  const post = (body: unknown, key?: string | null) =>
    callJson(s, { method: 'POST', path: PATH, body, ...(key === undefined ? {} : { key }) });
  const datasets = async (key?: string) =>
    (await callJson(s, { path: PATH, ...(key ? { key } : {}) })).body.datasets as { name: string; rowCount: number }[];

  before(async () => {
    s = await startTestServer();
    const user = { email: 'trade-analyst@operator.example', name: 'Trade Analyst', role: 'analyst' };
    assert.equal((await callJson(s, { method: 'POST', path: '/api/v1/users', body: user })).status, 201);
    analystKey = await operatorIssuedKey(s, user.email);
    const other = await callJson(s, {
      method: 'POST',
      path: '/api/v1/tenants',
      body: { slug: 'agency-t', name: 'Agency T', kind: 'agency', admin: { email: 'a@agency-t.example', name: 'T' } },
    });
    assert.equal(other.status, 201, JSON.stringify(other.body));
    otherAdminKey = other.body.adminKey as string;
  });
  after(() => s.close());

  test('no key: 401; an analyst: 403, and nothing is stored', async () => {
    const body = { name: 'exports', format: 'trade-csv', file: file('exports.csv', CSV) };
    assert.equal((await post(body, null)).status, 401);
    const refused = await post(body, analystKey);
    assert.equal(refused.status, 403, JSON.stringify(refused.body));
    assert.match(refused.body.detail, /trade:import/);
    assert.deepEqual(await datasets(), []);
  });

  test('an admin imports a gzip file; the same file again is unchanged; another tenant does not see it', async () => {
    const body = { name: 'exports', format: 'trade-csv', currency: 'EUR', file: file('exports.csv.gz', gzipSync(CSV)) };
    const first = await post(body);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.status, 'imported');
    assert.equal(first.body.dataset.rowCount, 3);
    assert.equal(first.body.dataset.version, 1);
    const again = await post({ ...body, file: file('exports.csv', CSV) });
    assert.equal(again.body.status, 'unchanged', 'the same content, gzip or not, is one version');
    assert.deepEqual(
      (await datasets()).map((d) => [d.name, d.rowCount]),
      [['exports', 3]],
    );
    assert.deepEqual(await datasets(otherAdminKey), [], "another tenant does not see this tenant's datasets");
  });

  test('a bad file is refused with the file, line and field named, and the stored datasets are unchanged', async () => {
    const before = await datasets();
    const bad = await post({
      name: 'exports',
      format: 'trade-csv',
      file: file('exports-2024.csv.gz', gzipSync(`${CSV}DE,KG,854231,2023-13,50,\n`)),
    });
    assert.equal(bad.status, 400, JSON.stringify(bad.body));
    assert.match(bad.body.detail, /nothing imported/);
    assert.match(bad.body.detail, /exports-2024\.csv\.gz line 5/);
    assert.match(bad.body.detail, /period/);
    assert.equal(bad.body.errors?.[0]?.pointer, '/file');
    const latin1 = await post({ name: 'x', format: 'trade-csv', file: file('x.csv', Buffer.from([0x44, 0x45, 0xe9])) });
    assert.equal(latin1.status, 400);
    assert.match(latin1.body.detail, /x\.csv.*UTF-8/);
    const both = await post({ name: 'x', format: 'trade-csv', text: CSV, file: file('x.csv', CSV) });
    assert.equal(both.status, 400);
    assert.match(both.body.detail, /text or as a file, not both/);
    assert.deepEqual(await datasets(), before);
  });
});
