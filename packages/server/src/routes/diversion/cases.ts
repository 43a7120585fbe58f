/**
 * Cases opened from diversion alerts. Response shapes (stable, for the UI):
 *
 * POST /diversion/cases  body { alertIds: [uuid, ...], title?, assignee? (user id or e-mail) }  → 201 CaseDetail GET
 * /diversion/cases?status=open|closed&assignee=&limit=  → 200 { cases: [Case] } GET  /diversion/cases/{id}  → 200
 * CaseDetail POST /diversion/cases/{id}/events  body one of
 *        { kind: 'note', text } | { kind: 'evidence', description, url?, ref? } | { kind: 'assign', assignee } | {
 * kind: 'close', decision: 'cleared'|'declined'|'reported', reason }
 *      → 201 CaseDetail   (close needs cases:decide, i.e. an officer; a closed case answers 409)
 *
 * Case = { id, title, status: 'open'|'closed', assignee (user id) | null, counterpartyKey | null, decision | null,
 * decisionReason | null, openedBy: { type, id, name, role }, openedAt, closedAt | null } CaseDetail = { case: Case,
 * alerts: [Alert as in diversion-records.ts], events: [{ id, kind: 'opened'|'note'|'evidence'|'assign'|'close', body,
 * actor, at }] }
 */
import { addCaseEvent, getCase, listCases, openCase, type CaseDetail } from '@dualuse/app';
import type { DiversionCaseRow } from '@dualuse/store';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured, problemResponse } from '../../routing';
import { ActorSchema, UuidParam } from '../../schemas';
import { alertView, AlertSchema } from './records';

const text = (max: number) => z.string().trim().min(1).max(max);
const Case = z
  .object({
    id: z.uuid(),
    title: z.string(),
    status: z.enum(['open', 'closed']),
    assignee: z.string().nullable(),
    counterpartyKey: z.string().nullable(),
    decision: z.enum(['cleared', 'declined', 'reported']).nullable(),
    decisionReason: z.string().nullable(),
    openedBy: ActorSchema,
    openedAt: z.string(),
    closedAt: z.string().nullable(),
  })
  .openapi('DiversionCase');
/** One step of a case's history; what `body` holds depends on `kind` (app validate(): trimmed, checked). */
const historyEvent = <K extends string, B extends z.ZodRawShape>(kind: K, body: B) =>
  z.object({ id: z.uuid(), kind: z.literal(kind), body: z.object(body), actor: ActorSchema, at: z.string() });
const CaseEvent = z
  .discriminatedUnion('kind', [
    historyEvent('opened', { alertIds: z.array(z.uuid()), subjects: z.array(z.string()), title: z.string() }),
    historyEvent('note', { text: z.string() }),
    historyEvent('evidence', { description: z.string(), url: z.string().optional(), ref: z.string().optional() }),
    historyEvent('assign', { assignee: z.string().openapi({ description: 'The user id' }) }),
    historyEvent('close', { decision: z.enum(['cleared', 'declined', 'reported']), reason: z.string() }),
  ])
  .openapi('DiversionCaseHistoryEvent');
const Detail = z
  .object({ case: Case, alerts: z.array(AlertSchema), events: z.array(CaseEvent) })
  .openapi('DiversionCaseDetail');
const EventBody = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('note'), text: text(10000) }).strict(),
    z
      .object({
        kind: z.literal('evidence'),
        description: text(2000),
        url: z.string().url().max(2000).optional(),
        ref: text(300).optional(),
      })
      .strict(),
    z.object({ kind: z.literal('assign'), assignee: text(300) }).strict(),
    z
      .object({ kind: z.literal('close'), decision: z.enum(['cleared', 'declined', 'reported']), reason: text(5000) })
      .strict(),
  ])
  .openapi('DiversionCaseEvent');

// opened_by and actor are jsonb written from actorOf (app common.ts), so they hold an AuditActor.
type Actor = z.infer<typeof ActorSchema>;
const caseView = (c: DiversionCaseRow) => ({
  ...c,
  openedBy: c.openedBy as Actor,
  openedAt: c.openedAt.toISOString(),
  closedAt: c.closedAt?.toISOString() ?? null,
  tenantId: undefined,
});
const detailView = (d: CaseDetail) => ({
  case: caseView(d.case),
  alerts: d.alerts.map(alertView),
  // Each stored body was written for its kind by the use case (openCase, addCaseEvent).
  events: d.events.map(
    (e) =>
      ({
        id: e.id,
        kind: e.kind,
        body: e.body,
        actor: e.actor as Actor,
        at: e.at.toISOString(),
      }) as z.infer<typeof CaseEvent>,
  ),
});

const create = secured('cases:manage', {
  method: 'post',
  path: '/diversion/cases',
  tags: ['diversion'],
  summary: 'Open a case from one or more alerts (e.g. a counterparty group)',
  request: body(
    z
      .object({
        alertIds: z.array(z.uuid()).min(1).max(500),
        title: text(500).optional(),
        assignee: text(300).optional(),
      })
      .strict(),
  ),
  responses: {
    201: json(Detail, 'The case'),
    404: problemResponse('An alert does not exist'),
    409: problemResponse('An alert is already in a case'),
  },
});
const list = secured('cases:read', {
  method: 'get',
  path: '/diversion/cases',
  tags: ['diversion'],
  summary: 'Cases, newest first',
  request: {
    query: z.object({
      status: z.enum(['open', 'closed']).optional(),
      assignee: z.string().max(300).optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
  },
  responses: { 200: json(z.object({ cases: z.array(Case) }), 'Cases') },
});
const show = secured('cases:read', {
  method: 'get',
  path: '/diversion/cases/{id}',
  tags: ['diversion'],
  summary: 'A case with its alerts and its events in order',
  request: { params: UuidParam },
  responses: { 200: json(Detail, 'The case'), 404: problemResponse('No such case') },
});
const event = secured('cases:manage', {
  method: 'post',
  path: '/diversion/cases/{id}/events',
  tags: ['diversion'],
  summary: 'Add a note, evidence link or assignment, or close the case with a decision (officers)',
  request: { params: UuidParam, ...body(EventBody) },
  responses: {
    201: json(Detail, 'The case after the event'),
    404: problemResponse('No such case'),
    409: problemResponse('The case is closed'),
  },
});

export function registerDiversionCases(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(create, async (c) => {
    const b = c.req.valid('json');
    return c.json(
      detailView(await openCase(c.get('app'), c.get('principal'), { ...b, requestId: c.get('requestId') })),
      201,
    );
  });
  api.openapi(list, async (c) =>
    c.json({ cases: (await listCases(c.get('app'), c.get('principal'), c.req.valid('query'))).map(caseView) }, 200),
  );
  api.openapi(show, async (c) =>
    c.json(detailView(await getCase(c.get('app'), c.get('principal'), c.req.valid('param').id)), 200),
  );
  api.openapi(event, async (c) =>
    c.json(
      detailView(
        await addCaseEvent(c.get('app'), c.get('principal'), c.req.valid('param').id, {
          ...c.req.valid('json'),
          requestId: c.get('requestId'),
        }),
      ),
      201,
    ),
  );
}
