/**
 * Request and response schemas of the policy routes (issue 15): trade datasets, control cost, chokepoints, investment
 * cases and their screening. The core validators (`parseInvestmentCase`, `parseDraftControl`) still check what a schema
 * cannot say (country codes, an acquirer among the parties, percentages 0–100) and name the field.
 */
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

export const DraftControlSchema = z
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

const percent = (description: string) => z.number().openapi({ description: `${description}, 0–100` });

export const InvestmentCaseSchema = z
  .object({
    id: z.string().max(200),
    date: z
      .string()
      .max(10)
      .openapi({ description: 'ISO date the screening is answered as of', example: '2026-11-23' }),
    acquirer: z.string().max(200).openapi({ description: 'The id of the acquiring party' }),
    parties: z.array(
      z.object({
        id: z.string().max(200),
        name: z.string().max(500),
        country: z.string().openapi({ description: 'ISO alpha-2: nationality / place of incorporation' }),
        listed: z.array(z.object({ list: z.string(), entryId: z.string() })).optional(),
        government: z.boolean().optional().openapi({ description: 'A foreign government or one it controls' }),
      }),
    ),
    holdings: z
      .array(z.object({ owner: z.string(), asset: z.string(), percent: percent('Voting interest') }))
      .optional()
      .openapi({ description: 'Holdings above the acquirer (owner → asset)' }),
    target: z.object({
      name: z.string().max(500),
      country: z.string(),
      products: z.array(
        z.object({
          description: z.string().max(2000),
          classification: z
            .object({ US: z.string().optional(), EU: z.string().optional(), UK: z.string().optional() })
            .openapi({ description: 'Control code per jurisdiction; "EAR99" / "unlisted" when not listed' }),
        }),
      ),
    }),
    stake: z.object({
      percent: percent('Voting interest after the transaction'),
      before: percent('Voting interest held before').optional(),
      rights: z
        .object({
          control: z.boolean().optional(),
          boardSeat: z.boolean().optional(),
          boardObserver: z.boolean().optional(),
          nonpublicTechnicalInformation: z.boolean().optional(),
          substantiveDecisionmaking: z.boolean().optional(),
          blockResolutions: z.boolean().optional(),
        })
        .optional()
        .openapi({ description: 'Rights acquired (31 CFR 800.211(b); NSI Act s. 8)' }),
    }),
  })
  .openapi('InvestmentCase');

export const ScreeningCaseSchema = z
  .object({
    id: z.string(),
    reference: z.string(),
    filing: z.string(),
    result: InvestmentScreeningSchema,
    input: InvestmentCaseSchema,
    decision: z.string().nullable(),
    decisionNote: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi('ScreeningCase');
