import { sql } from 'drizzle-orm';
import type { Database, Orm, RawTx } from './database';

/**
 * Runs `fn` in one transaction as the restricted role `dualuse_app`, with the tenant set for
 * the row-level-security policies of migrations/0001. Whatever SQL runs inside, it sees and
 * writes this tenant's rows only; the transaction commits if `fn` resolves, else rolls back.
 */
export function inTenant<T>(db: Database, tenantId: string, fn: (tx: Orm) => Promise<T>): Promise<T> {
  return db.orm.transaction(async (tx) => {
    await enterTenant(tx as unknown as Orm, tenantId);
    return fn(tx as unknown as Orm);
  });
}

/**
 * Switches an open transaction into one tenant for the rest of it: the tenant setting the
 * row-level-security policies read, and the restricted role. For a transaction that starts with
 * owner rights and then acts inside a tenant it has just created (app access/tenants.ts).
 */
export async function enterTenant(tx: Orm, tenantId: string): Promise<void> {
  await tx.execute(sql`SELECT set_config('dualuse.tenant_id', ${tenantId}, true)`);
  await tx.execute(sql`SET LOCAL ROLE dualuse_app`);
}

/** Plain-SQL variant of inTenant, for hand-written queries (tests, reports). */
export function inTenantRaw<T>(db: Database, tenantId: string, fn: (tx: RawTx) => Promise<T>): Promise<T> {
  return db.raw(async (tx) => {
    await tx.query(`SELECT set_config('dualuse.tenant_id', $1, true)`, [tenantId]);
    await tx.exec('SET LOCAL ROLE dualuse_app');
    return fn(tx);
  });
}
