/**
 * Control proposals (issue 16 §4): draft → consultation (advisers invited by actor id: the
 * per-proposal adviser role) → decided. Only invited advisers comment, only during consultation;
 * every step is audited with the proposal id. Criteria are stored with their reasons, never summed.
 */
import { authorise, conflict, DomainError, invalidInput, notFound, type Principal } from '@dualuse/core';
import { canTransition, DECISIONS, parseDraft, type ProposalDraft, type ProposalStatus } from '@dualuse/core/vendors';
import {
  commentsOfProposal,
  findTechProposal,
  inTenant,
  insertTechProposal,
  insertTechProposalComment,
  listTechProposals,
  updateTechProposal,
  type Orm,
  type TechProposalRow,
} from '@dualuse/store';
import { record } from '../audit/log';
import { actorOf, type AppContext } from '../common';

export interface ProposalView {
  id: string;
  title: string;
  /** Stored by this module only, through canTransition: one of PROPOSAL_STATUSES. */
  status: ProposalStatus;
  draft: ProposalDraft;
  advisers: string[];
  decision: { decision: (typeof DECISIONS)[number]; reason: string; by: string; at: string } | null;
  comments: { author: { id: string; name: string; role: string }; body: string; at: string }[];
  createdBy: string;
  createdAt: string;
}

async function view(tx: Orm, r: TechProposalRow): Promise<ProposalView> {
  const comments = await commentsOfProposal(tx, r.id);
  return {
    id: r.id,
    title: r.title,
    status: r.status as ProposalStatus,
    draft: r.draft as ProposalDraft,
    advisers: r.advisers as string[],
    decision:
      r.decision && r.decisionReason
        ? {
            decision: r.decision as (typeof DECISIONS)[number],
            reason: r.decisionReason,
            by: r.decidedBy ?? '',
            at: r.decidedAt?.toISOString() ?? '',
          }
        : null,
    comments: comments.map((c) => ({
      author: c.author as ProposalView['comments'][number]['author'],
      body: c.body,
      at: c.createdAt.toISOString(),
    })),
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
  };
}

async function load(tx: Orm, id: string): Promise<TechProposalRow> {
  const r = await findTechProposal(tx, id, true);
  if (!r) throw notFound(`proposal "${id}"`);
  return r;
}

export async function draftProposal(ctx: AppContext, p: Principal, input: unknown): Promise<ProposalView> {
  authorise(p, 'emerging:propose');
  const draft = parseDraft(input);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const r = await insertTechProposal(tx, {
      tenantId: p.tenantId,
      title: draft.title,
      draft,
      createdBy: actorOf(p).id,
    });
    await record(tx, ctx, p, {
      action: 'emerging.propose',
      subject: { type: 'proposal', id: r.id },
      details: { title: draft.title, areas: draft.areas, criteria: draft.criteria },
    });
    return view(tx, r);
  });
}

export async function inviteAdvisers(
  ctx: AppContext,
  p: Principal,
  id: string,
  advisers: string[],
): Promise<ProposalView> {
  authorise(p, 'emerging:propose');
  if (!Array.isArray(advisers) || !advisers.length || advisers.some((a) => typeof a !== 'string' || !a.trim()))
    throw invalidInput('advisers: one or more actor ids (user or API-key ids)', '/advisers');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const r = await load(tx, id);
    const why = canTransition(r.status as 'draft', 'consultation');
    if (why) throw conflict(why);
    const next = await updateTechProposal(tx, id, { status: 'consultation', advisers: [...new Set(advisers)] });
    await record(tx, ctx, p, { action: 'emerging.consult', subject: { type: 'proposal', id }, details: { advisers } });
    return view(tx, next);
  });
}

export async function commentOnProposal(
  ctx: AppContext,
  p: Principal,
  id: string,
  body: string,
): Promise<ProposalView> {
  authorise(p, 'emerging:comment');
  if (typeof body !== 'string' || !body.trim()) throw invalidInput('body: the comment text is required', '/body');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const r = await load(tx, id);
    if (r.status !== 'consultation')
      throw conflict(`proposal is "${r.status}": comments are taken during consultation only`);
    const actor = actorOf(p);
    if (!(r.advisers as string[]).includes(actor.id))
      throw new DomainError('forbidden', 'only the advisers invited to this proposal may comment on it');
    await insertTechProposalComment(tx, {
      tenantId: p.tenantId,
      proposalId: id,
      author: { id: actor.id, name: actor.name, role: actor.role },
      body: body.trim(),
    });
    await record(tx, ctx, p, {
      action: 'emerging.comment',
      subject: { type: 'proposal', id },
      details: { length: body.length },
    });
    return view(tx, r);
  });
}

export async function decideProposal(
  ctx: AppContext,
  p: Principal,
  id: string,
  d: { decision: string; reason: string },
): Promise<ProposalView> {
  authorise(p, 'emerging:decide');
  if (!(DECISIONS as readonly string[]).includes(d.decision))
    throw invalidInput(`decision: one of ${DECISIONS.join(', ')}`, '/decision');
  if (!d.reason?.trim()) throw invalidInput('reason: the decision is recorded with its reason', '/reason');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const r = await load(tx, id);
    const why = canTransition(r.status as 'consultation', 'decided');
    if (why) throw conflict(why);
    const comments = await commentsOfProposal(tx, id);
    const next = await updateTechProposal(tx, id, {
      status: 'decided',
      decision: d.decision,
      decisionReason: d.reason.trim(),
      decidedBy: actorOf(p).id,
      decidedAt: ctx.now(),
    });
    await record(tx, ctx, p, {
      action: 'emerging.decide',
      subject: { type: 'proposal', id },
      details: { decision: d.decision, reason: d.reason, comments: comments.length },
    });
    return view(tx, next);
  });
}

export async function getProposal(ctx: AppContext, p: Principal, id: string): Promise<ProposalView> {
  authorise(p, 'emerging:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const r = await findTechProposal(tx, id);
    if (!r) throw notFound(`proposal "${id}"`);
    return view(tx, r);
  });
}

export async function listProposals(ctx: AppContext, p: Principal): Promise<ProposalView[]> {
  authorise(p, 'emerging:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => Promise.all((await listTechProposals(tx)).map((r) => view(tx, r))));
}
