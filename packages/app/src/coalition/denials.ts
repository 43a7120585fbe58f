/**
 * The denial register: own denials (amend = a new revision superseding the old; revoke = status
 * and retraction from every coalition), the review queue (three years, Art. 16), the allies'
 * shared denials (audited in both chains), and the undercut notices addressed to this agency.
 */
import { randomUUID } from 'node:crypto';
import { authorise, DomainError, notFound, type Json, type Principal } from '@dualuse/core';
import { parseControlEntry, parseParty, reviewQueue, text, type DenialNotice } from '@dualuse/core/coalition';
import { denialHistory, findDenial, inTenant, insertDenial, listShares, updateDenial, type Orm } from '@dualuse/store';
import { record } from '../audit/log';
import { actorOf, type AppContext } from '../common';
import { recordInBoth } from './audit-both';
import { publish, retract } from './publish';
import { visibleDenials } from './visible-denials';

export async function listDenials(ctx: AppContext, p: Principal, q: { scope?: 'own' | 'visible' } = {}) {
  authorise(p, 'denials:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const all = await visibleDenials(tx, ctx, p, 'denial register');
    return q.scope === 'visible' ? all : all.filter((d) => !d.shareId && !d.imported);
  });
}

export async function denialReviewQueue(ctx: AppContext, p: Principal, days = 90) {
  authorise(p, 'denials:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const own = (await visibleDenials(tx, ctx, p, 'review queue'))
      .filter((d) => !d.shareId && !d.imported)
      .map((d) => d.notice);
    return reviewQueue(own, ctx.now().toISOString().slice(0, 10), days);
  });
}

async function own(tx: Orm, p: Principal, id: string) {
  const row = await findDenial(tx, id);
  if (!row || row.tenantId !== p.tenantId) throw notFound(`denial ${id}`);
  if (row.supersededBy) throw new DomainError('conflict', `denial ${id} was superseded by ${row.supersededBy}`);
  return row;
}

export async function showDenial(ctx: AppContext, p: Principal, id: string) {
  authorise(p, 'denials:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const row = await findDenial(tx, id);
    if (!row) throw notFound(`denial ${id}`);
    return { ...row, history: await denialHistory(tx, row.regimeRef) };
  });
}

/** Amends what may change (reason, parties, control entries, end use) as a new revision, re-shared. */
export async function amendDenial(ctx: AppContext, p: Principal, id: string, input: Record<string, unknown>) {
  authorise(p, 'denials:write');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const row = await own(tx, p, id);
    if (row.status !== 'in_force') throw new DomainError('conflict', `denial ${id} is ${row.status}`);
    const old = row.notice as unknown as DenialNotice;
    const next: DenialNotice = {
      ...old,
      ...(input.reason !== undefined ? { reason: text(input.reason, '/reason', 20_000) } : {}),
      ...(input.endUse !== undefined ? { endUse: text(input.endUse, '/endUse', 4000) } : {}),
      ...(Array.isArray(input.deniedParties)
        ? { deniedParties: input.deniedParties.map((x, i) => parseParty(x, `/deniedParties/${i}`)) }
        : {}),
      ...(Array.isArray(input.controlEntries)
        ? { controlEntries: input.controlEntries.map((x, i) => parseControlEntry(x, `/controlEntries/${i}`)) }
        : {}),
    };
    const notice = { ...next, id: randomUUID() };
    await insertDenial(tx, {
      id: notice.id,
      tenantId: p.tenantId,
      applicationId: row.applicationId,
      regimeRef: row.regimeRef,
      revision: row.revision + 1,
      notice: notice as unknown as Json,
      deniedOn: row.deniedOn,
      reviewDate: row.reviewDate,
      createdBy: actorOf(p).name,
    });
    await updateDenial(tx, row.id, { status: 'superseded', supersededBy: notice.id });
    await retract(tx, ctx, p, { kind: 'denial', recordId: row.id });
    await publish(tx, ctx, p, { kind: 'denial', recordId: notice.id, payload: notice });
    await record(tx, ctx, p, {
      action: 'denial.amend',
      subject: { type: 'denial', id: notice.id },
      details: { supersedes: row.id, revision: row.revision + 1 },
    });
    return notice;
  });
}

/** Revokes a denial: it stops matching and is withdrawn from every coalition. */
export async function revokeDenial(ctx: AppContext, p: Principal, id: string, input: { reason?: unknown }) {
  authorise(p, 'denials:write');
  const reason = text(input.reason, '/reason', 20_000);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const row = await own(tx, p, id);
    if (row.status !== 'in_force') throw new DomainError('conflict', `denial ${id} is ${row.status}`);
    const out = await updateDenial(tx, id, { status: 'revoked' });
    const shares = await retract(tx, ctx, p, { kind: 'denial', recordId: id });
    await record(tx, ctx, p, {
      action: 'denial.revoke',
      subject: { type: 'denial', id },
      details: { reason, retracted: shares.length },
    });
    return out;
  });
}

/** Undercut notices addressed to this agency (its denials undercut by an ally): its queue. */
export async function listUndercuts(ctx: AppContext, p: Principal) {
  authorise(p, 'denials:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const rows = (await listShares(tx, 'undercut')).filter((s) => s.tenantId !== p.tenantId);
    for (const r of rows)
      await recordInBoth(tx, ctx, p, {
        other: r.tenantId,
        action: 'coalition.undercut.read',
        subject: { type: 'undercut', id: r.recordId },
        details: { share: r.id },
      });
    return rows.map((r) => ({
      ...(r.payload as Record<string, unknown>),
      shareId: r.id,
      from: r.tenantId,
      publishedAt: r.publishedAt,
      addressedToMe: (r.payload as { denyingAgencyId?: string }).denyingAgencyId === p.tenantId,
    }));
  });
}
