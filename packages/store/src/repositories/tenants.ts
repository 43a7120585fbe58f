import { asc, eq } from 'drizzle-orm';
import type { Orm } from '../database';
import { tenants } from '../schema';

export type TenantRow = typeof tenants.$inferSelect;
export type NewTenant = typeof tenants.$inferInsert;

/** System scope: tenants are created by the operator, outside any tenant's transaction. */
export async function insertTenant(orm: Orm, tenant: NewTenant): Promise<TenantRow> {
  const [row] = await orm.insert(tenants).values(tenant).returning();
  return row!;
}

export async function listAllTenants(orm: Orm): Promise<TenantRow[]> {
  return orm.select().from(tenants).orderBy(asc(tenants.createdAt), asc(tenants.slug));
}

export async function findTenantBySlug(orm: Orm, slug: string): Promise<TenantRow | undefined> {
  const [row] = await orm.select().from(tenants).where(eq(tenants.slug, slug));
  return row;
}

export async function findTenantById(orm: Orm, id: string): Promise<TenantRow | undefined> {
  const [row] = await orm.select().from(tenants).where(eq(tenants.id, id));
  return row;
}

export async function countTenants(orm: Orm): Promise<number> {
  return orm.$count(tenants);
}
