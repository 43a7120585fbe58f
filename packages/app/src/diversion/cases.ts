/**
 * Cases: an analyst opens one from alerts (typically a counterparty group), assigns it,
 * annotates it, links evidence, and an officer closes it with a decision and its reason. Every
 * step is an append-only case event and an audit record, in the same transaction. A closed
 * case takes no more events; an alert belongs to one case at most.
 */
import { authorise, conflict, DomainError, invalidInput, notFound, type Principal } from '@dualuse/core';
import {
  alertsOfCase,
  findAlertsForUpdate,
  findCase,
  findUser,
  inTenant,
  insertCase,
  insertCaseEvent,
  listCaseEvents,
  listCaseRows,
  listDiversionAlertRows,
  listUsers,
  closeAlertsOfCase,
  setAlertsStatus,
  updateCase,
  type CaseEventRow,
  type DiversionAlertRow,
  type DiversionCaseRow,
  type Orm,
} from '@dualuse/store';
import { record } from '../audit/log';
import { actorOf, type AppContext } from '../common';

export const CASE_DECISIONS = ['cleared', 'declined', 'reported'] as const;
export type CaseDecision = (typeof CASE_DECISIONS)[number];

export type CaseEventInput =
  | { kind: 'note'; text: string }
  | { kind: 'evidence'; description: string; url?: string | undefined; ref?: string | undefined }
  | { kind: 'assign'; assignee: string }
  | { kind: 'close'; decision: CaseDecision; reason: string };

export interface CaseDetail {
  case: DiversionCaseRow;
  alerts: DiversionAlertRow[];
  events: CaseEventRow[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An assignee is a user of the tenant, given by id or e-mail; stored by id. */
async function assigneeId(tx: Orm, who: string): Promise<string> {
  const user = UUID.test(who)
    ? await findUser(tx, who)
    : (await listUsers(tx)).find((u) => u.email === who.trim().toLowerCase());
  if (!user || user.disabledAt) throw invalidInput(`no active user "${who}" in this tenant`, '/assignee');
  return user.id;
}

export interface OpenCase {
  alertIds: string[];
  title?: string | undefined;
  assignee?: string | undefined;
  requestId?: string | null | undefined;
}

export async function openCase(ctx: AppContext, p: Principal, o: OpenCase): Promise<CaseDetail> {
  authorise(p, 'cases:manage');
  if (!o.alertIds.length) throw invalidInput('a case is opened from at least one alert', '/alertIds');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const alerts = await findAlertsForUpdate(tx, o.alertIds);
    const missing = [...new Set(o.alertIds)].filter((id) => !alerts.some((a) => a.id === id));
    if (missing.length)
      throw new DomainError('not_found', `alert(s) not found: ${missing.join(', ')}`, { pointer: '/alertIds' });
    const taken = alerts.filter((a) => a.caseId);
    if (taken.length)
      throw conflict(
        `alert(s) already in a case: ${taken.map((a) => `${a.subjectRef} (case ${a.caseId})`).join(', ')}`,
      );
    const keys = [...new Set(alerts.map((a) => a.counterpartyKey))];
    const assignee = o.assignee ? await assigneeId(tx, o.assignee) : null;
    const title =
      o.title?.trim() ||
      `${alerts[0]!.counterpartyName}${alerts[0]!.counterpartyCountry ? ` (${alerts[0]!.counterpartyCountry})` : ''}: ${alerts.length} ${alerts.length === 1 ? 'alert' : 'alerts'}`;
    const now = ctx.now();
    const c = await insertCase(tx, {
      tenantId: p.tenantId,
      title: title.slice(0, 500),
      assignee,
      counterpartyKey: keys.length === 1 ? keys[0]! : null,
      openedBy: actorOf(p),
      openedAt: now,
    });
    await setAlertsStatus(
      tx,
      alerts.map((a) => a.id),
      'in_case',
      c.id,
    );
    await insertCaseEvent(tx, {
      tenantId: p.tenantId,
      caseId: c.id,
      kind: 'opened',
      body: { alertIds: alerts.map((a) => a.id), subjects: alerts.map((a) => a.subjectRef), title },
      actor: actorOf(p),
      at: now,
    });
    if (assignee)
      await insertCaseEvent(tx, {
        tenantId: p.tenantId,
        caseId: c.id,
        kind: 'assign',
        body: { assignee },
        actor: actorOf(p),
        at: now,
      });
    await record(tx, ctx, p, {
      action: 'case.open',
      subject: { type: 'case', id: c.id },
      details: { title, alerts: alerts.map((a) => ({ id: a.id, subject: a.subjectRef, score: a.score })), assignee },
      requestId: o.requestId ?? null,
    });
    return { case: c, alerts: await alertsOfCase(tx, c.id), events: await listCaseEvents(tx, c.id) };
  });
}

export async function listCases(
  ctx: AppContext,
  p: Principal,
  q: {
    status?: DiversionCaseRow['status'] | undefined;
    assignee?: string | undefined;
    limit?: number | undefined;
  } = {},
): Promise<DiversionCaseRow[]> {
  authorise(p, 'cases:read');
  return inTenant(ctx.db, p.tenantId, async (tx) =>
    listCaseRows(tx, {
      status: q.status,
      assignee: q.assignee ? await assigneeId(tx, q.assignee) : undefined,
      limit: q.limit ?? 100,
    }),
  );
}

