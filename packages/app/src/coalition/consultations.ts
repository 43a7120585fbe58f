/**
 * No-undercut consultations (Reg. (EU) 2021/821 Art. 16(5)): the agency about to grant what an
 * ally denied asks that ally; the ally answers; the asking agency closes it with an outcome. Both
 * agencies see it (migration 0012's policy); each step is audited in both chains.
 */
import { authorise, DomainError, invalidInput, notFound, type Principal } from '@dualuse/core';
import { consultationDeadline, text, type DenialNotice } from '@dualuse/core/coalition';
import {
  findCoalitionConsultation,
  findCoalition,
  inTenant,
  insertCoalitionConsultation,
  insertConsultationMessage,
  listCoalitionConsultationRows,
  listShares,
  messagesOf,
  updateConsultation,
  type CoalitionConsultationRow,
  type Orm,
} from '@dualuse/store';
import { actorOf, uniquely, type AppContext } from '../common';
import { agencyCase } from './applications';
import { recordInBoth } from './audit-both';

export async function openCoalitionConsultation(
  ctx: AppContext,
  p: Principal,
  input: { applicationId?: unknown; denialId?: unknown; question?: unknown },
) {
  authorise(p, 'consultations:write');
  const applicationId = text(input.applicationId, '/applicationId', 40);
  const denialId = text(input.denialId, '/denialId', 40);
  const question = text(input.question, '/question', 20_000);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    await agencyCase(tx, p, applicationId);
    const share = (await listShares(tx, 'denial')).find(
      (s) => (s.payload as unknown as DenialNotice).id === denialId && s.tenantId !== p.tenantId,
    );
    if (!share) throw invalidInput(`no ally's denial ${denialId} is shared with this agency`, '/denialId');
    const coalition = await findCoalition(tx, share.coalitionId);
    const today = ctx.now().toISOString().slice(0, 10);
    const row = await uniquely(`consultation on denial ${denialId} for application ${applicationId}`, () =>
      insertCoalitionConsultation(tx, {
        tenantId: p.tenantId,
        counterpartId: share.tenantId,
        applicationId,
        shareId: share.id,
        denialRef: denialId,
        deadline: consultationDeadline(today, coalition?.consultationDays),
      }),
    );
    await insertConsultationMessage(tx, {
      tenantId: p.tenantId,
      consultationId: row.id,
      kind: 'question',
      body: question,
      author: actorOf(p).name,
    });
    await recordInBoth(tx, ctx, p, {
      other: share.tenantId,
      action: 'consultation.open',
      subject: { type: 'consultation', id: row.id },
      details: { application: applicationId, denial: denialId, deadline: row.deadline },
    });
    return row;
  });
}

async function load(tx: Orm, id: string): Promise<CoalitionConsultationRow> {
  const c = await findCoalitionConsultation(tx, id);
  if (!c) throw notFound(`consultation ${id}`);
  return c;
}

/** A question (either side) or an answer (the denying agency): an answer marks it answered. */
export async function postConsultationMessage(
  ctx: AppContext,
  p: Principal,
  id: string,
  input: { kind?: unknown; text?: unknown },
) {
  authorise(p, 'consultations:write');
  const kind = input.kind ?? 'answer';
  if (kind !== 'question' && kind !== 'answer') throw invalidInput('expected question or answer', '/kind');
  const body = text(input.text, '/text', 20_000);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const c = await load(tx, id);
    if (c.status === 'closed') throw new DomainError('conflict', `consultation ${id} is closed`);
    if (kind === 'answer' && c.counterpartId !== p.tenantId)
      throw new DomainError('forbidden', 'only the denying agency answers');
    const m = await insertConsultationMessage(tx, {
      tenantId: p.tenantId,
      consultationId: id,
      kind,
      body,
      author: actorOf(p).name,
    });
    if (kind === 'answer') await updateConsultation(tx, id, { status: 'answered' });
    const other = c.tenantId === p.tenantId ? c.counterpartId : c.tenantId;
    await recordInBoth(tx, ctx, p, {
      other,
      action: `consultation.${kind}`,
      subject: { type: 'consultation', id },
      details: { text: body },
    });
    return m;
  });
}

export async function closeCoalitionConsultation(
  ctx: AppContext,
  p: Principal,
  id: string,
  input: { outcome?: unknown },
) {
  authorise(p, 'consultations:write');
  const outcome = text(input.outcome, '/outcome', 20_000);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const c = await load(tx, id);
    if (c.tenantId !== p.tenantId)
      throw new DomainError('forbidden', 'only the consulting agency closes the consultation');
    if (c.status === 'open')
      throw new DomainError('conflict', `consultation ${id} has no answer from the denying agency yet`);
    const row = await updateConsultation(tx, id, { status: 'closed', outcome });
    await insertConsultationMessage(tx, {
      tenantId: p.tenantId,
      consultationId: id,
      kind: 'outcome',
      body: outcome,
      author: actorOf(p).name,
    });
    await recordInBoth(tx, ctx, p, {
      other: c.counterpartId,
      action: 'consultation.close',
      subject: { type: 'consultation', id },
      details: { outcome },
    });
    return row;
  });
}

/** Consultations this agency opened or is asked in (its queue), with messages. */
export async function listConsultations(ctx: AppContext, p: Principal, q: { applicationId?: string } = {}) {
  authorise(p, 'consultations:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const rows = await listCoalitionConsultationRows(tx, q.applicationId);
    const today = ctx.now().toISOString().slice(0, 10);
    return Promise.all(
      rows.map(async (c) => ({
        ...c,
        role: c.tenantId === p.tenantId ? 'consulting' : 'denying',
        overdue: c.status !== 'closed' && c.deadline < today,
        messages: await messagesOf(tx, c.id),
      })),
    );
  });
}
