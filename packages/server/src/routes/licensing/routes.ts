/**
 * POST /api/v1/determine: a licence determination per jurisdiction for one transaction (the
 * body is the transaction) or a batch (`{"transactions": [...]}`, 1 to 1,000). The schema
 * (licensing/schemas.ts) describes both in the OpenAPI document and refuses a malformed body
 * through the shared problem handler; the core validator then names any field it refuses
 * (`/items/0/classification/US`).
 */
import { determineTransactions } from '@dualuse/app';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured } from '../../routing';
import { DetermineRequestSchema, DetermineResponseSchema } from './schemas';

const determineRoute = secured('licensing:determine', {
  method: 'post',
  path: '/determine',
  tags: ['licensing'],
  summary:
    'Licence determination per jurisdiction (US EAR, EU, UK, NL, JP, AU), with the rules that fired and the ones that did not, as of the transaction date',
  request: {
    ...body(DetermineRequestSchema),
    query: z.object({
      optIn: z
        .string()
        .max(500)
        .optional()
        .openapi({ description: 'Comma-separated ids of opt-in rule versions, e.g. the AI-diffusion rule' }),
    }),
  },
  responses: {
    200: json(DetermineResponseSchema, 'One determination with the versions used, or {results, versions} for a batch'),
  },
});

export function registerLicensing(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(determineRoute, async (c) => {
    const input = c.req.valid('json');
    const optIn = c.req
      .valid('query')
      .optIn?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const batch = 'transactions' in input;
    const r = await determineTransactions(c.get('app'), c.get('principal'), batch ? input.transactions : [input], {
      optIn,
      requestId: c.get('requestId'),
    });
    return c.json(batch ? r : { ...r.results[0]!, versions: r.versions }, 200);
  });
}
