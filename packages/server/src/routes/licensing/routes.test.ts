// POST /api/v1/determine over HTTP, against the imported CCL snapshot (no restricted-party lists loaded).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { cliPrincipal, importControlList, importRegulations } from '@dualuse/app';
import { findTenantBySlug } from '@dualuse/store';
import { REGULATIONS_SNAPSHOT, sharedData, sharedRegulationFiles } from '../../../../../test/support/shared';
import { callJson, startTestServer, type TestServer } from '../../testing';

const tx = {
  id: 'T-1',
  date: '2026-11-23',
  exporter: { name: 'Acme Inc', country: 'US' },
  items: [
    {
      description: 'datacenter GPU',
      classification: { US: '3A090.a' },
      hs: '854231',
      origin: 'US',
      us_content_percent: 100,
      value: 250000,
      quantity: 10,
    },
  ],
  destination: 'CN',
  parties: [{ role: 'end_user', name: 'Example Cloud Co', country: 'CN' }],
  end_use: ['civil'],
  technology_release_to: null,
};

describe('licensing API', () => {
  let s: TestServer;
  const call = (path: string, body: unknown) => callJson(s, { method: 'POST', path, body });
  before(async () => {
    s = await startTestServer();
    const operator = await findTenantBySlug(s.app.db.orm, 'operator');
    await importControlList(
      s.app,
      cliPrincipal({ id: operator!.id, isOperator: true }),
      readFileSync(sharedData('controls', 'us-ccl-ecfr', 'ccl_parsed.json'), 'utf8'),
      { fileName: 'ccl_parsed.json' },
    );
    await importRegulations(s.app, cliPrincipal({ id: operator!.id, isOperator: true }), sharedRegulationFiles(), {
      contentDate: REGULATIONS_SNAPSHOT.date,
    });
  });
  after(() => s.close());

  test('the example of issue 5: US licence required (presumption of denial), EU not subject, screening gap stated, audited', async () => {
    const r = await call('/api/v1/determine', tx);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.determinations.US.decision, 'LICENCE_REQUIRED');
    assert.equal(r.body.determinations.US.policy, 'presumption_of_denial');
    assert.equal(r.body.determinations.EU.decision, 'NOT_SUBJECT');
    assert.ok(r.body.warnings.some((w: string) => /screening skipped/.test(w)));
    assert.match(r.body.versions.rules, /^rules sha256:/);
    const audit = await fetch(`${s.url}/api/v1/audit?action=licensing.determine`, {
      headers: { authorization: `Bearer ${s.adminKey}` },
    });
    const records = (
      (await audit.json()) as {
        records: { action: string; subject: { id: string }; inputVersions: Record<string, string> }[];
      }
    ).records;
    const rec = records.find((x) => x.action === 'licensing.determine')!;
    assert.equal(rec.subject.id, 'T-1');
    assert.ok(rec.inputVersions['us-ccl'], 'the control-list version is recorded');
  });

  test('a batch answers each transaction; a bad field is a 400 naming it by JSON Pointer', async () => {
    const r = await call('/api/v1/determine', { transactions: [tx, { ...tx, id: 'T-2', destination: 'DE' }] });
    assert.deepEqual(
      r.body.results.map((x: { determinations: { US: { decision: string } } }) => x.determinations.US.decision),
      ['LICENCE_REQUIRED', 'NO_LICENCE_REQUIRED'],
    );
    const bad = await call('/api/v1/determine', { ...tx, items: [{ ...tx.items[0], classification: { US: 'GPU' } }] });
    assert.equal(bad.status, 400);
    assert.match(JSON.stringify(bad.body), /\/items\/0\/classification\/US/);
  });

  test('the OpenAPI document describes the transaction and the determination (not a free-form object)', async () => {
    const doc = (await callJson(s, { path: '/api/v1/openapi.json', key: null })).body;
    const schemas = doc.components.schemas;
    const op = doc.paths['/api/v1/determine'].post;
    const req = op.requestBody.content['application/json'].schema;
    assert.equal(req.$ref, '#/components/schemas/DetermineRequest');
    const alternatives = (schemas.DetermineRequest.anyOf ?? schemas.DetermineRequest.oneOf).map(
      (x: { $ref: string }) => x.$ref,
    );
    assert.deepEqual(alternatives, ['#/components/schemas/Transaction', '#/components/schemas/DetermineBatch']);
    const t = schemas.Transaction;
    for (const k of ['id', 'date', 'exporter', 'items', 'destination', 'parties', 'end_use', 'technology_release_to'])
      assert.ok(t.properties[k], `Transaction.${k} is described`);
    assert.deepEqual([...t.required].sort(), ['date', 'destination', 'exporter', 'id', 'items']);
    assert.ok(schemas.TransactionItem.properties.classification, 'items carry their classification');
    assert.ok(t.properties.end_use.items.enum.includes('military_end_user'));
    assert.deepEqual(schemas.TransactionParty.properties.role.enum.length, 6);
    const ok = op.responses['200'].content['application/json'].schema;
    assert.equal(ok.$ref, '#/components/schemas/DetermineResponse');
    const d = schemas.Determination;
    assert.ok(d.properties.decision.enum.includes('LICENCE_REQUIRED'));
    assert.equal(
      schemas.DeterminationResult.properties.determinations.additionalProperties.$ref,
      '#/components/schemas/Determination',
    );
  });

  test('a malformed body is refused by the shared problem handler, naming each field (also inside a batch)', async () => {
    const bad = await call('/api/v1/determine', { ...tx, destination: 'China', end_use: ['picnic'] });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.type, 'urn:dualuse:problem:invalid_input');
    assert.deepEqual(bad.body.errors.map((e: { pointer: string }) => e.pointer).sort(), ['/destination', '/end_use/0']);
    const none = await call('/api/v1/determine', { transactions: [] });
    assert.equal(none.status, 400);
    assert.deepEqual(
      none.body.errors.map((e: { pointer: string }) => e.pointer),
      ['/transactions'],
    );
    const inBatch = await call('/api/v1/determine', { transactions: [tx, { ...tx, date: '23/11/2026' }] });
    assert.equal(inBatch.status, 400);
    assert.deepEqual(
      inBatch.body.errors.map((e: { pointer: string }) => e.pointer),
      ['/transactions/1/date'],
    );
    // Wrong types everywhere: still reported as a transaction's fields, not "invalid input" at the root.
    const wrong = await call('/api/v1/determine', { id: 1, date: 2, exporter: 3 });
    assert.equal(wrong.status, 400);
    assert.ok(
      wrong.body.errors.some((e: { pointer: string }) => e.pointer === '/id'),
      JSON.stringify(wrong.body),
    );
    assert.ok(!wrong.body.errors.some((e: { pointer: string }) => e.pointer === '/'), JSON.stringify(wrong.body));
  });

  test("every jurisdiction's control lists in force are read and recorded, not only the US CCL", async () => {
    const both = { ...tx, items: [{ ...tx.items[0], classification: { US: '3A090.a', EU: '3A001.a.1' } }] };
    const r = await call('/api/v1/determine', both);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.ok(r.body.versions['us-ccl'], JSON.stringify(r.body.versions));
    assert.ok(r.body.versions['eu-annex-i'], JSON.stringify(r.body.versions));
    assert.equal(r.body.determinations.EU.decision, 'NOT_SUBJECT');
  });
});
