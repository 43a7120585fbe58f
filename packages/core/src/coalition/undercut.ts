/**
 * The no-undercut rule. Before granting an authorisation for a transaction essentially identical
 * to one another member state denied, the agency first consults the denying state; if it grants
 * after consulting, it notifies the other member states and the Commission with the reasons
 * (Reg. (EU) 2021/821 Art. 16(5)). The Wassenaar Arrangement's Initial Elements ask a Participating
 * State to notify the others, within 60 days, of approving a licence for an essentially identical
 * transaction another Participating State denied in the preceding three years (undercut notification).
 *
 * Our gate: an approval is blocked while any essentially-identical match against another agency's
 * denial has no closed consultation; with every consultation closed, approving still needs a written
 * justification and produces an undercut notice to every coalition member.
 */
import { DomainError } from '../common/errors';
import type { DenialMatch } from './match';

export const UNDERCUT_CITATIONS = [
  'Reg. (EU) 2021/821 Art. 16(5): consult the member state(s) that denied an essentially identical transaction; if granting, notify the others with all relevant information explaining the decision',
  'Wassenaar Arrangement Initial Elements: notification within 60 days of approving a licence essentially identical to one denied by another Participating State in the preceding three years',
];
export const DEFAULT_CONSULTATION_DAYS = 30;

export type ConsultationStatus = 'open' | 'answered' | 'closed';

export interface ConsultationState {
  denialId: string;
  status: ConsultationStatus;
}

/** What the gate reads of a match (a UI holding the match as wire data passes the same fields). */
export type GateMatch = Pick<
  DenialMatch,
  'denialId' | 'agencyId' | 'agencyName' | 'regimeRef' | 'essentiallyIdentical'
>;

export interface ApprovalGate<M extends GateMatch = DenialMatch> {
  /** Denials blocking approval: no consultation, or one not yet closed. */
  blocking: { denialId: string; agencyId: string; why: string }[];
  /** Allied denials consulted on: approving undercuts them, which needs a justification and a notice. */
  undercuts: M[];
}

/** Which allied denials an approval would undercut, and which still block it. */
export function approvalGate<M extends GateMatch>(
  matches: readonly M[],
  consultations: readonly ConsultationState[],
  ownAgencyId: string,
): ApprovalGate<M> {
  const blocking: ApprovalGate['blocking'] = [];
  const undercuts: M[] = [];
  for (const m of matches) {
    if (!m.essentiallyIdentical || m.agencyId === ownAgencyId) continue;
    const c = consultations.filter((x) => x.denialId === m.denialId);
    if (!c.length)
      blocking.push({
        denialId: m.denialId,
        agencyId: m.agencyId,
        why: `no consultation with ${m.agencyName} on denial ${m.regimeRef}`,
      });
    else if (!c.some((x) => x.status === 'closed'))
      blocking.push({
        denialId: m.denialId,
        agencyId: m.agencyId,
        why: `the consultation with ${m.agencyName} on denial ${m.regimeRef} is not closed`,
      });
    else undercuts.push(m);
  }
  return { blocking, undercuts };
}

/** Throws unless the approval may go ahead; returns the denials it undercuts. */
export function checkApproval<M extends GateMatch>(gate: ApprovalGate<M>, justification: string | undefined): M[] {
  if (gate.blocking.length)
    throw new DomainError(
      'conflict',
      `approval blocked: ${gate.blocking.map((b) => b.why).join('; ')} (${UNDERCUT_CITATIONS[0]})`,
      { blocking: gate.blocking },
    );
  if (gate.undercuts.length && !justification?.trim())
    throw new DomainError(
      'invalid_input',
      `approving undercuts ${gate.undercuts.map((u) => `${u.agencyName} ${u.regimeRef}`).join(', ')}: a written justification is required, and an undercut notice goes to every coalition member`,
      { pointer: '/undercutJustification' },
    );
  return gate.undercuts;
}

/** The consultation deadline: `days` after opening (default 30; configurable per coalition). */
export function consultationDeadline(openedOn: string, days = DEFAULT_CONSULTATION_DAYS): string {
  return new Date(Date.parse(`${openedOn.slice(0, 10)}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The Wassenaar notification deadline for an undercut: 60 days after the approval. */
export const undercutNotifyBy = (approvedOn: string): string => consultationDeadline(approvedOn, 60);
