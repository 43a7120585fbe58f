// Relocation notices and re-enable requests on a real database, on each engine: a second officer decides, an
// accepted move changes the site heartbeats are judged against, a move into a proscribed destination cannot be
// accepted, and an accepted re-enable request proposes an enable command that still needs a second approval.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Principal } from '@dualuse/core';
import { openTestDatabase, testEngines } from '@dualuse/store/testing';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { listAuditRecords, verifyAuditLog } from '../audit/log';
import { cliPrincipal, userPrincipal } from '../access/principals';
import { bootstrapOperator } from '../access/tenants';
import { createUser } from '../access/users';
import { approveCommand, getCommands, proposeCommand } from './commands';
import { newKeyPair } from './crypto';
import { getDevices, registerDevice } from './registry';
import { decideDeviceRequest, listDeviceRequests, noticeRelocation, requestReEnable } from './requests';

const KL = { lat: 3.1478, lon: 101.6953, radiusKm: 1, country: 'MY' };
const PENANG = { lat: 5.4164, lon: 100.3327, radiusKm: 2, country: 'MY' };

for (const engine of testEngines()) {
  describe(`device requests on ${engine}`, () => {
    let app: AppContext;
    let admin: Principal;
    let ann: Principal;
    let bob: Principal;
    let carl: Principal;
    let deviceId = '';

    before(async () => {
      app = await openApp(loadConfig({ LOG_LEVEL: 'silent' }), { db: await openTestDatabase(engine) });
      const boot = (await bootstrapOperator(app))!;
      admin = cliPrincipal({ id: boot.tenant.id, isOperator: true });
      const officer = async (email: string) => {
        const u = await createUser(app, admin, { email, name: email, role: 'officer' });
        const who = { tenantId: boot.tenant.id, tenantIsOperator: true, userId: u.id, role: 'officer' as const };
        return userPrincipal({ ...who, userName: email }, 'api_key', `key-${email}`);
      };
      [ann, bob, carl] = [
        await officer('ann@a.example'),
        await officer('bob@a.example'),
        await officer('carl@a.example'),
      ];
      deviceId = (
        await registerDevice(app, admin, {
          ...{ serial: 'RQ-1', model: 'EUV metrology tool', eccn: '3B001', licenceRef: 'MY-2026-3' },
          ...{ publicKey: newKeyPair().publicKey, site: KL, heartbeatHours: 24, graceHours: 6 },
          proscribedCountries: ['RU', 'BY', 'KP', 'IR', 'CU', 'CN'],
        })
      ).id;
    });
    after(() => app.close());

    const site = async () => (await getDevices(app, admin)).find((d) => d.id === deviceId)!.site;

    test('a relocation notice moves the site only once another officer accepts it', async () => {
      const notice = await noticeRelocation(app, ann, { deviceId, site: PENANG, reason: 'new fab in Penang' });
      assert.equal(notice.status, 'open');
      assert.deepEqual(await site(), KL, 'a notice alone moves nothing');
      await assert.rejects(
        decideDeviceRequest(app, ann, notice.id, { decision: 'accept', reason: 'mine' }),
        /another officer must/,
      );
      const decided = await decideDeviceRequest(app, bob, notice.id, { decision: 'accept', reason: 'site visit done' });
      assert.equal(decided.status, 'accepted');
      assert.equal(decided.decidedBy, bob.userId);
      assert.deepEqual(await site(), PENANG);
      await assert.rejects(
        decideDeviceRequest(app, carl, notice.id, { decision: 'refuse', reason: 'late' }),
        /already accepted/,
      );
    });

    test('a move into a destination the licence proscribes cannot be accepted, only refused', async () => {
      const shenzhen = { lat: 22.5431, lon: 114.0579, radiusKm: 5, country: 'CN' };
      const notice = await noticeRelocation(app, ann, { deviceId, site: shenzhen, reason: 'customer moved' });
      await assert.rejects(
        decideDeviceRequest(app, bob, notice.id, { decision: 'accept', reason: 'fine' }),
        /CN, a destination the device's licence proscribes/,
      );
      const refused = await decideDeviceRequest(app, bob, notice.id, { decision: 'refuse', reason: 'proscribed' });
      assert.equal(refused.status, 'refused');
      assert.deepEqual(await site(), PENANG);
      await assert.rejects(
        noticeRelocation(app, ann, { deviceId, site: { ...PENANG, country: 'my' }, reason: 'x' }),
        (e: Error & { details?: { pointer?: string } }) => e.details?.pointer === '/site/country',
      );
    });

    test('a re-enable request needs a disabled device and evidence; accepting it proposes the enable command', async () => {
      await assert.rejects(
        requestReEnable(app, ann, { deviceId, reason: 'serviced', evidence: { serviceAttestation: 'done' } }),
        /not disabled/,
      );
      const disable = await proposeCommand(app, ann, deviceId, { action: 'disable', reason: 'enclosure opened' });
      await approveCommand(app, bob, disable.id);
      // The device acknowledges with its next heartbeat in real life; here the state is set as that heartbeat would.
      await app.db.raw(async (tx) => {
        await tx.query(`UPDATE devices SET state = 'disabled' WHERE id = $1`, [deviceId]);
        await tx.query(`UPDATE device_commands SET status = 'acknowledged' WHERE id = $1`, [disable.id]);
      });
      await assert.rejects(
        requestReEnable(app, ann, { deviceId, reason: 'serviced', evidence: { serviceAttestation: '  ' } }),
        (e: Error & { details?: { pointer?: string } }) => e.details?.pointer === '/evidence/serviceAttestation',
      );
      const request = await requestReEnable(app, ann, {
        deviceId,
        reason: 'seal replaced by the maker',
        evidence: {
          serviceAttestation: 'ASML field service report FS-2291, seal replaced',
          heartbeatEvidenceSha256: 'a'.repeat(64),
        },
      });
      const accepted = await decideDeviceRequest(app, bob, request.id, {
        decision: 'accept',
        reason: 'report checked',
      });
      assert.ok(accepted.commandId);
      const commands = await getCommands(app, admin, { deviceId, limit: 50 });
      const command = commands.find((c) => c.id === accepted.commandId)!;
      assert.equal(command.action, 'enable');
      assert.equal(command.status, 'proposed', 'the enable command still waits for a second officer');
      await assert.rejects(approveCommand(app, bob, command.id), /two-person rule/);
      assert.equal((await approveCommand(app, carl, command.id)).status, 'approved');
      assert.equal((await listDeviceRequests(app, admin, { deviceId })).length, 3);
      assert.equal((await listDeviceRequests(app, admin, { open: true })).length, 0);
    });

    test('every request and decision is in the audit chain, and the chain verifies', async () => {
      const { records } = await listAuditRecords(app, admin, { limit: 200 });
      const actions = records.map((r) => r.action);
      for (const a of [
        'device.relocation.notice',
        'device.relocation.decide',
        'device.reenable.request',
        'device.reenable.decide',
      ])
        assert.ok(actions.includes(a), a);
      assert.equal((await verifyAuditLog(app, admin)).ok, true);
    });
  });
}
