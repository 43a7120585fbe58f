/**
 * Chunks of distributed batch screening runs (migrations/0014): the key insert decides whether a
 * delivery commits; the chunk's hits and audit record are written in the same transaction.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Orm } from '../database';
import { screeningRunChunks } from '../schema-screening-runs';

export type RunChunkRow = typeof screeningRunChunks.$inferSelect;

/** Inserts the chunk's row; false when an earlier delivery already committed it (nothing is changed). */
export async function claimRunChunk(tx: Orm, row: typeof screeningRunChunks.$inferInsert): Promise<boolean> {
  const inserted = await tx
    .insert(screeningRunChunks)
    .values(row)
    .onConflictDoNothing()
    .returning({ chunk: screeningRunChunks.chunk });
  return inserted.length === 1;
}

/** The chunk numbers of a run committed so far. */
export async function committedChunks(tx: Orm, runId: string): Promise<number[]> {
  const rows = await tx
    .select({ chunk: screeningRunChunks.chunk })
    .from(screeningRunChunks)
    .where(eq(screeningRunChunks.runId, runId))
    .orderBy(asc(screeningRunChunks.chunk));
  return rows.map((r) => r.chunk);
}

/** A run's committed chunks in chunk order, with their output lines. */
export async function runChunks(tx: Orm, runId: string): Promise<RunChunkRow[]> {
  return tx
    .select()
    .from(screeningRunChunks)
    .where(and(eq(screeningRunChunks.runId, runId)))
    .orderBy(asc(screeningRunChunks.chunk));
}
