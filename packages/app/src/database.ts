/**
 * The database as the operator sees it (`dualuse db check`, `db migrate`, the server's /readyz):
 * adapters reach the store only through use cases, so these are the store's checks behind the
 * app's context. No principal: they run with the process's own database rights, as `openApp` does.
 */
import { checkDatabase, loadMigrations, pingDatabase, type DbCheckItem } from '@dualuse/store';
import type { AppContext } from './context';

export type { DbCheckItem };

/** Migrations, the application role and its grants, and a tenant-scoped read (store db-check.ts). */
export function checkDatabaseOf(ctx: Pick<AppContext, 'db'>): Promise<DbCheckItem[]> {
  return checkDatabase(ctx.db);
}

/** The names of the migrations this version ships, in order. */
export function migrationNames(): string[] {
  return loadMigrations().map((m) => m.name);
}

/** Resolves when the database answers a round trip; rejects with the driver's error otherwise. */
export function pingDatabaseOf(ctx: Pick<AppContext, 'db'>): Promise<void> {
  return pingDatabase(ctx.db);
}
