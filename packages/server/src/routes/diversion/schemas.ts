/** Request and response schemas of the diversion records routes (records.ts). */
import { ShipmentInput } from '@dualuse/core/diversion';
import { z } from '@hono/zod-openapi';

/**
 * A shipment to score (core ShipmentInput: parties, items, route, payment, contract, amendments; countries by
 * name or ISO code). Core's schema is built before @hono/zod-openapi extends zod, so its shape is re-wrapped here.
 */
export const ShipmentSchema = z.object(ShipmentInput.shape).strict().openapi('DiversionShipment');

/** One row of the Common High Priority List the caller supplies: an HS6 code and its tier. */
export const ChplEntry = z
  .object({ hs6: z.string().regex(/^\d{6}$/), tier: z.string().regex(/^[1-4](\.[AB])?$/) })
  .openapi('ChplEntry');
export const DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
export const ImportBody = z
  .object({
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .openapi({ description: 'Name of the file; its extension gives the format unless `format` is set' }),
    content: z.string().min(1).openapi({ description: 'The file text (UTF-8)' }),
    format: z.enum(['csv', 'jsonl']).optional(),
    chpl: z
      .array(ChplEntry)
      .max(10000)
      .optional()
      .openapi({ description: 'Common High Priority List, HS6 with tier; without it the CHPL rules abstain' }),
    asOf: DATE.optional(),
  })
  .strict();
export const CompanyImportBody = ImportBody.omit({ chpl: true, asOf: true });

export const Batch = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    fileName: z.string(),
    format: z.string(),
    records: z.number(),
    alerts: z.number(),
    contentHash: z.string(),
  })
  .openapi('ImportBatch');
export const ResultLine = z.object({
  id: z.string(),
  alert: z.boolean(),
  score: z.number(),
  severity: z.string(),
  flags: z.array(z.object({ tag: z.string(), why: z.string(), citation: z.string() })),
  counterpartyKey: z.string().optional(),
});
export const ImportResult = z
  .object({ batch: Batch, results: z.array(ResultLine), inputVersions: z.record(z.string(), z.string()) })
  .openapi('DiversionImportResult');
export const AlertFlag = z.object({
  tag: z.string(),
  why: z.string(),
  citation: z.string(),
  rule: z.string(),
  weight: z.number(),
  contribution: z.number(),
  fields: z.array(z.string()),
});
export const Alert = z
  .object({
    id: z.uuid(),
    subjectType: z.enum(['shipment', 'payment']),
    subjectRef: z.string(),
    score: z.number(),
    severity: z.string(),
    flags: z.array(AlertFlag),
    counterparty: z.object({ key: z.string(), name: z.string(), country: z.string().nullable() }),
    status: z.enum(['open', 'in_case', 'closed']),
    caseId: z.uuid().nullable(),
    batchId: z.uuid(),
    createdAt: z.string(),
  })
  .openapi('DiversionAlert');
export const AlertGroup = z
  .object({
    key: z.string(),
    counterparty: z.string(),
    country: z.string().nullable(),
    alertIds: z.array(z.uuid()),
    maxScore: z.number(),
    tags: z.record(z.string(), z.number()),
    open: z.number(),
  })
  .openapi('DiversionAlertQueueGroup');
export const PartyParam = z.object({
  party: z
    .string()
    .min(1)
    .max(300)
    .openapi({ param: { name: 'party', in: 'path' }, description: "The party's source id (company ref, FtM id)" }),
});
export const CompanyActivity = z
  .object({
    text: z
      .string()
      .openapi({ description: 'The declared activity in words: the code with its class title, or words' }),
    profile: z
      .string()
      .nullable()
      .openapi({ description: 'The business profile (ours) it is read as; null when none covers it' }),
  })
  .openapi('CompanyActivity');
export const Node = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  country: z.string().nullable(),
  listed: z.boolean(),
  depth: z.number(),
  activities: z.array(CompanyActivity).openapi({ description: 'What the company file declares the company does' }),
});

export const PartyNetworkEdge = z
  .object({
    from: z.string(),
    to: z.string(),
    kind: z.string().openapi({
      description:
        'ownership, directorship, unknown, shared_address|phone|email (registry), same_registration_agent; from the records: same_payer, same_payer_account, same_forwarder, same_notify_party, shared_address|phone|email',
    }),
    why: z.string(),
    source: z.string(),
    basis: z.enum(['registry', 'records']),
    records: z.array(z.string()).optional(),
    firstDate: z.string().optional(),
    lastDate: z.string().optional(),
  })
  .openapi('PartyNetworkEdge');

export const PartyRing = z
  .object({
    members: z.number(),
    listedMembers: z.number(),
    alertedMembers: z.number(),
    sharedIdentifiers: z.number(),
    why: z.string(),
  })
  .openapi('PartyRing');

/** The answer of a company import (app diversion importCompanies). */
export const CompanyImportResult = z
  .object({
    batch: Batch,
    companies: z.number(),
    links: z.number(),
    listed: z.number(),
    warnings: z.array(z.string()),
  })
  .openapi('CompanyImport');

/** The evidence tree behind a party's coverage (core diversion ChainStep): each covered owner expanded in turn. */
export const ChainStep = z
  .object({
    entity: z.string(),
    aggregate: z.number(),
    basis: z.enum(['ownership', 'control', 'minority', 'none']),
    holdings: z.array(
      z.object({
        edge: z.string(),
        owner: z.string(),
        percentage: z.number().optional(),
        control: z.boolean().optional(),
        ownerStatus: z.enum(['listed', 'covered']).openapi({ description: 'covered: `via` explains why' }),
        get via(): z.ZodOptional<typeof ChainStep> {
          return ChainStep.optional();
        },
      }),
    ),
  })
  .openapi('ChainStep');
