/**
 * Licence applications: an exporter submits one to an agency; the agency works it as a case
 * (assignment, notes, questions that stop the clock, advice, countersignature). Matching against
 * the denials the agency can see runs when the agency opens the case (`matchApplication`), so an
 * exporter never learns of other agencies' denials. Each side sees only what the policies allow.
 */
import { authorise, DomainError, notFound, type Json, type Principal } from '@dualuse/core';
import { parseApplication, text, type ApplicationInput } from '@dualuse/core/coalition';
import {
  eventsOf,
  findAgency,
  findApplication,
  findTenantById,
  inTenant,
  insertApplication,
  insertApplicationEvent,
  listApplicationRows,
  updateApplication,
  type ApplicationRow,
  type Orm,
} from '@dualuse/store';
import { record } from '../audit/log';
import { actorOf, uniquely, type AppContext } from '../common';
import { recordInBoth } from './audit-both';
import { evidenceFor } from './evidence';
import { matcherOf, visibleDenials } from './visible-denials';

export async function submitApplication(ctx: AppContext, p: Principal, input: unknown) {
  authorise(p, 'applications:submit');
  const app = parseApplication(input);
  const agency = await inTenant(ctx.db, p.tenantId, (tx) => findAgency(tx, app.agencyId));
  if (!agency)
    throw new DomainError('invalid_input', `${app.agencyId} is not a registered agency`, { pointer: '/agencyId' });
  // Exported from the agency's country: an exporter applies to the authority of the state it exports from.
  const evidence = await evidenceFor(ctx, p, app, agency.country);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const applicant = await findTenantById(tx, p.tenantId);
    const row = await uniquely(`application ${app.reference}`, () =>
      insertApplication(tx, {
        tenantId: p.tenantId,
        agencyId: app.agencyId,
        reference: app.reference,
        applicantName: applicant!.name,
        input: app as unknown as Json,
        evidence: evidence as unknown as Json,
      }),
    );
    await recordInBoth(tx, ctx, p, {
      other: app.agencyId,
      action: 'application.submit',
      subject: { type: 'application', id: row.id },
      details: {
        reference: app.reference,
        agency: app.agencyId,
        destination: app.destination,
        items: app.items.length,
      },
    });
    return row;
  });
}

export async function listApplications(
  ctx: AppContext,
  p: Principal,
  q: { side?: 'applicant' | 'agency'; status?: string } = {},
) {
  authorise(p, 'applications:read');
  return inTenant(ctx.db, p.tenantId, (tx) => listApplicationRows(tx, q.side ?? 'applicant', p.tenantId, q.status));
}

export async function loadApplication(tx: Orm, id: string): Promise<ApplicationRow> {
  const row = await findApplication(tx, id);
  if (!row) throw notFound(`application ${id}`);
  return row;
}

/** The case as its viewer may see it: the applicant gets questions and the decision, the agency everything. */
export async function showApplication(ctx: AppContext, p: Principal, id: string) {
  authorise(p, 'applications:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const row = await loadApplication(tx, id);
    const events = await eventsOf(tx, id);
    const agency = row.agencyId === p.tenantId;
    return { ...row, matches: agency ? row.matches : [], events, clock: clockOf(row, events, ctx.now()) };
  });
}

/** Working days are not modelled: the clock counts calendar days, less the days awaiting the applicant. */
function clockOf(row: ApplicationRow, events: { kind: string; createdAt: Date }[], now: Date) {
  let stopped = 0;
  let since: Date | null = null;
  for (const e of events) {
    if (e.kind === 'question' && !since) since = e.createdAt;
    if (e.kind === 'answer' && since) {
      stopped += e.createdAt.getTime() - since.getTime();
      since = null;
    }
  }
  const end = row.decidedAt ?? now;
  if (since) stopped += end.getTime() - since.getTime();
  const days = (ms: number) => Math.floor(ms / 86_400_000);
  return {
    elapsedDays: days(end.getTime() - row.submittedAt.getTime() - stopped),
    stoppedDays: days(stopped),
    awaitingApplicant: !!since,
  };
}

/** Matches the application against every denial in force the agency can see; stored on the case. */
export async function matchApplication(ctx: AppContext, p: Principal, id: string) {
  authorise(p, 'applications:work');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const row = await agencyCase(tx, p, id);
    const matches = matcherOf(await visibleDenials(tx, ctx, p, `match application ${id}`)).match(
      row.input as unknown as ApplicationInput,
      ctx.now().toISOString().slice(0, 10),
    );
    await updateApplication(tx, id, {
      matches: matches as unknown as Json,
      status: row.status === 'submitted' ? 'in_review' : row.status,
    });
    await record(tx, ctx, p, {
      action: 'application.match',
      subject: { type: 'application', id },
      details: matches.map((m) => ({
        denial: m.denialId,
        agency: m.agencyId,
        essentiallyIdentical: m.essentiallyIdentical,
        score: m.score,
      })) as unknown as Json as { [k: string]: Json },
    });
    return matches;
  });
}

export async function agencyCase(tx: Orm, p: Principal, id: string): Promise<ApplicationRow> {
  const row = await loadApplication(tx, id);
  if (row.agencyId !== p.tenantId)
    throw new DomainError('forbidden', `application ${id} is not addressed to this agency`);
  return row;
}

type CaseAct = 'assign' | 'note' | 'question' | 'advice' | 'countersign' | 'answer';
const PERMISSION = {
  assign: 'applications:work',
  note: 'applications:work',
  question: 'applications:work',
  advice: 'applications:advise',
  countersign: 'applications:countersign',
  answer: 'applications:submit',
} as const;

/** One act on a case; `answer` is the applicant's, the rest the agency's. */
export async function actOnApplication(
  ctx: AppContext,
  p: Principal,
  id: string,
  body: { act: CaseAct; text?: unknown; to?: unknown; advice?: unknown },
) {
  const { act } = body;
  authorise(p, PERMISSION[act]);
  const message = act === 'assign' ? text(body.to, '/to', 200) : text(body.text, '/text', 20_000);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const row = act === 'answer' ? await loadApplication(tx, id) : await agencyCase(tx, p, id);
    if (act === 'answer' && row.tenantId !== p.tenantId)
      throw new DomainError('forbidden', 'only the applicant answers');
    if (row.decidedAt) throw new DomainError('conflict', `application ${id} is decided`);
    const me = actorOf(p).name;
    if (act === 'countersign') {
      if (row.assignedTo === me)
        throw new DomainError('conflict', 'the countersigner must be a second officer, not the case officer');
      await updateApplication(tx, id, { countersignedBy: me });
    }
    if (act === 'assign') await updateApplication(tx, id, { assignedTo: message, status: 'in_review' });
    const kind = act === 'assign' ? 'note' : act;
    const payload = {
      text: message,
      ...(act === 'advice' && typeof body.advice === 'string' ? { advice: body.advice } : {}),
      ...(act === 'assign' ? { assigned: message } : {}),
    };
    const event = await insertApplicationEvent(tx, {
      tenantId: p.tenantId,
      applicationId: id,
      kind,
      body: payload,
      author: me,
    });
    const other = act === 'answer' ? row.agencyId : act === 'question' ? row.tenantId : p.tenantId;
    await recordInBoth(tx, ctx, p, {
      other,
      action: `application.${act}`,
      subject: { type: 'application', id },
      details: payload,
    });
    return event;
  });
}
