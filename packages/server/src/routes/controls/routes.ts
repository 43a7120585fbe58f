import {
  classifyItems,
  controlTree,
  diffControls,
  getControlVersions,
  getProductClassifications,
  recheckProductClassifications,
  saveProductClassification,
  searchControls,
  showControl,
} from '@dualuse/app';
import { JURISDICTIONS, PARAMETERS } from '@dualuse/core';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured, problemResponse } from '../../routing';
import { ClassificationBatchSchema, ClassificationSchema } from './classify-schemas';
import { ControlSearchSchema, ControlShowSchema } from './entry-schemas';
import {
  ControlDiffSchema,
  ControlTreeSchema,
  ControlVersionSchema,
  ItemParametersSchema,
  ParameterSchema,
  ProductClassificationSchema,
  RecheckSchema,
} from './schemas';

const AsOf = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .openapi({ description: 'Answer as of this date (YYYY-MM-DD); default today' });
const Jurisdiction = z
  .string()
  .min(2)
  .max(2)
  .optional()
  .openapi({ description: `One of ${JURISDICTIONS.join(', ')}` });

// Parameters are checked by the core (units, ranges, names) so errors name the parameter precisely.
const Item = z.object({ parameters: ItemParametersSchema.optional(), description: z.string().max(10_000).optional() });
const ClassifyRequest = z
  .object({
    parameters: ItemParametersSchema.optional(),
    description: z.string().max(10_000).optional(),
    items: z.array(Item).min(1).max(1000).optional(),
    asOf: AsOf,
    jurisdictions: z.array(z.string().min(2).max(2)).optional(),
  })
  .openapi('ClassifyRequest', {
    description: 'One item ({parameters, description}) or a batch (items); see GET /classify/parameters',
  });

const versionsRoute = secured('controls:read', {
  method: 'get',
  path: '/controls/versions',
  tags: ['controls'],
  summary: 'Imported control-list versions, newest effective date first',
  responses: { 200: json(z.object({ versions: z.array(ControlVersionSchema) }), 'Versions') },
});

const diffRoute = secured('controls:read', {
  method: 'get',
  path: '/controls/diff',
  tags: ['controls'],
  summary: 'What changed between two versions of a list (default: the two newest US CCL versions)',
  request: {
    query: z.object({ from: z.uuid().optional(), to: z.uuid().optional(), list: z.string().max(64).optional() }),
  },
  responses: {
    200: json(ControlDiffSchema, 'Entries added, removed and changed'),
    404: problemResponse('Fewer than two versions, or no such version'),
  },
});

const searchRoute = secured('controls:read', {
  method: 'get',
  path: '/controls/search',
  tags: ['controls'],
  summary: 'Full-text and trigram search over the list texts in force; returns entries with the matching passage',
  request: {
    query: z.object({
      q: z.string().min(2).max(500),
      asOf: AsOf,
      jurisdiction: Jurisdiction,
      limit: z.coerce.number().int().min(1).max(100).default(20),
    }),
  },
  responses: { 200: json(ControlSearchSchema, 'Hits, best first, with the trade terms the query was expanded by') },
});

const treeRoute = secured('controls:read', {
  method: 'get',
  path: '/controls/tree',
  tags: ['controls'],
  summary:
    "One level of a jurisdiction's list as a tree: prefix '' → categories 0-9, '3' → product groups, '3A' (or 'other') → entry summaries",
  request: {
    query: z.object({
      asOf: AsOf,
      jurisdiction: Jurisdiction,
      prefix: z
        .string()
        .regex(/^(\d[A-E]?|other)?$/)
        .optional()
        .openapi({ description: "'' (default), a category '3', a product group '3A', or 'other'" }),
    }),
  },
  responses: {
    200: json(
      ControlTreeSchema,
      "The children of the prefix, with counts or entry summaries, and a category's own notes",
    ),
    404: problemResponse('No list of that jurisdiction in force'),
  },
});

const showRoute = secured('controls:read', {
  method: 'get',
  path: '/controls/{code}',
  tags: ['controls'],
  summary: 'One entry (3A090) or paragraph (3B001.f.1.b) per jurisdiction, as of a date',
  request: {
    params: z.object({ code: z.string().min(2).max(40) }),
    query: z.object({ asOf: AsOf, jurisdiction: Jurisdiction }),
  },
  responses: {
    200: json(ControlShowSchema, 'The entry in each list in force'),
    404: problemResponse('No such entry, or no list in force'),
  },
});

