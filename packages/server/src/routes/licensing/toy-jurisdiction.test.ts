/**
 * Adding a jurisdiction is one registry entry: the toy seventh licensing jurisdiction XX
 * (test/support/toy-jurisdiction.ts, registered by importing it) gets a determination through
 * POST /api/v1/determine, its codes are validated by its own pattern, and the six built-in
 * jurisdictions still answer beside it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { licensingJurisdictions } from '@dualuse/core';
import { TOY, toyTransaction } from '../../../../../test/support/toy-jurisdiction';
import { callJson, startTestServer, type TestServer } from '../../testing';

describe('a toy seventh licensing jurisdiction, registered in one place, through the API', () => {
  let s: TestServer;
  const determine = (body: unknown) => callJson(s, { method: 'POST', path: '/api/v1/determine', body });
  before(async () => {
    s = await startTestServer();
  });
  after(async () => s?.close());

  test('the registry lists it after the six built-in ones', () => {
    assert.deepEqual(licensingJurisdictions(), ['US', 'EU', 'UK', 'NL', 'JP', 'AU', TOY]);
  });

  test('POST /determine answers for XX with its rule cited, beside the built-in jurisdictions', async () => {
    const cn = await determine(toyTransaction('TOY-CN', 'CN'));
    assert.equal(cn.status, 200, JSON.stringify(cn.body));
    assert.deepEqual(Object.keys(cn.body.determinations), ['US', 'EU', 'UK', 'NL', 'JP', 'AU', TOY]);
    const xx = cn.body.determinations[TOY];
    assert.equal(xx.decision, 'LICENCE_REQUIRED');
    assert.deepEqual(
      xx.rules.map((r: { id: string }) => r.id),
      ['XX-TEST-SUBJECT', 'XX-TEST-LICENCE'],
    );
    assert.match(xx.rules[1].citation, /test fixture/);
    // The built-in laws do not reach an export from XX of an item made in XX.
    assert.equal(cn.body.determinations.EU.decision, 'NOT_SUBJECT');

    const ca = await determine(toyTransaction('TOY-CA', 'CA'));
    assert.equal(ca.body.determinations[TOY].decision, 'NO_LICENCE_REQUIRED');
  });

  test("a code that is not on the toy list's pattern is refused on its field", async () => {
    const bad = toyTransaction('TOY-BAD', 'CN');
    bad.items[0]!.classification = { XX: '3A090.a' };
    const r = await determine(bad);
    assert.equal(r.status, 400);
    assert.match(
      JSON.stringify(r.body),
      /items\/0\/classification\/XX.*'3A090\.a' is not a control code such as XX-001/,
    );
  });
});
