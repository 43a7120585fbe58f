// Recorded heartbeats load as evidence against the tenant's registered keys, on each engine: good records stand,
// replayed, tampered and unreadable ones are rejected one by one, the check is audited, and a device registered
// with a starting counter and its own proscribed destinations keeps both.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Principal } from '@dualuse/core';
import { MESSAGE_TYPES, signMessage, type Heartbeat } from '@dualuse/core/tracking';
import { openTestDatabase, testEngines } from '@dualuse/store/testing';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { listAuditRecords } from '../audit/log';
import { cliPrincipal } from '../access/principals';
import { bootstrapOperator } from '../access/tenants';
import { newKeyPair, newNonce } from './crypto';
import { verifyHeartbeatEvidence } from './evidence';
import { getDevices, registerDevice, registerLandmark } from './registry';

const T0 = Date.parse('2025-03-01T08:00:00.000Z');

for (const engine of testEngines()) {
  describe(`heartbeat evidence on ${engine}`, () => {
    let app: AppContext;
    let admin: Principal;
    const deviceKey = newKeyPair();
    const landmarkKey = newKeyPair();
    let deviceId = '';
    let landmarkId = '';

    before(async () => {
      app = await openApp(loadConfig({ LOG_LEVEL: 'silent' }), { db: await openTestDatabase(engine) });
      const boot = (await bootstrapOperator(app))!;
      admin = cliPrincipal({ id: boot.tenant.id, isOperator: true });
      landmarkId = (
        await registerLandmark(app, admin, {
          name: 'Kuala Lumpur IX',
          operator: 'MyIX',
          lat: 3.139,
          lon: 101.6869,
          publicKey: landmarkKey.publicKey,
        })
      ).id;
      deviceId = (
        await registerDevice(app, admin, {
          serial: 'EV-1',
          model: 'Lithography stage controller',
          eccn: '3B001',
          licenceRef: 'D-2025-0001',
          publicKey: deviceKey.publicKey,
          site: { lat: 3.1478, lon: 101.6953, radiusKm: 1, country: 'MY' },
          heartbeatHours: 24,
          graceHours: 6,
          startingCounter: 500,
          proscribedCountries: ['RU', 'BY', 'CN'],
        })
      ).id;
    });
    after(() => app.close());

    const sent = (counter: number, hours: number): Heartbeat => {
      const at = new Date(T0 + hours * 3_600_000).toISOString();
      const nonce = newNonce();
      const m = { type: MESSAGE_TYPES.measurement, landmarkId, deviceId, nonce, rttUs: 900, measuredAt: at };
      const report = {
        type: MESSAGE_TYPES.report,
        deviceId,
        counter,
        clock: at,
        nonces: [nonce],
        sensors: { relocation: false, enclosureOpened: false },
        state: 'enabled' as const,
        acks: [],
      };
      return { report: signMessage(report, deviceKey.seed), measurements: [signMessage(m, landmarkKey.seed)] };
    };

    test('the registration keeps its starting counter and proscribed destinations', async () => {
      const d = (await getDevices(app, admin)).find((x) => x.id === deviceId)!;
      assert.equal(d.startingCounter, 500);
      assert.equal(d.lastCounter, 500);
      assert.deepEqual(d.proscribedCountries, ['RU', 'BY', 'CN']);
      await assert.rejects(
        registerDevice(app, admin, {
          serial: 'EV-2',
          model: 'm',
          eccn: '3B001',
          licenceRef: 'x',
          publicKey: newKeyPair().publicKey,
          site: { lat: 0, lon: 0, radiusKm: 1, country: 'MY' },
          heartbeatHours: 24,
          graceHours: 6,
          proscribedCountries: ['RU', 'russia'],
        }),
        (e: Error & { details?: { pointer?: string } }) => e.details?.pointer === '/proscribedCountries/1',
      );
    });

    test('a year-old file verifies record by record and the check is audited', async () => {
      const first = sent(501, 0);
      const tampered = sent(503, 48);
      tampered.report = { ...tampered.report, message: { ...tampered.report.message, state: 'disabled' } };
      const lines = [first, sent(502, 24), tampered, first].map((h) => JSON.stringify(h));
      lines.splice(2, 0, '{ not json');
      const result = await verifyHeartbeatEvidence(app, admin, { name: 'gateway-2025.jsonl', text: lines.join('\n') });
      assert.equal(result.file.records, 5);
      assert.deepEqual(
        result.verdicts.map((v) => [v.record, v.accepted]),
        [
          [1, true],
          [2, true],
          [3, false],
          [4, false],
          [5, false],
        ],
      );
      assert.deepEqual(
        result.verdicts[2]!.findings.map((f) => f.kind),
        ['unreadable'],
      );
      assert.deepEqual(
        result.verdicts[3]!.findings.map((f) => f.kind),
        ['bad-device-signature'],
      );
      assert.ok(result.verdicts[4]!.findings.some((f) => f.kind === 'replayed-counter'));
      assert.equal(result.verdicts[0]!.measurements.length, 1);
      const { records: audit } = await listAuditRecords(app, admin, { action: 'device.evidence_verify', limit: 10 });
      assert.equal(audit.length, 1);
      assert.equal((audit[0]!.details as { rejected: number }).rejected, 3);
    });

    test('an empty or malformed file is refused with where and why', async () => {
      await assert.rejects(
        verifyHeartbeatEvidence(app, admin, { name: 'empty.jsonl', text: '\n' }),
        /holds no heartbeats/,
      );
      await assert.rejects(verifyHeartbeatEvidence(app, admin, { name: 'a.json', text: '[{"x":' }), /not valid JSON/);
    });
  });
}
