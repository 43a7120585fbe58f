/**
 * One handle over either engine: PGlite (PostgreSQL in WASM, in-process, the default) or a
 * PostgreSQL server (DATABASE_URL). Everything above this file sees the same drizzle query
 * builder (`orm`) and the same raw-SQL escape hatch (`raw`), so every store test runs on both.
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { schema } from './schema';

export type Schema = typeof schema;
/** The query builder, or a transaction of it: repositories accept either. */
export type Orm = PgDatabase<PgQueryResultHKT, Schema>;

/** Plain SQL inside one transaction: migrations, hand-written test queries. */
export interface RawTx {
  /** Several statements, no parameters (simple-query protocol). */
  exec(text: string): Promise<void>;
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
}

export interface Database {
  readonly engine: 'pglite' | 'postgres';
  /** Where the data is, for logs and `dualuse db status` (no password). */
  readonly location: string;
  readonly orm: Orm;
  raw<T>(fn: (tx: RawTx) => Promise<T>): Promise<T>;
  /** PGlite only: the whole data folder as a tarball (to clone a migrated template). */
  dump?: () => Promise<Blob>;
  close(): Promise<void>;
}

export const PGLITE_EXTENSIONS = { pg_trgm, fuzzystrmatch, unaccent };

export interface OpenOptions {
  /** postgres://... selects a server; otherwise PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; omitted means in memory. */
  dataDir?: string | undefined;
  /** PGlite only: start from a dumped data folder (tests clone a migrated template this way). */
  loadDataDir?: Blob | undefined;
  poolSize?: number | undefined;
  /** Sees every statement drizzle sends (the SQL snapshots in src/queries use it). */
  logQuery?: ((query: string, params: unknown[]) => void) | undefined;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options) : openPglite(options);
}

async function openPglite(options: OpenOptions): Promise<Database> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      extensions: PGLITE_EXTENSIONS,
    });
  } catch (error) {
    // PGlite's own errors print a minified bundle line; say what failed instead.
    throw new Error(
      `cannot open the embedded database at ${options.dataDir ?? '(memory)'}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return {
    engine: 'pglite',
    location: options.dataDir ?? 'memory',
    orm: drizzlePglite(client, { schema, ...loggerOf(options) }) as unknown as Orm,
    raw: (fn) =>
      client.transaction((tx) =>
        fn({
          exec: async (text) => void (await tx.exec(text)),
          query: async <R>(text: string, params?: unknown[]) => (await tx.query<R>(text, params)).rows,
        }),
      ),
    dump: async () => (await client.dumpDataDir('none')) as Blob,
    close: () => client.close(),
  };
}

function loggerOf(options: OpenOptions) {
  const logQuery = options.logQuery;
  return logQuery ? { logger: { logQuery } } : {};
}

async function openPostgres(url: string, options: OpenOptions): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // A pool error on an idle client must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const safe = new URL(url);
  safe.password = safe.password ? '***' : '';
  return {
    engine: 'postgres',
    location: safe.toString(),
    orm: drizzlePg(pool, { schema, ...loggerOf(options) }) as unknown as Orm,
    raw: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          exec: async (text) => void (await client.query(text)),
          query: async <R>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as R[],
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
