/**
 * Licences a tenant holds, and shipments drawn against them.
 *   GET  /licences                    → {licences: LicenceView[]} (with used/remaining balances and status)
 *   POST /licences                    → LicenceView (201); body: LicenceInput (core `Licence`)
 *   GET  /licences/{ref}              → LicenceView & {drawdowns} (ref = id or number)
 *   POST /licences/draws              → {determination, transaction_id, coverage, drawdowns}; body: a transaction.
 *        409 (nothing drawn) when an item needing a licence is not covered, or the shipment was drawn before.
 */
import { addLicence, listLicences, recordShipment, showLicence } from '@dualuse/app';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured, problemResponse } from '../../routing';
import { LicenceDetailSchema, LicenceInputSchema, LicenceViewSchema, ShipmentDrawSchema } from './licence-schemas';
import { TransactionSchema } from './schemas';
const Jurisdiction = z
  .string()
  .regex(/^[A-Za-z]{2,10}$/)
  .optional()
  .openapi({ description: 'US, EU, UK, ...' });

const listRoute = secured('licences:read', {
  method: 'get',
  path: '/licences',
  tags: ['licensing'],
  summary: 'Licences the tenant holds, with what has been drawn and what remains',
  request: { query: z.object({ jurisdiction: Jurisdiction }) },
  responses: {
    200: json(z.object({ licences: z.array(LicenceViewSchema) }), 'Current (not superseded) licences'),
  },
});

const addRoute = secured('licences:write', {
  method: 'post',
  path: '/licences',
  tags: ['licensing'],
  summary:
    'Record a licence: number, jurisdiction, items (control codes), destinations, parties, value/quantity limits, validity',
  request: body(LicenceInputSchema),
  responses: {
    201: json(LicenceViewSchema, 'The stored licence'),
    400: problemResponse('Invalid licence (each field named)'),
    409: problemResponse('A licence with this number exists'),
  },
});

const showRoute = secured('licences:read', {
  method: 'get',
  path: '/licences/{ref}',
  tags: ['licensing'],
  summary: 'One licence (by id or number) with every shipment drawn against it',
  request: { params: z.object({ ref: z.string().min(1).max(200) }), query: z.object({ jurisdiction: Jurisdiction }) },
  responses: {
    200: json(LicenceDetailSchema, 'The licence and its draw-downs'),
    404: problemResponse('No such licence'),
  },
});

const drawRoute = secured('licences:write', {
  method: 'post',
  path: '/licences/draws',
  tags: ['licensing'],
  summary: 'Determine a shipment and draw its items against held licences (all or nothing)',
  request: body(TransactionSchema),
  responses: {
    200: json(ShipmentDrawSchema, 'The determination, which licence covers each item, and the draw-downs written'),
    409: problemResponse('Not covered by a held licence, or already drawn: nothing was drawn'),
  },
});

export function registerLicences(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(listRoute, async (c) =>
    c.json({ licences: await listLicences(c.get('app'), c.get('principal'), c.req.valid('query')) }, 200),
  );
  api.openapi(addRoute, async (c) =>
    c.json(
      await addLicence(c.get('app'), c.get('principal'), c.req.valid('json'), { requestId: c.get('requestId') }),
      201,
    ),
  );
  api.openapi(showRoute, async (c) => {
    const { ref } = c.req.valid('param');
    return c.json(await showLicence(c.get('app'), c.get('principal'), ref, c.req.valid('query').jurisdiction), 200);
  });
  api.openapi(drawRoute, async (c) =>
    c.json(
      await recordShipment(c.get('app'), c.get('principal'), c.req.valid('json'), { requestId: c.get('requestId') }),
      200,
    ),
  );
}
