import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Orm } from '../database';
import { users } from '../schema';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export async function insertUser(tx: Orm, user: NewUser): Promise<UserRow> {
  const [row] = await tx.insert(users).values(user).returning();
  return row!;
}

export async function listUsers(tx: Orm): Promise<UserRow[]> {
  return tx.select().from(users).orderBy(asc(users.email));
}

export async function findUser(tx: Orm, id: string): Promise<UserRow | undefined> {
  const [row] = await tx.select().from(users).where(eq(users.id, id));
  return row;
}

export async function updateUser(
  tx: Orm,
  id: string,
  patch: Partial<Pick<UserRow, 'name' | 'role' | 'passwordHash' | 'disabledAt'>>,
): Promise<UserRow | undefined> {
  const [row] = await tx.update(users).set(patch).where(eq(users.id, id)).returning();
  return row;
}

/** System scope (login): emails are unique across tenants, so the email finds the tenant. */
export async function findActiveUserByEmail(orm: Orm, email: string): Promise<UserRow | undefined> {
  const [row] = await orm
    .select()
    .from(users)
    .where(and(eq(users.email, email), isNull(users.disabledAt)));
  return row;
}
