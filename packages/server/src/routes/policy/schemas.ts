/** Response schemas of the policy routes (issue 15): trade datasets, control cost, chokepoints, screening cases. */
import { z } from '@hono/zod-openapi';

const Strings = z.array(z.string());

export const TradeDatasetSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    version: z.number().int(),
    format: z.string(),
    source: z.string().nullable(),
    currency: z.string(),
    contentHash: z.string(),
    rowCount: z.number().int(),
    importedBy: z.string(),
    importedAt: z.string(),
  })
  .openapi('TradeDataset');

export const TradeImportSchema = z
  .object({ status: z.enum(['imported', 'unchanged']), dataset: TradeDatasetSchema })
  .openapi('TradeImport');

const DraftControlSchema = z
  .object({
    name: z.string(),
    hs: Strings.optional(),
    chplTiers: Strings.optional(),
    entries: Strings.optional(),
    destinations: Strings,
    adopters: Strings,
    effectiveDate: z.string(),
    comparable: z.object({ name: z.string(), date: z.string() }).optional(),
  })
  .openapi('DraftControl');

export const ControlCostSchema = z
  .object({
    control: DraftControlSchema,
    covered: z.array(z.object({ hs: z.string(), basis: z.string() })),
    total: z.number(),
    rowsTouched: z.number().int(),
    cells: z.array(z.object({ exporter: z.string(), destination: z.string(), period: z.string(), value: z.number() })),
    byPeriod: z.array(
      z.object({ period: z.string(), value: z.number(), byExporter: z.record(z.string(), z.number()) }),
    ),
    byDestination: z.record(z.string(), z.number()),
    exporters: z.array(z.object({ exporter: z.string(), adopts: z.boolean(), value: z.number(), share: z.number() })),
    adoptersShare: z.number(),
    othersShare: z.number(),
    trends: z.array(
      z.object({
        name: z.string(),
        date: z.string(),
        before: z.number().nullable(),
        after: z.number().nullable(),
        ratio: z.number().nullable(),
      }),
    ),
    periods: z.object({ first: z.string().nullable(), last: z.string().nullable() }),
  })
  .openapi('ControlCost');

export const DatasetCostSchema = z
  .object({ dataset: TradeDatasetSchema, cost: ControlCostSchema })
  .openapi('DatasetControlCost');

export const ShipmentsCostSchema = z
  .object({ cost: ControlCostSchema, shipments: z.number().int(), problems: Strings })
  .openapi('ShipmentsControlCost');

const ShareSchema = z.object({
  provider: z.string(),
  name: z.string(),
  country: z.string().optional(),
  share: z.number(),
});

export const ChokepointSchema = z
  .object({
    input: z.string(),
    name: z.string(),
    year: z.string().nullable(),
    countries: z.array(ShareSchema),
    unattributed: z.array(ShareSchema),
    companies: z.array(ShareSchema),
    companyYear: z.string().nullable(),
    hhi: z.number().nullable(),
    companyHhi: z.number().nullable(),
    coalitionShare: z.number(),
    concernShare: z.number(),
    classification: z.enum(['allied_chokepoint', 'concern_dependency', 'contested', 'unknown']),
    why: Strings,
    thresholds: z.object({ alliedAtLeast: z.number(), concernAtLeast: z.number(), label: z.string() }),
    controls: z
      .object({
        input: z.string(),
        inputName: z.string(),
        links: z.array(
          z.object({
            jurisdiction: z.enum(['US', 'EU']),
            entry: z.string(),
            coverage: z.enum(['full', 'partial', 'none']),
            quote: z.string(),
            citation: z.string(),
          }),
        ),
        why: z.string(),
      })
      .nullable(),
    listDifferences: Strings,
    missing: Strings,
  })
  .openapi('Chokepoint');

const Filing = z.enum(['mandatory', 'advisable', 'not_required', 'unknown']);

const LegalTextSchema = z
  .object({
    id: z.string(),
    citation: z.string(),
    verified: z.boolean(),
    evidence: z
      .array(
        z.object({
          quote: z.string(),
          citation: z.string().optional(),
          url: z.string().optional(),
          from: z.enum(['official', 'secondary']),
        }),
      )
      .readonly(),
    unverified: z.string().optional(),
  })
  .openapi('InvestmentLaw');

export const RegimeAnswerSchema = z
  .object({
    regime: z.enum(['US-CFIUS', 'EU-FDI', 'UK-NSI']),
    applies: z.boolean(),
    filing: Filing,
    evidence: Strings,
    law: z.array(LegalTextSchema),
    openQuestions: Strings,
  })
  .openapi('RegimeAnswer');

const InvestmentScreeningSchema = z
  .object({
    caseId: z.string(),
    asOf: z.string(),
    filing: Filing,
    regimes: z.array(RegimeAnswerSchema),
    chain: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        country: z.string(),
        interest: z.number(),
        path: Strings,
        listed: Strings,
      }),
    ),
    listedOwnership: Strings,
  })
  .openapi('InvestmentScreening');

export const ScreeningCaseSchema = z
  .object({
    id: z.string(),
    reference: z.string(),
    filing: z.string(),
    result: InvestmentScreeningSchema,
    input: z.unknown().openapi({ description: 'The investment case as screened (see InvestmentCase)' }),
    decision: z.string().nullable(),
    decisionNote: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi('ScreeningCase');
