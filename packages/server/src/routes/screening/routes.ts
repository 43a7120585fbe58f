import { compareNames, decideHit, getHits, screenParties } from '@dualuse/app';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured, problemResponse } from '../../routing';
import { UuidParam } from '../../schemas';
import {
  CompareRequestSchema,
  DecisionSchema,
  HitRecordSchema,
  partiesOf,
  ScreenRequestSchema,
  ScreenResponseSchema,
} from './schemas';

const screenRoute = secured('screening:run', {
  method: 'post',
  path: '/screen',
  tags: ['screening'],
  summary: 'Screen one or many parties against every loaded list; hits explain themselves',
  request: body(ScreenRequestSchema),
  responses: {
    200: json(ScreenResponseSchema, 'Hits per party, best first'),
    503: problemResponse('No list loaded, or a list too old (fail closed)'),
  },
});

const compareRoute = secured('screening:run', {
  method: 'post',
  path: '/screen/compare',
  tags: ['screening'],
  summary: 'Score name pairs (no list needed)',
  request: body(CompareRequestSchema),
  responses: {
    200: json(
      z.object({ threshold: z.number(), results: z.array(z.object({ score: z.number(), match: z.boolean() })) }),
      'One score per pair',
    ),
  },
});

const hitsRoute = secured('screening:read', {
  method: 'get',
  path: '/screening/hits',
  tags: ['screening'],
  summary: 'Stored hits, newest first (the review queue is status=open)',
  request: {
    query: z.object({
      status: z.enum(['open', 'true_match', 'false_positive', 'suppressed']).optional(),
      counterpartyId: z.uuid().optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
  },
  responses: { 200: json(z.object({ hits: z.array(HitRecordSchema) }), 'Hits') },
});

const decideRoute = secured('screening:decide', {
  method: 'post',
  path: '/screening/hits/{id}/decision',
  tags: ['screening'],
  summary: 'Review a hit: true match, or false positive (remembered for this party and entry version)',
  request: { params: UuidParam, ...body(DecisionSchema) },
  responses: {
    200: json(HitRecordSchema, 'The hit after the decision'),
    404: problemResponse('No such hit in this tenant'),
  },
});

export function registerScreening(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(screenRoute, async (c) => {
    const req = c.req.valid('json');
    const { parties, errors } = partiesOf(req.parties, req.strict ?? false);
    const out = parties.length
      ? await screenParties(c.get('app'), c.get('principal'), parties, {
          origin: req.parties.length > 1 ? 'batch' : 'search',
          threshold: req.threshold,
          lists: req.lists,
          persist: req.persist,
          requestId: c.get('requestId'),
        })
      : { results: [], versions: {} };
    return c.json(
      {
        // The input as read, less where it came from (a file name is not the caller's data).
        results: out.results.map(({ input: { source: _source, ...input }, hits }) => ({ input, hits })),
        versions: out.versions,
        errors,
      },
      200,
    );
  });
  api.openapi(compareRoute, async (c) =>
    c.json(
      await compareNames(c.get('app'), c.get('principal'), {
        pairs: c.req.valid('json').pairs,
        requestId: c.get('requestId'),
      }),
      200,
    ),
  );
  api.openapi(hitsRoute, async (c) =>
    c.json({ hits: await getHits(c.get('app'), c.get('principal'), c.req.valid('query')) }, 200),
  );
  api.openapi(decideRoute, async (c) =>
    c.json(
      await decideHit(c.get('app'), c.get('principal'), c.req.valid('param').id, {
        ...c.req.valid('json'),
        requestId: c.get('requestId'),
      }),
      200,
    ),
  );
}
