/** Request and response shapes of the screening API. */
import { partyFrom, type PartyInput } from '@dualuse/core/screening';
import { collectRows } from '@dualuse/core/screening';
import { z } from '@hono/zod-openapi';
import { SharedProvenanceSchema } from '../../schemas';

export const PartySchema = z
  .object({
    name: z.string().trim().min(1).max(500),
    aliases: z.array(z.string().min(1).max(500)).max(50).optional(),
    type: z.enum(['person', 'organization', 'vessel', 'aircraft', 'unknown']).optional(),
    countries: z
      .array(z.string().min(2).max(60))
      .max(20)
      .optional()
      .openapi({ description: 'ISO 3166 alpha-2 codes or English names' }),
    birthDate: z.string().max(40).optional().openapi({
      description:
        'YYYY, YYYY-MM, YYYY-MM-DD or another unambiguous form (1969-7-16, 16.07.1969, 16/07/1969, July 16, 1969)',
    }),
    identifiers: z
      .array(z.object({ type: z.string().max(50).optional(), value: z.string().min(1).max(100) }).strict())
      .max(20)
      .optional(),
    externalId: z.string().max(200).optional(),
  })
  .strict()
  .openapi('Party');

export const ScreenRequestSchema = z
  .object({
    parties: z.array(PartySchema).min(1).max(1000),
    threshold: z.number().min(0).max(1).optional(),
    lists: z.array(z.string()).max(50).optional().openapi({ description: 'Only these lists (all must be loaded)' }),
    persist: z.boolean().optional().openapi({ description: 'Store hits for review (default true)' }),
    strict: z.boolean().optional().openapi({
      description:
        'Refuse the whole request (400) if any party is invalid; by default invalid parties are listed in `errors` and the rest screened',
    }),
  })
  .strict()
  .openapi('ScreenRequest');

/** A party of a batch that could not be read: its index in `parties`, the field and why. */
export const RowErrorSchema = z
  .object({ index: z.number(), error: z.object({ field: z.string(), message: z.string() }) })
  .openapi('PartyError');

/** The parties of a batch request, each invalid one as an error by index (or the first thrown when `strict`). */
export function partiesOf(
  raw: readonly unknown[],
  strict: boolean,
): { parties: PartyInput[]; errors: z.infer<typeof RowErrorSchema>[] } {
  const batch = collectRows(
    raw.map((value, i) => ({ line: i, value })),
    (value, i) => partyFrom(value as Record<string, unknown>, `/parties/${i}`),
    strict,
  );
  return { parties: batch.rows, errors: batch.errors.map((e) => ({ index: e.line, error: e.error })) };
}

const FeatureSchema = z.object({ feature: z.string(), effect: z.number(), detail: z.string() });
/** Why a hit matched (core matching HitExplanation): the names compared, token by token, and each feature's effect. */
export const HitExplanationSchema = z
  .object({
    queryName: z.string(),
    matchedName: z.string(),
    matchedNameKind: z.string(),
    method: z.string(),
    queryReading: z.string(),
    candidateReading: z.string(),
    tokens: z.array(z.object({ query: z.string(), candidate: z.string(), similarity: z.number(), weight: z.number() })),
    unmatchedQuery: z.array(z.string()),
    unmatchedCandidate: z.array(z.string()),
    features: z.array(FeatureSchema),
  })
  .openapi('HitExplanation');
export const HitStatusSchema = z
  .enum(['open', 'true_match', 'false_positive', 'suppressed', 'withdrawn'])
  .openapi('HitStatus');
export const EntryReferenceSchema = z
  .object({
    reference: z.union([z.string(), z.null()]).openapi({
      description: "The publisher's reference of the entry; null when its only id is a digest (CSL _id)",
    }),
    source: z.union([z.string(), z.null()]).openapi({ description: 'The list inside the file (CSL)' }),
    programs: z.array(z.string()),
  })
  .openapi('EntryReference');
export const HitSchema = z
  .object({
    id: z.string().nullable(),
    score: z.number(),
    status: HitStatusSchema,
    list: z.string(),
    listVersion: z.string(),
    entryId: z.string(),
    entryHash: z.string(),
    name: z.string(),
    type: z.string(),
    programs: z.array(z.string()),
    decision: z.object({ id: z.string(), decision: z.string(), reason: z.string(), decidedAt: z.string() }).nullable(),
    entry: EntryReferenceSchema,
    explanation: HitExplanationSchema,
    provenance: SharedProvenanceSchema.optional().openapi({
      description: 'On a coalition-shared party: the publishing agency, coalitions, date and reason',
    }),
  })
  .openapi('Hit');

