/**
 * The agency's decision on an application: approve, approve with provisos, or refuse with criteria
 * (core/coalition/criteria.ts). A decision needs the case countersigned by a second officer first.
 * A refusal creates a denial notice and shares it with the agency's coalitions; an approval is
 * held to the no-undercut gate (core/coalition/undercut.ts), issues the licence into the
 * exporter's register (the held-licence machinery), and — when it undercuts an ally's denial —
 * publishes an undercut notice to every member.
 */
import { randomUUID } from 'node:crypto';
import { authorise, DomainError, invalidInput, parseLicence, type Json, type Principal } from '@dualuse/core';
import {
  approvalGate,
  checkApproval,
  checkRefusalCriteria,
  controlKeys,
  DECISION_KINDS,
  DENIAL_REVIEW_CITATION,
  denialFromApplication,
  text,
  type ApplicationInput,
  type DenialMatch,
} from '@dualuse/core/coalition';
import {
  findAgency,
  inTenant,
  insertDenial,
  insertLicence,
  listCoalitionConsultationRows,
  updateApplication,
  withinTenant,
  type AgencyRow,
  type ApplicationRow,
  type Orm,
} from '@dualuse/store';
import { record } from '../audit/log';
import { actorOf, type AppContext } from '../common';
import { agencyCase } from './applications';
import { recordInBoth } from './audit-both';
import { publish } from './publish';
import { remoteConsultationStates, remoteUndercut, undercutPayload } from './remote';
import { matcherOf, visibleDenials } from './visible-denials';

export interface DecisionInput {
  kind?: unknown;
  provisos?: unknown;
  criteria?: unknown;
  reason?: unknown;
  regimeRef?: unknown;
  undercutJustification?: unknown;
  licenceNumber?: unknown;
  expires?: unknown;
}

export async function decideApplication(ctx: AppContext, p: Principal, id: string, input: DecisionInput) {
  authorise(p, 'applications:decide');
  const kind = DECISION_KINDS.find((k) => k === input.kind);
  if (!kind)
    throw invalidInput(`expected ${DECISION_KINDS.slice(0, -1).join(', ')} or ${DECISION_KINDS.at(-1)}`, '/kind');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const row = await agencyCase(tx, p, id);
    if (row.decidedAt)
      throw new DomainError('conflict', `application ${id} was decided on ${row.decidedAt.toISOString()}`);
    if (!row.countersignedBy)
      throw new DomainError('conflict', 'the case must be countersigned by a second officer before a decision');
    if (row.countersignedBy === actorOf(p).name)
      throw new DomainError('conflict', 'the decider and the countersigner must be different officers');
    const agency = await findAgency(tx, p.tenantId);
    if (!agency) throw new DomainError('forbidden', 'this tenant is not a registered agency');
    const today = ctx.now().toISOString().slice(0, 10);
    return kind === 'refuse'
      ? refuse(tx, ctx, p, { row, agency, input, today })
      : approve(tx, ctx, p, { row, agency, input, today, provisos: kind === 'approve_with_provisos' });
  });
}

interface Args {
  row: ApplicationRow;
  agency: AgencyRow;
  input: DecisionInput;
  today: string;
}

async function refuse(tx: Orm, ctx: AppContext, p: Principal, a: Args) {
  const criteria = checkRefusalCriteria(a.agency.country, a.input.criteria);
  const reason = text(a.input.reason, '/reason', 20_000);
  const regimeRef =
    a.input.regimeRef === undefined
      ? `${a.agency.country}-${a.row.reference}`
      : text(a.input.regimeRef, '/regimeRef', 200);
  const denialId = randomUUID();
  const notice = denialFromApplication({
    id: denialId,
    agency: { id: a.agency.tenantId, name: a.agency.name, country: a.agency.country },
    application: a.row.input as unknown as ApplicationInput,
    regimeRef,
    criteria: criteria.map((c) => c.id),
    reason,
    deniedOn: a.today,
  });
  await insertDenial(tx, {
    id: denialId,
    tenantId: p.tenantId,
    applicationId: a.row.id,
    regimeRef,
    notice: notice as unknown as Json,
    deniedOn: notice.deniedOn,
    reviewDate: notice.reviewDate,
    createdBy: actorOf(p).name,
  });
  const decision = {
    kind: 'refuse',
    criteria: criteria as unknown as Json,
    reason,
    denialId,
    decidedBy: actorOf(p).name,
  };
  await updateApplication(tx, a.row.id, { status: 'refused', decision, decidedAt: ctx.now() });
  await recordInBoth(tx, ctx, p, {
    other: a.row.tenantId,
    action: 'application.refuse',
    subject: { type: 'application', id: a.row.id },
    details: { criteria: criteria.map((c) => c.id), citations: criteria.map((c) => c.citation), denialId, regimeRef },
  });
  await record(tx, ctx, p, {
    action: 'denial.create',
    subject: { type: 'denial', id: denialId },
    details: { regimeRef, reviewDate: notice.reviewDate, review: DENIAL_REVIEW_CITATION },
  });
  const shared = await publish(tx, ctx, p, { kind: 'denial', recordId: denialId, payload: notice });
  return { decision, denial: notice, sharedWith: shared };
}

