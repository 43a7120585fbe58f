/**
 * Response shapes of the controls API. The handlers return the use cases' own types
 * (app controls ControlTree), so zod-openapi's typed c.json checks each against its schema.
 */
import { z } from '@hono/zod-openapi';
import { ActorSchema } from '../../schemas';

export const NoteBlockSchema = z
  .object({
    kind: z.enum(['note', 'technical_note', 'nb', 'licence_requirement_note', 'other']),
    title: z.string().openapi({ description: '"Note 2 to 3A090.a and 3A090.b", "Technical Notes", "N.B."' }),
    text: z.string(),
  })
  .openapi('NoteBlock');

export const ControlTreeNodeSchema = z
  .object({
    code: z
      .string()
      .openapi({ description: "What to pass as prefix to open this node ('3', '3A', 'other'), or the entry code" }),
    kind: z.enum(['category', 'group', 'entry']),
    heading: z.string(),
    entries: z.number().int().optional().openapi({ description: 'category and group: how many entries are below' }),
    reasons: z.array(z.string()).optional(),
    chartColumns: z.array(z.string()).optional(),
    paragraphs: z.number().int().optional(),
    list: z.string().optional(),
    text_source: z
      .string()
      .optional()
      .openapi({ description: 'entry: whose words its heading is (own, us_counterpart, summary)' }),
  })
  .openapi('ControlTreeNode');

export const ControlTreeSchema = z
  .object({
    asOf: z.string(),
    jurisdiction: z.string(),
    prefix: z.string(),
    lists: z.array(
      z.object({ list: z.string(), version: z.string(), effectiveFrom: z.string(), entryCount: z.number() }),
    ),
    nodes: z.array(ControlTreeNodeSchema),
    notes: z.array(NoteBlockSchema).openapi({ description: "A category's own notes (not an entry's)" }),
    citation: z.string(),
  })
  .openapi('ControlTree');

/** An imported control-list version (app controls ControlVersionView). */
export const ControlVersionSchema = z
  .object({
    id: z.string(),
    list: z.string(),
    jurisdiction: z.string(),
    version: z.string(),
    effectiveFrom: z.string(),
    format: z.string(),
    contentHash: z.string(),
    entryCount: z.number().int(),
    warnings: z.array(z.string()),
    importedAt: z.string(),
  })
  .openapi('ControlVersion');

const Codes = z.array(z.string());

/** What changed between two versions of a list (core controls ControlDiff). */
export const ControlDiffSchema = z
  .object({
    from: ControlVersionSchema,
    to: ControlVersionSchema,
    diff: z.object({
      added: Codes,
      removed: Codes,
      changed: z.array(
        z.object({
          code: z.string(),
          fields: Codes.openapi({ description: 'heading, reasons, chart columns, licence exceptions, text...' }),
          paragraphsAdded: Codes,
          paragraphsRemoved: Codes,
          paragraphsChanged: Codes,
        }),
      ),
      unchanged: z.number().int(),
    }),
  })
  .openapi('ControlDiff');

/** A parameter an item can be described by (core controls ParameterDef). */
export const ParameterSchema = z
  .object({
    name: z.string(),
    type: z.enum(['number', 'integer', 'boolean', 'enum']),
    unit: z.string().optional().openapi({ description: 'Canonical unit; numbers without a unit are taken in it' }),
    units: z
      .record(z.string(), z.number())
      .optional()
      .openapi({ description: 'Other accepted units → factor to the canonical unit' }),
    values: z.array(z.string()).readonly().optional().openapi({ description: 'enum: the accepted values' }),
    min: z.number().optional(),
    exclusiveMin: z.boolean().optional(),
    relax: z.literal(false).optional().openapi({ description: 'false: near misses never relax this parameter' }),
    description: z.string(),
  })
  .openapi('Parameter');

export const RecheckSchema = z
  .object({
    checked: z.number().int(),
    flagged: z.array(
      z.object({ productRef: z.string(), jurisdiction: z.string(), code: z.string(), reason: z.string() }),
    ),
  })
  .openapi('ClassificationRecheck');

/**
 * An item's technical parameters. The values stay open here on purpose: the core checks each against the catalogue
 * (units, ranges, names) so that an error names the parameter and what it accepts.
 */
export const ItemParametersSchema = z.record(z.string(), z.unknown()).openapi('ItemParameters', {
  description:
    'Parameter name (GET /classify/parameters) → value: a number in the canonical unit, { value, unit }, a boolean, or enum value(s)',
});

/** A tenant's approved classification of a product in one jurisdiction (app controls ProductClassificationView). */
export const ProductClassificationSchema = z
  .object({
    id: z.string(),
    tenantId: z.string(),
    productRef: z.string(),
    productName: z.string(),
    jurisdiction: z.string(),
    code: z.string(),
    parameters: ItemParametersSchema,
    rationale: z.string(),
    listVersionId: z.string().nullable(),
    entryHash: z.string().nullable(),
    approvedBy: ActorSchema,
    approvedAt: z.string(),
    status: z.string().openapi({ description: 'current, or review_needed (flagged by a list change)' }),
    reviewReason: z.string().nullable(),
    checkedAt: z.string().nullable(),
  })
  .openapi('ProductClassification');
