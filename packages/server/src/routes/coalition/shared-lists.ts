/**
 * Shared list additions and indicators (issue 14 item 6):
 *   GET/POST /coalition/shared/{kind}             shared records visible to this agency (with provenance); publish
 *   POST /coalition/shared/{kind}/{id}/retract    withdraw one this agency published, from every coalition
 *   POST /coalition/shared/screen                 screen parties against the shared parties
 *   POST /coalition/shared/indicators/check       check a record's fields against the shared indicators
 */
import {
  checkSharedIndicators,
  listShared,
  publishShared,
  retractShared,
  screenSharedParties,
} from '@dualuse/app/coalition/index';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured, problemResponse } from '../../routing';
import { SharedProvenanceSchema } from '../../schemas';

const TAGS = ['coalition'];
const Kind = z.object({ kind: z.enum(['list_addition', 'indicator']) });
const KindId = Kind.extend({ id: z.string().min(1).max(64) });
const Provenance = SharedProvenanceSchema;
const Party = z
  .object({
    role: z.enum(['end_user', 'consignee', 'intermediate_consignee', 'purchaser', 'other']).optional(),
    name: z.string(),
    country: z.string().optional(),
    address: z.string().optional(),
    identifiers: z.array(z.object({ type: z.string().optional(), value: z.string() })).optional(),
  })
  .openapi('SharedPartyRef');
const Indicator = z
  .object({
    type: z.enum(['address', 'phone', 'email_domain', 'payer_account', 'hs_pattern']),
    value: z.string(),
    reason: z.string(),
  })
  .openapi('SharedIndicator');
const Publish = z
  .union([z.object({ party: Party, reason: z.string() }), Indicator])
  .openapi('SharedPublish', { description: 'A party ({party, reason}) or an indicator ({type, value, reason})' });
const Subject = z
  .object({
    addresses: z.array(z.string()).optional(),
    phones: z.array(z.string()).optional(),
    emails: z.array(z.string()).optional(),
    payerAccounts: z.array(z.string()).optional(),
    hsCodes: z.array(z.string()).optional(),
  })
  .openapi('IndicatorSubject');
const errors = { 400: problemResponse('Invalid input (the field is named)'), 404: problemResponse('Not found') };

const listRoute = secured('denials:read', {
  method: 'get',
  path: '/coalition/shared/{kind}',
  tags: TAGS,
  summary: 'Shared parties or indicators visible to this agency, with provenance (reads audited in both chains)',
  request: { params: Kind },
  responses: {
    200: json(z.object({ items: z.array(z.object({ item: Publish, provenance: Provenance })) }), 'Shared records'),
    ...errors,
  },
});
const publishRoute = secured('denials:write', {
  method: 'post',
  path: '/coalition/shared/{kind}',
  tags: TAGS,
  summary: 'Publish a party or an indicator to every coalition of this agency that shares that kind',
  request: { params: Kind, ...body(Publish) },
  responses: {
    201: json(
      z.object({ recordId: z.string(), kind: z.string(), coalitions: z.array(z.string()), item: Publish }),
      'Published',
    ),
    ...errors,
  },
});
const retractRoute = secured('denials:write', {
  method: 'post',
  path: '/coalition/shared/{kind}/{id}/retract',
  tags: TAGS,
  summary: 'Withdraw a shared record this agency published, from every coalition',
  request: { params: KindId },
  responses: { 200: json(z.object({ recordId: z.string(), retracted: z.number() }), 'Retracted'), ...errors },
});
const screenRoute = secured('denials:read', {
  method: 'post',
  path: '/coalition/shared/screen',
  tags: TAGS,
  summary: 'Screen parties against the coalition’s shared parties (each hit with provenance)',
  request: body(z.object({ parties: z.array(Party).min(1).max(500) }).openapi('SharedScreenRequest')),
  responses: {
    200: json(
      z.object({
        items: z.array(
          z.object({
            party: Party,
            hits: z.array(
              z.object({
                sharedParty: Party,
                score: z.number(),
                explanation: z.record(z.string(), z.unknown()),
                provenance: Provenance,
              }),
            ),
          }),
        ),
      }),
      'Hits per party',
    ),
    ...errors,
  },
});
const checkRoute = secured('denials:read', {
  method: 'post',
  path: '/coalition/shared/indicators/check',
  tags: TAGS,
  summary: 'Check a record’s addresses, phones, e-mails, payer accounts and HS codes against shared indicators',
  request: body(Subject),
  responses: {
    200: json(
      z.object({
        items: z.array(
          z.object({ type: z.string(), indicator: z.string(), matched: z.string(), provenance: Provenance }),
        ),
      }),
      'Indicator hits',
    ),
    ...errors,
  },
});

export function registerCoalitionSharedLists(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(screenRoute, async (c) =>
    c.json({ items: await screenSharedParties(c.get('app'), c.get('principal'), c.req.valid('json').parties) }, 200),
  );
  api.openapi(checkRoute, async (c) =>
    c.json({ items: await checkSharedIndicators(c.get('app'), c.get('principal'), c.req.valid('json')) }, 200),
  );
  api.openapi(listRoute, async (c) =>
    c.json({ items: await listShared(c.get('app'), c.get('principal'), c.req.valid('param').kind) }, 200),
  );
  api.openapi(publishRoute, async (c) =>
    c.json(await publishShared(c.get('app'), c.get('principal'), c.req.valid('param').kind, c.req.valid('json')), 201),
  );
  api.openapi(retractRoute, async (c) => {
    const { kind, id } = c.req.valid('param');
    return c.json(await retractShared(c.get('app'), c.get('principal'), kind, id), 200);
  });
}
