/**
 * Batch screening on JetStream workers (issue 17 item 4), in one run on one database:
 * 1. one process: screenParties over the whole file (hits stored for review, audit), index warm;
 * 2. the same file on 1 `dualuse worker --screening` process, then on 2 (chunks of --chunk parties),
 *    each worker warmed on a small run first so index building is not timed;
 * 3. one process again (its hits now already open, like the worker runs, so 3 vs 2 is like for like).
 * Every output must be byte-identical to run 1's (hit ids too: later runs find the open hits).
 * The file: --parties rows derived from the UN (2026-08-01) and OFAC SDN (2024-05-03) lists
 * (test/support/list-parties.ts). Needs PostgreSQL (BENCH_PG_URL or the test server) and NATS.
 *
 *   node --import tsx bench/screening-workers.ts [--parties 100000] [--chunk 500]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bootstrapOperator,
  ChunkQueue,
  cliPrincipal,
  hitLine,
  importListFiles,
  loadConfig,
  openApp,
  screeningData,
  screenOnWorkers,
  screenParties,
} from '@dualuse/app';
import type { ListEntry } from '@dualuse/core';
import { readPartiesCsv } from '@dualuse/core/screening';
import { entriesOfVersion, migrate, openDatabase } from '@dualuse/store';
import { adminQuery, TEST_PG_URL, withDatabase } from '@dualuse/store/testing';
import { listPartiesCsv } from '../test/support/list-parties';
import { sharedData } from '../test/support/shared';
import { numberArg } from './support';

const PARTIES = numberArg('--parties', 100_000);
const CHUNK = numberArg('--chunk', 500);
const ROOT = new URL('../', import.meta.url).pathname;
const id = randomBytes(4).toString('hex');
const dbName = `dualuse_bench_${id}`;
const home = mkdtempSync(join(tmpdir(), 'dualuse-screen-workers-bench-'));
await adminQuery(`CREATE DATABASE ${dbName}`);
const url = withDatabase(process.env.BENCH_PG_URL ?? TEST_PG_URL, dbName);
const env: Record<string, string> = {
  LOG_LEVEL: 'warn',
  DUALUSE_LIST_MAX_AGE_DAYS: '0',
  DUALUSE_JAPANESE_READINGS: 'false',
  DUALUSE_HOME: home,
  DATABASE_URL: url,
  DUALUSE_DB_POOL: '4',
  DUALUSE_NATS_URL: process.env.DUALUSE_NATS_URL ?? 'nats://127.0.0.1:4222',
  DUALUSE_NATS_STREAM: `DUALUSE_BENCH_${id}`,
  DUALUSE_NATS_SUBJECT_PREFIX: `dubench${id}`,
};
const db = await openDatabase({ databaseUrl: url, poolSize: 4 });
await migrate(db);
const app = await openApp(loadConfig({ ...env, LOG_LEVEL: 'silent' }), { db });
const workers: ChildProcess[] = [];
try {
  const p = cliPrincipal({ id: (await bootstrapOperator(app))!.tenant.id, isOperator: true });
  let t = performance.now();
  await importListFiles(app, p, [
    {
      name: 'consolidated.xml',
      bytes: new Uint8Array(readFileSync(sharedData('lists', 'un', '2026-08-01', 'consolidated.xml'))),
    },
    {
      name: 'sdn.csv',
      bytes: new Uint8Array(readFileSync(sharedData('lists', 'ofac', 'sdn-csv', '2024-05-03', 'sdn.csv'))),
    },
  ]);
  const data = await screeningData(app);
  const entries: ListEntry[] = [];
  for (const v of data.versions)
    entries.push(...(await entriesOfVersion(db.orm, v.id)).map((r) => r.entry as ListEntry));
  const csv = listPartiesCsv(entries, PARTIES);
  const parties = readPartiesCsv(csv, 'bench.csv', true).rows;
  console.log(
    `lists ${data.versions.map((v) => v.list).join(', ')} (${entries.length.toLocaleString('en')} entries) imported and indexed in ${((performance.now() - t) / 1000).toFixed(1)} s; parties ${parties.length.toLocaleString('en')}; chunk ${CHUNK}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const rate = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString('en')} parties/s`;

  t = performance.now();
  const single = (await screenParties(app, p, parties, { origin: 'batch' })).results.map(hitLine).join('\n');
  const singleMs = performance.now() - t;
  console.log(
    `single process (first run, stores ${single.match(/"hitId"/g)?.length ?? 0} hits): ${rate(parties.length, singleMs)}`,
  );

  const start = (n: number) => {
    for (let i = 0; i < n; i++)
      workers.push(
        spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', 'worker', '--screening'], {
          cwd: ROOT,
          env: { ...process.env, ...env },
          stdio: ['ignore', 'ignore', 'inherit'],
        }),
      );
  };
  const timed = async (label: string) => {
    // Warm-up: small runs (chunks of 1 party) until every worker has committed one, i.e. built its index.
    const warm = new Set<string>();
    for (let k = 0; warm.size < workers.length; k++) {
      const w = await screenOnWorkers(app, p, parties.slice(k * 8, k * 8 + 8), {
        origin: 'batch',
        chunkSize: 1,
        runId: `warm-${id}-${workers.length}-${k}`,
      });
      for (const name of w.workers) warm.add(name);
    }
    const s = performance.now();
    // A run of its own (named): the same batch under its input hash would resume the previous run.
    const run = await screenOnWorkers(app, p, parties, {
      origin: 'batch',
      chunkSize: CHUNK,
      runId: `bench-${id}-${label.replace(/\W/g, '')}`,
    });
    const ms = performance.now() - s;
    const same = run.lines.join('\n') === single;
    console.log(
      `${label}: ${rate(parties.length, ms)} (${run.chunks} chunks, workers ${run.workers.length}); byte-identical to one process: ${same}`,
    );
    if (!same) process.exitCode = 1;
    return ms;
  };
  start(1);
  const one = await timed('1 worker');
  start(1);
  const two = await timed('2 workers');
  t = performance.now();
  const again = (await screenParties(app, p, parties, { origin: 'batch' })).results.map(hitLine).join('\n');
  const againMs = performance.now() - t;
  console.log(
    `single process (hits already open, like the worker runs): ${rate(parties.length, againMs)}; byte-identical: ${again === single}`,
  );
  console.log(
    `1 -> 2 workers: x${(one / two).toFixed(2)}; 2 workers vs one process (same state): x${(againMs / two).toFixed(2)}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
} finally {
  for (const w of workers) w.kill('SIGTERM');
  await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once('exit', r)))));
  const q = await ChunkQueue.open(loadConfig(env), 'bench cleanup').catch(() => null);
  await q?.destroy();
  await q?.close();
  await app.close();
  await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  rmSync(home, { recursive: true, force: true });
}
