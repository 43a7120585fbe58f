/**
 * Publishing to coalitions: a record goes to every coalition the agency is an accepted member of
 * that shares its kind, redacted as each coalition says (denials: core redactDenial). Partners
 * then read it through the sharing table's row-level security policy.
 */
import type { Json, Principal } from '@dualuse/core';
import { redactDenial, type DenialNotice } from '@dualuse/core/coalition';
import { insertShare, listCoalitionRows, membersOf, retractShares, type Orm } from '@dualuse/store';
import { record } from '../audit/log';
import type { AppContext } from '../common';

export async function myCoalitions(tx: Orm, me: string) {
  const out = [];
  for (const c of await listCoalitionRows(tx)) {
    const members = await membersOf(tx, c.id);
    if (members.some((m) => m.memberId === me && m.acceptedAt)) out.push({ ...c, members });
  }
  return out;
}

export async function publish(
  tx: Orm,
  ctx: AppContext,
  p: Principal,
  what: { kind: 'denial' | 'undercut'; recordId: string; payload: object },
): Promise<string[]> {
  const sharedTo: string[] = [];
  for (const c of await myCoalitions(tx, p.tenantId)) {
    if (!c.shares.includes(what.kind)) continue;
    const payload = what.kind === 'denial' ? redactDenial(what.payload as DenialNotice, c.withheld) : what.payload;
    await insertShare(tx, {
      tenantId: p.tenantId,
      coalitionId: c.id,
      kind: what.kind,
      recordId: what.recordId,
      payload: payload as unknown as Json,
    });
    sharedTo.push(c.id);
  }
  await record(tx, ctx, p, {
    action: `coalition.publish.${what.kind}`,
    subject: { type: what.kind, id: what.recordId },
    details: { coalitions: sharedTo },
  });
  return sharedTo;
}

/** Withdraws a record from every coalition (a revoked denial); partners stop seeing it. */
export async function retract(tx: Orm, ctx: AppContext, p: Principal, what: { kind: string; recordId: string }) {
  const { kind, recordId } = what;
  const rows = await retractShares(tx, kind, recordId, ctx.now());
  await record(tx, ctx, p, {
    action: `coalition.retract.${kind}`,
    subject: { type: kind, id: recordId },
    details: { shares: rows.map((r) => r.id) },
  });
  return rows;
}