export async function getCase(ctx: AppContext, p: Principal, id: string): Promise<CaseDetail> {
  authorise(p, 'cases:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const c = await findCase(tx, id);
    if (!c) throw notFound(`case ${id}`);
    return { case: c, alerts: await alertsOfCase(tx, c.id), events: await listCaseEvents(tx, c.id) };
  });
}

/** Adds one event; closing needs 'cases:decide' (a decision), the rest 'cases:manage'. */
export async function addCaseEvent(
  ctx: AppContext,
  p: Principal,
  id: string,
  e: CaseEventInput & { requestId?: string | null | undefined },
): Promise<CaseDetail> {
  const requestId = e.requestId ?? null;
  authorise(p, e.kind === 'close' ? 'cases:decide' : 'cases:manage');
  const body = await validate(e);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const c = await findCase(tx, id, true);
    if (!c) throw notFound(`case ${id}`);
    if (c.status === 'closed') throw conflict(`case ${id} is closed (${c.decision}); it takes no more events`);
    const now = ctx.now();
    if (e.kind === 'assign') {
      body.assignee = await assigneeId(tx, e.assignee);
      await updateCase(tx, c.id, { assignee: body.assignee as string });
    }
    if (e.kind === 'close') {
      await updateCase(tx, c.id, {
        status: 'closed',
        decision: e.decision,
        decisionReason: e.reason.trim(),
        closedAt: now,
      });
      await closeAlertsOfCase(tx, c.id);
    }
    await insertCaseEvent(tx, { tenantId: p.tenantId, caseId: c.id, kind: e.kind, body, actor: actorOf(p), at: now });
    await record(tx, ctx, p, {
      action: `case.${e.kind}`,
      subject: { type: 'case', id: c.id },
      details: body as Record<string, string>,
      requestId,
    });
    return {
      case: (await findCase(tx, c.id))!,
      alerts: await alertsOfCase(tx, c.id),
      events: await listCaseEvents(tx, c.id),
    };
  });
}

async function validate(e: CaseEventInput): Promise<Record<string, unknown>> {
  switch (e.kind) {
    case 'note':
      if (!e.text?.trim()) throw invalidInput('a note needs text', '/text');
      return { text: e.text.trim() };
    case 'evidence': {
      if (!e.description?.trim()) throw invalidInput('evidence needs a description of what it shows', '/description');
      if (e.url && !/^https?:\/\/\S+$/i.test(e.url)) throw invalidInput(`"${e.url}" is not an http(s) URL`, '/url');
      return { description: e.description.trim(), ...(e.url ? { url: e.url } : {}), ...(e.ref ? { ref: e.ref } : {}) };
    }
    case 'assign':
      if (!e.assignee?.trim()) throw invalidInput('assign needs an assignee (user id or e-mail)', '/assignee');
      return { assignee: e.assignee };
    case 'close':
      if (!CASE_DECISIONS.includes(e.decision))
        throw invalidInput(`decision must be one of ${CASE_DECISIONS.join(', ')}`, '/decision');
      if (!e.reason?.trim()) throw invalidInput('say why: the reason is what an auditor reads', '/reason');
      return { decision: e.decision, reason: e.reason.trim() };
    default:
      throw invalidInput(
        `unknown event kind "${(e as { kind: string }).kind}" (note, evidence, assign, close)`,
        '/kind',
      );
  }
}

export interface AlertQueue {
  alerts: DiversionAlertRow[];
  /** Alerts on one resolved counterparty together, highest score first. */
  groups: {
    key: string;
    counterparty: string;
    country: string | null;
    alertIds: string[];
    maxScore: number;
    tags: Record<string, number>;
    open: number;
  }[];
}

export async function listAlerts(
  ctx: AppContext,
  p: Principal,
  q: {
    status?: DiversionAlertRow['status'] | undefined;
    minScore?: number | undefined;
    counterpartyKey?: string | undefined;
    limit?: number | undefined;
  } = {},
): Promise<AlertQueue> {
  authorise(p, 'diversion:read');
  const alerts = await inTenant(ctx.db, p.tenantId, (tx) =>
    listDiversionAlertRows(tx, { ...q, limit: q.limit ?? 500 }),
  );
  const groups = new Map<string, AlertQueue['groups'][number]>();
  for (const a of alerts) {
    let g = groups.get(a.counterpartyKey);
    if (!g)
      groups.set(
        a.counterpartyKey,
        (g = {
          key: a.counterpartyKey,
          counterparty: a.counterpartyName,
          country: a.counterpartyCountry,
          alertIds: [],
          maxScore: 0,
          tags: {},
          open: 0,
        }),
      );
    g.alertIds.push(a.id);
    g.maxScore = Math.max(g.maxScore, a.score);
    if (a.status === 'open') g.open++;
    for (const f of a.flags) g.tags[f.tag] = (g.tags[f.tag] ?? 0) + 1;
  }
  return {
    alerts,
    groups: [...groups.values()].sort((a, b) => b.maxScore - a.maxScore || b.alertIds.length - a.alertIds.length),
  };
}