async function approve(tx: Orm, ctx: AppContext, p: Principal, a: Args & { provisos: boolean }) {
  const app = a.row.input as unknown as ApplicationInput;
  const provisos = a.provisos ? provisosOf(a.input.provisos) : [];
  const visible = await visibleDenials(tx, ctx, p, `approve application ${a.row.id}`);
  const matches = matcherOf(visible).match(app, a.today);
  const consultations = (await listCoalitionConsultationRows(tx, a.row.id)).filter((c) => c.tenantId === p.tenantId);
  const gate = approvalGate(
    matches,
    [
      ...consultations.map((c) => ({ denialId: c.denialRef, status: c.status as 'open' })),
      ...(await remoteConsultationStates(tx, p, a.row.id)),
    ],
    p.tenantId,
  );
  const justification = typeof a.input.undercutJustification === 'string' ? a.input.undercutJustification : undefined;
  const undercuts = checkApproval(gate, justification);
  const licence = await issueLicence(tx, ctx, p, { ...a, app, provisos });
  const decision = {
    kind: a.provisos ? 'approve_with_provisos' : 'approve',
    provisos,
    licence: licence.number,
    decidedBy: actorOf(p).name,
    ...(undercuts.length ? { undercutJustification: justification!, undercuts: undercuts.map((u) => u.denialId) } : {}),
  };
  await updateApplication(tx, a.row.id, {
    status: 'approved',
    decision,
    decidedAt: ctx.now(),
    matches: matches as unknown as Json,
  });
  await recordInBoth(tx, ctx, p, {
    other: a.row.tenantId,
    action: 'application.approve',
    subject: { type: 'application', id: a.row.id },
    details: decision as unknown as { [k: string]: Json },
  });
  const imported = new Set(visible.filter((d) => d.imported).map((d) => d.notice.id));
  for (const u of undercuts)
    if (imported.has(u.denialId))
      await remoteUndercut(tx, ctx, p, { ...a, applicationId: a.row.id, match: u, justification: justification! });
    else await undercutNotice(tx, ctx, p, { ...a, match: u, justification: justification! });
  return { decision, licence, undercuts };
}

function provisosOf(v: unknown): string[] {
  if (!Array.isArray(v) || !v.length)
    throw invalidInput('approval with provisos needs at least one proviso', '/provisos');
  return v.map((x, i) => text(x, `/provisos/${i}`, 4000));
}

/** The licence the exporter now holds, written into its register (licences, migration 0007) as that tenant. */
async function issueLicence(
  tx: Orm,
  ctx: AppContext,
  p: Principal,
  a: Args & { app: ApplicationInput; provisos: string[] },
) {
  const jurisdiction = a.agency.country === 'GB' ? 'UK' : 'EU';
  const expires = a.input.expires === undefined ? undefined : text(a.input.expires, '/expires', 10);
  if (!expires) throw invalidInput('an approval states the last day the licence may be used (YYYY-MM-DD)', '/expires');
  const terms = parseLicence({
    number:
      a.input.licenceNumber === undefined
        ? `${a.agency.country}-${a.row.reference}`
        : text(a.input.licenceNumber, '/licenceNumber', 200),
    jurisdiction,
    authority: a.agency.name,
    // Licence items in list numbering: a Wassenaar "2.B.1.b" is listed as "2B001.b" (control-overlap.ts).
    items: a.app.items.flatMap((i) =>
      i.controlEntries.map((c) => ({ code: controlKeys(c)[0]?.code ?? c.code, description: i.description })),
    ),
    destinations: [a.app.destination],
    parties: a.app.parties.map((x) => ({ role: x.role, name: x.name, ...(x.country ? { country: x.country } : {}) })),
    valid_from: a.today,
    expires,
    conditions: a.provisos,
  });
  await withinTenant(tx, a.row.tenantId, p.tenantId, () =>
    insertLicence(tx, {
      tenantId: a.row.tenantId,
      number: terms.number,
      jurisdiction: terms.jurisdiction,
      validFrom: terms.valid_from,
      expires: terms.expires,
      valueLimit: terms.value_limit ?? null,
      quantityLimit: terms.quantity_limit ?? null,
      terms,
      createdBy: `${a.agency.name} (${actorOf(p).name})`,
    }),
  );
  return terms;
}

async function undercutNotice(
  tx: Orm,
  ctx: AppContext,
  p: Principal,
  a: Args & { match: DenialMatch; justification: string },
) {
  const payload = undercutPayload({ ...a, applicationId: a.row.id });
  const shared = await publish(tx, ctx, p, { kind: 'undercut', recordId: `${a.row.id}:${a.match.denialId}`, payload });
  await recordInBoth(tx, ctx, p, {
    other: a.match.agencyId,
    action: 'undercut.notify',
    subject: { type: 'denial', id: a.match.denialId },
    details: { application: a.row.id, coalitions: shared, justification: a.justification },
  });
}
