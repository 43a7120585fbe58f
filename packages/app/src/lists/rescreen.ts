/**
 * Durable re-screening after a list's current version changed. The job row is written in the
 * transaction that changed the current version (an import, a pin); this runner screens every
 * tenant's stored counterparties against the entries the new version added or changed (all
 * of its entries when the list was new) and marks each tenant done in the same transaction as
 * its hits. A process that dies mid-job leaves the job pending; the next run (server start,
 * `dualuse lists rescreen`, the next import) resumes it and skips the tenants already done.
 *
 * With `workers` (`dualuse lists rescreen --workers N`), each tenant's counterparties are cut into
 * chunks of a JetStream run named after the job and the tenant, screened by `worker --screening`
 * processes against the same entries (rescreenData), each chunk committed once; the tenant is marked
 * done when every chunk is in, and a stopped run resumes from the chunks already committed.
 */
import type { ListEntry, Principal } from '@dualuse/core';
import { InMemoryCandidateIndex, Screener } from '@dualuse/core/matching';
import type { PartyInput } from '@dualuse/core/screening';
import {
  entriesBySourceIds,
  entriesOfVersion,
  failRescreenJob,
  findListVersion,
  findRescreenRun,
  finishRescreenJob,
  inTenant,
  insertRescreenRun,
  listAllTenants,
  listCounterparties,
  pendingRescreenJobs,
  type CounterpartyRow,
  type ListRescreenJobRow,
  type TenantRow,
} from '@dualuse/store';
import type { AppContext } from '../common';
import { sqlState } from '../common';
import { computeVersionDiff } from './diff';
import { cliPrincipal } from '../access/principals';
import { screenWith } from '../screening/screen';
import type { ScreeningData } from '../screening/data';
import { screenOnWorkers } from '../screening/distributed';
import { loadJapaneseReadings } from '../japanese';

export interface RescreenOutcome {
  tenant: string;
  list: string;
  hits: number;
}

const partyOf = (r: CounterpartyRow): PartyInput => ({
  ...(r.party as PartyInput),
  ...(r.externalId ? { externalId: r.externalId } : {}),
});

/** The entries a job screens against: added and changed since the previous current version. */
async function entriesFor(ctx: AppContext, job: ListRescreenJobRow): Promise<ListEntry[]> {
  if (!job.fromVersionId) return (await entriesOfVersion(ctx.db.orm, job.toVersionId)).map((e) => e.entry as ListEntry);
  const diff = await computeVersionDiff(ctx.db.orm, job.fromVersionId, job.toVersionId);
  const ids = [...diff.added, ...diff.changed].map((e) => e.sourceId);
  return (await entriesBySourceIds(ctx.db.orm, job.toVersionId, ids)).map((e) => e.entry as ListEntry);
}

/**
 * What a job screens against: an index of the entries it covers, at the job's version. The same in
 * this process and on a `worker --screening` given a chunk of the job; null when it covers nothing.
 */
export async function rescreenData(ctx: AppContext, job: ListRescreenJobRow): Promise<ScreeningData | null> {
  const version = await findListVersion(ctx.db.orm, job.toVersionId);
  if (!version) throw new Error(`list version ${job.toVersionId} is missing`);
  const entries = await entriesFor(ctx, job);
  if (entries.length === 0) return null;
  if (ctx.config.DUALUSE_JAPANESE_READINGS) await loadJapaneseReadings();
  return {
    screener: new Screener(new InMemoryCandidateIndex([{ list: job.list, listVersion: version.id, entries }])),
    versions: [version],
  };
}

/** The system principal a job acts as in one tenant. */
const listChangePrincipal = (tenant: { id: string; isOperator: boolean }): Principal => ({
  ...cliPrincipal(tenant),
  via: 'system' as const,
  credentialId: 'list-change',
  displayName: 'dualuse (list change)',
});

/** How a job's tenants are screened: in this process, or in chunks on `worker --screening` processes. */
export interface RescreenOptions {
  workers?: { chunkSize?: number | undefined; idleTimeoutMs?: number | undefined } | undefined;
}

/** Open hits among one tenant's results, counted from the output lines the workers committed. */
const openHitsOfLines = (lines: string[]) =>
  lines.reduce(
    (n, l) => n + (JSON.parse(l) as { hits: { status: string }[] }).hits.filter((h) => h.status === 'open').length,
    0,
  );

