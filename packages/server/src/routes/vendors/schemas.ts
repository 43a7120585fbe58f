/** Request and response schemas of the vendor check and research-security routes (issue 16). */
import { z } from '@hono/zod-openapi';

const Iso = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const LegalEffectSchema = z
  .object({
    id: z.string(),
    list: z.string(),
    prohibits: z.string(),
    appliesTo: z.string(),
    from: z.string().nullable(),
    fromNote: z.string().optional(),
    citation: z.string(),
    quote: z.string(),
    quotedFrom: z.string(),
    kind: z.enum(['law', 'indicator']),
  })
  .openapi('VendorLegalEffect');

const EffectStatusSchema = LegalEffectSchema.extend({ status: z.enum(['in_force', 'not_yet', 'unknown']) });

export const FindingSchema = z
  .object({
    row: z.string(),
    kind: z.enum(['listed_vendor', 'listed_owner', 'fcc_covered_category', 'clean_network', 'restricted_party']),
    basis: z.enum(['law', 'indicator', 'policy']),
    list: z.string().nullable(),
    listVersion: z.string().nullable(),
    entry: z.object({ id: z.string(), name: z.string() }).nullable(),
    party: z.string(),
    chain: z.array(z.string()),
    effects: z.array(EffectStatusSchema),
    explanation: z.string(),
    citation: z.string(),
  })
  .openapi('VendorFinding');

const RowSchema = z.object({
  at: z.string(),
  vendor: z.string(),
  product: z.string().nullable(),
  model: z.string().nullable(),
  category: z.string().nullable(),
  countryOfOrigin: z.string().nullable(),
  deployedIn: z.string().nullable(),
});
const RowErrorSchema = z.object({ at: z.string(), field: z.string(), reason: z.string() });

export const CheckRequestSchema = z
  .object({
    name: z.string().min(1).max(200).openapi({ description: 'File name of the inventory (for reports)' }),
    content: z.string().min(1).openapi({ description: 'The inventory: CSV with a header, or JSON' }),
    cleanNetwork: z
      .boolean()
      .optional()
      .openapi({ description: 'Apply the Clean Network policy profile (policy, not law)' }),
    on: Iso.optional().openapi({ description: 'Judge the legal effects on this date (default today)' }),
  })
  .strict();

export const InventoryReportSchema = z
  .object({
    id: z.string(),
    inventory: z.string(),
    checkedOn: z.string(),
    cleanNetwork: z.boolean(),
    rows: z.array(
      z.object({
        row: RowSchema,
        screened: z.array(z.object({ name: z.string(), chain: z.array(z.string()) })),
        findings: z.array(FindingSchema),
      }),
    ),
    errors: z.array(RowErrorSchema),
    findings: z.number().int(),
    versions: z.record(z.string(), z.string()),
  })
  .openapi('InventoryReport');

export const ResearcherSchema = z
  .object({
    name: z.string().min(1).max(300),
    citizenship: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .openapi({ description: 'Most recent citizenship or permanent residency (15 CFR 734.13(b))' }),
    affiliations: z.array(z.string().min(1).max(300)).max(50),
    technology: z
      .array(z.record(z.string(), z.string()))
      .max(50)
      .openapi({ description: 'Classifications, e.g. [{"US":"3E001"}]' }),
    host: z.object({ name: z.string().min(1).max(300), country: z.string().regex(/^[A-Z]{2}$/) }),
    date: Iso.optional(),
  })
  .strict();

/** One list hit on a researcher or an affiliation, its risk category, cited effects and why (core researchFinding). */
export const ResearchFindingSchema = z
  .object({
    subject: z.string().openapi({ description: '"researcher" or "affiliation: <name>"' }),
    list: z.string(),
    listVersion: z.string(),
    entryId: z.string(),
    entryName: z.string(),
    score: z.number(),
    programs: z.array(z.string()),
    remarks: z.string().nullable(),
    licenseRequirement: z.string().nullable(),
    subList: z.string().nullable(),
    risk: z.enum([
      'dod_1286_institution',
      'defence_university_indicator',
      'export_control_restricted_party',
      'sanctions',
      'other_list',
    ]),
    why: z.string(),
    effects: z.array(EffectStatusSchema),
  })
  .openapi('ResearchFinding');

export const ResearchReportSchema = z
  .object({
    researcher: z.string(),
    findings: z.array(ResearchFindingSchema),
    deemedExport: z.array(
      z.object({
        jurisdiction: z.string(),
        decision: z.string(),
        rules: z.array(z.string()),
        openQuestions: z.array(z.string()),
      }),
    ),
    decisions: z.array(z.string()),
    versions: z.record(z.string(), z.string()),
  })
  .openapi('ResearchReport');
