// `dualuse device ...` as a user runs it, on an embedded database: the simulator's fleet and
// the two-person command round trip, through the real services.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyPairFromSeed, MESSAGE_TYPES, signMessage } from '@dualuse/core/tracking';
import { cliSandbox } from '../../../test/sandbox';

describe('dualuse device', () => {
  const { run, env: sandboxEnv, cleanup } = cliSandbox('devices');
  const env = sandboxEnv as Record<string, string | undefined>;
  const keys: Record<string, string> = {};
  before(async () => {
    assert.equal((await run('admin', 'init')).code, 0);
    for (const who of ['ann', 'bob']) {
      assert.equal(
        (await run('admin', 'create-user', '--email', `${who}@agency.example`, '--name', who, '--role', 'officer'))
          .code,
        0,
      );
      keys[who] = (await run('admin', 'create-key', '--email', `${who}@agency.example`)).stdout.trim();
    }
  });
  after(cleanup);

  test('simulate the fleet with a two-person disable: decisions, alerts, command acknowledged', async () => {
    Object.assign(env, { DUALUSE_API_KEY: keys.ann, DUALUSE_APPROVER_API_KEY: keys.bob });
    const sim = await run(
      '--json',
      'device',
      'simulate',
      '--rounds',
      '3',
      '--disable',
      'KL-AT-SITE',
      '--as',
      'ann@agency.example',
      '--approver',
      'bob@agency.example',
    );
    assert.equal(sim.code, 0, sim.stderr);
    const out = JSON.parse(sim.stdout) as {
      results: { round: number; serial: string; decision: string; state: string; commandsReceived: string[] }[];
      alerts: { kind: string }[];
      commandId: string;
    };
    const last = (serial: string) => out.results.filter((r) => r.serial === serial).at(-1)!;
    assert.equal(last('KL-AT-SITE').decision, 'consistent-with-site');
    assert.equal(last('KL-AT-SITE').state, 'disabled');
    assert.equal(last('KL-IN-HONG-KONG').decision, 'left-site');
    assert.equal(last('KL-IN-MOSCOW').decision, 'in-proscribed-country');
    for (const kind of ['left-site', 'proscribed-country', 'relocation-sensor', 'bad-signature', 'replay'])
      assert.ok(
        out.alerts.some((a) => a.kind === kind),
        kind,
      );

    const commands = JSON.parse((await run('--json', 'device', 'commands')).stdout) as {
      commands: { id: string; status: string }[];
    };
    assert.equal(commands.commands.find((c) => c.id === out.commandId)?.status, 'acknowledged');
    const audit = await run('--json', 'audit', 'list', '--action', 'device.command');
    assert.deepEqual(
      (JSON.parse(audit.stdout) as { records: { action: string }[] }).records.map((r) => r.action).reverse(),
      ['device.command.propose', 'device.command.approve', 'device.command.deliver', 'device.command.acknowledge'],
    );
  });

  test('the proposer cannot approve their own command (exit 8), and --disable needs two officers (exit 2)', async () => {
    env.DUALUSE_API_KEY = keys.ann;
    const list = JSON.parse((await run('--json', 'device', 'list')).stdout) as {
      devices: { id: string; serial: string }[];
    };
    const id = list.devices.find((d) => d.serial.startsWith('KL-IN-MOSCOW'))!.id;
    const proposed = await run(
      '--json',
      'device',
      'propose',
      id,
      'disable',
      '--as',
      'ann@agency.example',
      '--reason',
      'in Russia',
    );
    assert.equal(proposed.code, 0, proposed.stderr);
    const self = await run(
      'device',
      'approve',
      (JSON.parse(proposed.stdout) as { command: { id: string } }).command.id,
      '--as',
      'ann@agency.example',
    );
    assert.equal(self.code, 8);
    assert.match(self.stderr, /two-person rule/);
    assert.equal((await run('device', 'simulate', '--disable', 'KL-AT-SITE')).code, 2);
  });

  // Issue 12 §5: `--as` used to take a bare email, so one operator could be both officers.
  test("--as authenticates the officer: no key is exit 2, another officer's key is exit 8", async () => {
    const list = JSON.parse((await run('--json', 'device', 'list')).stdout) as {
      devices: { id: string; serial: string }[];
    };
    const id = list.devices.find((d) => d.serial.startsWith('KL-IN-HONG-KONG'))!.id;
    delete env.DUALUSE_API_KEY;
    const bare = await run('device', 'propose', id, 'disable', '--as', 'ann@agency.example', '--reason', 'left site');
    assert.equal(bare.code, 2, bare.stderr);
    assert.match(bare.stderr, /DUALUSE_API_KEY/);
    env.DUALUSE_API_KEY = keys.bob;
    const wrong = await run('device', 'propose', id, 'disable', '--as', 'ann@agency.example', '--reason', 'left site');
    assert.equal(wrong.code, 8, wrong.stderr);
  });
});

