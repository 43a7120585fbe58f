/**
 * The coalition flow with agencies on other deployments, by signed notices (notices.ts): a denial, amendment or
 * revocation exported from the register; no-undercut consultation messages (Reg. (EU) 2021/821 Art. 16(5)) —
 * question, the denying agency's answer, the consulting agency's outcome; the undercut notice an approval sends.
 * Imported partner denials join the denials an agency matches against (visible-denials.ts).
 */
import { randomUUID } from 'node:crypto';
import { authorise, DomainError, invalidInput, notFound, type Json, type Principal } from '@dualuse/core';
import {
  consultationDeadline,
  consultationStatesFromNotices,
  redactDenial,
  text,
  UNDERCUT_CITATIONS,
  undercutNotifyBy,
  type ConsultationNoticeBody,
  type ConsultationState,
  type DenialMatch,
  type DenialNotice,
  type SignedNotice,
} from '@dualuse/core/coalition';
import { denialHistory, findDenial, inTenant, type AgencyRow, type Orm } from '@dualuse/store';
import type { AppContext } from '../common';
import { agencyCase } from './applications';
import { importedDenials, issueNotice, storedNotices } from './notices';
import { myCoalitions } from './publish';

type Body = { [key: string]: Json };

/**
 * The fields a denial notice leaving this deployment withholds: those any coalition of this agency that shares
 * denials withholds (the union: a signed notice can be forwarded to any partner, so the strictest redaction holds).
 * Withheld before signing, so the value is absent from the signed body and the signature covers the redacted text.
 */
async function exportWithheld(tx: Orm, agency: string): Promise<string[]> {
  const coalitions = (await myCoalitions(tx, agency)).filter((c) => c.shares.includes('denial'));
  return [...new Set(coalitions.flatMap((c) => c.withheld))].sort();
}

/** Signs the current state of one of this agency's denials: notified, amended (superseding) or revoked. */
export async function exportDenialNotice(ctx: AppContext, p: Principal, denialId: string): Promise<SignedNotice> {
  authorise(p, 'notices:send');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const row = await findDenial(tx, denialId);
    if (!row || row.tenantId !== p.tenantId) throw notFound(`denial ${denialId} of this agency`);
    if (row.supersededBy)
      throw new DomainError(
        'conflict',
        `denial ${denialId} was superseded by ${row.supersededBy}: export that revision`,
      );
    const notice = { ...(row.notice as unknown as DenialNotice), id: row.id, status: 'in_force' as const };
    const denial = redactDenial(notice, await exportWithheld(tx, p.tenantId)) as unknown as Json;
    if (row.status === 'revoked')
      return issueNotice(tx, ctx, p, {
        id: `${row.id}:revoked`,
        kind: 'denial_revoked',
        body: {
          denialId: row.id,
          regimeRef: row.regimeRef,
          reason: `revoked by the notifying agency (${row.regimeRef})`,
        },
      });
    if (row.revision === 1) return issueNotice(tx, ctx, p, { id: row.id, kind: 'denial', body: { denial } });
    const previous = (await denialHistory(tx, row.regimeRef)).find((d) => d.revision === row.revision - 1);
    return issueNotice(tx, ctx, p, {
      id: row.id,
      kind: 'denial_amended',
      body: { denial, supersedes: previous?.id ?? row.id },
    });
  });
}

/** Consultations held by signed messages on an application, for the approval gate. */
export async function remoteConsultationStates(
  tx: Orm,
  p: Principal,
  applicationId: string,
): Promise<ConsultationState[]> {
  return consultationStatesFromNotices(await storedNotices(tx, 'consultation'), applicationId, p.tenantId);
}

