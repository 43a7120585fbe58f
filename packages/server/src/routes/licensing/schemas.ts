/**
 * Request and response shapes of the licensing API: the transaction (one, or a batch of up to
 * 1,000) and the determination. They validate at the edge and write the OpenAPI document; the
 * core validator (`parseTransaction`) still checks what a schema cannot say (control-code forms,
 * a region inside its country, classification or parameters per item) and names the field.
 */
import {
  CONTRACT_CLAUSES,
  DECISIONS,
  DESTINATION_REGIONS,
  END_USES,
  KNOWLEDGE_GROUNDS,
  licensingJurisdictions,
  PARTY_ROLES,
  POLICIES,
  SANCTIONS_LISTS,
} from '@dualuse/core';
import { z } from '@hono/zod-openapi';

const country = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as "CN"')
  .openapi({ example: 'CN' });
const text = z.string().trim().min(1).max(2000);
const flag = (description: string) => z.boolean().optional().openapi({ description });

// Keyed by jurisdiction code: the core validator checks the key against the jurisdictions it knows
// (a registered one included) and the code against that jurisdiction's pattern.
const ClassificationSchema = z.record(z.string().min(2).max(10), z.string().min(1).max(60)).openapi('Classification', {
  description: `Per jurisdiction (${licensingJurisdictions().join(', ')}), the control code: "3A090.a" or EAR99 (US), "5A002.a" or unlisted (EU), ML10.a / PL5001 (UK), national entries (NL, JP provision keys such as JP6-17-KA), DSGL codes (AU)`,
  example: { US: '3A090.a', EU: 'unlisted' },
});

export const TransactionItemSchema = z
  .object({
    description: text.optional(),
    classification: ClassificationSchema.optional(),
    parameters: z.record(z.string(), z.unknown()).optional().openapi({
      description: 'Technical parameters for the classification engine when no classification is given',
    }),
    hs: z.string().max(20).optional().openapi({ description: 'HS / HTS code, 4 to 10 digits', example: '854231' }),
    origin: country.openapi({ description: 'Country where the item was made' }),
    us_content_percent: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .openapi({ description: 'Share of controlled US-origin content (de minimis, 15 CFR 734.4)' }),
    us_content_eccns: z.array(z.string().max(60)).max(100).optional().openapi({
      description: 'ECCNs of the US-origin content a foreign-made item incorporates (15 CFR 734.4(a))',
    }),
    value: z.number().min(0).optional(),
    quantity: z.number().min(0).optional(),
    made_with_us_technology: flag('Made with US-origin technology or software (foreign direct product rules, 734.9)'),
    sta_consignee_statement: flag("The consignee's statement required by License Exception STA (740.20(d)(2))"),
    enc_eligible: flag('Eligible under License Exception ENC (740.17), as the exporter has assessed it'),
    published: flag('Technology or software already published (734.7): not subject to the EAR'),
    fundamental_research: flag('Arising from fundamental research (734.8)'),
    temporary_export: flag('A temporary export returning within one year (TMP, 740.9(a))'),
    replacement_parts: flag('One-for-one replacement parts or servicing (RPL, 740.10)'),
    government_end_user: flag('The end user is a national government agency of the destination (GOV, 740.11)'),
    personal_baggage: flag('Carried as personal baggage (BAG, 740.14)'),
    tsr_written_assurance: flag("The consignee's written assurance against re-export (TSR, 740.6(a))"),
    nac_notified: flag('BIS notified under NAC/ACA without objection within 25 days (740.8)'),
    software_update: flag('An update that only fixes errors in lawfully exported software (TSU, 740.13(c))'),
    sanctions_lists: z.array(z.enum(SANCTIONS_LISTS)).max(50).optional().openapi({
      description: 'Sanctions annexes / schedules the exporter has found the item on',
    }),
    returning_after_repair: flag('Re-export after repair to the country it came from (EU003, Reg. 2021/821 Annex IIc)'),
    temporary_exhibition: flag('Temporary export for an exhibition or fair (EU004, Annex IId)'),
    intra_group: flag('Software / technology to a subsidiary of the same group (EU007, Annex IIg)'),
  })
  .strict()
  .openapi('TransactionItem', { description: 'Give a classification per jurisdiction, or parameters to classify by' });

export const TransactionPartySchema = z
  .object({
    role: z.enum(PARTY_ROLES),
    name: text.max(500),
    country: country.optional(),
    listed_owners: z
      .array(
        z.object({ name: text.max(500), list: text.max(100), percent: z.number().gt(0).max(100).optional() }).strict(),
      )
      .max(100)
      .optional()
      .openapi({
        description: 'Owners on a restricted-party list and their share (BIS affiliates rule, 744.11(a)(3))',
      }),
  })
  .strict()
  .openapi('TransactionParty');

