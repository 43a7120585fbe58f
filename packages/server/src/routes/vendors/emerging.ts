/**
 * The emerging-technology register and control proposals over HTTP (issue 16 §4); vendor reports.
 * The use cases authorise ('emerging:*', 'vendors:*') and audit every proposal step.
 */
import {
  commentOnProposal,
  decideProposal,
  draftProposal,
  getProposal,
  inviteAdvisers,
  listProposals,
  listVendorReportSummaries,
  recheckReport,
} from '@dualuse/app';
import { coverage, CROSSWALK, TAXONOMIES } from '@dualuse/core/vendors';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured, problemResponse } from '../../routing';
import {
  ControlProposalSchema,
  EmergingRegisterSchema,
  ProposalDraftInputSchema,
  VendorReportSummarySchema,
} from './emerging-schemas';
import { InventoryReportSchema } from './schemas';

const Id = z.object({ id: z.string().min(1).max(64) });
const ProposalSchema = ControlProposalSchema;

const registerRoute = secured('emerging:read', {
  method: 'get',
  path: '/emerging/register',
  tags: ['emerging'],
  summary:
    'The three technology taxonomies (BIS ANPRM 2018, US CET 2024, Recommendation (EU) 2023/2113) with citations, the crosswalk to control entries, and per-area gaps',
  responses: {
    200: json(EmergingRegisterSchema, 'The register'),
  },
});
const listRoute = secured('emerging:read', {
  method: 'get',
  path: '/emerging/proposals',
  tags: ['emerging'],
  summary: 'Control proposals of the tenant',
  responses: { 200: json(z.object({ proposals: z.array(ProposalSchema) }), 'Proposals') },
});
const getRoute = secured('emerging:read', {
  method: 'get',
  path: '/emerging/proposals/{id}',
  tags: ['emerging'],
  summary: 'One proposal with its criteria (each with its reason), advisers, comments and decision',
  request: { params: Id },
  responses: { 200: json(ProposalSchema, 'The proposal'), 404: problemResponse('No such proposal') },
});
const draftRoute = secured('emerging:propose', {
  method: 'post',
  path: '/emerging/proposals',
  tags: ['emerging'],
  summary: 'Draft a control proposal',
  request: body(ProposalDraftInputSchema),
  responses: { 200: json(ProposalSchema, 'The draft') },
});
const inviteRoute = secured('emerging:propose', {
  method: 'post',
  path: '/emerging/proposals/{id}/advisers',
  tags: ['emerging'],
  summary: 'Open consultation: invite advisers (actor ids) to comment',
  request: { params: Id, ...body(z.object({ advisers: z.array(z.string().min(1).max(200)).min(1).max(50) }).strict()) },
  responses: { 200: json(ProposalSchema, 'In consultation') },
});
const commentRoute = secured('emerging:comment', {
  method: 'post',
  path: '/emerging/proposals/{id}/comments',
  tags: ['emerging'],
  summary: 'An invited adviser’s comment',
  request: { params: Id, ...body(z.object({ body: z.string().min(1).max(10000) }).strict()) },
  responses: { 200: json(ProposalSchema, 'With the comment') },
});
const decideRoute = secured('emerging:decide', {
  method: 'post',
  path: '/emerging/proposals/{id}/decision',
  tags: ['emerging'],
  summary: 'Record the decision (adopt, reject, defer) with its reason',
  request: {
    params: Id,
    ...body(z.object({ decision: z.enum(['adopt', 'reject', 'defer']), reason: z.string().min(1).max(4000) }).strict()),
  },
  responses: { 200: json(ProposalSchema, 'Decided') },
});
const reportsRoute = secured('vendors:read', {
  method: 'get',
  path: '/vendors/reports',
  tags: ['vendors'],
  summary: 'The tenant’s vendor reports, each with the lists that changed since it was made',
  responses: { 200: json(z.object({ reports: z.array(VendorReportSummarySchema) }), 'Reports') },
});
const recheckRoute = secured('vendors:check', {
  method: 'post',
  path: '/vendors/reports/{id}/recheck',
  tags: ['vendors'],
  summary: 'Re-check a stored inventory against the current list versions (a new report)',
  request: { params: Id },
  responses: { 200: json(InventoryReportSchema, 'The new report') },
});

export function registerEmerging(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(registerRoute, (c) =>
    c.json({ taxonomies: [...TAXONOMIES], crosswalk: [...CROSSWALK], coverage: coverage() }, 200),
  );
  api.openapi(listRoute, async (c) =>
    c.json({ proposals: await listProposals(c.get('app'), c.get('principal')) }, 200),
  );
  api.openapi(getRoute, async (c) =>
    c.json(await getProposal(c.get('app'), c.get('principal'), c.req.valid('param').id), 200),
  );
  api.openapi(draftRoute, async (c) =>
    c.json(await draftProposal(c.get('app'), c.get('principal'), c.req.valid('json')), 200),
  );
  api.openapi(inviteRoute, async (c) =>
    c.json(
      await inviteAdvisers(c.get('app'), c.get('principal'), c.req.valid('param').id, c.req.valid('json').advisers),
      200,
    ),
  );
  api.openapi(commentRoute, async (c) =>
    c.json(
      await commentOnProposal(c.get('app'), c.get('principal'), c.req.valid('param').id, c.req.valid('json').body),
      200,
    ),
  );
  api.openapi(decideRoute, async (c) =>
    c.json(await decideProposal(c.get('app'), c.get('principal'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  api.openapi(reportsRoute, async (c) =>
    c.json({ reports: await listVendorReportSummaries(c.get('app'), c.get('principal')) }, 200),
  );
  api.openapi(recheckRoute, async (c) =>
    c.json(await recheckReport(c.get('app'), c.get('principal'), c.req.valid('param').id), 200),
  );
}