/** Opens a consultation with the partner whose imported denial the application matches: a signed question. */
export async function consultPartner(ctx: AppContext, p: Principal, input: Record<string, unknown>) {
  authorise(p, 'notices:send');
  const applicationId = text(input.applicationId, '/applicationId', 40);
  const denialId = text(input.denialId, '/denialId', 200);
  const question = text(input.question, '/question', 20_000);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    await agencyCase(tx, p, applicationId);
    const denial = (await importedDenials(tx, p)).find((d) => d.id === denialId);
    if (!denial) throw invalidInput(`/denialId: no partner denial ${denialId} in force was imported here`, '/denialId');
    const today = ctx.now().toISOString().slice(0, 10);
    const body: ConsultationNoticeBody = {
      thread: randomUUID(),
      applicationId,
      denialId,
      regimeRef: denial.regimeRef,
      denyingAgencyId: denial.agencyId,
      message: 'question',
      text: question,
      deadline: consultationDeadline(today),
    };
    return issueNotice(tx, ctx, p, { id: randomUUID(), kind: 'consultation', body: body as unknown as Body });
  });
}

/** The denying agency's signed answer, or the consulting agency's signed outcome (after an answer). */
export async function replyToConsultation(ctx: AppContext, p: Principal, input: Record<string, unknown>) {
  authorise(p, 'notices:send');
  const thread = text(input.thread, '/thread', 200);
  const kind = input.kind;
  if (kind !== 'answer' && kind !== 'outcome') throw invalidInput('/kind: expected answer or outcome', '/kind');
  const message = text(input.text, '/text', 20_000);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const notices = (await storedNotices(tx, 'consultation')).filter(
      (n) => (n.body as unknown as ConsultationNoticeBody).thread === thread,
    );
    const question = notices.find((n) => (n.body as unknown as ConsultationNoticeBody).message === 'question');
    if (!question) throw notFound(`consultation thread ${thread}`);
    const q = question.body as unknown as ConsultationNoticeBody;
    if (kind === 'answer' && q.denyingAgencyId !== p.tenantId)
      throw new DomainError('forbidden', 'only the denying agency answers the consultation');
    if (kind === 'outcome' && question.issuer.agencyId !== p.tenantId)
      throw new DomainError('forbidden', 'only the consulting agency records the outcome');
    const answered = notices.some(
      (n) =>
        (n.body as unknown as ConsultationNoticeBody).message === 'answer' && n.issuer.agencyId === q.denyingAgencyId,
    );
    if (kind === 'outcome' && !answered)
      throw new DomainError('conflict', `consultation ${thread} has no answer from the denying agency yet`);
    const { deadline: _d, ...rest } = q;
    const body: ConsultationNoticeBody = { ...rest, message: kind, text: message };
    return issueNotice(tx, ctx, p, { id: randomUUID(), kind: 'consultation', body: body as unknown as Body });
  });
}

/** The signed undercut notice an approval sends when it undercuts a partner's imported denial. */
/** The body of an undercut notice, the same whether shared in this deployment or signed for another. */
export const undercutPayload = (a: {
  applicationId: string;
  agency: AgencyRow;
  match: DenialMatch;
  justification: string;
  today: string;
}) => ({
  applicationId: a.applicationId,
  approvingAgency: { id: a.agency.tenantId, name: a.agency.name, country: a.agency.country },
  denialId: a.match.denialId,
  denyingAgencyId: a.match.agencyId,
  regimeRef: a.match.regimeRef,
  justification: a.justification,
  approvedOn: a.today,
  notifyBy: undercutNotifyBy(a.today),
  explanation: a.match.explanation,
  citations: UNDERCUT_CITATIONS,
});

export async function remoteUndercut(
  tx: Orm,
  ctx: AppContext,
  p: Principal,
  a: { applicationId: string; agency: AgencyRow; match: DenialMatch; justification: string; today: string },
): Promise<SignedNotice> {
  const body = undercutPayload(a);
  return issueNotice(tx, ctx, p, {
    id: `undercut:${a.applicationId}:${a.match.denialId}`,
    kind: 'undercut',
    body: body as unknown as Body,
  });
}
