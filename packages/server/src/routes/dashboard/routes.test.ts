// GET /dashboard over HTTP: on a fresh database every part says "none" (not an empty success), after
// a list import the list is there with its publication date and age, an open hit is counted, and a
// role that may not read screening or devices gets those parts as null (not zero).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { sharedData } from '../../../../../test/support/shared';
import { callJson, operatorIssuedKey, startTestServer, type TestServer } from '../../testing';

const UN = sharedData('lists', 'un', '2026-08-01', 'consolidated.xml');

describe('dashboard API', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ env: { DUALUSE_LIST_MAX_AGE_DAYS: '3650' } });
  });
  after(async () => s?.close());

  test('a fresh database: no lists, no control lists, no EAR tables, nothing waiting', async () => {
    const d = await callJson(s, { path: '/api/v1/dashboard' });
    assert.equal(d.status, 200, JSON.stringify(d.body));
    assert.deepEqual(d.body.lists, { maxAgeDays: 3650, current: [] });
    assert.deepEqual(d.body.controls, []);
    assert.equal(d.body.regulations, 'none');
    assert.deepEqual(d.body.work.openHits, { count: 0, capped: false });
    assert.deepEqual(d.body.work.devices, { total: 0, silent: 0 });
  });

  test('after a list import: the list with its date, age and staleness; an open hit is counted', async () => {
    const contentBase64 = readFileSync(UN).toString('base64');
    const body = { files: [{ name: 'consolidated.xml', contentBase64 }] };
    assert.equal((await callJson(s, { method: 'POST', path: '/api/v1/lists/import', body })).status, 200);
    const d = (await callJson(s, { path: '/api/v1/dashboard' })).body;
    const un = d.lists.current.find((l: { list: string }) => l.list === 'un-sc');
    assert.ok(un, JSON.stringify(d.lists));
    assert.match(un.publishedAt, /^2026-0[78]-/);
    const expectedAge = Math.floor((Date.now() - Date.parse(un.publishedAt)) / 86_400_000);
    assert.equal(un.ageDays, expectedAge);
    assert.equal(un.stale, null, 'within the 3650-day limit');
    const screen = { parties: [{ name: 'Eric Badege' }] }; // CDi.001 of the UN list
    assert.equal((await callJson(s, { method: 'POST', path: '/api/v1/screen', body: screen })).status, 200);
    const later = (await callJson(s, { path: '/api/v1/dashboard' })).body;
    assert.ok(later.work.openHits.count >= 1, JSON.stringify(later.work));
  });

  test('an adviser sees the applications waiting but not screening or device parts (null, not zero)', async () => {
    const user = { email: 'adviser@operator.example', name: 'Adviser', role: 'adviser' };
    assert.equal((await callJson(s, { method: 'POST', path: '/api/v1/users', body: user })).status, 201);
    const key = await operatorIssuedKey(s, user.email);
    const d = (await callJson(s, { path: '/api/v1/dashboard', key })).body;
    assert.equal(d.lists, null);
    assert.equal(d.work.openHits, null);
    assert.equal(d.work.devices, null);
    assert.deepEqual(d.work.applications.sent, { count: 0, capped: false });
    assert.equal((await callJson(s, { path: '/api/v1/dashboard', key: null })).status, 401);
  });
});
