// Issue 17 item 4: the list-change re-screen of stored counterparties on JetStream workers. Two
// databases get the UN list of February 2026, the same counterparties (a file derived from the UN list
// of August 2026), then that August version, which leaves a re-screen job pending in each for the
// entries added or changed since February; one runs it in this process, the other with
// `lists rescreen --workers 0` and two `worker --screening` processes, one of them SIGKILLed after
// committing chunks. Every chunk is committed once, and the stored hits and the report are those of
// the single process: nothing lost, nothing twice. Needs NATS and PostgreSQL (see nats-services.ts).
import { natsTestServices } from '../../../../test/support/nats-services';
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { parseListFile, readPartiesCsv } from '@dualuse/core/screening';
import { openTestDatabase, type TestDatabase } from '@dualuse/store/testing';
import { listPartiesCsv } from '../../../../test/support/list-parties';
import { sharedData } from '../../../../test/support/shared';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { cliPrincipal } from '../access/principals';
import { bootstrapOperator } from '../access/tenants';
import { importCounterparties } from '../screening/counterparties';
import { cleanUpWorkers, spawnCli, workersEnv } from '../screening/workers.test-support';
import { importListFiles } from './import';
import { runRescreenJobs } from './rescreen';

const N = 600;
const CHUNK = 5;
const skip = await natsTestServices('the JetStream list-change re-screen test');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('list-change re-screen on JetStream workers', { skip }, () => {
  const dbs: TestDatabase[] = [];
  const apps: AppContext[] = [];
  let env: NodeJS.ProcessEnv;
  const children: ChildProcess[] = [];
  const config = { LOG_LEVEL: 'silent', DUALUSE_LIST_MAX_AGE_DAYS: '0', DUALUSE_JAPANESE_READINGS: 'false' };

  before(async () => {
    const un = (date: string) => new Uint8Array(readFileSync(sharedData('lists', 'un', date, 'consolidated.xml')));
    const [february, xml] = [un('2026-02-27'), un('2026-08-01')];
    const entries = parseListFile([{ name: 'consolidated.xml', bytes: xml }]).flatMap((l) => l.entries);
    const parties = readPartiesCsv(listPartiesCsv(entries, N), 'parties.csv', true).rows;
    for (let i = 0; i < 2; i++) {
      const db = await openTestDatabase('postgres');
      const app = await openApp(loadConfig(config), { db });
      dbs.push(db);
      apps.push(app);
      const boot = await bootstrapOperator(app);
      const p = cliPrincipal({ id: boot!.tenant.id, isOperator: true });
      await importListFiles(app, p, [{ name: 'consolidated.xml', bytes: february }]);
      await runRescreenJobs(app);
      await importCounterparties(app, p, parties);
      // A newer version: its re-screen job covers the entries added or changed, left pending by the import.
      await importListFiles(app, p, [{ name: 'consolidated.xml', bytes: xml }]);
    }
    env = workersEnv(config, dbs[1]!.url!);
  });

  after(async () => {
    await cleanUpWorkers(env, children);
    for (const app of apps) await app.close();
  });

  const cli = (args: string[]) => spawnCli(env, args, children);
  const rows = <T>(db: TestDatabase, sql: string) => db.raw((tx) => tx.query<T & Record<string, unknown>>(sql));
  const storedHits = (db: TestDatabase) =>
    rows<{ party: string; entry: string; score: number; status: string }>(
      db,
      `SELECT c.external_id AS party, h.entry_source_id AS entry, h.score, h.status FROM screening_hits h
       JOIN counterparties c ON c.id = h.counterparty_id WHERE h.origin = 'list_change' ORDER BY 1, 2`,
    );

  test('a SIGKILLed worker: every chunk once, the hits of one process', { timeout: 300_000 }, async () => {
    const single = await runRescreenJobs(apps[0]!);
    assert.equal(single.length, 1);
    assert.ok(single[0]!.hits > 0, `the file has names of changed entries: ${single[0]!.hits} open hits`);

    const workers = [cli(['worker', '--screening']), cli(['worker', '--screening'])];
    const run = cli(['--json', 'lists', 'rescreen', '--workers', '0', '--chunk-size', String(CHUNK)]);
    const chunks = Math.ceil(N / CHUNK);
    let victim: ChildProcess | undefined;
    for (const started = Date.now(); !victim && Date.now() - started < 120_000; await sleep(20)) {
      const done = await rows<{ worker: string; n: number }>(
        dbs[1]!,
        'SELECT worker, count(*)::int AS n FROM screening_run_chunks GROUP BY worker',
      );
      assert.ok(done.reduce((s, r) => s + r.n, 0) < chunks - 3, 'the run finished before a worker could be killed');
      const busy = done.find((r) => r.n >= 2);
      victim = busy && workers.find((w) => busy.worker.endsWith(`:${w.c.pid}`))?.c;
    }
    assert.ok(victim, 'no worker committed 2 chunks within 120 s');
    victim.kill('SIGKILL');

    const end = await run.done;
    assert.equal(end.code, 0, end.stderr);
    for (const w of workers) if (w.c !== victim) w.c.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.done));
    assert.deepEqual((JSON.parse(end.stdout) as { rescreened: unknown }).rescreened, single);

    const committed = await rows<{ chunk: number; n: number }>(
      dbs[1]!,
      'SELECT chunk, count(*)::int AS n FROM screening_run_chunks GROUP BY chunk ORDER BY chunk',
    );
    assert.equal(committed.length, chunks);
    assert.ok(committed.every((r) => r.n === 1));
    const [one, many] = [await storedHits(dbs[0]!), await storedHits(dbs[1]!)];
    assert.deepEqual(many, one);
    // Only the job's entries were screened: the file names many more UN entries than changed since February.
    const parties = await rows<{ n: number }>(dbs[1]!, 'SELECT count(*)::int AS n FROM counterparties');
    assert.ok(one.length > 0 && one.length < parties[0]!.n / 4, `${one.length} hits for ${parties[0]!.n} parties`);
    const jobs = await rows<{ status: string }>(dbs[1]!, 'SELECT status FROM list_rescreen_jobs');
    // February's job and August's.
    assert.deepEqual(
      jobs.map((j) => j.status),
      ['done', 'done'],
    );
  });
});
