/**
 * POST /api/v1/determine: a licence determination per jurisdiction for one transaction (the
 * body is the transaction) or a batch (`{"transactions": [...]}`, up to 1,000). The core
 * validates transactions itself, so errors name the field (`/items/0/classification/US`).
 */
import { determineTransactions } from '@dualuse/app';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured } from '../../routing';

const Loose = z.record(z.string(), z.unknown());
const DetermineBody = Loose.openapi('DetermineRequest', {
  description:
    'A transaction {id, date, exporter, items, destination, parties, end_use, technology_release_to}, or {"transactions": [...]} (at most 1,000)',
});

const determineRoute = secured('licensing:determine', {
  method: 'post',
  path: '/determine',
  tags: ['licensing'],
  summary:
    'Licence determination per jurisdiction (US EAR, EU), with the rules that fired and the ones that did not, as of the transaction date',
  request: {
    ...body(DetermineBody),
    query: z.object({
      optIn: z
        .string()
        .max(500)
        .optional()
        .openapi({ description: 'Comma-separated ids of opt-in rule versions, e.g. the AI-diffusion rule' }),
    }),
  },
  responses: {
    200: json(Loose, 'One result ({id, asOf, determinations, warnings}), or {results, versions} for a batch'),
    400: json(z.unknown(), 'Invalid transaction (problem details name each field)'),
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
    const batch = Array.isArray(input.transactions);
    const txs = batch ? (input.transactions as unknown[]) : [input];
    if (txs.length === 0 || txs.length > 1000)
      return c.json(
        {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          detail: 'transactions: give 1 to 1,000 transactions',
        },
        400,
      );
    const r = await determineTransactions(c.get('app'), c.get('principal'), txs, {
      optIn,
      requestId: c.get('requestId'),
    });
    return c.json((batch ? r : { ...r.results[0]!, versions: r.versions }) as unknown as Record<string, unknown>, 200);
  });
}
