/**
 * `dualuse audit verify | checkpoint | keygen`: the chain's integrity, held to signed
 * checkpoints kept outside the database (app/src/audit/checkpoints.ts, docs/operations.md).
 */
import { writeFileSync } from 'node:fs';
import {
  allTenants,
  checkpointEvidence,
  checkpointSignerAndSink,
  generateCheckpointKey,
  trustedCheckpointKeys,
  verifyAuditLog,
  writeAuditCheckpoints,
} from '@dualuse/app';
import { invalidInput } from '@dualuse/core';
import type { Command } from 'commander';
import { printJson, progressBar } from '../../output';
import { EXIT, ExitError, withApp } from '../../run';
import { principalFor } from '../../tenant-arg';

const json = (cmd: Command) => Boolean(cmd.optsWithGlobals().json);

export function registerAuditIntegrity(audit: Command): void {
  audit
    .command('verify')
    .description(
      're-hash every chain (or one tenant’s) and hold it to its newest signed checkpoint; exit code 3 if any record was edited, deleted, reordered, rolled back or rewritten',
    )
    .option('--tenant <slug>', 'only this tenant')
    .option('--checkpoint <file>', 'signed checkpoints (JSON lines; default DUALUSE_AUDIT_CHECKPOINT_FILE)')
    .option(
      '--public-key <file>',
      'extra trusted public keys, one base64url key a line (besides DUALUSE_AUDIT_TRUSTED_KEYS_FILE and the signing key)',
    )
    .action(async (o: { tenant?: string; checkpoint?: string; publicKey?: string }, cmd: Command) =>
      withApp(async (app) => {
        const evidence = await checkpointEvidence(app.config, o.checkpoint, o.publicKey);
        const slugs = o.tenant ? [o.tenant] : (await allTenants(app)).map((t) => t.slug);
        const results = [];
        for (const slug of slugs) {
          const bar = progressBar(`verifying ${slug}`);
          try {
            results.push({
              tenant: slug,
              ...(await verifyAuditLog(app, await principalFor(app, slug), (d, t) => bar.update(d, t), evidence)),
            });
          } finally {
            bar.stop();
          }
        }
        const ok = results.every((r) => r.ok);
        if (json(cmd)) printJson({ ok, tenants: results });
        else {
          for (const r of results) {
            const anchored = r.checkpoint
              ? `, held to checkpoint ${r.checkpoint.seq} of ${r.checkpoint.at} (key ${r.checkpoint.keyId})`
              : evidence
                ? ''
                : ' (no checkpoint given: a rolled-back or re-hashed chain would pass)';
            process.stdout.write(
              r.ok
                ? `${r.tenant}: intact, ${r.checked} records, head ${r.lastSeq} ${r.lastHash.slice(0, 16)}${anchored}\n`
                : `${r.tenant}: TAMPERED\n${r.findings.map((f) => `  ${f.kind} at ${f.seq}: ${f.message}`).join('\n')}\n`,
            );
          }
        }
        if (!ok) throw new ExitError('the audit log failed verification', EXIT.integrity);
      }),
    );

  audit
    .command('checkpoint')
    .description(
      'verify every chain, then sign each head with DUALUSE_AUDIT_SIGNING_KEY_FILE and append it to the checkpoint file (run it from cron); exit 3 and nothing signed for a tampered chain',
    )
    .option('--out <file>', 'append-only destination (default DUALUSE_AUDIT_CHECKPOINT_FILE)')
    .action(async (o: { out?: string }, cmd: Command) =>
      withApp(async (app) => {
        const { signer, sink } = checkpointSignerAndSink(app.config, o.out);
        const run = await writeAuditCheckpoints(app, signer, sink, trustedCheckpointKeys(app.config));
        if (json(cmd))
          printJson({ destination: sink.describe, keyId: signer.keyId, written: run.written, refused: run.refused });
        else {
          for (const w of run.written)
            process.stdout.write(
              `signed ${w.checkpoint.tenantId} at seq ${w.checkpoint.seq} (${w.checkpoint.hash.slice(0, 16)}) → ${sink.describe}\n`,
            );
          for (const r of run.refused)
            process.stdout.write(
              `REFUSED ${r.slug}: ${r.verification.findings.map((f) => `${f.kind} at ${f.seq}: ${f.message}`).join('; ')}\n`,
            );
        }
        if (run.refused.length)
          throw new ExitError(
            `${run.refused.length} chain(s) failed verification; no checkpoint was signed for them`,
            EXIT.integrity,
          );
      }),
    );

  audit
    .command('keygen')
    .description(
      'make an Ed25519 checkpoint signing key: the private key goes to --out (mode 0600), the public key is printed for the trusted-keys file',
    )
    .requiredOption('--out <file>', 'where to write the private key (PKCS#8 PEM); refuses to overwrite')
    .action((o: { out: string }, cmd: Command) => {
      const k = generateCheckpointKey();
      try {
        writeFileSync(o.out, k.privateKeyPem, { mode: 0o600, flag: 'wx' });
      } catch (error) {
        throw invalidInput(`cannot write ${o.out}: ${(error as Error).message}`, '--out');
      }
      if (json(cmd)) printJson({ file: o.out, publicKey: k.publicKey, keyId: k.keyId });
      else
        process.stdout.write(
          `private key: ${o.out}\npublic key (add to DUALUSE_AUDIT_TRUSTED_KEYS_FILE): ${k.publicKey}\nkey id: ${k.keyId}\n`,
        );
    });
}
