/**
 * `dualuse device ...` and `dualuse landmark ...`: end-use monitoring for officers, and the
 * fleet simulator. Commands under the two-person rule act as a named user (--as <email>),
 * authenticated by that user's own API key (DUALUSE_API_KEY; DUALUSE_APPROVER_API_KEY for
 * the simulator's approver): the CLI's own identity is one OS account, not two officers.
 */
import { readText } from '../../files';
import {
  approveCommand,
  getAlerts,
  getCommands,
  getDevices,
  getDeviceTimeline,
  getLandmarks,
  issue7Scenario,
  proposeCommand,
  registerDevice,
  registerLandmark,
  scanSilentDevices,
  simulate,
  type SimulationSpec,
} from '@dualuse/app';
import { invalidInput } from '@dualuse/core';
import type { Command } from 'commander';
import { printJson, printTable } from '../../output';
import { withApp } from '../../run';
import { principalFor } from '../../tenant-arg';
import { registerDeviceEvidence } from './evidence';
import { registerDeviceRequests } from './requests';
import { asUser } from './as-user';

const json = (cmd: Command) => Boolean(cmd.optsWithGlobals().json);
const show = (cmd: Command, doc: Record<string, unknown>, rows: object[], columns: string[]) =>
  json(cmd) ? printJson(doc) : printTable(rows, columns);

const readJson = (file: string): unknown => {
  try {
    return JSON.parse(readText(file)); // strict UTF-8, size checked before reading
  } catch (error) {
    if (error instanceof Error && error.name === 'DomainError') throw error; // already names the file and line
    throw invalidInput(`cannot read ${file}: ${(error as Error).message}`);
  }
};

