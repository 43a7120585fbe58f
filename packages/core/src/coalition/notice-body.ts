/**
 * What a signed notice says, by kind, and what a receiving agency makes of the notices it imported:
 * the partner denials in force (a denial, superseded by an amendment, withdrawn by a revocation —
 * Reg. (EU) 2021/821 Art. 16(2)-(3)) and the state of no-undercut consultations held by signed
 * messages (Art. 16(5)). An issuer speaks only for itself: a denial, amendment or revocation whose
 * agency is not the notice's issuer is refused, and a consultation answer counts only when the
 * denying agency signed it.
 */
import { invalidInput } from '../common/errors';
import type { CoalitionNotice, NoticeKind } from './notice';
import type { DenialNotice } from './model';
import { country, parseControlEntry, parseParty, text } from './parse';
import type { ConsultationState } from './undercut';

type Obj = Record<string, unknown>;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const bad = (message: string, at: string) => invalidInput(`${at}: ${message}`, at);
const obj = (v: unknown, at: string): Obj => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw bad('expected a JSON object', at);
  return v as Obj;
};
const date = (v: unknown, at: string): string => {
  if (typeof v !== 'string' || !DATE.test(v) || Number.isNaN(Date.parse(v))) throw bad('expected YYYY-MM-DD', at);
  return v;
};
const array = (v: unknown, at: string): unknown[] => {
  if (!Array.isArray(v) || v.length > 500) throw bad('expected an array of at most 500 entries', at);
  return v;
};

export type ConsultationMessageKind = 'question' | 'answer' | 'outcome';

/** The body of a `consultation` notice: one message in a thread the consulting agency opened. */
export interface ConsultationNoticeBody {
  /** Chosen by the consulting agency; every message of the consultation carries it. */
  thread: string;
  /** The consulting agency's application (an id on its deployment). */
  applicationId: string;
  denialId: string;
  regimeRef: string;
  /** The agency whose denial is consulted on (its id on its own deployment). */
  denyingAgencyId: string;
  message: ConsultationMessageKind;
  text: string;
  /** The answer deadline the consulting agency set (questions only). */
  deadline?: string;
}

function parseDenialBody(v: unknown, at: string, issuer: CoalitionNotice['issuer']): DenialNotice {
  const o = obj(v, at);
  if (o.agencyId !== issuer.agencyId)
    throw bad('an agency notifies only its own denials (issuer.agencyId)', `${at}/agencyId`);
  if (o.agencyCountry !== issuer.country)
    throw bad(`expected the issuer's country ${issuer.country}`, `${at}/agencyCountry`);
  const withheld = o.withheld === undefined ? undefined : array(o.withheld, `${at}/withheld`).map(String);
  return {
    id: text(o.id, `${at}/id`, 200),
    agencyId: issuer.agencyId,
    agencyName: text(o.agencyName, `${at}/agencyName`, 200),
    agencyCountry: issuer.country,
    regimeRef: text(o.regimeRef, `${at}/regimeRef`, 200),
    controlEntries: array(o.controlEntries, `${at}/controlEntries`).map((c, i) =>
      parseControlEntry(c, `${at}/controlEntries/${i}`),
    ),
    item: text(o.item, `${at}/item`, 4000),
    destination: country(o.destination, `${at}/destination`),
    endUse: text(o.endUse, `${at}/endUse`, 4000),
    reason: text(o.reason, `${at}/reason`, 20_000),
    criteria: array(o.criteria, `${at}/criteria`).map((c, i) => text(c, `${at}/criteria/${i}`, 200)),
    deniedParties: array(o.deniedParties, `${at}/deniedParties`).map((p, i) =>
      parseParty(p, `${at}/deniedParties/${i}`),
    ),
    deniedOn: date(o.deniedOn, `${at}/deniedOn`),
    reviewDate: date(o.reviewDate, `${at}/reviewDate`),
    status: 'in_force',
    ...(withheld?.length ? { withheld } : {}),
  };
}

function parseConsultationBody(o: Obj, at: string): ConsultationNoticeBody {
  const message = o.message;
  if (message !== 'question' && message !== 'answer' && message !== 'outcome')
    throw bad('expected question, answer or outcome', `${at}/message`);
  return {
    thread: text(o.thread, `${at}/thread`, 200),
    applicationId: text(o.applicationId, `${at}/applicationId`, 200),
    denialId: text(o.denialId, `${at}/denialId`, 200),
    regimeRef: text(o.regimeRef, `${at}/regimeRef`, 200),
    denyingAgencyId: text(o.denyingAgencyId, `${at}/denyingAgencyId`, 200),
    message,
    text: text(o.text, `${at}/text`, 20_000),
    ...(o.deadline !== undefined ? { deadline: date(o.deadline, `${at}/deadline`) } : {}),
  };
}