export const TransactionSchema = z
  .object({
    id: text.max(200),
    date: z.iso.date().openapi({ description: 'The determination is answered as of this date', example: '2026-11-23' }),
    exporter: z.object({ name: text.max(500).optional(), country }).strict(),
    items: z.array(TransactionItemSchema).min(1).max(1000),
    destination: country,
    parties: z.array(TransactionPartySchema).max(100).optional(),
    end_use: z.array(z.enum(END_USES)).max(20).optional(),
    technology_release_to: country.nullable().optional().openapi({
      description: 'Citizenship of a foreign national receiving technology (deemed export, 734.13(b))',
    }),
    informed_by_authority: z.array(z.enum(KNOWLEDGE_GROUNDS)).optional(),
    exporter_aware: z.array(z.enum(KNOWLEDGE_GROUNDS)).optional(),
    contract_clauses: z.array(z.enum(CONTRACT_CLAUSES)).optional(),
    destination_region: z.enum(DESTINATION_REGIONS).optional().openapi({ description: 'Lies in Ukraine (UA)' }),
  })
  .strict()
  .openapi('Transaction');

export const DetermineBatchSchema = z
  .object({ transactions: z.array(TransactionSchema).min(1).max(1000) })
  .strict()
  .openapi('DetermineBatch');

export const DetermineRequestSchema = z
  .union([TransactionSchema, DetermineBatchSchema])
  .openapi('DetermineRequest', { description: 'A transaction, or {"transactions": [...]} (1 to 1,000)' });

const EffectSchema = z
  .object({
    decision: z.enum(DECISIONS).optional(),
    subject: z.literal(true).optional(),
    excluded: z.literal(true).optional(),
    policy: z.enum(POLICIES).optional(),
    policyFromList: z.boolean().optional(),
    authorisation: z.string().optional(),
    blocksExceptions: z.boolean().optional(),
    reasons: z.array(z.string()).optional(),
    conditions: z.array(z.string()).optional(),
    obligation: z.string().optional(),
  })
  .openapi('RuleEffect');

const RuleTraceSchema = z
  .object({
    id: z.string(),
    citation: z.string(),
    title: z.string(),
    source: z.string().openapi({ description: 'The rule version: the Federal Register / Official Journal act' }),
    effectiveFrom: z.string(),
    effectiveTo: z.string().optional(),
    item: z.number().int().optional().openapi({ description: 'Index of the item the rule was evaluated for' }),
    why: z.string(),
    effect: EffectSchema.optional(),
  })
  .openapi('RuleTrace');

export const CoverageSchema = z
  .object({
    jurisdiction: z.string(),
    covered: z.boolean(),
    items: z.array(
      z.object({
        item: z.number().int(),
        code: z.string().optional(),
        value: z.number(),
        quantity: z.number(),
        licence: z
          .object({
            id: z.string(),
            number: z.string(),
            remaining_value: z.number().optional(),
            remaining_quantity: z.number().optional(),
          })
          .optional(),
        checked: z.array(
          z.object({ id: z.string(), number: z.string(), covers: z.boolean(), why: z.array(z.string()) }),
        ),
      }),
    ),
  })
  .openapi('LicenceCoverage');

export const DeterminationSchema = z
  .object({
    decision: z.enum(DECISIONS),
    authorisation: z.string().optional(),
    policy: z.enum(POLICIES).optional(),
    rules: z.array(RuleTraceSchema).openapi({ description: 'The rules that fired, with why' }),
    not_fired: z.array(RuleTraceSchema).openapi({ description: 'The rules considered that did not fire, with why' }),
    open_questions: z.array(z.string()).openapi({ description: 'What a human must decide' }),
    obligations: z
      .array(
        z.object({
          id: z.string(),
          citation: z.string(),
          item: z.number().int(),
          obligation: z.string(),
          met: z.boolean(),
          why: z.string(),
        }),
      )
      .optional(),
  })
  .openapi('Determination');

const versions = z.record(z.string(), z.string()).openapi({ description: 'Rule and data versions used, by name' });

const DenialFindingSchema = z
  .object({
    denialId: z.string(),
    agencyId: z.string().openapi({ description: 'The denying agency (tenant id)' }),
    agencyName: z.string(),
    regimeRef: z.string().openapi({ description: "The denial's reference (the notifying government's own)" }),
    essentiallyIdentical: z.boolean().openapi({
      description: 'Reg. (EU) 2021/821 Art. 16: a control entry in common and the same end user or consignee',
    }),
    score: z.number().openapi({ description: 'dualuse heuristic score for ordering (not a legal test)' }),
    scoreLabel: z.string(),
    explanation: z.array(z.string()),
  })
  .openapi('DenialFinding', {
    description: 'A denial in force the tenant can see that the transaction matches: a finding to review',
  });

export const DeterminationResultSchema = z
  .object({
    id: z.string(),
    asOf: z.string(),
    determinations: z.record(z.string(), DeterminationSchema).openapi({
      description: `Per jurisdiction (${licensingJurisdictions().join(', ')}), its determination`,
    }),
    warnings: z.array(z.string()),
    regulations: z.object({ id: z.string(), contentDate: z.string(), format: z.string() }).optional(),
    licences: z
      .array(CoverageSchema)
      .optional()
      .openapi({ description: "Which of the tenant's licences covers each item" }),
    denialMatches: z.array(DenialFindingSchema).optional().openapi({
      description:
        "Denials in force the tenant can see (its own as an agency, its coalitions' shares) that the transaction matches",
    }),
  })
  .openapi('DeterminationResult');

export const DetermineResponseSchema = z
  .union([
    DeterminationResultSchema.extend({ versions }).openapi('DeterminationWithVersions'),
    z.object({ results: z.array(DeterminationResultSchema), versions }).openapi('DeterminationBatch'),
  ])
  .openapi('DetermineResponse');
