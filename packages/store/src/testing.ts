/**
 * Test databases on both engines, cloned from a template that scripts/test.ts migrates once
 * per run: a PGlite data-folder dump (DUALUSE_TEST_PGLITE_TEMPLATE) and a PostgreSQL
 * template database (DUALUSE_TEST_PG_TEMPLATE on DUALUSE_TEST_PG_URL). Run alone, a test
 * file migrates a fresh PGlite itself (slower) and skips PostgreSQL unless it is configured.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { openDatabase, type Database } from './database';
import { migrate } from './migrate';

export type Engine = 'pglite' | 'postgres';

export const TEST_PG_URL = process.env.DUALUSE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Engines this run tests on: PGlite always, PostgreSQL when the runner prepared a template. */
export function testEngines(): Engine[] {
  return process.env.DUALUSE_TEST_PG_TEMPLATE ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDatabase extends Database {
  /** A URL for other processes (the CLI under test); postgres only. */
  readonly url: string | undefined;
}

export async function openTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const template = process.env.DUALUSE_TEST_PGLITE_TEMPLATE;
    if (template) {
      const db = await openDatabase({ loadDataDir: new Blob([readFileSync(template)]) });
      return { ...db, url: undefined };
    }
    const db = await openDatabase({});
    await migrate(db);
    return { ...db, url: undefined };
  }
  const template = process.env.DUALUSE_TEST_PG_TEMPLATE;
  if (!template) throw new Error('PostgreSQL tests need DUALUSE_TEST_PG_TEMPLATE: run them through `npm test`');
  const name = `dualuse_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`, true);
  const url = withDatabase(TEST_PG_URL, name);
  const db = await openDatabase({ databaseUrl: url, poolSize: 4 });
  return {
    ...db,
    url,
    close: async () => {
      await db.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** One statement on the server's maintenance database; retries a template that is briefly busy. */
export async function adminQuery(text: string, retryBusy = false): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const client = new pg.Client({ connectionString: TEST_PG_URL });
    await client.connect();
    try {
      await client.query(text);
      return;
    } catch (error) {
      const busy = (error as { code?: string }).code === '55006';
      if (!retryBusy || !busy || attempt > 50) throw error;
    } finally {
      await client.end();
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * An embedded data folder for a separate process (a spawned `dualuse start`): filled from the run's migrated
 * PGlite template when there is one, so the process need not migrate from scratch; otherwise left to the process.
 */
export async function prepareTestDataDir(dataDir: string): Promise<void> {
  const template = process.env.DUALUSE_TEST_PGLITE_TEMPLATE;
  if (!template) return;
  const db = await openDatabase({ dataDir, loadDataDir: new Blob([readFileSync(template)]) });
  await db.close();
}