const parametersRoute = secured('controls:read', {
  method: 'get',
  path: '/classify/parameters',
  tags: ['controls'],
  summary: 'The parameters an item can be described by, with units',
  responses: { 200: json(z.object({ parameters: z.array(ParameterSchema).readonly() }), 'Parameter catalogue') },
});

const classifyRoute = secured('classify:run', {
  method: 'post',
  path: '/classify',
  tags: ['controls'],
  summary:
    'Classify items by their technical parameters: entries matched with the values that tripped each threshold, near misses, missing parameters',
  request: body(ClassifyRequest),
  responses: {
    200: json(
      z.union([ClassificationSchema, ClassificationBatchSchema]),
      'One item: its classification; items: {asOf, results} in the order given',
    ),
  },
});

const Classification = z
  .object({
    productRef: z.string().min(1).max(200),
    productName: z.string().min(1).max(500),
    jurisdiction: z.string().min(2).max(2),
    code: z.string().min(2).max(40).openapi({ description: 'Entry or paragraph (3A090.a), or EAR99 / NOT_LISTED' }),
    rationale: z.string().min(1).max(5000),
    parameters: ItemParametersSchema.optional(),
  })
  .openapi('ProductClassificationInput');

const listRecordsRoute = secured('classifications:read', {
  method: 'get',
  path: '/classifications',
  tags: ['controls'],
  summary: 'The tenant’s approved product classifications (status=review_needed: flagged by a list change)',
  request: { query: z.object({ status: z.enum(['current', 'review_needed']).optional() }) },
  responses: { 200: json(z.object({ classifications: z.array(ProductClassificationSchema) }), 'Classifications') },
});

const saveRecordRoute = secured('classifications:write', {
  method: 'post',
  path: '/classifications',
  tags: ['controls'],
  summary: 'Approve a product’s classification in one jurisdiction (replaces the previous one), with its rationale',
  request: body(Classification),
  responses: { 201: json(ProductClassificationSchema, 'The stored classification') },
});

const recheckRoute = secured('classifications:write', {
  method: 'post',
  path: '/classifications/recheck',
  tags: ['controls'],
  summary: 'Re-check stored classifications against the lists in force; flags those whose entry changed',
  responses: { 200: json(RecheckSchema, 'What was flagged') },
});

export function registerControls(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(listRecordsRoute, async (c) =>
    c.json(
      { classifications: await getProductClassifications(c.get('app'), c.get('principal'), c.req.valid('query')) },
      200,
    ),
  );
  api.openapi(saveRecordRoute, async (c) =>
    c.json(await saveProductClassification(c.get('app'), c.get('principal'), c.req.valid('json')), 201),
  );
  api.openapi(recheckRoute, async (c) => {
    return c.json(await recheckProductClassifications(c.get('app'), c.get('principal')), 200);
  });
  api.openapi(versionsRoute, async (c) =>
    c.json({ versions: await getControlVersions(c.get('app'), c.get('principal')) }, 200),
  );
  api.openapi(diffRoute, async (c) =>
    c.json(await diffControls(c.get('app'), c.get('principal'), c.req.valid('query')), 200),
  );
  api.openapi(searchRoute, async (c) => {
    const q = c.req.valid('query');
    return c.json(await searchControls(c.get('app'), c.get('principal'), q.q, q), 200);
  });
  // Before /controls/{code}, which would otherwise take 'tree' for a code.
  api.openapi(treeRoute, async (c) => {
    return c.json(await controlTree(c.get('app'), c.get('principal'), c.req.valid('query')), 200);
  });
  api.openapi(showRoute, async (c) => {
    const r = await showControl(c.get('app'), c.get('principal'), c.req.valid('param').code, c.req.valid('query'));
    return c.json(r, 200);
  });
  api.openapi(parametersRoute, (c) => c.json({ parameters: PARAMETERS }, 200));
  api.openapi(classifyRoute, async (c) => {
    const { items, asOf, jurisdictions, ...single } = c.req.valid('json');
    const batch = items ?? [single];
    const r = await classifyItems(c.get('app'), c.get('principal'), batch, {
      asOf,
      jurisdictions,
      requestId: c.get('requestId'),
    });
    return c.json(items ? r : r.results[0]!, 200);
  });
}
