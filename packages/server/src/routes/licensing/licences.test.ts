// Licences over HTTP: record, list, draw a shipment, and the problem documents for bad input
// and for a shipment no held licence covers (nothing drawn).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { callJson, startTestServer, type TestServer } from '../../testing';

const licence = {
  number: 'D7654321',
  jurisdiction: 'US',
  items: [{ code: '3A090.a' }],
  destinations: ['SA'],
  parties: [{ role: 'end_user', name: 'Riyadh Compute Co' }],
  value_limit: 100_000,
  valid_from: '2026-01-01',
  expires: '2027-12-31',
};
const shipment = (id: string, value: number) => ({
  id,
  date: '2026-11-23',
  exporter: { country: 'US' },
  destination: 'SA',
  items: [{ classification: { US: '3A090.a' }, origin: 'US', value, quantity: 1 }],
  parties: [{ role: 'end_user', name: 'Riyadh Compute Co' }],
});

describe('licences API', () => {
  let s: TestServer;
  const call = (method: string, path: string, body?: unknown) => callJson(s, { method, path, body });
  before(async () => {
    s = await startTestServer();
  });
  after(() => s.close());

  test('POST /licences stores a licence (201) and refuses a malformed one with every field named', async () => {
    const ok = await call('POST', '/api/v1/licences', licence);
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    assert.equal(ok.body.status, 'valid');
    const bad = await call('POST', '/api/v1/licences', {
      ...licence,
      number: 'B',
      valid_from: '2026-13-01',
      items: [],
    });
    assert.equal(bad.status, 400);
    assert.match(bad.type!, /problem\+json/);
    assert.deepEqual(bad.body.errors.map((e: { pointer: string }) => e.pointer).sort(), ['/items', '/valid_from']);
  });

  test('POST /licences/draws draws a covered shipment and refuses (409) one that would exceed the value left', async () => {
    const drawn = await call('POST', '/api/v1/licences/draws', shipment('SH-1', 60_000));
    assert.equal(drawn.status, 200, JSON.stringify(drawn.body));
    assert.equal(drawn.body.drawdowns[0].number, 'D7654321');
    assert.equal(drawn.body.determination.determinations.US.decision, 'LICENCE_REQUIRED');
    const refused = await call('POST', '/api/v1/licences/draws', shipment('SH-2', 60_000));
    assert.equal(refused.status, 409);
    assert.match(refused.body.detail, /value 60000 exceeds the remaining 40000 USD of 100000/);
    const shown = await call('GET', '/api/v1/licences/D7654321');
    assert.deepEqual(shown.body.remaining, { value: 40_000 });
    assert.deepEqual(
      shown.body.drawdowns.map((d: { transaction_id: string }) => d.transaction_id),
      ['SH-1'],
    );
    assert.equal((await call('GET', '/api/v1/licences/NOPE')).status, 404);
  });
});
