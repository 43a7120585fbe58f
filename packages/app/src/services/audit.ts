import { AuditChainVerifier, authorise, type AuditEntry, type AuditRecord, type AuditVerification, type Principal } from '@dualuse/core';
import { appendAudit, auditHead, countAudit, inTenant, listAudit, readAuditChain, type Orm } from '@dualuse/store';
import { actorOf, type AppContext } from './common';

/** Records an event in the principal's tenant chain, inside the caller's transaction. */
export function record(tx: Orm, ctx: AppContext, p: Principal, entry: Omit<AuditEntry, 'actor' | 'inputVersions' | 'requestId' | 'details'> & Partial<Pick<AuditEntry, 'inputVersions' | 'requestId' | 'details'>>): Promise<AuditRecord> {
  return appendAudit(tx, p.tenantId, {
    actor: actorOf(p),
    details: {},
    inputVersions: {},
    requestId: null,
    ...entry,
  }, ctx.now());
}

export async function listAuditRecords(ctx: AppContext, p: Principal, q: { beforeSeq?: number | undefined; action?: string | undefined; limit: number }) {
  authorise(p, 'audit:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => ({ records: await listAudit(tx, q), head: await auditHead(tx) }));
}

/**
 * Re-hashes the whole chain of the principal's tenant in one read-only transaction (a
 * consistent snapshot, so concurrent appends don't show up as a truncation).
 */
export async function verifyAuditLog(ctx: AppContext, p: Principal, onProgress?: (done: number, total: number) => void): Promise<AuditVerification> {
  authorise(p, 'audit:verify');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const total = await countAudit(tx);
    const head = await auditHead(tx);
    const verifier = new AuditChainVerifier();
    let done = 0;
    for await (const batch of readAuditChain(tx)) {
      for (const r of batch) verifier.add(r);
      done += batch.length;
      onProgress?.(done, total);
    }
    return verifier.finish(head);
  });
}