// Issue 18 item 6: an investigator's file of recorded heartbeats, verified offline against the registered keys.
describe('dualuse device evidence', () => {
  const { run, home, cleanup } = cliSandbox('device-evidence');
  const device = keyPairFromSeed(new Uint8Array(32).fill(7));
  const landmark = keyPairFromSeed(new Uint8Array(32).fill(9));
  let deviceId = '';
  let landmarkId = '';
  const file = (name: string, text: string) => {
    writeFileSync(join(home, name), text);
    return join(home, name);
  };
  before(async () => {
    assert.equal((await run('admin', 'init')).code, 0);
    const l = await run(
      ...['--json', 'landmark', 'register', '--name', 'Almaty IX', '--operator', 'KazNIC'],
      ...['--lat', '43.222', '--lon', '76.8512', '--public-key', landmark.publicKey],
    );
    assert.equal(l.code, 0, l.stderr);
    landmarkId = (JSON.parse(l.stdout) as { landmark: { id: string } }).landmark.id;
    const dev = {
      ...{ serial: 'ALA-1', model: '5-axis machining centre', eccn: '2B001', licenceRef: 'KZ-2024-17' },
      ...{ publicKey: device.publicKey, heartbeatHours: 24, graceHours: 12, startingCounter: 40 },
      site: { lat: 43.25, lon: 76.9, radiusKm: 5, country: 'KZ' },
    };
    const d = await run('--json', 'device', 'register', file('device.json', JSON.stringify(dev)));
    assert.equal(d.code, 0, d.stderr);
    deviceId = (JSON.parse(d.stdout) as { device: { id: string } }).device.id;
  });
  after(cleanup);

  const heartbeat = (counter: number, at: string, nonce: string) => ({
    report: signMessage(
      {
        type: MESSAGE_TYPES.report,
        ...{ deviceId, counter, clock: at, nonces: [nonce], state: 'enabled', acks: [] },
        sensors: { relocation: false, enclosureOpened: false },
      },
      device.seed,
    ),
    measurements: [
      signMessage(
        { type: MESSAGE_TYPES.measurement, landmarkId, deviceId, nonce, rttUs: 400, measuredAt: at },
        landmark.seed,
      ),
    ],
  });

  test('a clean history exits 0; a replayed record is named and exits 3 (integrity)', async () => {
    const first = heartbeat(41, '2024-06-01T10:00:00.000Z', 'AAAAAAAAAAAAAAAAAAAAAA');
    const second = heartbeat(42, '2024-06-02T10:00:00.000Z', 'BBBBBBBBBBBBBBBBBBBBBB');
    const clean = await run(
      'device',
      'evidence',
      file('clean.jsonl', [first, second].map((h) => JSON.stringify(h)).join('\n')),
    );
    assert.equal(clean.code, 0, clean.stderr);
    assert.match(clean.stderr, /2 records, 2 accepted, 0 rejected/);
    const doubtful = await run(
      '--json',
      'device',
      'evidence',
      file('replayed.json', JSON.stringify([first, second, first])),
    );
    assert.equal(doubtful.code, 3, doubtful.stderr);
    const out = JSON.parse(doubtful.stdout) as {
      verdicts: { record: number; accepted: boolean; findings: { kind: string }[] }[];
    };
    assert.deepEqual(
      out.verdicts.map((v) => v.accepted),
      [true, true, false],
    );
    assert.ok(out.verdicts[2]!.findings.some((f) => f.kind === 'replayed-counter'));
  });
});