/** A party as screened (core PartyQuery): what a stored hit records as its query. */
export const PartyQuerySchema = z
  .object({
    name: z.string(),
    aliases: z.array(z.string()).optional(),
    type: z.enum(['person', 'organization', 'vessel', 'aircraft', 'unknown']).optional(),
    countries: z.array(z.string()).optional(),
    birthDate: z.string().optional(),
    identifiers: z.array(z.object({ type: z.string().optional(), value: z.string() })).optional(),
  })
  .openapi('PartyQuery');

export const ScreenResponseSchema = z
  .object({
    results: z.array(z.object({ input: PartySchema, hits: z.array(HitSchema) })),
    errors: z
      .array(RowErrorSchema)
      .openapi({ description: 'Parties that could not be read; the others were screened' }),
    versions: z.record(z.string(), z.string()).openapi({ description: 'List → version id screened against' }),
  })
  .openapi('ScreenResponse');

export const CompareRequestSchema = z
  .object({
    pairs: z
      .array(
        z
          .object({
            name1: z.string().min(1).max(500),
            name2: z.string().min(1).max(500),
            schema: z.string().max(40).optional(),
          })
          .strict(),
      )
      .min(1)
      .max(10000),
  })
  .strict()
  .openapi('CompareRequest');

export const ListVersionSchema = z
  .object({
    id: z.string(),
    list: z.string(),
    title: z.string(),
    publisher: z.string(),
    format: z.string(),
    publishedAt: z.string().nullable(),
    dateSource: z.enum(['stated', 'entries', 'declared', 'unknown']),
    publishedBasis: z.string(),
    sourceRole: z.enum(['primary', 'secondary']),
    declaredCount: z.number().nullable(),
    importedAt: z.string(),
    contentHash: z.string(),
    entryCount: z.number(),
    warnings: z.number(),
  })
  .openapi('ListVersion');

export const ImportRequestSchema = z
  .object({
    files: z
      .array(z.object({ name: z.string().min(1).max(255), contentBase64: z.string().min(1) }).strict())
      .min(1)
      .max(10),
  })
  .strict()
  .openapi('ListImportRequest');

export const DecisionSchema = z
  .object({ decision: z.enum(['true_match', 'false_positive']), reason: z.string().trim().min(1).max(2000) })
  .strict()
  .openapi('HitDecision');

export const HitRecordSchema = z
  .object({
    id: z.string(),
    counterpartyId: z.string().nullable(),
    query: PartyQuerySchema,
    list: z.string(),
    listVersionId: z.union([z.string(), z.null()]),
    entryId: z.string(),
    entryHash: z.string(),
    score: z.number(),
    status: HitStatusSchema,
    origin: z.string(),
    explanation: HitExplanationSchema,
    provenance: z.union([SharedProvenanceSchema, z.null()]),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
    entry: EntryReferenceSchema,
  })
  .openapi('HitRecord');

/** A stored counterparty's party (core PartyInput): the fields screened, as stored. */
export const StoredPartySchema = PartyQuerySchema.extend({
  externalId: z.string().optional(),
  source: z.string().optional(),
  line: z.number().optional(),
}).openapi('StoredParty');

export const CounterpartySchema = z
  .object({
    id: z.string(),
    externalId: z.string().nullable(),
    name: z.string(),
    party: StoredPartySchema,
    fingerprint: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Counterparty');

export const CounterpartyPageSchema = z
  .object({ total: z.number(), counterparties: z.array(CounterpartySchema) })
  .openapi('CounterpartyPage');

export const UpsertCountsSchema = z
  .object({ created: z.number(), updated: z.number(), unchanged: z.number() })
  .openapi('UpsertCounts');

export const CounterpartyImportSchema = UpsertCountsSchema.extend({ errors: z.array(RowErrorSchema) }).openapi(
  'CounterpartyImport',
);

export const CounterpartyScreenSchema = z
  .object({
    screened: z.number(),
    hits: z.number(),
    open: z.number(),
    results: z
      .array(z.object({ externalId: z.string().nullable(), name: z.string(), hits: z.array(HitSchema) }))
      .openapi({ description: 'Only the parties with hits' }),
  })
  .openapi('CounterpartyScreen');
