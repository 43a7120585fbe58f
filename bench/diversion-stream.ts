/**
 * The diversion stream on NATS JetStream, end to end, against PostgreSQL (a fresh database on
 * BENCH_PG_URL, default the test server) with the UN list loaded:
 *  1. latency of one shipment: publish → scored row committed, one event at a time
 *     (`--latency 500` events; p50/p99/max), the consumer in this process;
 *  2. throughput: `--events 10000` published at once, `--workers 2` `dualuse worker`
 *     processes; time from the first publish to the last event counted (polled every 100 ms).
 * Throw-away stream names; the database is dropped at the end. Prints figures, asserts nothing.
 *
 *   node --import tsx bench/diversion-stream.ts [--latency 500] [--events 10000] [--workers 2] [--batch 100]
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootstrapOperator, cliPrincipal, importListFiles, loadConfig, openApp } from '@dualuse/app';
import {
  DeliveryProcessor,
  JetStreamStream,
  makeEvent,
  StreamScorer,
  syntheticShipments,
} from '@dualuse/app/stream/index';
import { migrate, openDatabase } from '@dualuse/store';
import { adminQuery, TEST_PG_URL, withDatabase } from '@dualuse/store/testing';
import { sharedData } from '../test/support/shared';
import { numberArg, percentile } from './support';

const LATENCY = numberArg('--latency', 500);
const EVENTS = numberArg('--events', 10_000);
const WORKERS = numberArg('--workers', 2);
const BATCH = numberArg('--batch', 100);
const NATS_URL = process.env.DUALUSE_NATS_URL ?? 'nats://127.0.0.1:4222';
const PG = process.env.BENCH_PG_URL ?? TEST_PG_URL;
const id = randomBytes(4).toString('hex');
const dbName = `dualuse_bench_${id}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

await adminQuery(`CREATE DATABASE ${dbName}`);
const url = withDatabase(PG, dbName);
const home = mkdtempSync(join(tmpdir(), 'dualuse-stream-bench-'));
const db = await openDatabase({ databaseUrl: url, poolSize: 4 });
await migrate(db);
const app = await openApp(
  loadConfig({
    LOG_LEVEL: 'silent',
    DUALUSE_LIST_MAX_AGE_DAYS: '0',
    DUALUSE_JAPANESE_READINGS: 'false',
    DUALUSE_HOME: home,
  }),
  { db },
);
const p = cliPrincipal({ id: (await bootstrapOperator(app))!.tenant.id, isOperator: true });
await importListFiles(app, p, [
  {
    name: 'consolidated.xml',
    bytes: new Uint8Array(readFileSync(sharedData('lists', 'un', '2026-08-01', 'consolidated.xml'))),
  },
]);
const settings = {
  url: NATS_URL,
  stream: `DUALUSE_BENCH_${id}`,
  prefix: `dubench${id}`,
  ackWaitMs: 30_000,
  maxDeliver: 5,
};
const stream = await JetStreamStream.open(settings);
const count = async () =>
  (await db.raw((tx) => tx.query<{ n: number }>('SELECT count(*)::int AS n FROM diversion_processed_events')))[0]!.n;
try {
  // 1. Latency: one event in flight at a time, consumer here.
  const scorer = new StreamScorer(app);
  await scorer.prepare();
  const processor = new DeliveryProcessor(app, scorer, 'bench-latency');
  const committed = new Map<string, () => void>();
  const stop = new AbortController();
  const consuming = stream.consume(
    async (batch) => {
      const results = await processor.processBatch(batch);
      for (const d of batch) committed.get(d.event.key)?.();
      return results;
    },
    { concurrency: 1, maxBatch: 1, signal: stop.signal },
  );
  const latencies: number[] = [];
  for (const [i, body] of syntheticShipments(LATENCY + 20, { seed: 5, idPrefix: 'L-' }).entries()) {
    const e = makeEvent(p.tenantId, 'shipment', body);
    const done = new Promise<void>((r) => committed.set(e.key, r));
    const t = performance.now();
    await stream.publish([e]);
    await done;
    if (i >= 20) latencies.push(performance.now() - t); // the first 20 warm the connection and the JIT
  }
  stop.abort();
  await consuming;
  latencies.sort((a, b) => a - b);
  console.log(
    `latency publish → committed, ${latencies.length} sequential shipments: p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`,
  );

  // 2. Throughput with a pool of worker processes.
  const env = {
    ...process.env,
    DATABASE_URL: url,
    DUALUSE_HOME: home,
    LOG_LEVEL: 'info',
    DUALUSE_DB_POOL: '4',
    DUALUSE_LIST_MAX_AGE_DAYS: '0',
    DUALUSE_JAPANESE_READINGS: 'false',
    DUALUSE_NATS_URL: NATS_URL,
    DUALUSE_NATS_STREAM: settings.stream,
    DUALUSE_NATS_SUBJECT_PREFIX: settings.prefix,
  };
  const workers = Array.from({ length: WORKERS }, () =>
    spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', 'worker', '--batch', String(BATCH)], {
      cwd: new URL('..', import.meta.url).pathname,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    }),
  );
  // Wait until every worker has loaded its scoring context and is pulling.
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((r) => {
          let s = '';
          w.stderr!.on('data', (b: Buffer) => {
            s += b;
            if (s.includes('worker ready')) r();
          });
        }),
    ),
  );
  const before = await count();
  const events = syntheticShipments(EVENTS, { seed: 9, idPrefix: 'T-', listedNames: ['AL-QAIDA', 'TALIBAN'] }).map(
    (b) => makeEvent(p.tenantId, 'shipment', b),
  );
  const t = performance.now();
  await stream.publish(events);
  const published = (performance.now() - t) / 1000;
  while ((await count()) - before < EVENTS) await sleep(100);
  const secs = (performance.now() - t) / 1000;
  for (const w of workers) w.kill('SIGTERM');
  await Promise.all(workers.map((w) => new Promise((r) => w.once('exit', r))));
  const dup = await db.raw((tx) =>
    tx.query<{ duplicates: number }>('SELECT duplicates::int FROM diversion_stream_counters'),
  );
  console.log(
    `throughput ${WORKERS} worker processes (batch ≤ ${BATCH}): ${EVENTS.toLocaleString('en')} shipments published in ${published.toFixed(2)} s, all counted after ${secs.toFixed(2)} s = ${Math.round(EVENTS / secs).toLocaleString('en')} shipments/s end to end; duplicate deliveries ${dup[0]?.duplicates ?? 0}`,
  );
} finally {
  await stream.destroy();
  await stream.close();
  await app.close();
  await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  rmSync(home, { recursive: true, force: true });
}
