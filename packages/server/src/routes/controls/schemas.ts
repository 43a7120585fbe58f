/**
 * Response shapes of the controls API. The handlers return the use cases' own types
 * (app controls ControlTree), so zod-openapi's typed c.json checks each against its schema.
 */
import { z } from '@hono/zod-openapi';

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
