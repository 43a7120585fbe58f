/** A tenant's counterparties, screening hits and review decisions (row-level security applies). */
import { and, asc, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Orm } from '../database';
import { counterparties, screeningDecisions, screeningHits } from '../schema';

export type CounterpartyRow = typeof counterparties.$inferSelect;
export type HitRow = typeof screeningHits.$inferSelect;
export type NewHit = typeof screeningHits.$inferInsert;
export type DecisionRow = typeof screeningDecisions.$inferSelect;

/** Inserts or, for a known external id, updates; returns the row and whether it changed. */
export async function upsertCounterparty(
  tx: Orm,
  row: typeof counterparties.$inferInsert & { tenantId: string },
): Promise<{ row: CounterpartyRow; change: 'created' | 'updated' | 'unchanged' }> {
  if (row.externalId) {
    const [existing] = await tx.select().from(counterparties).where(eq(counterparties.externalId, row.externalId));
    if (existing) {
      if (existing.fingerprint === row.fingerprint) return { row: existing, change: 'unchanged' };
      const [updated] = await tx
        .update(counterparties)
        .set({ name: row.name, party: row.party, fingerprint: row.fingerprint, updatedAt: sql`now()` })
        .where(eq(counterparties.id, existing.id))
        .returning();
      return { row: updated!, change: 'updated' };
    }
  }
  const [created] = await tx.insert(counterparties).values(row).returning();
  return { row: created!, change: 'created' };
}

/** The columns stored counterparties can be paged by; every order ends with the id, so pages never overlap. */
export const COUNTERPARTY_SORTS = ['name', 'externalId', 'createdAt', 'updatedAt'] as const;
export type CounterpartySort = (typeof COUNTERPARTY_SORTS)[number];

export interface CounterpartyPageQuery {
  limit: number;
  offset?: number;
  /** Default name, ascending. */
  sort?: CounterpartySort;
  order?: 'asc' | 'desc';
}

export async function listCounterparties(tx: Orm, q: CounterpartyPageQuery): Promise<CounterpartyRow[]> {
  const dir = q.order === 'desc' ? desc : asc;
  const column = counterparties[q.sort ?? 'name'];
  // Parties without an external id come last either way (PostgreSQL would put NULLs first when descending).
  const by: SQL[] = q.sort === 'externalId' ? [sql`${column} is null`, dir(column)] : [dir(column)];
  return tx
    .select()
    .from(counterparties)
    .orderBy(...by, dir(counterparties.id))
    .limit(q.limit)
    .offset(q.offset ?? 0);
}

export async function findCounterparty(tx: Orm, id: string): Promise<CounterpartyRow | undefined> {
  const [row] = await tx.select().from(counterparties).where(eq(counterparties.id, id));
  return row;
}

export async function countCounterparties(tx: Orm): Promise<number> {
  return tx.$count(counterparties);
}

export async function insertHits(tx: Orm, hits: NewHit[]): Promise<HitRow[]> {
  const out: HitRow[] = [];
  for (let i = 0; i < hits.length; i += 500)
    out.push(
      ...(await tx
        .insert(screeningHits)
        .values(hits.slice(i, i + 500))
        .returning()),
    );
  return out;
}

export async function listHits(
  tx: Orm,
  q: { status?: string | undefined; counterpartyId?: string | undefined; before?: Date | undefined; limit: number },
): Promise<HitRow[]> {
  const where: SQL[] = [];
  if (q.status) where.push(eq(screeningHits.status, q.status));
  if (q.counterpartyId) where.push(eq(screeningHits.counterpartyId, q.counterpartyId));
  if (q.before) where.push(lt(screeningHits.createdAt, q.before));
  return tx
    .select()
    .from(screeningHits)
    .where(and(...where))
    .orderBy(desc(screeningHits.createdAt), desc(screeningHits.id))
    .limit(q.limit);
}

export async function findHit(tx: Orm, id: string): Promise<HitRow | undefined> {
  const [row] = await tx.select().from(screeningHits).where(eq(screeningHits.id, id));
  return row;
}

/** Records a reviewer's decision on a hit. */
export async function setHitDecision(
  tx: Orm,
  { id, status, decisionId, at }: { id: string; status: string; decisionId: string; at: Date },
): Promise<HitRow | undefined> {
  const [row] = await tx
    .update(screeningHits)
    .set({ status, decisionId, decidedAt: at })
    .where(eq(screeningHits.id, id))
    .returning();
  return row;
}

/**
 * Closes the open hits on a tenant-scoped list whose entries are no longer on it (`keep`: the entries it has now):
 * status 'withdrawn' (migration 0016). Returns the rows closed.
 */
export async function withdrawHits(tx: Orm, q: { list: string; keep: readonly string[]; at: Date }): Promise<HitRow[]> {
  const open = await tx
    .select({ id: screeningHits.id, entry: screeningHits.entrySourceId })
    .from(screeningHits)
    .where(and(eq(screeningHits.list, q.list), eq(screeningHits.status, 'open')));
  const keep = new Set(q.keep);
  const gone = open.filter((h) => !keep.has(h.entry)).map((h) => h.id);
  if (!gone.length) return [];
  return inSlices(gone, (slice) =>
    tx
      .update(screeningHits)
      .set({ status: 'withdrawn', decidedAt: q.at })
      .where(inArray(screeningHits.id, slice))
      .returning(),
  );
}

export async function insertDecision(tx: Orm, d: typeof screeningDecisions.$inferInsert): Promise<DecisionRow> {
  const [row] = await tx.insert(screeningDecisions).values(d).returning();
  return row!;
}

/** The latest decision per (list, entry, entry version) for one party fingerprint. */
/**
 * PostgreSQL's bind message carries at most 65,535 parameters, so a batch's fingerprints are
 * looked up in slices (a 100,000-party batch file failed with "bind message has 34464 parameter formats").
 */
const SLICE = 10_000;
async function inSlices<T>(keys: string[], query: (slice: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < keys.length; i += SLICE) out.push(...(await query(keys.slice(i, i + SLICE))));
  return out;
}

export async function decisionsFor(tx: Orm, fingerprints: string[]): Promise<DecisionRow[]> {
  if (fingerprints.length === 0) return [];
  const rows = await inSlices(fingerprints, (slice) =>
    tx
      .select()
      .from(screeningDecisions)
      .where(inArray(screeningDecisions.queryFingerprint, slice))
      .orderBy(desc(screeningDecisions.decidedAt)),
  );
  // Newest first across slices too (a stable sort keeps each slice's order for equal times).
  return fingerprints.length > SLICE ? rows.sort((a, b) => b.decidedAt.getTime() - a.decidedAt.getTime()) : rows;
}

/** Open hits of these party fingerprints: a re-screen reuses them instead of queueing duplicates. */
export async function openHitsFor(tx: Orm, fingerprints: string[]): Promise<HitRow[]> {
  if (fingerprints.length === 0) return [];
  return inSlices(fingerprints, (slice) =>
    tx
      .select()
      .from(screeningHits)
      .where(and(inArray(screeningHits.queryFingerprint, slice), eq(screeningHits.status, 'open'))),
  );
}
