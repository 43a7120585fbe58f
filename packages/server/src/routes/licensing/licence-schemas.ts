/**
 * Request and response shapes of the licences API: a licence as recorded (core `Licence`), as the tenant holds it
 * (with what was drawn and what remains), one with its draw-downs, and a shipment drawn against licences. The core
 * validator (`parseLicence`) still checks what a schema leaves to it (date forms, codes, limits) and names the field.
 */
import { z } from '@hono/zod-openapi';
import { CoverageSchema, DeterminationResultSchema } from './schemas';

const LicencePartySchema = z
  .object({ role: z.string().optional(), name: z.string(), country: z.string().optional() })
  .openapi('LicenceParty');

const terms = {
  number: z.string().openapi({ example: 'D1234567' }),
  jurisdiction: z.string().openapi({ description: 'The law it is issued under: US, EU, UK, ...', example: 'US' }),
  authority: z.string().optional().openapi({ description: 'Issuing authority, e.g. BIS, BAFA, ECJU' }),
  items: z
    .array(z.object({ code: z.string(), description: z.string().optional() }).strict())
    .openapi({ description: 'Control codes covered ("3A090.a", or "3A090" for every paragraph of the entry)' }),
  destinations: z.array(z.string()).openapi({ description: 'ISO 3166-1 alpha-2 codes', example: ['SA'] }),
  parties: z.array(LicencePartySchema).openapi({
    description: "Named parties: the transaction's end users and consignees must all be among them",
  }),
  value_limit: z.number().optional(),
  quantity_limit: z.number().optional(),
  currency: z.string().openapi({ description: 'ISO 4217', example: 'USD' }),
  valid_from: z.string().openapi({ example: '2026-01-01' }),
  expires: z.string().openapi({ description: 'Last day the licence may be used (inclusive)', example: '2027-12-31' }),
  conditions: z.array(z.string()),
};

export const LicenceSchema = z.object(terms).openapi('Licence');

export const LicenceInputSchema = z
  .object({
    ...terms,
    parties: terms.parties.optional(),
    currency: terms.currency.optional().openapi({ description: 'ISO 4217; USD when absent' }),
    conditions: terms.conditions.optional(),
  })
  .strict()
  .openapi('LicenceInput', { description: 'A licence as recorded; the server checks dates, codes and limits' });

export const LicenceViewSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    jurisdiction: z.string(),
    terms: LicenceSchema,
    used: z.object({ value: z.number(), quantity: z.number() }),
    remaining: z.object({ value: z.number().optional(), quantity: z.number().optional() }).openapi({
      description: 'What is left of each limit the licence sets (absent: no limit)',
    }),
    status: z.enum(['not_yet_valid', 'valid', 'expired', 'exhausted']),
    created_by: z.string(),
    created_at: z.string(),
  })
  .openapi('LicenceView');

const DrawdownSchema = z
  .object({
    transaction_id: z.string(),
    item: z.number().int(),
    code: z.union([z.string(), z.null()]),
    value: z.number(),
    quantity: z.number(),
    shipped_on: z.string(),
    created_by: z.string(),
    created_at: z.string(),
  })
  .openapi('Drawdown');

export const LicenceDetailSchema = LicenceViewSchema.extend({ drawdowns: z.array(DrawdownSchema) }).openapi(
  'LicenceDetail',
);

export const ShipmentDrawSchema = z
  .object({
    determination: DeterminationResultSchema,
    transaction_id: z.string(),
    coverage: z.array(CoverageSchema),
    drawdowns: z.array(
      z.object({
        licence: z.string(),
        number: z.string(),
        item: z.number().int(),
        value: z.number(),
        quantity: z.number(),
      }),
    ),
  })
  .openapi('ShipmentDraw');
