/**
 * Policy analysis (issue 15) over HTTP. Every route is authenticated and authorised per tenant; the
 * use cases authorise again and audit.
 *   POST /policy/trade/datasets          import a trade dataset version (documented CSV layout or Comext)
 *   GET  /policy/trade/datasets          the tenant's dataset versions
 *   POST /policy/control-cost            the cost of a draft control over one dataset version
 *   POST /policy/chokepoints             chokepoints over the user's supply-chain files (not stored)
 *   POST /policy/investment/cases        screen a proposed investment and store the case
 *   GET  /policy/investment/cases        the tenant's cases;  GET /policy/investment/cases/{id}
 *   POST /policy/investment/cases/{id}/decision   an officer's decision (once)
 *   GET  /policy/agreements              the registry;  POST /policy/agreements  add one (sourced)
 *   GET  /policy/agreements/compare      the comparison matrix and research-security flags
 *   /policy/consultations/...            comment periods on draft agreements (consultations.ts)
 */
import {
  addAgreement,
  agreementComparison,
  agreements,
  chokepoints,
  controlCost,
  controlCostOnShipments,
  decideScreening,
  importTradeDataset,
  screenInvestmentCase,
  screeningCase,
  screeningCases,
  tradeDatasets,
} from '@dualuse/app';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured, problemResponse } from '../../routing';
import { registerConsultations } from './consultations';
import { AgreementComparisonSchema, AgreementSchema } from './agreement-schemas';
import {
  ChokepointSchema,
  DatasetCostSchema,
  DraftControlSchema,
  InvestmentCaseSchema,
  ScreeningCaseSchema,
  ShipmentsCostSchema,
  TradeDatasetSchema,
  TradeImportSchema,
} from './schemas';

const importRoute = secured('trade:import', {
  method: 'post',
  path: '/policy/trade/datasets',
  tags: ['policy'],
  summary:
    'Import a trade dataset version (tenant admins): the documented CSV layout (reporter,partner,hs_code,period,value[,quantity]) or a Eurostat Comext CN8 extract, as text or as a file (base64, gzip or not); any bad row refuses it, each named',
  request: body(
    z.object({
      name: z.string().min(1).max(200),
      format: z.enum(['trade-csv', 'comext']),
      text: z.string().min(1).optional().openapi({ description: 'The dataset as text; or send `file`' }),
      file: z
        .object({ name: z.string().min(1).max(300), contentBase64: z.string().min(1) })
        .strict()
        .optional()
        .openapi({ description: 'The dataset file as uploaded (.csv or .csv.gz), base64' }),
      currency: z.string().min(1).max(10).optional(),
      source: z.string().max(2000).optional(),
    }),
  ),
  responses: {
    200: json(TradeImportSchema, 'imported, or unchanged (same content stored)'),
    400: problemResponse('Bad rows'),
  },
});

/** The request as the use case takes it: a file's base64 decoded to its bytes (the use case gunzips and decodes). */
function tradeRequest<R extends { file?: { name: string; contentBase64: string } | undefined }>({ file, ...rest }: R) {
  return {
    ...rest,
    ...(file ? { file: { name: file.name, bytes: new Uint8Array(Buffer.from(file.contentBase64, 'base64')) } } : {}),
  };
}

const datasetsRoute = secured('policy:read', {
  method: 'get',
  path: '/policy/trade/datasets',
  tags: ['policy'],
  summary: 'Trade dataset versions of the tenant',
  responses: { 200: json(z.object({ datasets: z.array(TradeDatasetSchema) }), 'Versions') },
});

const costRoute = secured('policy:run', {
  method: 'post',
  path: '/policy/control-cost',
  tags: ['policy'],
  summary:
    'The trade a draft control touches per exporter × destination × period, its trend before/after, and each exporter’s share (adopters vs others)',
  request: body(
    z.object({
      dataset: z.string().uuid(),
      control: DraftControlSchema,
      chplCsv: z.string().max(1_000_000).optional(),
      correspondenceCsv: z.string().max(1_000_000).optional(),
      from: z.string().max(7).optional(),
      to: z.string().max(7).optional(),
    }),
  ),
  responses: { 200: json(DatasetCostSchema, 'The cost'), 400: problemResponse('Invalid draft control') },
});

const shipmentsCostRoute = secured('policy:run', {
  method: 'post',
  path: '/policy/control-cost/shipments',
  tags: ['policy'],
  summary:
    'The cost of a draft control against the tenant’s own shipments (diversion records); items that cannot be counted are listed',
  request: body(
    z.object({
      control: DraftControlSchema,
      chplCsv: z.string().max(1_000_000).optional(),
      correspondenceCsv: z.string().max(1_000_000).optional(),
      from: z.string().max(7).optional(),
      to: z.string().max(7).optional(),
    }),
  ),
  responses: { 200: json(ShipmentsCostSchema, 'The cost'), 400: problemResponse('Invalid draft control') },
});

const chokeRoute = secured('policy:run', {
  method: 'post',
  path: '/policy/chokepoints',
  tags: ['policy'],
  summary:
    'Country and company shares, HHI, coalition and concern shares and a classification per input, over the supply-chain files given (the user’s own copy; nothing stored)',
  request: body(
    z.object({
      files: z.object({ inputs: z.string(), providers: z.string(), provision: z.string() }),
      coalition: z.union([
        z.object({
          kind: z.literal('list'),
          name: z.string().min(1).max(200),
          allies: z.array(z.string()),
          concern: z.array(z.string()),
        }),
        z.object({
          kind: z.literal('groups'),
          allies: z.array(z.string()),
          concern: z.array(z.string()),
          asOf: z.string().optional(),
        }),
      ]),
    }),
  ),
  responses: { 200: json(z.object({ inputs: z.array(ChokepointSchema) }), 'Chokepoints, most concentrated first') },
});

