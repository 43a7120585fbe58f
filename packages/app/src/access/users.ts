import {
  authorise,
  DomainError,
  invalidInput,
  notFound,
  type Principal,
  type Role,
  type UserView,
} from '@dualuse/core';
import { findUser, inTenant, insertUser, listUsers, updateUser, type Orm, type UserRow } from '@dualuse/store';
import { hashPassword, verifyPassword } from '../secrets';
import { record } from '../audit/log';
import { mayIssueCredentialFor } from './credential-owner';
import { uniquely, type AppContext } from '../common';

export type { UserView };

export const userView = (u: UserRow): UserView => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role as Role,
  disabled: u.disabledAt !== null,
  hasPassword: u.passwordHash !== null,
  createdAt: u.createdAt.toISOString(),
});

export interface NewUserInput {
  email: string;
  name: string;
  role: Role;
  password?: string | undefined;
}

export const MIN_PASSWORD = 12;

function checkPassword(password: string | undefined, pointer: string): void {
  if (password !== undefined && password.length < MIN_PASSWORD) {
    throw invalidInput(`password must be at least ${MIN_PASSWORD} characters`, pointer);
  }
}

/** Inside an open tenant transaction, so tenant creation can add its first admin atomically. */
export async function addUser(
  tx: Orm,
  ctx: AppContext,
  p: Principal,
  { requestId = null, ...input }: NewUserInput & { requestId?: string | null },
): Promise<UserView> {
  checkPassword(input.password, '/password');
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  const email = input.email.trim().toLowerCase();
  const user = await uniquely(`a user with email ${email}`, () =>
    insertUser(tx, { tenantId: p.tenantId, email, name: input.name, role: input.role, passwordHash }),
  );
  await record(tx, ctx, p, {
    action: 'user.create',
    subject: { type: 'user', id: user.id },
    details: { email, role: input.role },
    requestId,
  });
  return userView(user);
}

export async function createUser(
  ctx: AppContext,
  p: Principal,
  input: NewUserInput,
  requestId: string | null = null,
): Promise<UserView> {
  authorise(p, 'users:write');
  if (input.password !== undefined) mayIssueCredentialFor(p, '(new user)', 'a password');
  return inTenant(ctx.db, p.tenantId, (tx) => addUser(tx, ctx, p, { ...input, requestId }));
}

export async function getUsers(ctx: AppContext, p: Principal): Promise<UserView[]> {
  authorise(p, 'users:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => (await listUsers(tx)).map(userView));
}

export interface UserPatch {
  name?: string | undefined;
  role?: Role | undefined;
  disabled?: boolean | undefined;
  password?: string | undefined;
}

export async function changeUser(
  ctx: AppContext,
  p: Principal,
  { id, patch }: { id: string; patch: UserPatch },
  requestId: string | null = null,
): Promise<UserView> {
  authorise(p, 'users:write');
  if (patch.password !== undefined) mayIssueCredentialFor(p, id, 'a password');
  checkPassword(patch.password, '/password');
  const passwordHash = patch.password === undefined ? undefined : await hashPassword(patch.password);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const before = await findUser(tx, id);
    if (!before) throw notFound(`user ${id}`);
    const losesAdmin =
      before.role === 'admin' &&
      before.disabledAt === null &&
      ((patch.role !== undefined && patch.role !== 'admin') || patch.disabled === true);
    if (losesAdmin) {
      const admins = (await listUsers(tx)).filter((u) => u.role === 'admin' && u.disabledAt === null);
      if (admins.length <= 1) {
        throw new DomainError('conflict', 'this is the last active admin of the tenant; make another user admin first');
      }
    }
    const disabledAt =
      patch.disabled === undefined ? undefined : patch.disabled ? (before.disabledAt ?? ctx.now()) : null;
    const after = await updateUser(tx, id, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.role !== undefined ? { role: patch.role } : {}),
      ...(disabledAt !== undefined ? { disabledAt } : {}),
      ...(passwordHash !== undefined ? { passwordHash } : {}),
    });
    const changed = Object.keys(patch).filter((k) => patch[k as keyof UserPatch] !== undefined);
    await record(tx, ctx, p, {
      action: 'user.update',
      subject: { type: 'user', id },
      details: {
        changed,
        ...(patch.role !== undefined ? { role: { from: before.role, to: patch.role } } : {}),
        ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}),
      },
      requestId,
    });
    return userView(after!);
  });
}

/**
 * A user sets their own password (credential-owner.ts: nobody else may). If one is set
 * already, the current one must be given, so a stolen session cannot lock its owner out.
 */
export async function changeOwnPassword(
  ctx: AppContext,
  p: Principal,
  input: { currentPassword?: string | undefined; newPassword: string },
  requestId: string | null = null,
): Promise<UserView> {
  authorise(p, 'tenant:read');
  if (!p.userId || (p.via !== 'session' && p.via !== 'api_key'))
    throw invalidInput('only a signed-in user has a password of their own');
  checkPassword(input.newPassword, '/newPassword');
  const userId = p.userId;
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const user = await findUser(tx, userId);
    if (!user) throw notFound(`user ${userId}`);
    if (user.passwordHash) {
      // A wrong current password counts as a failed sign-in of the account (login-throttle.ts).
      const account = [`email:${user.email}`];
      ctx.loginThrottle.check(account, ctx.now().getTime());
      if (!(input.currentPassword !== undefined && (await verifyPassword(input.currentPassword, user.passwordHash)))) {
        ctx.loginThrottle.recordFailure(account, ctx.now().getTime());
        throw new DomainError('forbidden', 'the current password is wrong or missing', { pointer: '/currentPassword' });
      }
    }
    const after = await updateUser(tx, userId, { passwordHash: await hashPassword(input.newPassword) });
    await record(tx, ctx, p, {
      action: 'user.password',
      subject: { type: 'user', id: userId },
      details: { self: true },
      requestId,
    });
    return userView(after!);
  });
}
