/** Published list versions and their entries: shared reference data, immutable once written. */
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Orm } from '../database';
import { listEntries, listVersions } from '../schema';

export type ListVersionRow = typeof listVersions.$inferSelect;
export type NewListVersion = typeof listVersions.$inferInsert;
export type ListEntryRow = typeof listEntries.$inferSelect;

const CHUNK = 500;

/** Writes a version and all its entries; the caller's transaction makes it all-or-nothing. */
export async function insertListVersion(
  orm: Orm,
  version: NewListVersion,
  entries: Omit<ListEntryRow, 'versionId'>[],
): Promise<ListVersionRow> {
  const [row] = await orm.insert(listVersions).values(version).returning();
  for (let i = 0; i < entries.length; i += CHUNK) {
    await orm.insert(listEntries).values(entries.slice(i, i + CHUNK).map((e) => ({ ...e, versionId: row!.id })));
  }
  return row!;
}

/** The same publication: same list, publisher, publication date and content. */
export async function findPublication(
  orm: Orm,
  q: { list: string; publisher: string; contentHash: string; publishedAt: string | null },
): Promise<ListVersionRow | undefined> {
  const [row] = await orm
    .select()
    .from(listVersions)
    .where(
      sql`${listVersions.list} = ${q.list} AND ${listVersions.publisher} = ${q.publisher} AND ${listVersions.contentHash} = ${q.contentHash} AND ${listVersions.publishedAt} IS NOT DISTINCT FROM ${q.publishedAt}::date`,
    );
  return row;
}

export async function findListVersion(orm: Orm, id: string): Promise<ListVersionRow | undefined> {
  const [row] = await orm.select().from(listVersions).where(eq(listVersions.id, id));
  return row;
}

export async function versionsOfList(orm: Orm, list: string): Promise<ListVersionRow[]> {
  return orm.select().from(listVersions).where(eq(listVersions.list, list)).orderBy(desc(listVersions.importedAt));
}

export async function allListVersions(orm: Orm): Promise<ListVersionRow[]> {
  return orm.select().from(listVersions).orderBy(asc(listVersions.list), desc(listVersions.importedAt));
}

export async function entriesOfVersion(orm: Orm, versionId: string): Promise<ListEntryRow[]> {
  return orm.select().from(listEntries).where(eq(listEntries.versionId, versionId)).orderBy(asc(listEntries.sourceId));
}

/** Source id and hash of every entry, to diff two versions without loading the entries. */
export async function entryHashesOfVersion(orm: Orm, versionId: string): Promise<Map<string, string>> {
  const rows = await orm
    .select({ sourceId: listEntries.sourceId, entryHash: listEntries.entryHash })
    .from(listEntries)
    .where(eq(listEntries.versionId, versionId));
  return new Map(rows.map((r) => [r.sourceId, r.entryHash]));
}

export async function entriesBySourceIds(orm: Orm, versionId: string, sourceIds: string[]): Promise<ListEntryRow[]> {
  if (sourceIds.length === 0) return [];
  return orm
    .select()
    .from(listEntries)
    .where(sql`${listEntries.versionId} = ${versionId} AND ${listEntries.sourceId} = ANY(${sql.param(sourceIds)})`);
}
