import {
  AuditChainVerifier,
  authorise,
  newestCheckpoint,
  type AuditEntry,
  type AuditRecord,
  type AuditVerification,
  type Principal,
} from '@dualuse/core';
import { appendAudit, auditHead, countAudit, inTenant, listAudit, readAuditChain, type Orm } from '@dualuse/store';
import type { CheckpointEvidence } from './checkpoints';
import { checkpointSignatureValid } from './keys';
import { actorOf, type AppContext } from '../common';

/** Records an event in the principal's tenant chain, inside the caller's transaction. */
export function record(
  tx: Orm,
  ctx: AppContext,
  p: Principal,
  entry: Omit<AuditEntry, 'actor' | 'inputVersions' | 'requestId' | 'details'> &
    Partial<Pick<AuditEntry, 'inputVersions' | 'requestId' | 'details'>>,
): Promise<AuditRecord> {
  return appendAudit(
    tx,
    p.tenantId,
    {
      actor: actorOf(p),
      details: {},
      inputVersions: {},
      requestId: null,
      ...entry,
    },
    ctx.now(),
  );
}

export async function listAuditRecords(
  ctx: AppContext,
  p: Principal,
  q: { beforeSeq?: number | undefined; action?: string | undefined; limit: number },
) {
  authorise(p, 'audit:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => ({ records: await listAudit(tx, q), head: await auditHead(tx) }));
}

/**
 * Re-hashes the whole chain of the principal's tenant in one read-only transaction (a
 * consistent snapshot, so concurrent appends don't show up as a truncation). With
 * `checkpoints` (audit-checkpoints.ts), the chain is also held to the tenant's newest
 * checkpoint signed by a trusted key; unreadable or badly signed checkpoints are findings.
 */
export async function verifyAuditLog(
  ctx: AppContext,
  p: Principal,
  onProgress?: (done: number, total: number) => void,
  checkpoints?: CheckpointEvidence,
): Promise<AuditVerification> {
  authorise(p, 'audit:verify');
  const verifier = new AuditChainVerifier();
  const anchor = checkpoints ? chooseCheckpoint(verifier, checkpoints, p.tenantId) : undefined;
  const result = await inTenant(ctx.db, p.tenantId, async (tx) => {
    const total = await countAudit(tx);
    const head = await auditHead(tx);
    let done = 0;
    for await (const batch of readAuditChain(tx)) {
      for (const r of batch) verifier.add(r);
      done += batch.length;
      onProgress?.(done, total);
    }
    return verifier.finish(head);
  });
  return anchor === undefined ? result : { ...result, checkpoint: anchor };
}

/** Anchors the verifier to the newest trusted checkpoint of the tenant; reports bad ones. */
function chooseCheckpoint(
  verifier: AuditChainVerifier,
  e: CheckpointEvidence,
  tenantId: string,
): AuditVerification['checkpoint'] {
  for (const problem of e.problems) verifier.reportProblem('bad_checkpoint', 0, problem);
  const mine = e.checkpoints.filter((c) => c.checkpoint.tenantId === tenantId);
  const valid = mine.filter((c) => {
    const ok = checkpointSignatureValid(c, e.trusted);
    if (!ok)
      verifier.reportProblem(
        'bad_checkpoint',
        c.checkpoint.seq,
        `the checkpoint at seq ${c.checkpoint.seq} (${c.checkpoint.at}) in ${e.source} is not signed by a trusted key (key ${c.checkpoint.keyId}${e.trusted.has(c.checkpoint.keyId) ? ': signature does not match' : ': unknown key'})`,
      );
    return ok;
  });
  const newest = newestCheckpoint(valid, tenantId);
  if (!newest) {
    verifier.reportProblem(
      'bad_checkpoint',
      0,
      `${e.source} holds no trusted checkpoint for tenant ${tenantId}: the chain cannot be held to one`,
    );
    return null;
  }
  verifier.anchorTo(newest.checkpoint);
  const { seq, hash, at, keyId } = newest.checkpoint;
  return { seq, hash, at, keyId, source: e.source };
}
