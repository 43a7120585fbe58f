/**
 * Batch screening spread over `dualuse worker --screening` processes (issue 17 item 4). The
 * coordinator plans the run against the current list versions, cuts the parties into chunks and
 * publishes the chunks not yet committed; workers screen and commit them (chunk-worker.ts); the
 * coordinator waits until every chunk is committed and reads the output lines back in chunk
 * order, which is the input order, so the output is the single-process output. The run id is a
 * hash of everything that determines the result (tenant, list versions, threshold, list filter,
 * origin, parties), so running the same command again after a crash resumes the run: committed
 * chunks are kept and only the missing ones are published.
 */
import { authorise, canonicalJson, DomainError, sha256Hex, type Principal } from '@dualuse/core';
import type { PartyInput } from '@dualuse/core/screening';
import { committedChunks, inTenant, runChunks } from '@dualuse/store';
import { record } from '../audit/log';
import type { AppContext } from '../common';
import type { ChunkRescreen, ScreenChunk } from './chunk';
import { ChunkQueue } from './chunk-queue';
import { screeningVersions } from './data';
import type { ScreenRequest } from './screen';

export interface DistributedRequest {
  origin: ScreenRequest['origin'];
  threshold?: number | undefined;
  lists?: string[] | undefined;
  counterpartyIds?: (string | null)[] | undefined;
  /** Parties per chunk (default 500). */
  chunkSize?: number | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Give up when no chunk was committed for this long (default 10 minutes): no worker is running. */
  idleTimeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
  /** Names the run (a fresh one); default: the hash of its inputs, so re-running the same batch resumes it. */
  runId?: string | undefined;
  /** A list-change re-screen: the chunks screen against that job's entries at its version (lists/rescreen.ts). */
  rescreen?: ChunkRescreen | undefined;
}

export interface DistributedRun {
  runId: string;
  chunks: number;
  /** Chunks already committed by an earlier attempt of the same run. */
  resumed: number;
  /** One output line per party, in input order (output.ts). */
  lines: string[];
  workers: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function planChunks(
  base: Omit<ScreenChunk, 'chunk' | 'of' | 'parties' | 'counterpartyIds'>,
  parties: PartyInput[],
  o: { chunkSize: number; counterpartyIds?: (string | null)[] | undefined },
): ScreenChunk[] {
  const of = Math.ceil(parties.length / o.chunkSize);
  return Array.from({ length: of }, (_, chunk) => {
    const at = chunk * o.chunkSize;
    return {
      ...base,
      chunk,
      of,
      parties: parties.slice(at, at + o.chunkSize),
      counterpartyIds: o.counterpartyIds?.slice(at, at + o.chunkSize) ?? null,
    };
  });
}

export async function screenOnWorkers(
  ctx: AppContext,
  p: Principal,
  parties: PartyInput[],
  req: DistributedRequest,
): Promise<DistributedRun> {
  authorise(p, 'screening:run');
  const chunkSize = req.chunkSize ?? 500;
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > 5000)
    throw new DomainError('invalid_input', `chunk size ${chunkSize}: expected a whole number from 1 to 5000`);
  if (req.runId !== undefined && !/^[A-Za-z0-9_-]{1,200}$/.test(req.runId))
    throw new DomainError('invalid_input', `run id '${req.runId}': letters, digits, '-' and '_' only (1 to 200)`);
  const listVersions = req.rescreen
    ? { [req.rescreen.list]: req.rescreen.versionId }
    : Object.fromEntries((await screeningVersions(ctx, req.lists)).map((v) => [v.list, v.id]));
  const plan = {
    tenantId: p.tenantId,
    listVersions,
    threshold: req.threshold ?? null,
    lists: req.lists?.length ? req.lists : null,
    origin: req.origin,
    ...(req.rescreen ? { rescreen: req.rescreen } : {}),
  };
  const runId =
    req.runId ??
    sha256Hex(canonicalJson({ ...plan, chunkSize, parties, ids: req.counterpartyIds ?? null })).slice(0, 32);
  const chunks = planChunks({ v: 1, runId, ...plan }, parties, { chunkSize, counterpartyIds: req.counterpartyIds });
  const already = new Set(await inTenant(ctx.db, p.tenantId, (tx) => committedChunks(tx, runId)));
  const queue = await ChunkQueue.open(ctx.config, `dualuse-screen ${runId}`);
  try {
    await queue.publish(chunks.filter((c) => !already.has(c.chunk)));
    await waitForChunks(ctx, queue, { p, runId, chunks, req });
  } finally {
    await queue.close();
  }
  const rows = await inTenant(ctx.db, p.tenantId, (tx) => runChunks(tx, runId));
  const lines = rows.flatMap((r) => r.lines as string[]);
  if (rows.length !== chunks.length || lines.length !== parties.length)
    throw new Error(
      `run ${runId}: ${rows.length} of ${chunks.length} chunks, ${lines.length} of ${parties.length} lines`,
    );
  const workers = [...new Set(rows.map((r) => r.worker))].sort();
  await inTenant(ctx.db, p.tenantId, (tx) =>
    record(tx, ctx, p, {
      action: 'screening.run.distributed',
      subject: null,
      details: {
        runId,
        origin: req.origin,
        parties: parties.length,
        chunks: chunks.length,
        resumed: already.size,
        workers,
      },
      inputVersions: listVersions,
    }),
  );
  return { runId, chunks: chunks.length, resumed: already.size, lines, workers };
}

async function waitForChunks(
  ctx: AppContext,
  queue: ChunkQueue,
  o: { p: Principal; runId: string; chunks: ScreenChunk[]; req: DistributedRequest },
): Promise<void> {
  const total = o.chunks.reduce((a, c) => a + c.parties.length, 0);
  const idle = o.req.idleTimeoutMs ?? 600_000;
  let last = -1;
  let since = Date.now();
  for (;;) {
    const done = new Set(await inTenant(ctx.db, o.p.tenantId, (tx) => committedChunks(tx, o.runId)));
    if (done.size !== last) {
      last = done.size;
      since = Date.now();
      o.req.onProgress?.(
        o.chunks.reduce((a, c) => a + (done.has(c.chunk) ? c.parties.length : 0), 0),
        total,
      );
    }
    if (done.size === o.chunks.length) return;
    const dead = await queue.deadLetterOf(o.runId);
    if (dead)
      throw new DomainError('unavailable', `run ${o.runId}: a chunk could not be screened and was set aside: ${dead}`);
    if (Date.now() - since > idle)
      throw new DomainError(
        'unavailable',
        `run ${o.runId}: no chunk committed for ${Math.round(idle / 1000)} s (${done.size} of ${o.chunks.length} done); start \`dualuse worker --screening\` and run the same command again to resume`,
      );
    if (o.req.signal?.aborted)
      throw new DomainError('unavailable', `run ${o.runId} stopped; run the same command again to resume`);
    await sleep(200);
  }
}
