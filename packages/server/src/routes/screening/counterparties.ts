import {
  COUNTERPARTY_SORTS,
  getCounterparties,
  getCounterparty,
  importCounterparties,
  screenCounterparties,
} from '@dualuse/app';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured, problemResponse } from '../../routing';
import { UuidParam } from '../../schemas';
import {
  CounterpartyImportSchema,
  CounterpartyPageSchema,
  CounterpartySchema,
  CounterpartyScreenSchema,
  partiesOf,
  PartySchema,
} from './schemas';

const one = secured('counterparties:read', {
  method: 'get',
  path: '/counterparties/{id}',
  tags: ['screening'],
  summary: 'One stored counterparty',
  request: { params: UuidParam },
  responses: { 200: json(CounterpartySchema, 'The counterparty'), 404: problemResponse('Not in this tenant') },
});

const list = secured('counterparties:read', {
  method: 'get',
  path: '/counterparties',
  tags: ['screening'],
  summary: 'Stored counterparties of the tenant',
  request: {
    query: z.object({
      limit: z.coerce.number().int().min(1).max(1000).default(100),
      offset: z.coerce.number().int().min(0).default(0),
      sort: z.enum(COUNTERPARTY_SORTS).default('name').openapi({
        description: 'Column the pages follow; ties are broken by id, so paging is stable',
      }),
      order: z.enum(['asc', 'desc']).default('asc'),
    }),
  },
  responses: {
    200: json(CounterpartyPageSchema, 'Counterparties'),
  },
});

const upsert = secured('counterparties:write', {
  method: 'post',
  path: '/counterparties',
  tags: ['screening'],
  summary: 'Add or update counterparties (matched on externalId)',
  request: body(
    z
      .object({
        parties: z.array(PartySchema).min(1).max(10000),
        strict: z.boolean().optional().openapi({
          description:
            'Store nothing (400) if any party is invalid; by default invalid parties are listed in `errors` and the rest stored',
        }),
      })
      .strict(),
  ),
  responses: {
    200: json(CounterpartyImportSchema, 'Counts, and the parties that could not be read'),
  },
});

const screen = secured('screening:run', {
  method: 'post',
  path: '/counterparties/screen',
  tags: ['screening'],
  summary: 'Screen every stored counterparty against all current lists',
  request: body(z.object({ threshold: z.number().min(0).max(1).optional() }).strict()),
  responses: {
    200: json(CounterpartyScreenSchema, 'Results with hits'),
  },
});

export function registerCounterparties(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(one, async (c) =>
    c.json(await getCounterparty(c.get('app'), c.get('principal'), c.req.valid('param').id), 200),
  );
  api.openapi(list, async (c) =>
    c.json(await getCounterparties(c.get('app'), c.get('principal'), c.req.valid('query')), 200),
  );
  api.openapi(upsert, async (c) => {
    const req = c.req.valid('json');
    const { parties, errors } = partiesOf(req.parties, req.strict ?? false);
    const counts = parties.length
      ? await importCounterparties(c.get('app'), c.get('principal'), parties, c.get('requestId'))
      : { created: 0, updated: 0, unchanged: 0 };
    return c.json({ ...counts, errors }, 200);
  });
  api.openapi(screen, async (c) => {
    const results = await screenCounterparties(c.get('app'), c.get('principal'), {
      threshold: c.req.valid('json').threshold,
    });
    const withHits = results.filter((r) => r.hits.length);
    const all = results.flatMap((r) => r.hits);
    return c.json(
      {
        screened: results.length,
        hits: all.length,
        open: all.filter((h) => h.status === 'open').length,
        results: withHits.map((r) => ({ externalId: r.input.externalId ?? null, name: r.input.name, hits: r.hits })),
      },
      200,
    );
  });
}
