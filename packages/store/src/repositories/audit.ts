import { nextAuditRecord, type AuditEntry, type AuditRecord } from '@dualuse/core';
import { and, asc, desc, eq, gt, lt, sql, type SQL } from 'drizzle-orm';
import type { Orm } from '../database';
import { auditEvents, auditHeads } from '../schema';

type AuditRow = typeof auditEvents.$inferSelect;

const toRecord = (r: AuditRow): AuditRecord => ({
  tenantId: r.tenantId,
  seq: r.seq,
  at: r.at.toISOString(),
  actor: r.actor as AuditRecord['actor'],
  action: r.action,
  subject: (r.subject ?? null) as AuditRecord['subject'],
  details: r.details as AuditRecord['details'],
  inputVersions: r.inputVersions as AuditRecord['inputVersions'],
  requestId: r.requestId,
  prevHash: r.prevHash,
  hash: r.hash,
});

/**
 * Appends one record to the tenant's chain. Must run inside the same transaction as the
 * change it records (inTenant), so a change and its audit record commit or fail together.
 * The head row lock serialises concurrent appends of one tenant.
 */
export async function appendAudit(tx: Orm, tenantId: string, entry: AuditEntry, at = new Date()): Promise<AuditRecord> {
  // Insert-if-absent first so the FOR UPDATE below always finds a row to lock.
  await tx.insert(auditHeads).values({ tenantId, seq: 0, hash: '' }).onConflictDoNothing();
  const [head] = await tx.select().from(auditHeads).where(eq(auditHeads.tenantId, tenantId)).for('update');
  const previous = head && head.seq > 0 ? { seq: head.seq, hash: head.hash } : null;
  const record = nextAuditRecord(tenantId, previous, entry, at);
  await tx.insert(auditEvents).values({
    tenantId,
    seq: record.seq,
    at,
    actor: record.actor,
    action: record.action,
    subject: record.subject,
    details: record.details,
    inputVersions: record.inputVersions,
    requestId: record.requestId,
    prevHash: record.prevHash,
    hash: record.hash,
  });
  await tx.update(auditHeads).set({ seq: record.seq, hash: record.hash }).where(eq(auditHeads.tenantId, tenantId));
  return record;
}

export interface AuditQuery {
  /** Page backwards from this seq (exclusive); newest first. */
  beforeSeq?: number | undefined;
  action?: string | undefined;
  limit: number;
}

export async function listAudit(tx: Orm, q: AuditQuery): Promise<AuditRecord[]> {
  const where: SQL[] = [];
  if (q.beforeSeq !== undefined) where.push(lt(auditEvents.seq, q.beforeSeq));
  if (q.action) where.push(sql`${auditEvents.action} LIKE ${q.action.replace(/[\\%_]/g, '\\$&') + '%'}`);
  const rows = await tx
    .select()
    .from(auditEvents)
    .where(and(...where))
    .orderBy(desc(auditEvents.seq))
    .limit(q.limit);
  return rows.map(toRecord);
}

/** Records in chain order, `batch` at a time, for verification with progress. */
export async function* readAuditChain(tx: Orm, batch = 2000): AsyncGenerator<AuditRecord[]> {
  let after = 0;
  for (;;) {
    const rows = await tx
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, after))
      .orderBy(asc(auditEvents.seq))
      .limit(batch);
    if (rows.length === 0) return;
    yield rows.map(toRecord);
    after = rows[rows.length - 1]!.seq;
  }
}

export async function auditHead(tx: Orm): Promise<{ seq: number; hash: string } | null> {
  const [head] = await tx.select().from(auditHeads);
  return head && head.seq > 0 ? { seq: head.seq, hash: head.hash } : null;
}

export async function countAudit(tx: Orm): Promise<number> {
  return tx.$count(auditEvents);
}
