/**
 * Signed checkpoints of the audit chains (core/audit/checkpoint.ts): sign every tenant's
 * head after verifying its chain, append them to an append-only place outside the database,
 * and read them back to hold a chain to its newest checkpoint.
 *
 * The place is a `CheckpointSink`. The one built in is a file opened in append mode
 * (O_APPEND) and fsync'd — put it on storage the database host cannot rewrite (another
 * machine, a WORM mount, a log shipper). Other places (an object-store bucket with object
 * lock, a partner agency's endpoint) implement the same two-line interface.
 */
import { appendFile, open, readFile } from 'node:fs/promises';
import { type AuditVerification, parseSignedCheckpoint, type SignedAuditCheckpoint } from '@dualuse/core';
import { listAllTenants } from '@dualuse/store';
import { verifyAuditLog } from './log';
import type { CheckpointSigner } from './keys';
import type { AppContext } from '../common';
import { cliPrincipal } from '../access/principals';

export interface CheckpointSink {
  /** Where the checkpoints go, for messages. */
  readonly describe: string;
  append(checkpoints: readonly SignedAuditCheckpoint[]): Promise<void>;
  /** The checkpoints already there, if the place can be read back (a write-only drop cannot). */
  read?(trusted: ReadonlyMap<string, string>): Promise<CheckpointEvidence>;
}

/** Checkpoints as JSON lines appended to a file; each write is fsync'd before it returns. */
export function fileCheckpointSink(path: string): CheckpointSink {
  return {
    describe: path,
    async append(checkpoints) {
      if (checkpoints.length === 0) return;
      const handle = await open(path, 'a', 0o640);
      try {
        await appendFile(handle, checkpoints.map((c) => JSON.stringify(c) + '\n').join(''));
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
    async read(trusted) {
      const e = await readCheckpointFile(path, trusted);
      // A file that does not exist yet is a first run; one that cannot be parsed is a finding.
      return { ...e, problems: e.problems.filter((p) => !p.includes('ENOENT')) };
    },
  };
}

/** Checkpoints read from a place, with the lines that are not checkpoints (each a problem). */
export interface CheckpointEvidence {
  source: string;
  checkpoints: SignedAuditCheckpoint[];
  problems: string[];
  /** Trusted public keys by key id (audit-keys.ts). */
  trusted: ReadonlyMap<string, string>;
}

export async function readCheckpointFile(
  path: string,
  trusted: ReadonlyMap<string, string>,
): Promise<CheckpointEvidence> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { source: path, checkpoints: [], problems: [`cannot read ${path}: ${(error as Error).message}`], trusted };
  }
  const checkpoints: SignedAuditCheckpoint[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push(`${path} line ${i + 1}: not JSON`);
      return;
    }
    const parsed = parseSignedCheckpoint(value);
    if (typeof parsed === 'string') problems.push(`${path} line ${i + 1}: ${parsed}`);
    else checkpoints.push(parsed);
  });
  return { source: path, checkpoints, problems, trusted };
}

export interface CheckpointRun {
  written: SignedAuditCheckpoint[];
  /** Tenants whose chain failed verification: nothing was signed for them. */
  refused: { tenantId: string; slug: string; verification: AuditVerification }[];
}

/**
 * Verifies each tenant's chain (against the sink's earlier checkpoints when it can be read, so
 * a rollback since the last checkpoint is caught) and signs the head only if it is intact:
 * a checkpoint must never bless a chain that was already tampered with.
 */
export async function writeAuditCheckpoints(
  ctx: AppContext,
  signer: CheckpointSigner,
  sink: CheckpointSink,
  trusted: ReadonlyMap<string, string>,
): Promise<CheckpointRun> {
  const run: CheckpointRun = { written: [], refused: [] };
  const previous = await sink.read?.(trusted);
  for (const tenant of await listAllTenants(ctx.db.orm)) {
    // A tenant with no checkpoint yet (new, or a first run) is verified on its chain alone.
    const known =
      previous &&
      (previous.problems.length > 0 || previous.checkpoints.some((c) => c.checkpoint.tenantId === tenant.id));
    const evidence = known ? previous : undefined;
    const v = await verifyAuditLog(ctx, cliPrincipal(tenant, 'auditor'), undefined, evidence);
    if (!v.ok) {
      run.refused.push({ tenantId: tenant.id, slug: tenant.slug, verification: v });
      continue;
    }
    run.written.push(
      signer.sign({
        type: 'dualuse.audit-checkpoint',
        v: 1,
        tenantId: tenant.id,
        seq: v.lastSeq,
        hash: v.lastHash,
        at: ctx.now().toISOString(),
        keyId: signer.keyId,
      }),
    );
  }
  await sink.append(run.written);
  return run;
}
