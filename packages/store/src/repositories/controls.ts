/**
 * Control-list versions and entries (migrations/0003_controls.sql): shared reference data,
 * immutable once written, read "as of" a date and searched with PostgreSQL full text plus
 * trigram word similarity (both engines).
 */
import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { textSourceColumn } from './controls-tree';
import type { Orm } from '../database';
import { controlEntries, controlListVersions, productClassifications } from '../schema-controls';

export type ControlListVersionRow = typeof controlListVersions.$inferSelect;
export type NewControlListVersion = typeof controlListVersions.$inferInsert;
export type ControlEntryRow = Omit<typeof controlEntries.$inferSelect, 'search'>;
export type NewControlEntry = Omit<ControlEntryRow, 'versionId'>;

const CHUNK = 200;

/** Writes a version and all its entries; the caller's transaction makes it all-or-nothing. */
export async function insertControlListVersion(
  orm: Orm,
  version: NewControlListVersion,
  entries: readonly NewControlEntry[],
): Promise<ControlListVersionRow> {
  const [row] = await orm.insert(controlListVersions).values(version).returning();
  for (let i = 0; i < entries.length; i += CHUNK) {
    await orm.insert(controlEntries).values(entries.slice(i, i + CHUNK).map((e) => ({ ...e, versionId: row!.id })));
  }
  return row!;
}

export async function findControlVersionByHash(
  orm: Orm,
  list: string,
  contentHash: string,
): Promise<ControlListVersionRow | undefined> {
  const [row] = await orm
    .select()
    .from(controlListVersions)
    .where(and(eq(controlListVersions.list, list), eq(controlListVersions.contentHash, contentHash)));
  return row;
}

export async function listControlVersions(orm: Orm): Promise<ControlListVersionRow[]> {
  return orm
    .select()
    .from(controlListVersions)
    .orderBy(controlListVersions.list, desc(controlListVersions.effectiveFrom), desc(controlListVersions.importedAt));
}

/** Per list, the version in force on `asOf`: newest effective_from ≤ asOf, latest import on a tie. */
export async function controlVersionsAsOf(
  orm: Orm,
  asOf: string,
  jurisdiction?: string,
): Promise<ControlListVersionRow[]> {
  const rows = await orm
    .select()
    .from(controlListVersions)
    .where(
      and(
        lte(controlListVersions.effectiveFrom, asOf),
        jurisdiction ? eq(controlListVersions.jurisdiction, jurisdiction) : undefined,
      ),
    )
    .orderBy(controlListVersions.list, desc(controlListVersions.effectiveFrom), desc(controlListVersions.importedAt));
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.list) && seen.add(r.list));
}

export async function findControlEntries(
  orm: Orm,
  versionIds: readonly string[],
  code: string,
): Promise<ControlEntryRow[]> {
  if (versionIds.length === 0) return [];
  return orm
    .select(entryColumns)
    .from(controlEntries)
    .where(and(inArray(controlEntries.versionId, [...versionIds]), eq(controlEntries.code, code)));
}

/**
 * Entries that list `alias` among their `aliases` (Japan's former group codes, e.g. JP2023ETC → its three provisions).
 */
export async function findControlEntriesByAlias(
  orm: Orm,
  versionIds: readonly string[],
  alias: string,
): Promise<ControlEntryRow[]> {
  if (versionIds.length === 0) return [];
  return orm
    .select(entryColumns)
    .from(controlEntries)
    .where(and(inArray(controlEntries.versionId, [...versionIds]), sql`${controlEntries.entry}->'aliases' ? ${alias}`))
    .orderBy(controlEntries.code);
}

export async function findControlVersion(orm: Orm, id: string): Promise<ControlListVersionRow | undefined> {
  const [row] = await orm.select().from(controlListVersions).where(eq(controlListVersions.id, id));
  return row;
}

/** All entries of one version, as stored (the JSON model), ordered by code. */
export async function controlEntriesOfVersion(orm: Orm, versionId: string): Promise<unknown[]> {
  const rows = await orm
    .select({ entry: controlEntries.entry })
    .from(controlEntries)
    .where(eq(controlEntries.versionId, versionId))
    .orderBy(controlEntries.code);
  return rows.map((r) => r.entry);
}

/** Every entry of some versions (classification rules are joined to entry headings this way). */
export async function listControlEntryHeadings(
  orm: Orm,
  versionIds: readonly string[],
): Promise<Array<{ versionId: string; code: string; heading: string }>> {
  if (versionIds.length === 0) return [];
  return orm
    .select({ versionId: controlEntries.versionId, code: controlEntries.code, heading: controlEntries.heading })
    .from(controlEntries)
    .where(inArray(controlEntries.versionId, [...versionIds]))
    .orderBy(controlEntries.code);
}

export interface ControlSearchHit {
  versionId: string;
  code: string;
  jurisdiction: string;
  heading: string;
  rank: number;
  /** How many of the query and its expansion phrases the entry matches (0 without expansions). */
  coverage: number;
  similarity: number;
  passage: string;
  /** Whose words the passage is (ControlEntry.textSource; stored before it existed: US own, others derived/summary). */
  textSource: string;
}

/**
 * Full-text match (websearch syntax: "quoted phrases", -excluded, or) ranked by ts_rank, plus
 * entries whose text contains a word similar to the query (pg_trgm `<%`), for misspellings.
 */
