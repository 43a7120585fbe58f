/**
 * Wire shape of a classification (core controls classify.ts Classification, plus the app's
 * text candidates): entries with the checks that decided them, near misses, releases by a note,
 * parameters still needed, what was read from the description, provisional entries.
 */
import { JURISDICTIONS } from '@dualuse/core';
import { z } from '@hono/zod-openapi';

const Jurisdiction = z.enum(JURISDICTIONS as [(typeof JURISDICTIONS)[number], ...(typeof JURISDICTIONS)[number][]]);
const Value = z.union([z.number(), z.boolean(), z.array(z.string()).readonly()]);
const Outcome = z.enum(['yes', 'no', 'unknown']);

export const CheckSchema = z
  .object({
    param: z.string(),
    op: z.string(),
    threshold: Value,
    actual: Value.optional(),
    unit: z.string().optional().openapi({ description: 'Canonical unit of the parameter (catalogue)' }),
    outcome: Outcome,
    margin: z.number().optional(),
    marginPercent: z.number().optional(),
    paragraph: z.string().optional(),
    text: z.string().openapi({ description: 'The check in words, with the parameter labels and units' }),
  })
  .openapi('ClassificationCheck');

const DerivationSchema = z
  .object({ param: z.string(), value: z.number(), formula: z.string(), citation: z.string() })
  .openapi('ClassificationDerivation');

const Entry = z.object({
  jurisdiction: Jurisdiction,
  code: z.string(),
  title: z.string(),
  citation: z.string(),
});

export const ClassificationSchema = z
  .object({
    asOf: z.string(),
    verdict: z.enum(['listed', 'not_listed', 'undetermined']),
    entries: z.array(
      Entry.extend({
        amendedBy: z.string(),
        effectiveFrom: z.string(),
        explanation: z.object({
          summary: z.string(),
          paragraphs: z.array(z.string()),
          checks: z.array(CheckSchema),
          derivations: z.array(DerivationSchema),
          caveat: z.string().optional(),
          verify: z.string().optional(),
          derivedFrom: z.string().optional(),
        }),
        unlessAlso: z.array(z.string()).optional(),
      }),
    ),
    near_misses: z.array(Entry.extend({ summary: z.string(), failed: z.array(CheckSchema) })),
    excluded: z.array(
      Entry.omit({ citation: true }).extend({ note: z.string(), citation: z.string(), checks: z.array(CheckSchema) }),
    ),
    missing: z.array(
      z.object({
        param: z.string(),
        label: z.string(),
        unit: z.string().optional(),
        description: z.string(),
        neededFor: z.array(z.string()),
      }),
    ),
    derivations: z.array(DerivationSchema),
    inferred: z.array(
      z.object({
        param: z.string(),
        value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string()).readonly()]),
        words: z.array(z.string()),
        cues: z.array(z.string()),
        why: z.array(z.string()),
        source: z.literal('description (product heuristic)'),
      }),
    ),
    unresolved: z.array(
      z.object({
        param: z.string(),
        candidates: z.array(
          z.object({ value: z.union([z.string(), z.number(), z.boolean()]), words: z.array(z.string()) }),
        ),
        reason: z.string(),
      }),
    ),
    provisional: z.array(
      Entry.extend({
        if: z.array(z.object({ param: z.string(), value: z.union([z.string(), z.boolean()]) })),
        summary: z.string(),
      }),
    ),
    warnings: z.array(z.string()),
    rules: z.object({ inForce: z.number().int(), inPlay: z.number().int() }),
    scope: z.string(),
    description: z.string().optional(),
    text_candidates: z
      .array(
        z.object({
          jurisdiction: z.string(),
          code: z.string(),
          heading: z.string(),
          passage: z.string(),
          rank: z.number(),
        }),
      )
      .optional()
      .openapi({ description: 'Items described in words: list entries whose text matches, for a human to weigh' }),
  })
  .openapi('ItemClassification');

export const ClassificationBatchSchema = z
  .object({ asOf: z.string(), results: z.array(ClassificationSchema) })
  .openapi('ItemClassificationBatch');
