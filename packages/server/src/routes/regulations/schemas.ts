/**
 * OpenAPI schemas of the regulations routes (issue 11): the EAR Country Chart and Country
 * Groups as imported versions, every chart cell with its source. A cell the source does not
 * state is `marked: null` with `source: "unknown"` — never `false`.
 */
import { CHART_COLUMNS, EAR_GROUPS } from '@dualuse/core';
import { z } from '@hono/zod-openapi';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const AsOfQuery = Day.optional().openapi({ description: 'As of this date (YYYY-MM-DD); default today' });

export const RegulationVersionSchema = z
  .object({
    id: z.string(),
    jurisdiction: z.string(),
    kind: z.string(),
    contentDate: z.string().openapi({ description: 'The eCFR content date the tables state' }),
    format: z.string().openapi({ description: 'ecfr-xml or ecfr-csv' }),
    sourceUrl: z.string().nullable(),
    sourceFiles: z.array(z.string()),
    contentHash: z.string().openapi({ description: 'SHA-256 over the parsed tables and their date' }),
    warnings: z.array(z.string()).openapi({
      description: 'Invariant findings of the import (part 742 column definitions, group notes), reported, never fixed',
    }),
    importedAt: z.string(),
  })
  .openapi('RegulationVersion');

export const CellFactSchema = z
  .object({
    marked: z
      .boolean()
      .nullable()
      .openapi({ description: 'true: X; false: blank; null: not known (the engine fails closed)' }),
    source: z.enum(['imported', 'curated', 'history', 'unknown']).openapi({
      description:
        'imported from the version; curated overlay with its citation; modelled history (an amendment reversed for an earlier date); unknown',
    }),
    citation: z.string(),
    quote: z.string().optional(),
    note: z.string().optional(),
  })
  .openapi('ChartCellFact');

export const ChartSchema = z
  .object({
    asOf: z.string(),
    version: z.union([RegulationVersionSchema, z.null()]),
    caveats: z.array(z.string()).openapi({
      description: 'Questions any answer as of this date carries (no version, or a version newer than the date)',
    }),
    columns: z.array(z.string()).openapi({ description: `The 16 columns: ${CHART_COLUMNS.join(', ')}` }),
    rows: z.array(
      z.object({
        country: z.string(),
        name: z.string(),
        footnotes: z.array(z.number()),
        cells: z.record(z.string(), CellFactSchema),
      }),
    ),
    footnotes: z.array(z.object({ number: z.number(), text: z.string() })),
  })
  .openapi('CountryChart');

export const GroupsSchema = z
  .object({
    asOf: z.string(),
    version: z.union([RegulationVersionSchema, z.null()]),
    caveats: z.array(z.string()),
    groups: z.array(z.string()).openapi({ description: `The groups of 740 Supp. 1: ${EAR_GROUPS.join(', ')}` }),
    rows: z.array(
      z.object({ country: z.string(), groups: z.array(z.string()), source: z.string(), note: z.string().optional() }),
    ),
    notes: z.array(z.string()).openapi({ description: 'The supplement’s table notes' }),
  })
  .openapi('CountryGroups');

export const DiffSchema = z
  .object({
    from: RegulationVersionSchema,
    to: RegulationVersionSchema,
    diff: z.object({
      chart: z.array(
        z.object({ country: z.string(), column: z.string(), from: z.boolean().nullable(), to: z.boolean().nullable() }),
      ),
      groups: z.array(z.object({ country: z.string(), group: z.string(), change: z.enum(['added', 'removed']) })),
      rows: z.array(
        z.object({ country: z.string(), change: z.enum(['added', 'removed']), table: z.enum(['chart', 'groups']) }),
      ),
    }),
  })
  .openapi('RegulationsDiff');

const Counts = z.object({ imported: z.number(), curated: z.number(), history: z.number(), unknown: z.number() });
export const StatusSchema = z
  .object({
    asOf: z.string(),
    jurisdictions: z.array(
      z.object({
        jurisdiction: z.string(),
        asOf: z.string(),
        version: z.object({ id: z.string(), contentDate: z.string(), format: z.string() }).nullable(),
        destinations: z.number(),
        chartCells: Counts.openapi({ description: 'Chart cells by source' }),
        curatedWithQuote: z.number(),
        groupMemberships: z.object({ imported: z.number(), destinationsWithoutRow: z.array(z.string()) }),
        warnings: z.number(),
      }),
    ),
    controlTexts: z
      .array(
        z.object({
          jurisdiction: z.string(),
          list: z.string(),
          version: z.string(),
          effectiveFrom: z.string(),
          own: z.number(),
          us_counterpart: z.number(),
          summary: z.number(),
        }),
      )
      .openapi({
        description:
          "Per control list in force: entries carrying the list's own words, the US text of the same number (labelled), or our summary",
      }),
    warnings: z.array(z.string()),
  })
  .openapi('RegulationsStatus');

export const ImportResultSchema = z
  .object({
    status: z.enum(['imported', 'unchanged']),
    version: RegulationVersionSchema,
    warnings: z.array(z.string()),
  })
  .openapi('RegulationsImportResult');

/** The files as text, by name (country_chart.csv, ... or the eCFR XML of parts 738 and 740). */
export const ImportJsonSchema = z
  .object({
    files: z.record(z.string().min(1).max(200), z.string()).openapi({
      description:
        'File name → text: the CSV layout (country_chart.csv, country_chart_footnotes.csv, country_groups.csv, country_groups_notes.txt) or the eCFR XML of parts 738 and 740',
    }),
    contentDate: Day.openapi({ description: 'The eCFR content date the files state' }),
    url: z
      .url()
      .max(2000)
      .optional()
      .openapi({ description: 'Where the files were fetched from, recorded with the version' }),
  })
  .strict()
  .openapi('RegulationsImportRequest');

export const ImportFormSchema = z
  .object({ contentDate: Day.openapi({ description: 'The eCFR content date the files state' }) })
  .loose()
  .openapi('RegulationsImportForm', {
    description: 'multipart/form-data: `contentDate` and one file part per file (the part’s filename is the file name)',
  });
