// End-use monitoring end to end on a real database, on each engine: the simulator drives
// the real services (nonces, heartbeats, alerts, commands), and the two-person rule holds.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Principal } from '@dualuse/core';
import { MESSAGE_TYPES, pureVerifier, signingText, signMessage } from '@dualuse/core/tracking';
import { openTestDatabase, testEngines } from '@dualuse/store/testing';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { listAuditRecords, verifyAuditLog } from '../audit/log';
import { getAlerts, getDeviceTimeline } from './registry';
import { approveCommand, getCommands, proposeCommand } from './commands';
import { newKeyPair } from './crypto';
import { ingestHeartbeats, issueNonce } from './protocol';
import { registerDevice, registerLandmark } from './registry';
import { issue7Scenario, simulate, type RoundResult } from './simulator';
import { cliPrincipal, userPrincipal } from '../access/principals';
import { bootstrapOperator } from '../access/tenants';
import { createUser } from '../access/users';

for (const engine of testEngines()) {
  describe(`end-use monitoring on ${engine}`, () => {
    let app: AppContext;
    let admin: Principal;
    const officers: Principal[] = [];
    let analyst: Principal;

    before(async () => {
      app = await openApp(loadConfig({ LOG_LEVEL: 'silent' }), { db: await openTestDatabase(engine) });
      const boot = (await bootstrapOperator(app))!;
      admin = cliPrincipal({ id: boot.tenant.id, isOperator: true });
      const person = async (email: string, role: 'officer' | 'analyst') => {
        const u = await createUser(app, admin, { email, name: email, role });
        return userPrincipal(
          { tenantId: boot.tenant.id, tenantIsOperator: true, userId: u.id, role, userName: email },
          'api_key',
          `key-${email}`,
        );
      };
      officers.push(await person('ann@agency.example', 'officer'), await person('bob@agency.example', 'officer'));
      analyst = await person('carl@agency.example', 'analyst');
    });
    after(() => app.close());

    const of = (results: RoundResult[], serial: string) => results.filter((r) => r.serial === serial);

    test('the Kuala Lumpur / Hong Kong / Moscow fleet, with every misbehaviour', async () => {
      const { results, deviceIds } = await simulate(app, admin, issue7Scenario(4));
      assert.ok(
        of(results, 'KL-AT-SITE').every(
          (r) => r.accepted && r.decision === 'consistent-with-site' && r.alerts.length === 0,
        ),
        JSON.stringify(of(results, 'KL-AT-SITE')),
      );
      assert.ok(
        of(results, 'KL-IN-HONG-KONG').every((r) => r.decision === 'left-site' && r.alerts.includes('left-site')),
      );
      assert.ok(
        of(results, 'KL-IN-MOSCOW').every(
          (r) => r.decision === 'in-proscribed-country' && r.alerts.includes('proscribed-country'),
        ),
      );
      const moved = of(results, 'KL-MOVED');
      assert.equal(moved[0]!.decision, 'consistent-with-site');
      assert.deepEqual(moved[1]!.alerts.sort(), ['left-site', 'relocation-sensor']);
      assert.ok(
        of(results, 'KL-FORGED').every(
          (r) => !r.accepted && r.findings.includes('bad-device-signature') && r.alerts.includes('bad-signature'),
        ),
      );
      const replay = of(results, 'KL-REPLAY');
      assert.equal(replay[0]!.accepted, true);
      assert.ok(
        replay
          .slice(1)
          .every(
            (r) =>
              !r.accepted &&
              r.findings.includes('replayed-counter') &&
              r.findings.includes('reused-nonce') &&
              r.alerts.includes('replay'),
          ),
      );
      const silent = await getAlerts(app, admin, { deviceId: deviceIds['KL-SILENT']!, limit: 10 });
      assert.deepEqual(
        silent.map((a) => a.kind),
        ['silent'],
      );
      // The alert reads in words; the raw ids (device, heartbeat, nonces) are behind its details.
      const replayId = deviceIds['KL-REPLAY']!;
      const [replayAlert] = await getAlerts(app, admin, { deviceId: replayId, kind: 'replay', limit: 10 });
      assert.match(replayAlert!.message, /a replay/);
      assert.ok(!replayAlert!.message.includes(replayId), replayAlert!.message);
      assert.equal(replayAlert!.details[0], `device ${replayId}`);
      assert.ok(
        replayAlert!.details.some((d) => /^nonce \S+ \(landmark \S+\) was already used at 20/.test(d)),
        String(replayAlert!.details),
      );
      // Everything is on the record: heartbeats with their measurements, accepted or not.
      const timeline = await getDeviceTimeline(app, admin, replayId);
      assert.equal(timeline.heartbeats.length, 4);
      assert.equal(timeline.heartbeats.filter((h) => h.accepted).length, 1);
      assert.equal(timeline.heartbeats[0]!.measurements.length, 5);
    });

    test('two-person rule: the proposer cannot approve, an analyst cannot propose, the CLI must name officers', async () => {
      const { deviceIds } = await simulate(app, admin, {
        ...issue7Scenario(1),
        devices: [issue7Scenario().devices[0]!],
      });
      const id = deviceIds['KL-AT-SITE']!;
      await assert.rejects(
        proposeCommand(app, analyst, id, { action: 'disable', reason: 'x' }),
        /may not devices:command/,
      );
      await assert.rejects(proposeCommand(app, admin, id, { action: 'disable', reason: 'x' }), /named officers/);
      const proposed = await proposeCommand(app, officers[0]!, id, {
        action: 'disable',
        reason: 'found in a proscribed country',
      });
      await assert.rejects(
        proposeCommand(app, officers[1]!, id, { action: 'enable', reason: 'y' }),
        /already has an open/,
      );
      await assert.rejects(approveCommand(app, officers[0]!, proposed.id), /two-person rule/);
      const approved = await approveCommand(app, officers[1]!, proposed.id);
      assert.equal(approved.status, 'approved');
      assert.deepEqual(approved.signedCommand!.message.approvedBy, [officers[0]!.userId, officers[1]!.userId]);
      await assert.rejects(approveCommand(app, officers[1]!, proposed.id), /not awaiting approval/);
    });

    test('command round trip: approved, delivered with the next heartbeat, executed, acknowledged, audited', async () => {
      const spec = {
        ...issue7Scenario(3),
        devices: [issue7Scenario().devices[0]!],
        command: {
          serial: 'KL-AT-SITE',
          action: 'disable' as const,
          round: 2,
          proposer: officers[0]!,
          approver: officers[1]!,
        },
      };
      const { results, deviceIds, commandId } = await simulate(app, admin, spec);
      assert.deepEqual(
        results.map((r) => [r.commandsReceived.length, r.state]),
        [
          [0, 'enabled'],
          [1, 'disabled'],
          [0, 'disabled'],
        ],
      );
      const [command] = await getCommands(app, admin, { deviceId: deviceIds['KL-AT-SITE']!, limit: 5 });
      assert.equal(command!.id, commandId);
      assert.equal(command!.status, 'acknowledged');
      const timeline = await getDeviceTimeline(app, admin, deviceIds['KL-AT-SITE']!);
      assert.equal(timeline.device.state, 'disabled');
      const { records } = await listAuditRecords(app, admin, { action: 'device.command', limit: 20 });
      const forThis = records
        .filter((r) => r.details.commandId === commandId)
        .map((r) => r.action)
        .reverse();
      assert.deepEqual(forThis, [
        'device.command.propose',
        'device.command.approve',
        'device.command.deliver',
        'device.command.acknowledge',
      ]);
      assert.ok((await verifyAuditLog(app, admin)).ok);
    });

    test('a nonce request with a forged signature is refused; heartbeats and measurements are append-only', async () => {
      const { deviceIds } = await simulate(app, admin, {
        ...issue7Scenario(1),
        devices: [issue7Scenario().devices[0]!],
      });
      const [landmark] = await app.db.raw((tx) => tx.query<{ id: string }>('SELECT id FROM landmarks LIMIT 1'));
      const forged = signMessage(
        {
          type: MESSAGE_TYPES.nonceRequest,
          landmarkId: landmark!.id,
          deviceId: deviceIds['KL-AT-SITE']!,
          requestedAt: app.now().toISOString(),
        },
        newKeyPair().seed,
      );
      await assert.rejects(issueNonce(app, forged), /does not verify/);
      await assert.rejects(
        app.db.raw((tx) => tx.query(`UPDATE device_heartbeats SET accepted = true`)),
        /immutable/,
      );
      await assert.rejects(
        app.db.raw((tx) => tx.query(`DELETE FROM landmark_measurements`)),
        /immutable/,
      );
    });

    test('the signed command verifies under the agency key the device was provisioned with', async () => {
      const [c] = await getCommands(app, admin, { status: ['approved', 'delivered', 'acknowledged'], limit: 1 });
      const [key] = await app.db.raw((tx) => tx.query<{ public_key: string }>('SELECT public_key FROM agency_keys'));
      assert.ok(
        pureVerifier.verify(signingText(c!.signedCommand!.message), c!.signedCommand!.signature, key!.public_key),
      );
    });

    test('the batch path judges a batch as if its heartbeats came one by one', async () => {
      const lmKeys = newKeyPair();
      const devKeys = newKeyPair();
      const lm = await registerLandmark(app, admin, {
        name: 'KL batch',
        operator: 'test',
        lat: 3.139,
        lon: 101.6869,
        publicKey: lmKeys.publicKey,
      });
      const dev = await registerDevice(app, admin, {
        serial: 'BATCH-1',
        model: 'm',
        eccn: '3A090',
        licenceRef: 'L',
        publicKey: devKeys.publicKey,
        site: { lat: 3.1478, lon: 101.6953, radiusKm: 1, country: 'MY' },
        heartbeatHours: 24,
        graceHours: 24,
      });
      const beat = async (counter: number) => {
        const { nonce } = await issueNonce(
          app,
          signMessage(
            {
              type: MESSAGE_TYPES.nonceRequest,
              landmarkId: lm.id,
              deviceId: dev.id,
              requestedAt: app.now().toISOString(),
            },
            lmKeys.seed,
          ),
        );
        const measurement = signMessage(
          {
            type: MESSAGE_TYPES.measurement,
            landmarkId: lm.id,
            deviceId: dev.id,
            nonce,
            rttUs: 300,
            measuredAt: app.now().toISOString(),
          },
          lmKeys.seed,
        );
        const report = signMessage(
          {
            type: MESSAGE_TYPES.report,
            deviceId: dev.id,
            counter,
            clock: app.now().toISOString(),
            nonces: [nonce],
            sensors: { relocation: false, enclosureOpened: false },
            state: 'enabled' as const,
            acks: [],
          },
          devKeys.seed,
        );
        return { report, measurements: [measurement] };
      };
      const one = await beat(1);
      const two = await beat(2);
      const unknown = {
        ...one,
        report: { ...one.report, message: { ...one.report.message, deviceId: '00000000-0000-4000-8000-000000000000' } },
      };
      const results = await ingestHeartbeats(app, [one, one, unknown, two]);
      const outcome = (r: (typeof results)[number]) =>
        'accepted' in r ? [r.accepted, r.findings.map((f) => f.kind)] : r.message;
      assert.deepEqual(results.map(outcome), [
        [true, []],
        [false, ['replayed-counter', 'reused-nonce']],
        'device 00000000-0000-4000-8000-000000000000 is not registered',
        [true, []],
      ]);
      assert.equal((await getDeviceTimeline(app, admin, dev.id)).device.lastCounter, 2);
    });
  });
}