export function registerDevices(program: Command): void {
  const device = program
    .command('device')
    .description('end-use monitoring of controlled equipment (docs/protocol/heartbeat-v1.md)');
  const tenantOpt = (c: Command) => c.option('--tenant <slug>', 'tenant', 'operator');
  registerDeviceEvidence(device);
  registerDeviceRequests(device);

  tenantOpt(device.command('list').description('registered devices with their last decision')).action(
    async (o: { tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        const devices = await getDevices(app, await principalFor(app, o.tenant));
        show(
          cmd,
          { devices },
          devices.map((d) => ({ ...d, site: `${d.site.lat},${d.site.lon} ±${d.site.radiusKm} km ${d.site.country}` })),
          ['id', 'serial', 'eccn', 'site', 'state', 'lastDecision', 'lastHeartbeatAt'],
        );
      }),
  );
  tenantOpt(
    device
      .command('register')
      .description(
        'register a device from a JSON file (serial, model, eccn, licenceRef, publicKey, site, heartbeatHours, graceHours)',
      )
      .argument('<file>'),
  ).action(async (file: string, o: { tenant: string }, cmd: Command) =>
    withApp(async (app) => {
      const d = await registerDevice(app, await principalFor(app, o.tenant), readJson(file) as never);
      show(cmd, { device: d }, [d], ['id', 'serial', 'agencyPublicKey']);
    }),
  );
  tenantOpt(
    device.command('show').description('a device’s timeline: heartbeats, alerts, commands').argument('<id>'),
  ).action(async (id: string, o: { tenant: string }, cmd: Command) =>
    withApp(async (app) => {
      const t = await getDeviceTimeline(app, await principalFor(app, o.tenant), id);
      show(
        cmd,
        { ...t },
        t.heartbeats.map((h) => ({
          ...h,
          findings: h.findings.map((f) => f.kind).join(' '),
          explanation: h.verdict.explanation,
        })),
        ['receivedAt', 'counter', 'accepted', 'decision', 'findings', 'explanation'],
      );
    }),
  );
  tenantOpt(device.command('alerts').description('alerts, newest first').option('--open', 'only unresolved')).action(
    async (o: { tenant: string; open?: boolean }, cmd: Command) =>
      withApp(async (app) => {
        const alerts = await getAlerts(app, await principalFor(app, o.tenant), { open: Boolean(o.open), limit: 200 });
        show(cmd, { alerts }, alerts, ['raisedAt', 'deviceId', 'severity', 'kind', 'message']);
      }),
  );
  tenantOpt(
    device.command('scan-silence').description('raise alerts for devices silent past their grace period'),
  ).action(async (o: { tenant: string }, cmd: Command) =>
    withApp(async (app) => {
      const alerts = await scanSilentDevices(app, await principalFor(app, o.tenant));
      show(cmd, { alerts }, alerts, ['deviceId', 'kind', 'message']);
    }),
  );
  tenantOpt(
    device
      .command('commands')
      .description('commands (the approval queue: --status proposed)')
      .option('--status <list>', 'comma-separated statuses'),
  ).action(async (o: { tenant: string; status?: string }, cmd: Command) =>
    withApp(async (app) => {
      const commands = await getCommands(app, await principalFor(app, o.tenant), {
        status: o.status?.split(','),
        limit: 200,
      } as never);
      show(cmd, { commands }, commands, [
        'id',
        'deviceId',
        'action',
        'status',
        'proposedAt',
        'approvedAt',
        'acknowledgedAt',
      ]);
    }),
  );
  tenantOpt(
    device
      .command('propose')
      .description('propose a disable/enable command; a different officer must approve it')
      .argument('<deviceId>')
      .argument('<action>', 'disable | enable'),
  )
    .requiredOption('--as <email>', 'the proposing officer (their own API key in DUALUSE_API_KEY)')
    .requiredOption('--reason <text>', 'why')
    .action(async (deviceId: string, action: string, o: { tenant: string; as: string; reason: string }, cmd: Command) =>
      withApp(async (app) => {
        if (action !== 'disable' && action !== 'enable')
          throw invalidInput(`action must be disable or enable, not '${action}'`);
        const c = await proposeCommand(app, await asUser(app, o.tenant, o.as), deviceId, { action, reason: o.reason });
        show(cmd, { command: c }, [c], ['id', 'deviceId', 'action', 'status']);
      }),
    );
  tenantOpt(
    device
      .command('approve')
      .description('approve (and sign) a command proposed by another officer')
      .argument('<commandId>'),
  )
    .requiredOption('--as <email>', 'the approving officer (their own API key in DUALUSE_API_KEY)')
    .action(async (commandId: string, o: { tenant: string; as: string }, cmd: Command) =>
      withApp(async (app) => {
        const c = await approveCommand(app, await asUser(app, o.tenant, o.as), commandId);
        show(cmd, { command: c }, [c], ['id', 'deviceId', 'action', 'status', 'approvedAt']);
      }),
    );
  tenantOpt(
    device
      .command('simulate')
      .description(
        'run simulated devices and landmarks through the real services (default: the Kuala Lumpur / Hong Kong / Moscow fleet); they are registered in the tenant with a run tag in their names',
      ),
  )
    .option('--spec <file>', 'a SimulationSpec JSON file (landmarks, devices with positions, delay, misbehaviour)')
    .option('--rounds <n>', 'heartbeat rounds (each advances simulated time by the duty)', (v) => Number(v))
    .option('--disable <serial>', 'during round 2, propose and approve a disable command for this simulated device')
    .option('--as <email>', 'proposing officer, key in DUALUSE_API_KEY (with --disable)')
    .option(
      '--approver <email>',
      'approving officer, a different one, key in DUALUSE_APPROVER_API_KEY (with --disable)',
    )
    .action(
      async (
        o: { tenant: string; spec?: string; rounds?: number; disable?: string; as?: string; approver?: string },
        cmd: Command,
      ) =>
        withApp(async (app) => {
          const spec: SimulationSpec = o.spec ? (readJson(o.spec) as SimulationSpec) : issue7Scenario();
          if (o.rounds !== undefined) {
            if (!Number.isInteger(o.rounds) || o.rounds < 1) throw invalidInput('--rounds must be a positive integer');
            spec.rounds = o.rounds;
          }
          if (o.disable) {
            if (!o.as || !o.approver)
              throw invalidInput('--disable needs --as <officer email> and --approver <another officer email>');
            spec.command = {
              serial: o.disable,
              action: 'disable',
              round: Math.min(2, spec.rounds),
              proposer: await asUser(app, o.tenant, o.as),
              approver: await asUser(app, o.tenant, o.approver, 'DUALUSE_APPROVER_API_KEY'),
            };
          }
          const run = await simulate(app, await principalFor(app, o.tenant), spec, (r) => {
            if (!json(cmd))
              process.stderr.write(
                `round ${r.round} ${r.serial}: ${r.sent ? `${r.accepted ? 'accepted' : 'REJECTED'} ${r.decision}` : 'silent'}${r.alerts.length ? ` alerts=${r.alerts.join(',')}` : ''}\n`,
              );
          });
          const alerts = await getAlerts(app, await principalFor(app, o.tenant), { limit: 500 });
          const ids = new Set(Object.values(run.deviceIds));
          show(
            cmd,
            { ...run, alerts: alerts.filter((a) => ids.has(a.deviceId)) },
            run.results.map((r) => ({
              ...r,
              alerts: r.alerts.join(' '),
              findings: r.findings.join(' '),
              commands: r.commandsReceived.join(' '),
            })),
            ['round', 'serial', 'sent', 'accepted', 'decision', 'alerts', 'findings', 'commands', 'state'],
          );
        }),
    );

  const landmark = program.command('landmark').description('trusted measurement landmarks');
  tenantOpt(landmark.command('list')).action(async (o: { tenant: string }, cmd: Command) =>
    withApp(async (app) => {
      const landmarks = await getLandmarks(app, await principalFor(app, o.tenant));
      show(cmd, { landmarks }, landmarks, ['id', 'name', 'operator', 'lat', 'lon']);
    }),
  );
  tenantOpt(
    landmark
      .command('register')
      .description('register a landmark')
      .requiredOption('--name <name>')
      .requiredOption('--operator <name>')
      .requiredOption('--lat <deg>', 'latitude', Number)
      .requiredOption('--lon <deg>', 'longitude', Number)
      .requiredOption('--public-key <b64url>'),
  ).action(
    async (
      o: { tenant: string; name: string; operator: string; lat: number; lon: number; publicKey: string },
      cmd: Command,
    ) =>
      withApp(async (app) => {
        const l = await registerLandmark(app, await principalFor(app, o.tenant), {
          name: o.name,
          operator: o.operator,
          lat: o.lat,
          lon: o.lon,
          publicKey: o.publicKey,
        });
        show(cmd, { landmark: l }, [l], ['id', 'name', 'operator', 'lat', 'lon']);
      }),
  );
}
