/**
 * `dualuse device evidence FILE`: a fleet's recorded heartbeats verified offline, record by record
 * (docs/protocol/heartbeat-v1.md §11). Exit 3 (integrity) when any record is rejected, so a script can tell a
 * clean history from a doubtful one; the table names each rejected record and why.
 */
import { basename } from 'node:path';
import { verifyHeartbeatEvidence } from '@dualuse/app';
import type { Command } from 'commander';
import { readText } from '../../files';
import { printJson, printTable } from '../../output';
import { EXIT, withApp } from '../../run';
import { principalFor } from '../../tenant-arg';

export function registerDeviceEvidence(device: Command): void {
  device
    .command('evidence')
    .description("verify recorded heartbeats (JSON lines or a JSON array) offline against the tenant's device keys")
    .argument('<file>')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (file: string, o: { tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        const text = readText(file); // strict UTF-8, size checked before reading
        const result = await verifyHeartbeatEvidence(app, await principalFor(app, o.tenant), {
          name: basename(file),
          text,
        });
        if (cmd.optsWithGlobals().json) printJson(result);
        else {
          const rows = result.verdicts.map((v) => ({
            ...v,
            verdict: v.accepted ? 'accepted' : 'rejected',
            findings: v.findings.map((f) => `${f.kind}: ${f.message}`).join('; '),
            measurements: v.measurements.length,
          }));
          printTable(rows, ['record', 'deviceId', 'counter', 'clock', 'verdict', 'measurements', 'findings']);
          process.stderr.write(
            `${result.file.name}: ${result.file.records} records, ${result.accepted} accepted, ${result.rejected} rejected\n`,
          );
        }
        if (result.rejected > 0) process.exitCode = EXIT.integrity;
      }),
    );
}
