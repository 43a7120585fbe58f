/**
 * Exactly-once counting of streamed diversion events (migrations/0006): the key insert decides
 * whether a delivery counts, and the result and counters are written in the caller's
 * transaction right after it, so they commit together or not at all.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import type { Orm } from '../database';
import { diversionProcessedEvents, diversionStreamCounters, diversionStreamResults } from '../schema-stream';

export type ProcessedEventRow = typeof diversionProcessedEvents.$inferSelect;
export type StreamResultRow = typeof diversionStreamResults.$inferSelect;
export type StreamCountersRow = typeof diversionStreamCounters.$inferSelect;

/** Inserts the keys; returns those inserted now (ON CONFLICT DO NOTHING skips keys an earlier delivery counted). */
export async function claimEvents(
  tx: Orm,
  rows: (typeof diversionProcessedEvents.$inferInsert)[],
): Promise<Set<string>> {
  if (!rows.length) return new Set();
  const inserted = await tx
    .insert(diversionProcessedEvents)
    .values(rows)
    .onConflictDoNothing()
    .returning({ key: diversionProcessedEvents.idempotencyKey });
  return new Set(inserted.map((r) => r.key));
}

export async function insertStreamResults(
  tx: Orm,
  rows: (typeof diversionStreamResults.$inferInsert)[],
): Promise<void> {
  if (rows.length) await tx.insert(diversionStreamResults).values(rows);
}

/** Adds to the tenant's tallies (creating its row on first use). */
export async function bumpStreamCounters(
  tx: Orm,
  tenantId: string,
  by: { shipments?: number; payments?: number; alerts?: number; duplicates?: number },
): Promise<void> {
  const v = {
    shipments: by.shipments ?? 0,
    payments: by.payments ?? 0,
    alerts: by.alerts ?? 0,
    duplicates: by.duplicates ?? 0,
  };
  const c = diversionStreamCounters;
  await tx
    .insert(c)
    .values({ tenantId, ...v })
    .onConflictDoUpdate({
      target: c.tenantId,
      set: {
        shipments: sql`${c.shipments} + ${v.shipments}`,
        payments: sql`${c.payments} + ${v.payments}`,
        alerts: sql`${c.alerts} + ${v.alerts}`,
        duplicates: sql`${c.duplicates} + ${v.duplicates}`,
        updatedAt: sql`now()`,
      },
    });
}

export async function streamCounters(tx: Orm, tenantId: string): Promise<StreamCountersRow | undefined> {
  const [row] = await tx.select().from(diversionStreamCounters).where(eq(diversionStreamCounters.tenantId, tenantId));
  return row;
}

/** What the tenant's processed keys say about delivery: how many counted, and how many only on a later delivery. */
export async function processedSummary(
  tx: Orm,
): Promise<{ events: number; results: number; redelivered: number; workers: number }> {
  const [row] = await tx
    .select({
      events: sql<number>`count(*)::int`,
      results: sql<number>`(SELECT count(*)::int FROM ${diversionStreamResults})`,
      redelivered: sql<number>`count(*) FILTER (WHERE ${diversionProcessedEvents.delivery} > 1)::int`,
      workers: sql<number>`count(DISTINCT ${diversionProcessedEvents.worker})::int`,
    })
    .from(diversionProcessedEvents);
  return row!;
}

export async function streamResultsByEvent(tx: Orm, eventIds: readonly string[]): Promise<StreamResultRow[]> {
  if (!eventIds.length) return [];
  return tx
    .select()
    .from(diversionStreamResults)
    .where(inArray(diversionStreamResults.eventId, [...eventIds]));
}
