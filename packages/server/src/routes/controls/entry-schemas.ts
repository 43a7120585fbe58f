/**
 * Wire shapes of a control entry (core controls model.ts ControlEntry) as the show and search
 * routes answer it. Enumerations come from the core's own lists, so a new list or chart column
 * is one change there.
 */
import { CHART_COLUMNS, CONTROL_LISTS, JURISDICTIONS, REGIMES, TEXT_SOURCES, type Paragraph } from '@dualuse/core';
import { z } from '@hono/zod-openapi';
import { NoteBlockSchema } from './schemas';

const ListId = z.enum(Object.keys(CONTROL_LISTS) as [keyof typeof CONTROL_LISTS, ...(keyof typeof CONTROL_LISTS)[]]);
const Jurisdiction = z.enum(JURISDICTIONS as [(typeof JURISDICTIONS)[number], ...(typeof JURISDICTIONS)[number][]]);

export const ParagraphSchema: z.ZodType<Paragraph> = z
  .object({
    code: z.string().openapi({ description: '"3B001.f.1.b"' }),
    label: z.string().openapi({ description: '"f.1.b"' }),
    text: z.string(),
    notes: z.array(NoteBlockSchema),
    get children() {
      return z.array(ParagraphSchema);
    },
  })
  .openapi('ControlParagraph') as never;

export const ControlEntrySchema = z
  .object({
    list: ListId,
    jurisdiction: Jurisdiction,
    code: z.string().openapi({ description: 'Entry code without paragraph: "3A090", "PL5001"' }),
    category: z.number().int().optional(),
    group: z.string().optional(),
    regime: z.enum(REGIMES).optional(),
    heading: z.string(),
    reasons: z.array(z.string()),
    controls: z.array(
      z.object({
        reason: z.string(),
        appliesTo: z.string(),
        columns: z.array(z.enum(CHART_COLUMNS)),
        destination: z.string().optional(),
      }),
    ),
    chartColumns: z.array(z.enum(CHART_COLUMNS)),
    licenceExceptions: z.array(
      z.object({
        code: z.string(),
        availability: z.enum(['yes', 'no', 'partial']),
        text: z.string(),
        valueUsd: z.number().optional(),
        statusUncertain: z.boolean().optional(),
      }),
    ),
    relatedControls: z.string(),
    relatedDefinitions: z.string(),
    notes: z.array(NoteBlockSchema),
    paragraphs: z.array(ParagraphSchema),
    text: z.string(),
    textSource: z.enum(TEXT_SOURCES).optional(),
    textFrom: z
      .object({ list: z.literal('us-ccl'), jurisdiction: z.literal('US'), code: z.string(), version: z.string() })
      .optional(),
    textCitation: z.string().optional(),
    aliases: z.array(z.string()).optional(),
    // Curated (non-US) entries: their legal citation and whether it was checked against the source.
    citation: z.string().optional(),
    verified: z.boolean().optional(),
    verify: z.string().optional(),
  })
  .openapi('ControlEntry');

export const CounterpartSchema = z
  .object({
    jurisdiction: Jurisdiction,
    code: z.string().optional().openapi({ description: "The entry there, in that list's numbering" }),
    relation: z.enum(['same_item', 'differs', 'us_unilateral', 'national_only']),
    note: z.string(),
    citation: z.string(),
    verified: z.boolean(),
    effectiveFrom: z.string().optional(),
  })
  .openapi('ControlCounterpart');

export const ControlEntryViewSchema = z
  .object({
    jurisdiction: z.string(),
    list: z.string(),
    version: z.string(),
    versionId: z.string(),
    effectiveFrom: z.string(),
    text_source: z.enum(TEXT_SOURCES),
    text_label: z.string().openapi({ description: 'Whose words the entry shows, in a sentence' }),
    entry: ControlEntrySchema,
    paragraph: ParagraphSchema.optional(),
    counterparts: z.array(CounterpartSchema),
  })
  .openapi('ControlEntryView');

export const ControlShowSchema = z
  .object({ asOf: z.string(), code: z.string(), entries: z.array(ControlEntryViewSchema) })
  .openapi('ControlShow');

export const ControlSearchSchema = z
  .object({
    asOf: z.string(),
    query: z.string(),
    expansions: z
      .array(z.object({ term: z.string(), means: z.array(z.string()).readonly() }))
      .openapi({ description: 'Trade terms of the query and the list wording each also searched (our vocabulary)' }),
    hits: z.array(
      z
        .object({
          versionId: z.string(),
          list: z.string().optional(),
          code: z.string(),
          jurisdiction: z.string(),
          heading: z.string(),
          rank: z.number(),
          coverage: z.number(),
          similarity: z.number(),
          passage: z.string(),
          textSource: z.string(),
          text_source: z.string(),
        })
        .openapi('ControlSearchHit'),
    ),
  })
  .openapi('ControlSearch');