/**
 * Checks a notice's body against its kind (every defect named by pointer) and that the issuer speaks
 * for itself. Returns the body as the receiving agency stores it.
 */
export function checkNoticeBody(n: CoalitionNotice): { [key: string]: unknown } {
  const at = '/notice/body';
  const b = n.body as Obj;
  const checks: Record<NoticeKind, () => { [key: string]: unknown }> = {
    denial: () => ({ denial: parseDenialBody(b.denial, `${at}/denial`, n.issuer) }),
    denial_amended: () => ({
      denial: parseDenialBody(b.denial, `${at}/denial`, n.issuer),
      supersedes: text(b.supersedes, `${at}/supersedes`, 200),
    }),
    denial_revoked: () => ({
      denialId: text(b.denialId, `${at}/denialId`, 200),
      regimeRef: text(b.regimeRef, `${at}/regimeRef`, 200),
      reason: text(b.reason, `${at}/reason`, 20_000),
    }),
    undercut: () => {
      const approving = obj(b.approvingAgency, `${at}/approvingAgency`);
      if (approving.id !== n.issuer.agencyId)
        throw bad('an agency notifies only its own approvals (issuer.agencyId)', `${at}/approvingAgency/id`);
      text(b.denialId, `${at}/denialId`, 200);
      text(b.justification, `${at}/justification`, 20_000);
      date(b.approvedOn, `${at}/approvedOn`);
      return b;
    },
    consultation: () => ({ ...parseConsultationBody(b, at) }),
  };
  return checks[n.kind]();
}

/** The partner denials in force from imported notices: later amendments supersede, revocations withdraw. */
export function denialsFromNotices(notices: readonly CoalitionNotice[]): DenialNotice[] {
  const byId = new Map<string, DenialNotice>();
  const gone = new Set<string>();
  const ordered = [...notices].sort((a, b) => a.issuedAt.localeCompare(b.issuedAt));
  const own = (id: string, n: CoalitionNotice) => byId.get(id)?.agencyId === n.issuer.agencyId;
  for (const n of ordered) {
    const b = n.body as { denial?: DenialNotice; supersedes?: string; denialId?: string };
    if ((n.kind === 'denial' || n.kind === 'denial_amended') && b.denial) byId.set(b.denial.id, b.denial);
    if (n.kind === 'denial_amended' && b.supersedes && own(b.supersedes, n)) gone.add(b.supersedes);
    if (n.kind === 'denial_revoked' && b.denialId && own(b.denialId, n)) gone.add(b.denialId);
  }
  return [...byId.values()].filter((d) => !gone.has(d.id));
}

/**
 * The consultations an application's agency held by signed messages, as the approval gate reads them
 * (core/coalition/undercut.ts): open after the question, answered once the denying agency signed an
 * answer, closed once the consulting agency signed its outcome after an answer.
 */
export function consultationStatesFromNotices(
  notices: readonly CoalitionNotice[],
  applicationId: string,
  ownAgencyId: string,
): ConsultationState[] {
  const threads = new Map<string, { denialId: string; denying: string; answered: boolean; closed: boolean }>();
  const ordered = [...notices].sort((a, b) => a.issuedAt.localeCompare(b.issuedAt));
  for (const n of ordered) {
    if (n.kind !== 'consultation') continue;
    const b = n.body as unknown as ConsultationNoticeBody;
    if (b.applicationId !== applicationId) continue;
    const t = threads.get(b.thread);
    if (b.message === 'question' && !t && n.issuer.agencyId === ownAgencyId)
      threads.set(b.thread, { denialId: b.denialId, denying: b.denyingAgencyId, answered: false, closed: false });
    if (b.message === 'answer' && t && n.issuer.agencyId === t.denying) t.answered = true;
    if (b.message === 'outcome' && t?.answered && n.issuer.agencyId === ownAgencyId) t.closed = true;
  }
  return [...threads.values()].map((t) => ({
    denialId: t.denialId,
    status: t.closed ? 'closed' : t.answered ? 'answered' : 'open',
  }));
}
