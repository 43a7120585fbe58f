/**
 * Heartbeat verification throughput (issue 7). Each heartbeat carries one device and three
 * landmark signatures. Measured in the same run, on all cores (one worker thread per core):
 *   1. the raw limit: Ed25519 verifications per second (Node crypto.verify);
 *   2. the batch verification path: verifyHeartbeat + assessHeartbeat per heartbeat, as
 *      heartbeats/s and as a ratio of the raw limit (4 signatures per heartbeat);
 *   3. end to end through the real service on the embedded database (PGlite, one process):
 *      ingestHeartbeats in batches of 100, and ingestHeartbeat one by one.
 * Prints figures; asserts nothing. The machine is shared, so figures vary run to run.
 *
 *   node --import tsx bench/devices-heartbeats.ts [seconds=3] [e2e-heartbeats=600]
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { work } from './devices-fleet';

const SECONDS = Number(process.argv[2] ?? 3);
const E2E = Number(process.argv[3] ?? 600);

async function onAllCores(kind: 'raw' | 'pipeline', threads: number): Promise<number> {
  const counts = await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<number>((resolve, reject) => {
          // Node 20 ignores --import for workers: register tsx inside the worker, then load this file.
          const boot = `(async () => { (await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})).register(); await import(${JSON.stringify(import.meta.url)}); })()`;
          const w = new Worker(boot, { eval: true, workerData: { kind } });
          w.once('message', resolve);
          w.once('error', reject);
        }),
    ),
  );
  return counts.reduce((a, b) => a + b, 0) / SECONDS;
}

if (!isMainThread) {
  parentPort!.postMessage(work((workerData as { kind: 'raw' | 'pipeline' }).kind, SECONDS));
} else {
  const cores = availableParallelism();
  console.log(
    `# heartbeat verification, ${cores} cores, ${SECONDS} s per figure, 1 device + 3 landmark signatures per heartbeat`,
  );
  const raw1 = await onAllCores('raw', 1);
  const raw = await onAllCores('raw', cores);
  const pipe = await onAllCores('pipeline', cores);
  console.log(
    `raw Ed25519 verify:          ${raw1.toFixed(0).padStart(7)} sig/s on 1 core, ${raw.toFixed(0).padStart(7)} sig/s on ${cores} (limit ${(raw / 4).toFixed(0)} heartbeats/s)`,
  );
  console.log(
    `batch verification path:     ${pipe.toFixed(0).padStart(7)} heartbeats/s on ${cores} cores = ${(((pipe * 4) / raw) * 100).toFixed(1)} % of the raw limit`,
  );
  const { e2e } = await import('./devices-ingest');
  await e2e(E2E, raw);
}
