// POST /diversion/score over HTTP, against the real OFAC Russia network slice imported as a list.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { cliPrincipal, importListFiles, listAuditRecords } from '@dualuse/app';
import { findTenantBySlug } from '@dualuse/store';
import { sharedData } from '../../../../../test/support/shared';
import { callJson, startTestServer, type TestServer } from '../../testing';

const chpl = readFileSync(sharedData('controls', 'bis-chpl', 'chpl_hs6_tiers.csv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((l) => ({ tier: l.split(',')[0]!, hs6: l.split(',')[1]! }));

const shipment = {
  id: 'PO-1',
  date: '2025-05-02',
  destination: 'Hong Kong',
  parties: [
    { role: 'exporter', name: 'Muster Elektronik GmbH', country: 'DE' },
    {
      role: 'consignee',
      name: 'Bright Star Components Ltd',
      country: 'HK',
      address: 'Rm 617, 6th Floor, 131-132 Connaught Rd West, Solo Workshops, Hong Kong',
      emails: ['brightstar@163.com'],
    },
    { role: 'end_user', name: 'Bright Star Components Ltd', country: 'HK' },
  ],
  items: [{ hsCode: '8542.31', quantity: 5000, value: 90000 }],
  payment: { payer: 'Bright Star Components Ltd', payerBankCountry: 'AE' },
  // A stated contract without the Art. 12g clause (issue 18: with no contract stated at all the clause rule no longer
  // fires).
  contract: { date: '2025-01-10' },
};

describe('diversion API', () => {
  let s: TestServer;
  let tenantId = '';
  const call = (path: string, body: unknown, key?: string) => callJson(s, { method: 'POST', path, body, key });
  before(async () => {
    s = await startTestServer({ env: { DUALUSE_LIST_MAX_AGE_DAYS: '0' } });
    tenantId = (await findTenantBySlug(s.app.db.orm, 'operator'))!.id;
    const bytes = new Uint8Array(readFileSync(sharedData('graph', 'ofac-russia-network-sample', 'entities.ftm.jsonl')));
    await importListFiles(s.app, cliPrincipal({ id: tenantId, isOperator: true }), [
      { name: 'entities.ftm.jsonl', bytes },
    ]);
  });
  after(() => s.close());

  test('a consignee at the Solo Workshops shell office: address match with a listed party, CHPL to HK, third-country payment → alert', async () => {
    const r = await call('/api/v1/diversion/score', { shipments: [shipment], chpl });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const [res] = r.body.results;
    const tags = res.flags.map((f: { tag: string }) => f.tag);
    for (const t of [
      'address_match_listed',
      'chpl_tier1_2_to_high_risk_jurisdiction',
      'payment_from_third_country',
      'no_russia_clause_missing',
      'no_web_presence_or_free_email',
    ])
      assert.ok(tags.includes(t), `${t} in ${tags}`);
    const addr = res.flags.find((f: { tag: string }) => f.tag === 'address_match_listed');
    assert.match(addr.why, /TORDAN|WARGOS|ALPHA TRADING/);
    assert.equal(res.alert, true);
    assert.deepEqual(
      r.body.groups.map((g: { shipments: string[] }) => g.shipments),
      [['PO-1']],
    );
    assert.ok(
      Object.keys(r.body.inputVersions).some((k) => k.startsWith('list:')) &&
        r.body.inputVersions.chpl.startsWith('sha256:'),
    );
    const audit = await listAuditRecords(s.app, cliPrincipal({ id: tenantId, isOperator: true }), {
      action: 'diversion.score',
      limit: 5,
    });
    assert.equal(audit.records[0]!.details.alerts, 1);
  });

  test('a listed name is found through the screening engine; without a CHPL those rules abstain', async () => {
    const listed = {
      ...shipment,
      id: 'PO-2',
      parties: [
        shipment.parties[0],
        { role: 'consignee', name: 'Wargos Industry Ltd', country: 'HK' },
        { role: 'end_user', name: 'Wargos Industry Limited', country: 'HK' },
      ],
    };
    const r = await call('/api/v1/diversion/score', { shipments: [listed] });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const [res] = r.body.results;
    assert.ok(
      res.flags.some((f: { tag: string; why: string }) => f.tag === 'listed_party_match' && /WARGOS/.test(f.why)),
      JSON.stringify(res.flags),
    );
    assert.ok(res.abstained.includes('chpl_tier1_2_to_high_risk_jurisdiction'));
  });

  test('relabelled chips: the part number in the description re-classifies the item, and the API returns the extraction', async () => {
    const relabelled = {
      ...shipment,
      id: 'PO-3',
      items: [{ hsCode: '8473.30', description: 'computer spare parts, 500 pcs ST STM32F407VGT6s', quantity: 500 }],
    };
    const r = await call('/api/v1/diversion/score', { shipments: [relabelled], chpl });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const flag = r.body.results[0].flags.find(
      (f: { tag: string }) => f.tag === 'chpl_tier1_2_to_high_risk_jurisdiction',
    );
    assert.deepEqual(
      flag.extracted.map((e: { field: string; value: string }) => [e.field, e.value]),
      [['items[0].description', 'STM32F407VGT6']],
    );
  });

  test('a bad shipment is a 400 naming the field', async () => {
    const r = await call('/api/v1/diversion/score', {
      shipments: [{ ...shipment, parties: [{ role: 'buyer', name: 'X' }] }],
    });
    assert.equal(r.status, 400);
    assert.equal(r.body.errors?.[0]?.pointer ?? r.body.pointer, '/shipments/0/parties/0/role', JSON.stringify(r.body));
    // A misspelt field is named by its own pointer (the wire schema is strict).
    const typo = await call('/api/v1/diversion/score', {
      shipments: [{ ...shipment, parties: [{ role: 'end_user', name: 'X', incorporation: '2024-01-01' }] }],
    });
    assert.equal(typo.status, 400);
    assert.equal(typo.body.errors?.[0]?.pointer, '/shipments/0/parties/0/incorporation', JSON.stringify(typo.body));
  });

  test('record: the scored shipment is kept and its alert joins the queue; the same id again is refused', async () => {
    const kept = { ...shipment, id: 'PO-KEPT' };
    const r = await call('/api/v1/diversion/score', { shipments: [kept], chpl, record: true });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.results[0].alert, true);
    assert.deepEqual([r.body.batch.kind, r.body.batch.records, r.body.batch.alerts], ['shipments', 1, 1]);
    const queue = await callJson(s, { path: '/api/v1/diversion/alerts?status=open' });
    const alert = queue.body.alerts.find((a: { subjectRef: string }) => a.subjectRef === 'PO-KEPT');
    assert.ok(alert, JSON.stringify(queue.body.alerts.map((a: { subjectRef: string }) => a.subjectRef)));
    assert.equal(alert.score, r.body.results[0].score);
    const again = await call('/api/v1/diversion/score', { shipments: [kept], record: true });
    assert.equal(again.status, 400, JSON.stringify(again.body));
    assert.match(JSON.stringify(again.body), /already imported/);
    // Without record nothing is kept: a plain score of a new id leaves no alert behind.
    await call('/api/v1/diversion/score', { shipments: [{ ...shipment, id: 'PO-GONE' }], chpl });
    const after = await callJson(s, { path: '/api/v1/diversion/alerts' });
    assert.ok(!after.body.alerts.some((a: { subjectRef: string }) => a.subjectRef === 'PO-GONE'));
  });
});
