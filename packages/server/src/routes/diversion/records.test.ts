// The diversion records and cases API over HTTP: 400s name the offending line and field, and a
// shipment file goes through import → alert queue → case → close.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { cliPrincipal, importListFiles } from '@dualuse/app';
import { findTenantBySlug } from '@dualuse/store';
import { sharedData } from '../../../../../test/support/shared';
import { callJson, startTestServer, type TestServer } from '../../testing';

const solo = 'Rm 617, 6th Floor, 131-132 Connaught Rd West, Solo Workshops, Hong Kong';
const csv = [
  'id,date,destination,exporter_name,exporter_country,consignee_name,consignee_country,consignee_address,hs_code,quantity',
  `PO-1,2025-05-02,HK,Muster Elektronik GmbH,DE,Bright Star Components Ltd,HK,"${solo}",854231,5000`,
  `PO-1,2025-05-02,HK,Muster Elektronik GmbH,DE,Bright Star Components Ltd,HK,"${solo}",854232,100`,
].join('\n');

describe('diversion records and cases API', () => {
  let s: TestServer;
  const call = (method: string, path: string, body?: unknown) => callJson(s, { method, path, body });
  before(async () => {
    s = await startTestServer({ env: { DUALUSE_LIST_MAX_AGE_DAYS: '0' } });
    const tenantId = (await findTenantBySlug(s.app.db.orm, 'operator'))!.id;
    await importListFiles(s.app, cliPrincipal({ id: tenantId, isOperator: true }), [
      {
        name: 'entities.ftm.jsonl',
        bytes: new Uint8Array(readFileSync(sharedData('graph', 'ofac-russia-network-sample', 'entities.ftm.jsonl'))),
      },
    ]);
  });
  after(() => s.close());

  test('400s: a missing field, an unknown format, a bad cell with its line and column, a bad case event', async () => {
    assert.equal((await call('POST', '/api/v1/diversion/shipments/import', { content: csv })).status, 400);
    assert.equal(
      (await call('POST', '/api/v1/diversion/shipments/import', { fileName: 'a.xlsx', content: csv })).status,
      400,
    );
    const bad = await call('POST', '/api/v1/diversion/shipments/import', {
      fileName: 'orders.csv',
      content: csv.replaceAll(',HK,"Rm', ',Atlantis,"Rm'),
    });
    assert.equal(bad.status, 400);
    assert.match(bad.body.detail, /orders\.csv: line 2, field consignee_country: unknown country "Atlantis"/);
    const pay = await call('POST', '/api/v1/diversion/payments/import', {
      fileName: 'p.jsonl',
      content: '{"id":"P","payer":"X","currency":"euro"}',
    });
    assert.equal(pay.status, 400);
    assert.match(pay.body.detail, /p\.jsonl: line 1, field currency/);
    assert.equal(
      (
        await call('POST', '/api/v1/diversion/companies/import', {
          fileName: 'c.csv',
          content: 'record,id,name\nfirm,X,Y\n',
        })
      ).status,
      400,
    );
    assert.equal((await call('POST', '/api/v1/diversion/cases', { alertIds: ['not-a-uuid'] })).status, 400);
    assert.equal(
      (
        await call('POST', '/api/v1/diversion/cases/00000000-0000-4000-8000-000000000000/events', {
          kind: 'close',
          decision: 'fine',
        })
      ).status,
      400,
    );
    assert.equal((await call('GET', '/api/v1/diversion/ownership/X?as_of=2024-13')).status, 400);
    assert.equal(
      (await call('GET', '/api/v1/diversion/alerts')).body.alerts.length,
      0,
      'nothing stored by the failed imports',
    );
  });

  test('import → alert queue → case → close', async () => {
    const imp = await call('POST', '/api/v1/diversion/shipments/import', { fileName: 'orders.csv', content: csv });
    assert.equal(imp.status, 201, JSON.stringify(imp.body));
    assert.deepEqual([imp.body.batch.records, imp.body.batch.alerts, imp.body.results[0].id], [1, 1, 'PO-1']);
    const queue = await call('GET', '/api/v1/diversion/alerts?status=open');
    assert.equal(queue.body.groups.length, 1);
    const alert = queue.body.alerts[0];
    assert.ok(alert.flags.every((f: { tag: string; why: string; citation: string }) => f.tag && f.why && f.citation));
    const opened = await call('POST', '/api/v1/diversion/cases', { alertIds: queue.body.groups[0].alertIds });
    assert.equal(opened.status, 201, JSON.stringify(opened.body));
    const id = opened.body.case.id;
    assert.equal(
      (await call('POST', `/api/v1/diversion/cases/${id}/events`, { kind: 'note', text: 'checked the registry' }))
        .status,
      201,
    );
    const closed = await call('POST', `/api/v1/diversion/cases/${id}/events`, {
      kind: 'close',
      decision: 'cleared',
      reason: 'tenant of a serviced office, verified on site',
    });
    assert.equal(closed.status, 201);
    assert.equal(
      (await call('POST', `/api/v1/diversion/cases/${id}/events`, { kind: 'note', text: 'again' })).status,
      409,
    );
    const shown = await call('GET', `/api/v1/diversion/cases/${id}`);
    assert.deepEqual(
      shown.body.events.map((e: { kind: string }) => e.kind),
      ['opened', 'note', 'close'],
    );
    assert.equal((await call('GET', '/api/v1/diversion/cases?status=closed')).body.cases.length, 1);
    assert.equal((await call('GET', '/api/v1/diversion/network/nobody')).status, 404);
  });
});
