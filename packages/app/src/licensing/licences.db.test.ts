// Held licences end to end on both engines: record, determine with coverage, draw shipments
// down to the limit (all or nothing), refuse a second draw of one shipment, and keep tenants apart.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DomainError } from '@dualuse/core';
import { openTestDatabase, testEngines } from '@dualuse/store/testing';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { listAuditRecords } from '../audit/log';
import { recordShipment } from './draws';
import { addLicence, listLicences, showLicence } from './licences';
import { determineTransactions } from './determine';
import { cliPrincipal } from '../access/principals';
import { bootstrapOperator, createTenant } from '../access/tenants';

const LICENCE = {
  number: 'D1234567',
  jurisdiction: 'US',
  authority: 'BIS',
  items: [{ code: '3A090', description: 'datacenter GPUs' }],
  destinations: ['AE'],
  parties: [{ role: 'end_user', name: 'Example Cloud Co', country: 'AE' }],
  value_limit: 500_000,
  quantity_limit: 20,
  valid_from: '2026-01-01',
  expires: '2028-12-31',
};
const shipment = (id: string, value: number, quantity: number, extra: Record<string, unknown> = {}) => ({
  id,
  date: '2026-11-23',
  exporter: { name: 'Acme Inc', country: 'US' },
  destination: 'AE',
  items: [{ classification: { US: '3A090.a' }, origin: 'US', hs: '854231', value, quantity }],
  parties: [{ role: 'end_user', name: 'Example Cloud Co', country: 'AE' }],
  ...extra,
});
const kind = (k: string) => (e: unknown) => e instanceof DomainError && e.kind === k;

for (const engine of testEngines()) {
  describe(`licences on ${engine}`, () => {
    let app: AppContext;
    let admin: ReturnType<typeof cliPrincipal>;
    before(async () => {
      app = await openApp(loadConfig({ LOG_LEVEL: 'silent' }), { db: await openTestDatabase(engine) });
      const boot = await bootstrapOperator(app);
      admin = cliPrincipal({ id: boot!.tenant.id, isOperator: true });
    });
    after(() => app.close());

    test('record a licence; a bad one names its fields; a duplicate number is a conflict; analysts may not record', async () => {
      const l = await addLicence(app, admin, LICENCE);
      assert.equal(l.status, 'valid');
      assert.deepEqual(l.remaining, { value: 500_000, quantity: 20 });
      await assert.rejects(
        addLicence(app, admin, { ...LICENCE, number: 'X', destinations: ['UAE'] }),
        /\/destinations\/0/,
      );
      await assert.rejects(addLicence(app, admin, LICENCE), kind('conflict'));
      await assert.rejects(
        addLicence(app, { ...admin, role: 'analyst' }, { ...LICENCE, number: 'Y' }),
        kind('forbidden'),
      );
    });

    test('a determination names the held licence that covers the item', async () => {
      const { results } = await determineTransactions(app, admin, [shipment('S-0', 100_000, 4)]);
      assert.equal(results[0]!.determinations.US!.decision, 'LICENCE_REQUIRED');
      const cover = results[0]!.licences!.find((c) => c.jurisdiction === 'US')!;
      assert.equal(cover.covered, true);
      assert.equal(cover.items[0]!.licence!.number, 'D1234567');
    });

    test('shipments draw the licence down; the one that would overdraw it is refused and draws nothing', async () => {
      const first = await recordShipment(app, admin, shipment('S-1', 300_000, 12));
      assert.deepEqual(
        first.drawdowns.map((d) => [d.number, d.value, d.quantity]),
        [['D1234567', 300_000, 12]],
      );
      await assert.rejects(
        recordShipment(app, admin, shipment('S-2', 250_000, 5)),
        (e: unknown) =>
          kind('conflict')(e) && /value 250000 exceeds the remaining 200000 USD of 500000/.test((e as Error).message),
      );
      await assert.rejects(recordShipment(app, admin, shipment('S-1', 1, 1)), /already been drawn/);
      const l = await showLicence(app, admin, 'D1234567');
      assert.deepEqual(l.used, { value: 300_000, quantity: 12 });
      assert.deepEqual(l.remaining, { value: 200_000, quantity: 8 });
      assert.deepEqual(
        l.drawdowns.map((d) => d.transaction_id),
        ['S-1'],
      );
      const second = await recordShipment(app, admin, shipment('S-3', 200_000, 8));
      assert.equal(second.drawdowns[0]!.number, 'D1234567');
      assert.equal((await listLicences(app, admin))[0]!.status, 'exhausted');
      const { records } = await listAuditRecords(app, admin, { action: 'licence.draw', limit: 10 });
      assert.deepEqual(
        records.map((r) => r.subject?.id),
        ['S-3', 'S-1'],
      );
    });

    test('a shipment needing no licence draws nothing and is recorded', async () => {
      const r = await recordShipment(app, admin, {
        ...shipment('S-4', 10, 1),
        items: [{ classification: { US: 'EAR99' }, origin: 'US', value: 10, quantity: 1 }],
      });
      assert.deepEqual(r.drawdowns, []);
    });

    test('another tenant neither sees the licence nor can draw on it', async () => {
      const bank = await createTenant(app, admin, {
        slug: 'exporter-b',
        name: 'Exporter B',
        kind: 'company',
        admin: { email: 'admin@b.example', name: 'B' },
      });
      const other = cliPrincipal({ id: bank.tenant.id, isOperator: false });
      assert.deepEqual(await listLicences(app, other), []);
      await assert.rejects(showLicence(app, other, 'D1234567'), kind('not_found'));
      await assert.rejects(
        recordShipment(app, other, shipment('S-9', 1, 1)),
        /no licence of this jurisdiction is held/,
      );
    });
  });
}
