/**
 * `dualuse device relocate|re-enable|requests|decide`: relocation notices and re-enable requests with their
 * decisions (docs/protocol/heartbeat-v1.md §12). Requests and decisions bind named officers, so each acts `--as`
 * an officer authenticated by their own API key (DUALUSE_API_KEY), and the decider must be another officer.
 */
import { decideDeviceRequest, listDeviceRequests, noticeRelocation, requestReEnable } from '@dualuse/app';
import { invalidInput } from '@dualuse/core';
import type { Command } from 'commander';
import { printJson, printTable } from '../../output';
import { withApp } from '../../run';
import { principalFor } from '../../tenant-arg';
import { asUser } from './as-user';

const COLUMNS = ['id', 'deviceId', 'kind', 'status', 'reason', 'requestedAt', 'decisionReason', 'commandId'];
const show = (cmd: Command, rows: object[]) =>
  cmd.optsWithGlobals().json ? printJson(rows.length === 1 ? rows[0] : { requests: rows }) : printTable(rows, COLUMNS);

const number = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n)) throw invalidInput(`--${name} must be a number, got '${v}'`, `--${name}`);
  return n;
};

interface Who {
  tenant: string;
  as: string;
}

export function registerDeviceRequests(device: Command): void {
  device
    .command('relocate')
    .description('give notice of a move to a new site; another officer decides (dualuse device decide)')
    .argument('<device-id>')
    .requiredOption('--lat <deg>', 'new site latitude', number('lat'))
    .requiredOption('--lon <deg>', 'new site longitude', number('lon'))
    .requiredOption('--radius-km <km>', 'new site radius', number('radius-km'))
    .requiredOption('--country <cc>', 'ISO 3166-1 alpha-2 code of the new site')
    .requiredOption('--reason <text>')
    .requiredOption('--as <email>', 'the officer giving notice (their own key in DUALUSE_API_KEY)')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(
      async (
        deviceId: string,
        o: Who & { lat: number; lon: number; radiusKm: number; country: string; reason: string },
        cmd: Command,
      ) =>
        withApp(async (app) => {
          const p = await asUser(app, o.tenant, o.as);
          const site = { lat: o.lat, lon: o.lon, radiusKm: o.radiusKm, country: o.country };
          show(cmd, [await noticeRelocation(app, p, { deviceId, site, reason: o.reason })]);
        }),
    );
  device
    .command('re-enable')
    .description('ask for a disabled device to be enabled again, with a service attestation')
    .argument('<device-id>')
    .requiredOption('--reason <text>')
    .requiredOption('--attestation <text>', 'who serviced the device, what was done, that it is back at its site')
    .option(
      '--evidence-sha256 <hex>',
      'the sha256 `dualuse device evidence --json` reported for its recorded heartbeats',
    )
    .requiredOption('--as <email>', 'the officer asking (their own key in DUALUSE_API_KEY)')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(
      async (
        deviceId: string,
        o: Who & { reason: string; attestation: string; evidenceSha256?: string },
        cmd: Command,
      ) =>
        withApp(async (app) => {
          const p = await asUser(app, o.tenant, o.as);
          const evidence = { serviceAttestation: o.attestation, heartbeatEvidenceSha256: o.evidenceSha256 };
          show(cmd, [await requestReEnable(app, p, { deviceId, reason: o.reason, evidence })]);
        }),
    );
  device
    .command('requests')
    .description('relocation notices and re-enable requests, newest first')
    .option('--device <id>')
    .option('--open', 'only undecided')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (o: { tenant: string; device?: string; open?: boolean }, cmd: Command) =>
      withApp(async (app) => {
        const q = { deviceId: o.device, open: Boolean(o.open) };
        show(cmd, await listDeviceRequests(app, await principalFor(app, o.tenant), q));
      }),
    );
  device
    .command('decide')
    .description('accept or refuse a request; not by its requester')
    .argument('<request-id>')
    .argument('<decision>', 'accept or refuse')
    .requiredOption('--reason <text>')
    .requiredOption('--as <email>', 'the deciding officer (their own key in DUALUSE_API_KEY)')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (id: string, decision: string, o: Who & { reason: string }, cmd: Command) =>
      withApp(async (app) => {
        if (decision !== 'accept' && decision !== 'refuse')
          throw invalidInput(`the decision is accept or refuse, not '${decision}'`, '<decision>');
        const p = await asUser(app, o.tenant, o.as);
        show(cmd, [await decideDeviceRequest(app, p, id, { decision, reason: o.reason })]);
      }),
    );
}
