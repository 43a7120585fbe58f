/**
 * Stakeholder consultation on a draft S&T agreement (issue 15 item 4): an agency opens a comment period,
 * stakeholders (other tenants: companies, universities) comment, the agency answers each comment. Each
 * step is recorded in the audit log of the tenant that takes it; row-level security keeps each tenant's
 * rows its own and opens only the reads the workflow needs.
 */
import { authorise, invalidInput, notFound, type Json, type Principal } from '@dualuse/core';
import { parseAgreement } from '@dualuse/core/policy';
import {
  closeConsultationRow,
  commentsOn,
  findComment,
  findConsultation,
  inTenant,
  insertComment,
  insertConsultation,
  insertResponse,
  listConsultationRows,
  responsesTo,
  type ConsultationRow,
} from '@dualuse/store';
import { record } from '../audit/index';
import { actorOf, type AppContext } from '../common';

export interface ConsultationView {
  id: string;
  title: string;
  agreementKey: string;
  closesOn: string;
  status: string;
  own: boolean;
  createdAt: string;
}

const view = (r: ConsultationRow, p: Principal): ConsultationView => ({
  id: r.id,
  title: r.title,
  agreementKey: r.agreementKey,
  closesOn: r.closesOn,
  status: r.status,
  own: r.tenantId === p.tenantId,
  createdAt: r.createdAt.toISOString(),
});
const today = (ctx: AppContext) => ctx.now().toISOString().slice(0, 10);

export async function openConsultation(
  ctx: AppContext,
  p: Principal,
  input: { title: string; draft: unknown; closesOn: string },
  requestId?: string | null,
): Promise<ConsultationView> {
  authorise(p, 'policy:decide');
  if (!input.title?.trim()) throw invalidInput('/title: required', '/title');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.closesOn ?? '') || input.closesOn < today(ctx))
    throw invalidInput('/closesOn: a date (YYYY-MM-DD) not in the past', '/closesOn');
  const draft = parseAgreement(input.draft);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const row = await insertConsultation(tx, {
      tenantId: p.tenantId,
      title: input.title.trim(),
      agreementKey: draft.id,
      draft: draft as unknown as Json,
      closesOn: input.closesOn,
      createdBy: actorOf(p).name,
    });
    await record(tx, ctx, p, {
      action: 'policy.consultation.open',
      subject: { type: 'policy_consultation', id: row.id },
      details: { title: row.title, agreement: draft.id, closesOn: input.closesOn },
      requestId: requestId ?? null,
    });
    return view(row, p);
  });
}

/** Open consultations of every agency, and the caller's own (open or closed). */
export async function consultations(ctx: AppContext, p: Principal): Promise<ConsultationView[]> {
  authorise(p, 'policy:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => (await listConsultationRows(tx)).map((r) => view(r, p)));
}

export async function submitComment(
  ctx: AppContext,
  p: Principal,
  consultationId: string,
  input: { organisation: string; body: string; requestId?: string | null },
) {
  authorise(p, 'policy:run');
  if (!input.body?.trim()) throw invalidInput('/body: required', '/body');
  if (!input.organisation?.trim()) throw invalidInput('/organisation: required', '/organisation');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const c = await findConsultation(tx, consultationId);
    if (!c) throw notFound(`consultation ${consultationId}`);
    if (c.status !== 'open' || c.closesOn < today(ctx))
      throw invalidInput(`consultation ${consultationId} is closed (closed on ${c.closesOn})`, '/body');
    const row = await insertComment(tx, {
      consultationId,
      tenantId: p.tenantId,
      organisation: input.organisation.trim(),
      body: input.body.trim(),
      createdBy: actorOf(p).name,
    });
    await record(tx, ctx, p, {
      action: 'policy.consultation.comment',
      subject: { type: 'policy_consultation_comment', id: row.id },
      details: { consultation: consultationId, organisation: row.organisation, chars: row.body.length },
      requestId: input.requestId ?? null,
    });
    return {
      id: row.id,
      consultationId,
      organisation: row.organisation,
      body: row.body,
      createdAt: row.createdAt.toISOString(),
    };
  });
}

/**
 * The comments the caller may see on a consultation (all of them for the agency; its own for a stakeholder), each with
 * its answers.
 */
export async function consultationComments(ctx: AppContext, p: Principal, consultationId: string) {
  authorise(p, 'policy:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const comments = await commentsOn(tx, consultationId);
    const answers = await responsesTo(
      tx,
      comments.map((c) => c.id),
    );
    return comments.map((c) => ({
      id: c.id,
      organisation: c.organisation,
      body: c.body,
      own: c.tenantId === p.tenantId,
      createdAt: c.createdAt.toISOString(),
      responses: answers
        .filter((a) => a.commentId === c.id)
        .map((a) => ({ body: a.body, createdAt: a.createdAt.toISOString() })),
    }));
  });
}

export async function respondToComment(
  ctx: AppContext,
  p: Principal,
  commentId: string,
  reply: { body: string; requestId?: string | null },
) {
  const { body, requestId } = reply;
  authorise(p, 'policy:decide');
  if (!body?.trim()) throw invalidInput('/body: required', '/body');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const comment = await findComment(tx, commentId);
    const consultation = comment && (await findConsultation(tx, comment.consultationId));
    // Only the agency that opened the consultation answers its comments.
    if (!comment || !consultation || consultation.tenantId !== p.tenantId) throw notFound(`comment ${commentId}`);
    const row = await insertResponse(tx, {
      commentId,
      tenantId: p.tenantId,
      body: body.trim(),
      createdBy: actorOf(p).name,
    });
    await record(tx, ctx, p, {
      action: 'policy.consultation.respond',
      subject: { type: 'policy_consultation_comment', id: commentId },
      details: { consultation: consultation.id, response: row.id },
      requestId: requestId ?? null,
    });
    return { id: row.id, commentId, body: row.body };
  });
}

export async function closeConsultation(ctx: AppContext, p: Principal, id: string, requestId?: string | null) {
  authorise(p, 'policy:decide');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const c = await findConsultation(tx, id);
    if (!c || c.tenantId !== p.tenantId) throw notFound(`consultation ${id}`);
    await closeConsultationRow(tx, id);
    await record(tx, ctx, p, {
      action: 'policy.consultation.close',
      subject: { type: 'policy_consultation', id },
      details: { comments: (await commentsOn(tx, id)).length },
      requestId: requestId ?? null,
    });
    return { ...view(c, p), status: 'closed' };
  });
}