const screenRoute = secured('policy:run', {
  method: 'post',
  path: '/policy/investment/cases',
  tags: ['policy'],
  summary: 'Screen a proposed investment (CFIUS, EU FDI, UK NSI) with the chain of evidence, and store it as a case',
  request: body(InvestmentCaseSchema),
  responses: {
    201: json(ScreeningCaseSchema, 'The stored case'),
    400: problemResponse('Invalid case (field named)'),
  },
});

const casesRoute = secured('policy:read', {
  method: 'get',
  path: '/policy/investment/cases',
  tags: ['policy'],
  summary: 'Investment-screening cases of the tenant',
  responses: { 200: json(z.object({ cases: z.array(ScreeningCaseSchema) }), 'Cases, newest first') },
});

const caseRoute = secured('policy:read', {
  method: 'get',
  path: '/policy/investment/cases/{id}',
  tags: ['policy'],
  summary: 'One screening case',
  request: { params: z.object({ id: z.string().min(1).max(100) }) },
  responses: { 200: json(ScreeningCaseSchema, 'The case'), 404: problemResponse('No such case') },
});

const decideRoute = secured('policy:decide', {
  method: 'post',
  path: '/policy/investment/cases/{id}/decision',
  tags: ['policy'],
  summary: 'Record the decision on a screening case (file, do_not_file, escalate): once, by an officer',
  request: {
    params: z.object({ id: z.string().min(1).max(100) }),
    ...body(z.object({ decision: z.enum(['file', 'do_not_file', 'escalate']), note: z.string().max(4000).optional() })),
  },
  responses: { 200: json(ScreeningCaseSchema, 'The decided case'), 404: problemResponse('No such case') },
});

const agreementsRoute = secured('policy:read', {
  method: 'get',
  path: '/policy/agreements',
  tags: ['policy'],
  summary: 'The S&T agreement registry: seeded real agreements and the tenant’s own, each field sourced or unknown',
  responses: { 200: json(z.object({ agreements: z.array(AgreementSchema) }), 'Agreements') },
});

const addAgreementRoute = secured('policy:run', {
  method: 'post',
  path: '/policy/agreements',
  tags: ['policy'],
  summary: 'Add an agreement: every known field with its quoted source and URL or citation',
  request: body(AgreementSchema),
  responses: { 201: json(AgreementSchema, 'The agreement'), 400: problemResponse('A field without its source') },
});

const compareRoute = secured('policy:read', {
  method: 'get',
  path: '/policy/agreements/compare',
  tags: ['policy'],
  summary:
    'Comparison matrix of terms across agreements, and agreements touching controlled technology without a research-security clause',
  request: { query: z.object({ ids: z.string().max(2000).optional() }) },
  responses: { 200: json(AgreementComparisonSchema, 'Matrix and flags') },
});

export function registerPolicy(api: OpenAPIHono<ServerEnv>): void {
  registerConsultations(api);
  api.openapi(importRoute, async (c) =>
    c.json(
      await importTradeDataset(c.get('app'), c.get('principal'), tradeRequest(c.req.valid('json')), c.get('requestId')),
      200,
    ),
  );
  api.openapi(datasetsRoute, async (c) =>
    c.json({ datasets: await tradeDatasets(c.get('app'), c.get('principal')) }, 200),
  );
  api.openapi(costRoute, async (c) =>
    c.json(await controlCost(c.get('app'), c.get('principal'), c.req.valid('json'), c.get('requestId')), 200),
  );
  api.openapi(shipmentsCostRoute, async (c) =>
    c.json(
      await controlCostOnShipments(c.get('app'), c.get('principal'), c.req.valid('json'), c.get('requestId')),
      200,
    ),
  );
  api.openapi(chokeRoute, async (c) =>
    c.json(
      {
        inputs: await chokepoints(c.get('app'), c.get('principal'), c.req.valid('json'), c.get('requestId')),
      },
      200,
    ),
  );
  api.openapi(screenRoute, async (c) =>
    c.json(await screenInvestmentCase(c.get('app'), c.get('principal'), c.req.valid('json'), c.get('requestId')), 201),
  );
  api.openapi(casesRoute, async (c) => c.json({ cases: await screeningCases(c.get('app'), c.get('principal')) }, 200));
  api.openapi(caseRoute, async (c) =>
    c.json(await screeningCase(c.get('app'), c.get('principal'), c.req.valid('param').id), 200),
  );
  api.openapi(decideRoute, async (c) =>
    c.json(
      await decideScreening(c.get('app'), c.get('principal'), c.req.valid('param').id, {
        ...c.req.valid('json'),
        requestId: c.get('requestId'),
      }),
      200,
    ),
  );
  api.openapi(agreementsRoute, async (c) =>
    c.json({ agreements: await agreements(c.get('app'), c.get('principal')) }, 200),
  );
  api.openapi(addAgreementRoute, async (c) =>
    c.json(await addAgreement(c.get('app'), c.get('principal'), c.req.valid('json'), c.get('requestId')), 201),
  );
  api.openapi(compareRoute, async (c) => {
    const ids = c.req.valid('query').ids?.split(',').filter(Boolean);
    return c.json(await agreementComparison(c.get('app'), c.get('principal'), ids), 200);
  });
}
