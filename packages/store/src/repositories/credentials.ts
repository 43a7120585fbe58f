import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Orm } from '../database';
import { apiKeys, sessions, tenants, users } from '../schema';

export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

export async function insertApiKey(tx: Orm, key: typeof apiKeys.$inferInsert): Promise<ApiKeyRow> {
  const [row] = await tx.insert(apiKeys).values(key).returning();
  return row!;
}

export async function listApiKeys(tx: Orm): Promise<ApiKeyRow[]> {
  return tx.select().from(apiKeys).orderBy(desc(apiKeys.createdAt));
}

export async function revokeApiKey(tx: Orm, id: string, at: Date): Promise<ApiKeyRow | undefined> {
  const [row] = await tx
    .update(apiKeys)
    .set({ revokedAt: at })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning();
  return row;
}

export async function insertSession(tx: Orm, session: typeof sessions.$inferInsert): Promise<SessionRow> {
  const [row] = await tx.insert(sessions).values(session).returning();
  return row!;
}

export async function revokeSession(tx: Orm, id: string, at: Date): Promise<void> {
  await tx.update(sessions).set({ revokedAt: at }).where(eq(sessions.id, id));
}

/** What authentication needs to know about a credential's owner. */
export interface CredentialOwner {
  secretHash: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
  userId: string;
  userName: string;
  userEmail: string;
  role: string;
  userDisabledAt: Date | null;
  tenantId: string;
  tenantSlug: string;
  tenantIsOperator: boolean;
}

const owner = {
  userId: users.id,
  userName: users.name,
  userEmail: users.email,
  role: users.role,
  userDisabledAt: users.disabledAt,
  tenantId: tenants.id,
  tenantSlug: tenants.slug,
  tenantIsOperator: tenants.isOperator,
};

/** System scope: authentication happens before the tenant is known. */
export async function findApiKeyOwner(orm: Orm, id: string): Promise<CredentialOwner | undefined> {
  const [row] = await orm
    .select({ secretHash: apiKeys.secretHash, expiresAt: apiKeys.expiresAt, revokedAt: apiKeys.revokedAt, ...owner })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .innerJoin(tenants, eq(tenants.id, apiKeys.tenantId))
    .where(eq(apiKeys.id, id));
  return row;
}

export async function findSessionOwner(orm: Orm, id: string): Promise<CredentialOwner | undefined> {
  const [row] = await orm
    .select({ secretHash: sessions.tokenHash, expiresAt: sessions.expiresAt, revokedAt: sessions.revokedAt, ...owner })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(tenants, eq(tenants.id, sessions.tenantId))
    .where(eq(sessions.id, id));
  return row;
}

export async function touchApiKey(orm: Orm, id: string, at: Date): Promise<void> {
  await orm.update(apiKeys).set({ lastUsedAt: at }).where(eq(apiKeys.id, id));
}
