/**
 * Auditing across two agencies. Reading another agency's shared record is recorded in the
 * reader's chain and in the owner's chain (issue 14: "every read of another agency's record is
 * audited in both agencies' chains"); so is every act that reaches the other agency (a
 * consultation, an undercut notice). Both records are written in the same transaction.
 */
import type { AuditEntry, Json, Principal } from '@dualuse/core';
import { appendAudit, withinTenant, type Orm } from '@dualuse/store';
import { record } from '../audit/log';
import { actorOf, type AppContext } from '../common';

export type Entry = Omit<AuditEntry, 'actor' | 'inputVersions' | 'requestId' | 'details'> & {
  details?: { [key: string]: Json };
  requestId?: string | null;
};

/** `entry.other` is the other agency's tenant id (the caller's own id records once). */
export async function recordInBoth(
  tx: Orm,
  ctx: AppContext,
  p: Principal,
  { other, ...entry }: Entry & { other: string },
): Promise<void> {
  await record(tx, ctx, p, entry);
  if (other === p.tenantId) return;
  await withinTenant(tx, other, p.tenantId, () =>
    appendAudit(
      tx,
      other,
      {
        actor: actorOf(p),
        action: entry.action,
        subject: entry.subject,
        details: { ...(entry.details ?? {}), byTenant: p.tenantId },
        inputVersions: {},
        requestId: entry.requestId ?? null,
      },
      ctx.now(),
    ),
  );
}
