/** Pins of list versions and durable re-screen jobs (migrations/0009_list_lifecycle.sql). */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Orm } from '../database';
import { listPins, listRescreenJobs, listRescreenRuns } from '../schema';

export type ListPinRow = typeof listPins.$inferSelect;
export type ListRescreenJobRow = typeof listRescreenJobs.$inferSelect;

export async function allListPins(orm: Orm): Promise<ListPinRow[]> {
  return orm.select().from(listPins).orderBy(asc(listPins.list));
}

export async function upsertListPin(orm: Orm, pin: typeof listPins.$inferInsert): Promise<void> {
  await orm
    .insert(listPins)
    .values(pin)
    .onConflictDoUpdate({
      target: listPins.list,
      set: {
        versionId: pin.versionId,
        reason: pin.reason,
        pinnedBy: pin.pinnedBy,
        pinnedAt: pin.pinnedAt ?? sql`now()`,
      },
    });
}

export async function deleteListPin(orm: Orm, list: string): Promise<boolean> {
  const rows = await orm.delete(listPins).where(eq(listPins.list, list)).returning();
  return rows.length > 0;
}

export async function insertRescreenJob(
  orm: Orm,
  job: typeof listRescreenJobs.$inferInsert,
): Promise<ListRescreenJobRow> {
  const [row] = await orm.insert(listRescreenJobs).values(job).returning();
  return row!;
}

/** One re-screen job by id (a worker screening a chunk of it reads which entries it covers). */
export async function findRescreenJob(orm: Orm, id: string): Promise<ListRescreenJobRow | undefined> {
  const [row] = await orm.select().from(listRescreenJobs).where(eq(listRescreenJobs.id, id));
  return row;
}

/** Oldest first: jobs run in the order the current versions changed. */
export async function pendingRescreenJobs(orm: Orm): Promise<ListRescreenJobRow[]> {
  return orm
    .select()
    .from(listRescreenJobs)
    .where(eq(listRescreenJobs.status, 'pending'))
    .orderBy(asc(listRescreenJobs.createdAt), asc(listRescreenJobs.id));
}

export async function finishRescreenJob(orm: Orm, id: string, at: Date): Promise<void> {
  await orm
    .update(listRescreenJobs)
    .set({ status: 'done', finishedAt: at, attempts: sql`${listRescreenJobs.attempts} + 1`, lastError: null })
    .where(eq(listRescreenJobs.id, id));
}

export async function failRescreenJob(orm: Orm, id: string, error: string): Promise<void> {
  await orm
    .update(listRescreenJobs)
    .set({ attempts: sql`${listRescreenJobs.attempts} + 1`, lastError: error.slice(0, 2000) })
    .where(eq(listRescreenJobs.id, id));
}

/** Inside the tenant's transaction (row-level security): has this job already screened this tenant? */
export async function findRescreenRun(tx: Orm, jobId: string, tenantId: string): Promise<{ hits: number } | undefined> {
  const [row] = await tx
    .select({ hits: listRescreenRuns.hits })
    .from(listRescreenRuns)
    .where(and(eq(listRescreenRuns.jobId, jobId), eq(listRescreenRuns.tenantId, tenantId)));
  return row;
}

export async function insertRescreenRun(tx: Orm, run: typeof listRescreenRuns.$inferInsert): Promise<void> {
  await tx.insert(listRescreenRuns).values(run);
}
