/**
 * Compact summaries of control entries for browsing a list as a tree: code, heading, reasons
 * and chart columns, and how many top-level paragraphs an entry has, without the entry's JSON
 * model or text (a category of the CCL is then a few kilobytes, not megabytes).
 */
import { and, inArray, sql } from 'drizzle-orm';
import type { Orm } from '../database';
import { controlEntries } from '../schema-controls';

/**
 * Whose words an entry carries (core ControlEntry.textSource). Entries stored before the field
 * existed: US ones are the CCL's own, derived ones carry a "Derived" note, others are summaries.
 */
export const textSourceColumn = sql<string>`coalesce(${controlEntries.entry}->>'textSource', case when ${controlEntries.jurisdiction} = 'US' then 'own' when ${controlEntries.entry}->'notes' @> '[{"title":"Derived"}]'::jsonb then 'us_counterpart' else 'summary' end)`;

export interface ControlEntrySummaryRow {
  versionId: string;
  code: string;
  jurisdiction: string;
  heading: string;
  reasons: string[];
  chartColumns: string[];
  paragraphCount: number;
  textSource: string;
}

/** Entries of some versions whose code starts with `prefix` ('' for all), ordered by code. */
export async function listControlEntrySummaries(
  orm: Orm,
  versionIds: readonly string[],
  prefix: string,
): Promise<ControlEntrySummaryRow[]> {
  if (versionIds.length === 0) return [];
  const like = `${prefix.replace(/[\\%_]/g, '\\$&')}%`;
  const rows = await orm
    .select({
      versionId: controlEntries.versionId,
      code: controlEntries.code,
      jurisdiction: controlEntries.jurisdiction,
      heading: controlEntries.heading,
      reasons: controlEntries.reasons,
      chartColumns: controlEntries.chartColumns,
      paragraphCount: sql<number>`coalesce(jsonb_array_length(${controlEntries.entry} -> 'paragraphs'), 0)`,
      textSource: textSourceColumn,
    })
    .from(controlEntries)
    .where(
      and(
        inArray(controlEntries.versionId, [...versionIds]),
        prefix ? sql`${controlEntries.code} LIKE ${like}` : undefined,
      ),
    )
    .orderBy(controlEntries.code);
  return rows.map((r) => ({ ...r, paragraphCount: Number(r.paragraphCount) }));
}

/** Just the codes (for counting entries per category and product group), ordered by code. */
export async function listControlEntryCodes(
  orm: Orm,
  versionIds: readonly string[],
  prefix: string,
): Promise<string[]> {
  if (versionIds.length === 0) return [];
  const like = `${prefix.replace(/[\\%_]/g, '\\$&')}%`;
  const rows = await orm
    .select({ code: controlEntries.code })
    .from(controlEntries)
    .where(
      and(
        inArray(controlEntries.versionId, [...versionIds]),
        prefix ? sql`${controlEntries.code} LIKE ${like}` : undefined,
      ),
    )
    .orderBy(controlEntries.code);
  return rows.map((r) => r.code);
}
