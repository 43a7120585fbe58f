// Device tables under row-level security and their append-only evidence, on each engine.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { inTenant, inTenantRaw } from '../tenant-scope';
import { openTestDatabase, testEngines, type TestDatabase } from '../testing';
import { advanceDevice, findDevice, findDeviceTenant, insertDevice, listDeviceRows } from './devices';
import { insertHeartbeat } from './devices-events';
import { insertTenant } from './tenants';

const key = (c: string) => c.repeat(43);
const device = (tenantId: string, serial: string, publicKey: string) => ({
  tenantId,
  serial,
  model: 'M',
  eccn: '2B001',
  licenceRef: 'L-1',
  publicKey,
  siteLat: 3.1,
  siteLon: 101.7,
  siteRadiusKm: 1,
  siteCountry: 'MY',
  heartbeatHours: 24,
  graceHours: 24,
});

for (const engine of testEngines()) {
  describe(`device storage on ${engine}`, () => {
    let db: TestDatabase;
    let a: string;
    let b: string;
    let aDevice: string;

    before(async () => {
      db = await openTestDatabase(engine);
      a = (await insertTenant(db.orm, { slug: 'agency-a', name: 'A', kind: 'agency' })).id;
      b = (await insertTenant(db.orm, { slug: 'agency-b', name: 'B', kind: 'agency' })).id;
      aDevice = (await inTenant(db, a, (tx) => insertDevice(tx, device(a, 'SN-1', key('A'))))).id;
      await inTenant(db, b, (tx) => insertDevice(tx, device(b, 'SN-1', key('B'))));
    });
    after(() => db.close());

    test('a tenant sees only its own devices, and cannot register one into another tenant', async () => {
      assert.deepEqual(
        (await inTenant(db, b, (tx) => listDeviceRows(tx))).map((d) => d.publicKey),
        [key('B')],
      );
      assert.equal(await inTenant(db, b, (tx) => findDevice(tx, aDevice)), undefined);
      await assert.rejects(
        inTenant(db, b, (tx) => insertDevice(tx, device(a, 'SN-2', key('C')))),
        (e: Error) => /row-level security/.test(String(e.cause ?? e)),
      );
      // Authentication of a device happens before the tenant is known (system scope).
      assert.equal(await findDeviceTenant(db.orm, aDevice), a);
    });

    test('the counter only moves forward, once per value', async () => {
      const now = new Date();
      assert.equal(
        await inTenant(db, a, (tx) =>
          advanceDevice(tx, { id: aDevice, counter: 5, at: now, decision: 'consistent-with-site', state: 'enabled' }),
        ),
        true,
      );
      assert.equal(
        await inTenant(db, a, (tx) =>
          advanceDevice(tx, { id: aDevice, counter: 5, at: now, decision: 'consistent-with-site', state: 'enabled' }),
        ),
        false,
      );
      assert.equal(
        await inTenant(db, a, (tx) =>
          advanceDevice(tx, { id: aDevice, counter: 4, at: now, decision: 'consistent-with-site', state: 'enabled' }),
        ),
        false,
      );
      assert.equal((await inTenant(db, a, (tx) => findDevice(tx, aDevice)))!.lastCounter, 5);
    });

    test('heartbeats and measurements cannot be changed or deleted, even by their tenant', async () => {
      await inTenant(db, a, (tx) =>
        insertHeartbeat(
          tx,
          {
            tenantId: a,
            deviceId: aDevice,
            receivedAt: new Date(),
            counter: 6,
            accepted: true,
            report: {},
            signature: 's',
            findings: [],
            decision: 'inconclusive',
            verdict: {},
          },
          [{ tenantId: a, landmarkId: 'x', nonce: 'n', rttUs: 1, message: {}, signature: 's', valid: false }],
        ),
      );
      await assert.rejects(
        inTenantRaw(db, a, (tx) => tx.query('UPDATE device_heartbeats SET accepted = false')),
        /permission denied|immutable/,
      );
      await assert.rejects(
        inTenantRaw(db, a, (tx) => tx.query('DELETE FROM landmark_measurements')),
        /permission denied|immutable/,
      );
      await assert.rejects(
        db.raw((tx) => tx.query('DELETE FROM device_heartbeats')),
        /immutable/,
      );
    });
  });
}
