/**
 * Diversion records over HTTP: imports (scored on import), the alert queue, and a party's ownership and network from
 * the imported companies (schemas in schemas.ts). Response shapes (stable, for the UI):
 *
 * POST /diversion/{shipments|payments}/import  body { fileName, content, format?: 'csv'|'jsonl', chpl?, asOf? }
 *   → 201 { batch: { id, kind, fileName, format, records, alerts, contentHash },
 *           results: [{ id, alert, score, severity, flags: [{ tag, why, citation }], counterpartyKey? }],
 *           inputVersions: { [k]: v } }
 * POST /diversion/companies/import  body { fileName, content, format? }  (CSV, JSON lines or FollowTheMoney JSON lines)
 *   → 201 { batch, companies, links, listed, warnings }
 *   A bad file is 400 with detail "FILE: line N, field F: why" and nothing stored.
 * GET /diversion/alerts?status=open|in_case|closed&minScore=&counterpartyKey=&limit=
 *   → 200 { alerts: [Alert], groups: [{ key, counterparty, country, alertIds, maxScore, tags: { tag: count }, open }] }
 * GET /diversion/ownership/{party}?as_of=YYYY-MM-DD  (party = the company's source id)
 *   → 200 { party: { id, name, listed }, asOf, regimes: [...], owners: [...], warnings }
 * GET /diversion/network/{party}?depth=1..4
 *   → 200 { party: Node, nodes: [Node], edges: [{ from, to, kind, why, source }], pathToListed, truncated }
 */
import {
  importCompanies,
  importPayments,
  importShipments,
  listAlerts,
  partyNetwork,
  partyOwnership,
  type DiversionImportSummary,
} from '@dualuse/app';
import type { DiversionAlertRow } from '@dualuse/store';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  DATE,
  ImportBody,
  CompanyImportBody,
  ChainStep,
  CompanyImportResult,
  ImportResult,
  Alert,
  AlertGroup,
  PartyParam,
  Node,
  PartyNetworkEdge,
  PartyRing,
} from './schemas';
import type { ServerEnv } from '../../env';
import { body, json, secured, problemResponse } from '../../routing';

export const alertView = (a: DiversionAlertRow) => ({
  id: a.id,
  subjectType: a.subjectType,
  subjectRef: a.subjectRef,
  score: a.score,
  severity: a.severity,
  flags: a.flags,
  counterparty: { key: a.counterpartyKey, name: a.counterpartyName, country: a.counterpartyCountry },
  status: a.status,
  caseId: a.caseId,
  batchId: a.batchId,
  createdAt: a.createdAt.toISOString(),
});
export const AlertSchema = Alert;

const importRoute = (what: 'shipments' | 'payments') =>
  secured('diversion:write', {
    method: 'post',
    path: `/diversion/${what}/import`,
    tags: ['diversion'],
    summary: `Import ${what} (CSV or JSON lines, all-or-nothing); each is scored and alerting ones become one alert each, grouped by counterparty`,
    request: body(ImportBody),
    responses: {
      201: json(ImportResult, 'The batch and one score line per record'),
      409: problemResponse('An id was imported before'),
      503: problemResponse('No restricted-party list loaded'),
    },
  });
