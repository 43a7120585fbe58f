/**
 * Reference data (a control-list version, the EAR country tables) is stored once per content: the same content again
 * is `unchanged`; new content is inserted, and the import recorded in the importer's tenant chain. The versions are
 * shared by every tenant, so they are written outside a tenant scope; only the audit record is the tenant's.
 */
import type { Principal } from '@dualuse/core';
import { inTenant, type Orm } from '@dualuse/store';
import type { AppContext } from '../common';
import { record } from './log';

export interface ImportOnce<Row> {
  /** The stored version with the same content, if there is one. */
  find(tx: Orm): Promise<Row | undefined>;
  insert(tx: Orm): Promise<Row>;
  /** The audit entry of a new version. */
  audit(row: Row): Parameters<typeof record>[3];
}

export async function importOnce<Row>(
  ctx: AppContext,
  p: Principal,
  steps: ImportOnce<Row>,
): Promise<{ status: 'imported' | 'unchanged'; row: Row }> {
  const result = await ctx.db.orm.transaction(async (tx) => {
    const existing = await steps.find(tx);
    if (existing) return { status: 'unchanged' as const, row: existing };
    return { status: 'imported' as const, row: await steps.insert(tx) };
  });
  if (result.status === 'imported')
    await inTenant(ctx.db, p.tenantId, (tx) => record(tx, ctx, p, steps.audit(result.row)));
  return result;
}
