// GET /counterparties?sort=&order= over HTTP: the server orders the pages; a sort key it does not know is a 400.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { callJson, startTestServer, type TestServer } from '../../testing';

describe('counterparty pages API', () => {
  let s: TestServer;
  const call = (method: string, path: string, body?: unknown) => callJson(s, { method, path: `/api/v1${path}`, body });
  before(async () => {
    s = await startTestServer();
    const parties = ['beta', 'alpha', 'gamma'].map((name, i) => ({ name, externalId: `e-${3 - i}` }));
    assert.equal((await call('POST', '/counterparties', { parties })).status, 200);
  });
  after(() => s.close());

  const names = async (query: string) => {
    const r = await call('GET', `/counterparties?limit=2${query}`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return r.body.counterparties.map((c: { name: string }) => c.name);
  };

  test('pages follow the sort asked for; name ascending by default', async () => {
    assert.deepEqual(await names(''), ['alpha', 'beta']);
    assert.deepEqual(await names('&sort=name&order=desc'), ['gamma', 'beta']);
    assert.deepEqual(await names('&sort=externalId&offset=2'), ['beta']);
  });

  test('an unknown sort key or direction is a 400 that names the parameter', async () => {
    const bad = await call('GET', '/counterparties?sort=party');
    assert.equal(bad.status, 400);
    assert.match(JSON.stringify(bad.body), /sort/);
    const dir = await call('GET', '/counterparties?order=up');
    assert.equal(dir.status, 400);
    assert.match(JSON.stringify(dir.body), /order/);
  });
});