export interface ControlSearchOptions {
  /** Most hits returned. */
  limit: number;
  /** 'any' (for item descriptions): entries matching any word, the ones matching most ranked first. */
  mode?: 'all' | 'any';
  /** Phrases of the lists' own wording searched as well (trade-term expansions, @dualuse/core search-terms). */
  alsoPhrases?: readonly string[];
}

export async function searchControlEntries(
  orm: Orm,
  versionIds: readonly string[],
  q: string,
  { limit, mode = 'all', alsoPhrases = [] }: ControlSearchOptions,
): Promise<ControlSearchHit[]> {
  if (versionIds.length === 0) return [];
  const words = q.toLowerCase().match(/[a-z0-9]{3,}/g) ?? [];
  if (mode === 'any' && words.length === 0 && alsoPhrases.length === 0) return [];
  const base =
    mode === 'any'
      ? words.length
        ? sql`to_tsquery('english'::regconfig, ${words.join(' | ')})`
        : sql`''::tsquery`
      : sql`websearch_to_tsquery('english'::regconfig, ${q})`;
  // Each phrase ORed in: an entry worded as the regulation words it ranks by those matches.
  const query = alsoPhrases.reduce(
    (acc, phrase) => sql`(${acc} || phraseto_tsquery('english'::regconfig, ${phrase}))`,
    base,
  );
  const rank = sql<number>`ts_rank(${controlEntries.search}, ${query})`;
  // With expansions, entries matching more of the distinct phrases come first: a long entry that
  // repeats one common phrase ("integrated circuits") does not outrank one matching several.
  const coverage = alsoPhrases.length
    ? sql<number>`(${sql.join(
        [
          // 'any': each word counts, as each phrase does; 'all': the query as a whole.
          ...(mode === 'any' ? words.map((w) => sql`to_tsquery('english'::regconfig, ${w})`) : [base]),
          ...alsoPhrases.map((p) => sql`phraseto_tsquery('english'::regconfig, ${p})`),
        ].map((t) => sql`(${controlEntries.search} @@ ${t})::int`),
        sql` + `,
      )})`
    : sql<number>`0`;
  const similarity = sql<number>`word_similarity(lower(${q}), lower(${controlEntries.body}))`;
  return orm
    .select({
      versionId: controlEntries.versionId,
      code: controlEntries.code,
      jurisdiction: controlEntries.jurisdiction,
      heading: controlEntries.heading,
      rank,
      coverage,
      similarity,
      textSource: textSourceColumn,
      passage: sql<string>`ts_headline('english'::regconfig, ${controlEntries.body}, ${query}, 'MaxFragments=2, MinWords=6, MaxWords=30, FragmentDelimiter=" … ", StartSel=«, StopSel=»')`,
    })
    .from(controlEntries)
    .where(
      and(
        inArray(controlEntries.versionId, [...versionIds]),
        sql`(${controlEntries.search} @@ ${query} OR lower(${q}) <% lower(${controlEntries.body}))`,
      ),
    )
    .orderBy(...(alsoPhrases.length ? [desc(coverage)] : []), desc(rank), desc(similarity), controlEntries.code)
    .limit(limit);
}

const entryColumns = {
  versionId: controlEntries.versionId,
  code: controlEntries.code,
  jurisdiction: controlEntries.jurisdiction,
  heading: controlEntries.heading,
  reasons: controlEntries.reasons,
  chartColumns: controlEntries.chartColumns,
  entry: controlEntries.entry,
  body: controlEntries.body,
};

// ---- A tenant's product classifications (tenant-scoped: call inside inTenant).

export type ProductClassificationRow = typeof productClassifications.$inferSelect;
export type NewProductClassification = Omit<typeof productClassifications.$inferInsert, 'id'>;

/** Saves (or replaces) the classification of one product in one jurisdiction. */
export async function upsertProductClassification(
  tx: Orm,
  c: NewProductClassification,
): Promise<ProductClassificationRow> {
  const set = { ...c, status: 'current', reviewReason: null, checkedAt: null };
  const [row] = await tx
    .insert(productClassifications)
    .values(set)
    .onConflictDoUpdate({
      target: [productClassifications.tenantId, productClassifications.productRef, productClassifications.jurisdiction],
      set,
    })
    .returning();
  return row!;
}

export async function listProductClassifications(
  tx: Orm,
  q: { status?: string | undefined } = {},
): Promise<ProductClassificationRow[]> {
  return tx
    .select()
    .from(productClassifications)
    .where(q.status ? eq(productClassifications.status, q.status) : undefined)
    .orderBy(productClassifications.productRef, productClassifications.jurisdiction);
}

export async function markProductClassification(
  tx: Orm,
  id: string,
  mark: { status: string; reviewReason: string | null; checkedAt: Date },
): Promise<void> {
  await tx.update(productClassifications).set(mark).where(eq(productClassifications.id, id));
}

/** Entries per version and whose words they carry (own, us_counterpart, summary): the provenance of list texts. */
export async function countEntriesByTextSource(
  orm: Orm,
  versionIds: readonly string[],
): Promise<Array<{ versionId: string; textSource: string; entries: number }>> {
  if (versionIds.length === 0) return [];
  return orm
    .select({ versionId: controlEntries.versionId, textSource: textSourceColumn, entries: sql<number>`count(*)::int` })
    .from(controlEntries)
    .where(inArray(controlEntries.versionId, [...versionIds]))
    .groupBy(controlEntries.versionId, textSourceColumn);
}