const shipmentsImport = importRoute('shipments');
const paymentsImport = importRoute('payments');
const companiesImport = secured('diversion:write', {
  method: 'post',
  path: '/diversion/companies/import',
  tags: ['diversion'],
  summary: 'Import companies, people and their links (CSV, JSON lines, or FollowTheMoney JSON lines), all-or-nothing',
  request: body(CompanyImportBody),
  responses: {
    201: json(CompanyImportResult, 'The batch'),
  },
});
const alerts = secured('diversion:read', {
  method: 'get',
  path: '/diversion/alerts',
  tags: ['diversion'],
  summary: 'The alert queue, highest score first, with groups per resolved counterparty',
  request: {
    query: z.object({
      status: z.enum(['open', 'in_case', 'closed']).optional(),
      minScore: z.coerce.number().min(0).max(100).optional(),
      counterpartyKey: z.string().max(1000).optional(),
      limit: z.coerce.number().int().min(1).max(5000).default(500),
    }),
  },
  responses: { 200: json(z.object({ alerts: z.array(Alert), groups: z.array(AlertGroup) }), 'Alerts and groups') },
});
const ownership = secured('diversion:read', {
  method: 'get',
  path: '/diversion/ownership/{party}',
  tags: ['diversion'],
  summary: 'Ownership coverage of a party by listed parties as of a date, per regime, with the chain',
  request: { params: PartyParam, query: z.object({ as_of: DATE.optional() }) },
  responses: {
    200: json(
      z
        .object({
          party: z.object({ id: z.string(), name: z.string(), listed: z.boolean() }),
          asOf: z.string(),
          regimes: z.array(
            z.object({
              regime: z.string(),
              title: z.string(),
              inForce: z.boolean(),
              covered: z.boolean(),
              aggregate: z.number(),
              basis: z.string(),
              chain: z.string(),
              evidence: z.union([ChainStep, z.null()]),
              unknownStakes: z.array(z.string()),
            }),
          ),
          owners: z.array(
            z.object({
              id: z.string(),
              name: z.string(),
              listed: z.boolean(),
              percentage: z.number().nullable(),
              startDate: z.string().nullable(),
              endDate: z.string().nullable(),
              source: z.string(),
            }),
          ),
          warnings: z.array(z.string()),
        })
        .openapi('PartyOwnership'),
      'Coverage per regime',
    ),
    404: problemResponse('No such party'),
  },
});
const network = secured('diversion:read', {
  method: 'get',
  path: '/diversion/network/{party}',
  tags: ['diversion'],
  summary:
    "A party's neighbourhood (ownership, officers, links, shared address/phone/e-mail) with the reason on every edge",
  request: {
    params: PartyParam,
    query: z.object({
      depth: z.coerce.number().int().min(1).max(4).default(2),
      records: z
        .enum(['true', 'false'])
        .default('true')
        .openapi({ description: 'false: the company registry alone, without the ties in shipments and payments' }),
    }),
  },
  responses: {
    200: json(
      z
        .object({
          party: Node,
          nodes: z.array(Node),
          edges: z.array(PartyNetworkEdge),
          pathToListed: z
            .array(
              z.object({
                from: z.string(),
                to: z.string(),
                kind: z.string(),
                why: z.string(),
                fromName: z.string(),
                toName: z.string(),
              }),
            )
            .nullable(),
          ring: z.union([PartyRing, z.null()]),
          truncated: z.boolean(),
        })
        .openapi('PartyNetwork'),
      'Neighbourhood',
    ),
    404: problemResponse('No such party'),
  },
});

const file = (b: { fileName: string; content: string; format?: string | undefined }) => ({
  name: b.fileName,
  bytes: new TextEncoder().encode(b.content),
  format: b.format,
});
const chplOf = (rows?: { hs6: string; tier: string }[]) =>
  rows ? { chpl: new Map(rows.map((r) => [r.hs6, r.tier])) } : {};
const resultView = (r: DiversionImportSummary) => r;

export function registerDiversionRecords(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(shipmentsImport, async (c) => {
    const b = c.req.valid('json');
    return c.json(
      resultView(
        await importShipments(c.get('app'), c.get('principal'), file(b), {
          ...chplOf(b.chpl),
          ...(b.asOf ? { asOf: b.asOf } : {}),
          requestId: c.get('requestId'),
        }),
      ),
      201,
    );
  });
  api.openapi(paymentsImport, async (c) => {
    const b = c.req.valid('json');
    return c.json(
      resultView(
        await importPayments(c.get('app'), c.get('principal'), file(b), {
          ...chplOf(b.chpl),
          ...(b.asOf ? { asOf: b.asOf } : {}),
          requestId: c.get('requestId'),
        }),
      ),
      201,
    );
  });
  api.openapi(companiesImport, async (c) =>
    c.json(
      await importCompanies(c.get('app'), c.get('principal'), file(c.req.valid('json')), {
        requestId: c.get('requestId'),
      }),
      201,
    ),
  );
  api.openapi(alerts, async (c) => {
    const q = c.req.valid('query');
    const r = await listAlerts(c.get('app'), c.get('principal'), q);
    return c.json({ alerts: r.alerts.map(alertView), groups: r.groups }, 200);
  });
  api.openapi(ownership, async (c) => {
    const asOf = c.req.valid('query').as_of ?? c.get('app').now().toISOString().slice(0, 10);
    return c.json(await partyOwnership(c.get('app'), c.get('principal'), c.req.valid('param').party, asOf), 200);
  });
  api.openapi(network, async (c) =>
    c.json(
      await partyNetwork(c.get('app'), c.get('principal'), c.req.valid('param').party, {
        depth: c.req.valid('query').depth,
        records: c.req.valid('query').records === 'true',
      }),
      200,
    ),
  );
}