/**
 * One tenant's share of a job on workers: its counterparties in chunks of a run named after the job and
 * tenant (re-running resumes it), then the tenant marked done with the open hits the chunks committed.
 */
async function runTenantOnWorkers(
  ctx: AppContext,
  {
    job,
    tenant,
    workers,
  }: { job: ListRescreenJobRow; tenant: TenantRow; workers: NonNullable<RescreenOptions['workers']> },
): Promise<number> {
  const p = listChangePrincipal(tenant);
  const done = await inTenant(ctx.db, tenant.id, (tx) => findRescreenRun(tx, job.id, tenant.id));
  if (done) return done.hits;
  const cps = await inTenant(ctx.db, tenant.id, (tx) => listCounterparties(tx, { limit: 1_000_000 }));
  const run = cps.length
    ? await screenOnWorkers(ctx, p, cps.map(partyOf), {
        origin: 'list_change',
        lists: [job.list],
        counterpartyIds: cps.map((c) => c.id),
        chunkSize: workers.chunkSize,
        idleTimeoutMs: workers.idleTimeoutMs,
        runId: `rescreen-${job.id}-${tenant.id}`,
        rescreen: { jobId: job.id, list: job.list, versionId: job.toVersionId },
      })
    : null;
  const open = run ? openHitsOfLines(run.lines) : 0;
  await inTenant(ctx.db, tenant.id, (tx) =>
    insertRescreenRun(tx, { jobId: job.id, tenantId: tenant.id, hits: open, doneAt: ctx.now() }),
  );
  return open;
}

async function runJob(ctx: AppContext, job: ListRescreenJobRow, o: RescreenOptions): Promise<RescreenOutcome[]> {
  const data = await rescreenData(ctx, job);
  const out: RescreenOutcome[] = [];
  if (!data) return out;
  for (const tenant of await listAllTenants(ctx.db.orm)) {
    if (o.workers) {
      try {
        out.push({
          tenant: tenant.slug,
          list: job.list,
          hits: await runTenantOnWorkers(ctx, { job, tenant, workers: o.workers }),
        });
      } catch (error) {
        if (sqlState(error) !== '23505') throw error;
      }
      continue;
    }
    const p = listChangePrincipal(tenant);
    try {
      const hits = await inTenant(ctx.db, tenant.id, async (tx) => {
        const done = await findRescreenRun(tx, job.id, tenant.id);
        if (done) return done.hits;
        const cps = await listCounterparties(tx, { limit: 1_000_000 });
        const res = cps.length
          ? await screenWith(tx, ctx, p, {
              data,
              parties: cps.map(partyOf),
              origin: 'list_change',
              counterpartyIds: cps.map((c) => c.id),
              lists: [job.list],
            })
          : [];
        const open = res.reduce((n, x) => n + x.hits.filter((h) => h.status === 'open').length, 0);
        await insertRescreenRun(tx, { jobId: job.id, tenantId: tenant.id, hits: open, doneAt: ctx.now() });
        return open;
      });
      out.push({ tenant: tenant.slug, list: job.list, hits });
    } catch (error) {
      // Another process finished this tenant first (the run's primary key): its hits stand, ours rolled back.
      if (sqlState(error) !== '23505') throw error;
    }
  }
  return out;
}

/** Runs every pending job, oldest first; a failing job is left pending with its error and the others still run. */
export async function runRescreenJobs(
  ctx: AppContext,
  log: (message: string) => void = () => {},
  options: RescreenOptions = {},
): Promise<RescreenOutcome[]> {
  const out: RescreenOutcome[] = [];
  for (const job of await pendingRescreenJobs(ctx.db.orm)) {
    try {
      const res = await runJob(ctx, job, options);
      await finishRescreenJob(ctx.db.orm, job.id, ctx.now());
      out.push(...res);
      log(
        `re-screen ${job.list} (${job.cause}): ${res.reduce((n, r) => n + r.hits, 0)} new hit(s) across ${res.length} tenant(s)`,
      );
    } catch (error) {
      await failRescreenJob(ctx.db.orm, job.id, (error as Error).message);
      log(`re-screen ${job.list} FAILED (left pending, resumed on the next run): ${(error as Error).message}`);
    }
  }
  return out;
}
