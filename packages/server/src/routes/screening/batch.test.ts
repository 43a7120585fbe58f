// Batch parties over HTTP (POST /screen, POST /counterparties): a party that cannot be read is
// reported by index and the rest processed; `strict: true` refuses the whole request.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { cliPrincipal, importListFiles } from '@dualuse/app';
import { parseUnXml } from '@dualuse/core/screening';
import { findTenantBySlug } from '@dualuse/store';
import { sharedData } from '../../../../../test/support/shared';
import { callJson, startTestServer, type TestServer } from '../../testing';

const UN = sharedData('lists', 'un', '2026-08-01', 'consolidated.xml');
// Parties made from real UN listings, with faults injected into two of them.
const listed = parseUnXml('consolidated.xml', new Uint8Array(readFileSync(UN)))
  .entries.filter((e) => e.type === 'person' && e.birthDates[0]?.date.length === 10)
  .slice(0, 4);
const [y, m, d] = listed[0]!.birthDates[0]!.date.split('-');
const parties = [
  { name: listed[0]!.names[0]!.full, birthDate: `${d}.${m}.${y}`, externalId: 'p0' },
  { name: listed[1]!.names[0]!.full, birthDate: '1969-02-30', externalId: 'p1' },
  { name: listed[2]!.names[0]!.full, countries: ['Atlantis'], externalId: 'p2' },
  { name: listed[3]!.names[0]!.full, birthDate: listed[3]!.birthDates[0]!.date, externalId: 'p3' },
];

describe('batch parties over the API', () => {
  let s: TestServer;
  const call = (path: string, body: unknown) => callJson(s, { method: 'POST', path, body });
  before(async () => {
    // The UN snapshot is older than the default freshness limit; 0 turns the check off for this test.
    s = await startTestServer({ env: { DUALUSE_LIST_MAX_AGE_DAYS: '0' } });
    const operator = await findTenantBySlug(s.app.db.orm, 'operator');
    await importListFiles(s.app, cliPrincipal({ id: operator!.id, isOperator: true }), [
      { name: 'consolidated.xml', bytes: new Uint8Array(readFileSync(UN)) },
    ]);
  });
  after(() => s.close());

  test('POST /screen screens the readable parties and names each unreadable one by index and field', async () => {
    const r = await call('/api/v1/screen', { parties, persist: false });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual(
      r.body.errors.map((e: { index: number; error: { field: string } }) => [e.index, e.error.field]),
      [
        [1, 'date_of_birth'],
        [2, 'country'],
      ],
    );
    assert.match(r.body.errors[0].error.message, /\/parties\/1: date of birth day 30 does not exist in 1969-02/);
    assert.deepEqual(
      r.body.results.map((x: { input: { externalId: string } }) => x.input.externalId),
      ['p0', 'p3'],
    );
    assert.equal(
      r.body.results[0].input.birthDate,
      listed[0]!.birthDates[0]!.date,
      'DD.MM.YYYY read as the listed date',
    );
    assert.equal(r.body.results[0].hits[0].entryId, listed[0]!.sourceId);
    const strict = await call('/api/v1/screen', { parties, persist: false, strict: true });
    assert.equal(strict.status, 400);
    assert.match(JSON.stringify(strict.body), /\/parties\/1: date of birth/);
  });

  test('POST /counterparties stores the readable parties only; strict stores none', async () => {
    const strict = await call('/api/v1/counterparties', { parties, strict: true });
    assert.equal(strict.status, 400);
    const r = await call('/api/v1/counterparties', { parties });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.created, 2);
    assert.deepEqual(
      r.body.errors.map((e: { index: number }) => e.index),
      [1, 2],
    );
  });
});
