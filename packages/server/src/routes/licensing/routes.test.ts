// POST /api/v1/determine over HTTP, against the imported CCL snapshot (no restricted-party lists loaded).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { cliPrincipal, importControlList, importRegulations } from '@dualuse/app';
import { findTenantBySlug } from '@dualuse/store';
import { REGULATIONS_SNAPSHOT, sharedData, sharedRegulationFiles } from '../../../../../test/support/shared';
import { startTestServer, type TestServer } from '../../testing';

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
  const call = async (path: string, body: unknown) => {
    const res = await fetch(s.url + path, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
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
});
