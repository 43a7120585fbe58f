/** Regulation versions (migrations/0008_regulations.sql): immutable, read "as of" a content date. */
import { and, asc, desc, eq, lte } from 'drizzle-orm';
import type { Orm } from '../database';
import { regulationVersions } from '../schema-regulations';

export type RegulationVersionRow = typeof regulationVersions.$inferSelect;
export type NewRegulationVersion = typeof regulationVersions.$inferInsert;

export async function insertRegulationVersion(orm: Orm, v: NewRegulationVersion): Promise<RegulationVersionRow> {
  const [row] = await orm.insert(regulationVersions).values(v).returning();
  return row!;
}

/** The stored version of one jurisdiction's regulation data with this content date and hash. */
export async function findRegulationVersionByHash(
  orm: Orm,
  {
    jurisdiction,
    kind,
    contentDate,
    contentHash,
  }: { jurisdiction: string; kind: string; contentDate: string; contentHash: string },
): Promise<RegulationVersionRow | undefined> {
  const [row] = await orm
    .select()
    .from(regulationVersions)
    .where(
      and(
        eq(regulationVersions.jurisdiction, jurisdiction),
        eq(regulationVersions.kind, kind),
        eq(regulationVersions.contentDate, contentDate),
        eq(regulationVersions.contentHash, contentHash),
      ),
    );
  return row;
}

export async function findRegulationVersion(orm: Orm, id: string): Promise<RegulationVersionRow | undefined> {
  const [row] = await orm.select().from(regulationVersions).where(eq(regulationVersions.id, id));
  return row;
}

/** Every version, oldest content date first (without the tables). */
export async function listRegulationVersions(
  orm: Orm,
  jurisdiction: string,
  kind: string,
): Promise<Omit<RegulationVersionRow, 'data'>[]> {
  const v = regulationVersions;
  return orm
    .select({
      id: v.id,
      jurisdiction: v.jurisdiction,
      kind: v.kind,
      contentDate: v.contentDate,
      format: v.format,
      sourceUrl: v.sourceUrl,
      sourceFiles: v.sourceFiles,
      sourceSha256: v.sourceSha256,
      contentHash: v.contentHash,
      warnings: v.warnings,
      importedAt: v.importedAt,
      importedBy: v.importedBy,
    })
    .from(v)
    .where(and(eq(v.jurisdiction, jurisdiction), eq(v.kind, kind)))
    .orderBy(asc(v.contentDate), asc(v.importedAt));
}

/**
 * The version in force on `asOf`: the newest content date on or before it (latest import on a
 * tie); if every version is newer, the oldest one (the caller says so: the tables of that date
 * are not imported).
 */
export async function regulationVersionAsOf(
  orm: Orm,
  jurisdiction: string,
  kind: string,
  asOf: string,
): Promise<RegulationVersionRow | undefined> {
  const scope = and(eq(regulationVersions.jurisdiction, jurisdiction), eq(regulationVersions.kind, kind));
  const [row] = await orm
    .select()
    .from(regulationVersions)
    .where(and(scope, lte(regulationVersions.contentDate, asOf)))
    .orderBy(desc(regulationVersions.contentDate), desc(regulationVersions.importedAt))
    .limit(1);
  if (row) return row;
  const [oldest] = await orm
    .select()
    .from(regulationVersions)
    .where(scope)
    .orderBy(asc(regulationVersions.contentDate), desc(regulationVersions.importedAt))
    .limit(1);
  return oldest;
}
