/** Licences and draw-downs (migrations/0007_licences.sql). Balances are sums over draw-downs. */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Orm } from '../database';
import { licenceDrawdowns, licences } from '../schema-licences';

export type LicenceRow = typeof licences.$inferSelect;
export type DrawdownRow = typeof licenceDrawdowns.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function insertLicence(tx: Orm, row: typeof licences.$inferInsert): Promise<LicenceRow> {
  const [out] = await tx.insert(licences).values(row).returning();
  return out!;
}

export async function findLicenceByNumber(
  tx: Orm,
  jurisdiction: string,
  number: string,
): Promise<LicenceRow | undefined> {
  const [row] = await tx
    .select()
    .from(licences)
    .where(and(eq(licences.jurisdiction, jurisdiction), eq(licences.number, number)));
  return row;
}

export async function findLicence(tx: Orm, id: string): Promise<LicenceRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await tx.select().from(licences).where(eq(licences.id, id));
  return row;
}

/** Licences not superseded, optionally of one jurisdiction, in number order. */
export async function listLicenceRows(tx: Orm, jurisdiction?: string): Promise<LicenceRow[]> {
  const current = isNull(licences.supersededBy);
  return tx
    .select()
    .from(licences)
    .where(jurisdiction ? and(current, eq(licences.jurisdiction, jurisdiction)) : current)
    .orderBy(asc(licences.jurisdiction), asc(licences.number));
}

/** Locks the licences (in id order, so concurrent shipments cannot deadlock) before their balances are read. */
export async function lockLicences(tx: Orm, ids: readonly string[]): Promise<void> {
  const valid = [...new Set(ids.filter((id) => UUID.test(id)))].sort();
  if (valid.length)
    await tx
      .select({ id: licences.id })
      .from(licences)
      .where(inArray(licences.id, valid))
      .orderBy(asc(licences.id))
      .for('update');
}

export async function licenceUsage(
  tx: Orm,
  ids: readonly string[],
): Promise<Map<string, { value: number; quantity: number }>> {
  const out = new Map(ids.map((id) => [id, { value: 0, quantity: 0 }]));
  if (!ids.length) return out;
  const rows = await tx
    .select({
      id: licenceDrawdowns.licenceId,
      value: sql<string>`coalesce(sum(${licenceDrawdowns.value}), 0)`,
      quantity: sql<string>`coalesce(sum(${licenceDrawdowns.quantity}), 0)`,
    })
    .from(licenceDrawdowns)
    .where(inArray(licenceDrawdowns.licenceId, [...ids]))
    .groupBy(licenceDrawdowns.licenceId);
  for (const r of rows) out.set(r.id, { value: Number(r.value), quantity: Number(r.quantity) });
  return out;
}

export async function insertDrawdowns(tx: Orm, rows: (typeof licenceDrawdowns.$inferInsert)[]): Promise<DrawdownRow[]> {
  if (!rows.length) return [];
  return tx.insert(licenceDrawdowns).values(rows).returning();
}

export async function drawdownsOf(tx: Orm, licenceId: string): Promise<DrawdownRow[]> {
  return tx
    .select()
    .from(licenceDrawdowns)
    .where(eq(licenceDrawdowns.licenceId, licenceId))
    .orderBy(asc(licenceDrawdowns.createdAt), asc(licenceDrawdowns.item));
}

export async function drawdownsOfTransaction(tx: Orm, transactionId: string): Promise<DrawdownRow[]> {
  return tx.select().from(licenceDrawdowns).where(eq(licenceDrawdowns.transactionId, transactionId));
}
