/**
 * Request and response schemas of the emerging-technology register and control proposals (issue 16 §4), named after
 * the core types they describe (@dualuse/core/vendors: Taxonomy, CrosswalkEntry, coverage(), ProposalDraft) and the
 * app's ProposalView and ReportSummary. The request body is checked here for shape; the core's parseDraft still
 * checks what a schema cannot (a blank text, an area not in the register), and either way a 400 names the field.
 */
import { CRITERIA, DECISIONS, PROPOSAL_STATUSES } from '@dualuse/core/vendors';
import { z } from '@hono/zod-openapi';

const TechAreaSchema = z.object({ id: z.string(), name: z.string(), mostSensitive: z.boolean().optional() });

export const TaxonomySchema = z
  .object({
    id: z.enum(['bis-anprm-2018', 'us-cet-2024', 'eu-2023-2113']),
    title: z.string(),
    citation: z.string(),
    url: z.string(),
    readVia: z.string(),
    areas: z.array(TechAreaSchema),
  })
  .openapi('TechTaxonomy');

export const CrosswalkEntrySchema = z
  .object({
    jurisdiction: z.enum(['US', 'EU']),
    code: z.string(),
    areas: z.array(z.string()).openapi({ description: 'Register areas, "<taxonomy>:<area>"' }),
    note: z.string().optional(),
  })
  .openapi('CrosswalkEntry');

export const AreaCoverageSchema = z
  .object({
    area: z.string(),
    name: z.string(),
    US: z.array(z.string()),
    EU: z.array(z.string()),
    gaps: z.array(z.enum(['US', 'EU'])).openapi({ description: 'Jurisdictions with no control entry for the area' }),
  })
  .openapi('TechAreaCoverage');

export const EmergingRegisterSchema = z
  .object({
    taxonomies: z.array(TaxonomySchema),
    crosswalk: z.array(CrosswalkEntrySchema),
    coverage: z.array(AreaCoverageSchema),
  })
  .openapi('EmergingRegister');

const text = (max: number) => z.string().min(1).max(max);
const criteriaOf = <T extends z.ZodTypeAny>(one: T) =>
  z.object(Object.fromEntries(CRITERIA.map((c) => [c, one])) as Record<(typeof CRITERIA)[number], T>);

const ScoredInput = z.object({
  score: z.number().int().min(0).max(3).openapi({ description: 'Our 0–3 scale; criteria are never summed' }),
  reason: text(2000),
});

/** What parseDraft accepts (unknown keys are ignored, as before). */
export const ProposalDraftInputSchema = z
  .object({
    title: text(300),
    technology: text(4000),
    parameters: z.record(z.string(), text(500)).optional().openapi({ description: 'Name → value' }),
    rationale: text(4000),
    foreignAvailability: text(4000),
    areas: z.array(z.string()).optional().openapi({ description: 'Register areas, e.g. "eu-2023-2113:quantum"' }),
    criteria: criteriaOf(ScoredInput),
    links: z.array(text(500)).optional(),
  })
  .openapi('ProposalDraftInput');

const ProposalDraftSchema = z
  .object({
    title: z.string(),
    technology: z.string(),
    parameters: z.record(z.string(), z.string()),
    rationale: z.string(),
    foreignAvailability: z.string(),
    areas: z.array(z.string()),
    criteria: criteriaOf(z.object({ score: z.number().int(), reason: z.string() })),
    links: z.array(z.string()).optional(),
  })
  .openapi('ProposalDraft');

export const ControlProposalSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    status: z.enum(PROPOSAL_STATUSES),
    draft: ProposalDraftSchema,
    advisers: z.array(z.string()).openapi({ description: 'Actor ids invited to comment' }),
    decision: z.object({ decision: z.enum(DECISIONS), reason: z.string(), by: z.string(), at: z.string() }).nullable(),
    comments: z.array(
      z.object({
        author: z.object({ id: z.string(), name: z.string(), role: z.string() }),
        body: z.string(),
        at: z.string(),
      }),
    ),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi('ControlProposal');

export const VendorReportSummarySchema = z
  .object({
    id: z.string(),
    inventory: z.string(),
    checkedOn: z.string(),
    cleanNetwork: z.boolean(),
    findings: z.number().int(),
    createdAt: z.string(),
    changedLists: z.array(z.string()).openapi({ description: 'Lists changed since the report: a re-check is due' }),
  })
  .openapi('VendorReportSummary');
