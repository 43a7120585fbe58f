import { DomainError, type Principal, type Role } from '@dualuse/core';
import {
  findActiveUserByEmail,
  findApiKeyOwner,
  findSessionOwner,
  findTenantById,
  inTenant,
  insertSession,
  revokeSession,
  type CredentialOwner,
} from '@dualuse/store';
import { newSecret, secretHash, secretId, secretMatches, verifyPassword } from '../secrets';
import { record } from '../audit/log';
import type { AppContext } from '../common';
import { userPrincipal } from './principals';

const refused = (why: string) => new DomainError('unauthenticated', why);

function check(owner: CredentialOwner | undefined, secret: string, now: Date, what: string): CredentialOwner {
  // One message for unknown and wrong secrets, so probing can't tell them apart.
  if (!owner || !secretMatches(secret, owner.secretHash)) throw refused(`invalid ${what}`);
  if (owner.revokedAt) throw refused(`${what} was revoked`);
  if (owner.expiresAt && owner.expiresAt <= now) throw refused(`${what} has expired`);
  if (owner.userDisabledAt) throw refused('user is disabled');
  return owner;
}

/** Bearer token → principal. Session tokens start with "dus_"; anything else is an API key. */
export async function authenticate(ctx: AppContext, token: string): Promise<Principal> {
  const id = secretId(token);
  if (token.startsWith('dus_')) {
    const owner = check(await findSessionOwner(ctx.db.orm, id), token, ctx.now(), 'session');
    return userPrincipal({ ...owner, role: owner.role as Role }, 'session', id);
  }
  const owner = check(await findApiKeyOwner(ctx.db.orm, id), token, ctx.now(), 'API key');
  return userPrincipal({ ...owner, role: owner.role as Role }, 'api_key', id);
}

export type LoginInput = { email: string; password: string } | { apiKey: string };

export interface LoginResult {
  token: string;
  expiresAt: string;
  principal: Principal;
}

/**
 * Opens a web session from a password or an API key (both outcomes audited), throttled per account and per client
 * `address` (login-throttle.ts): an account or address with too many recent failures is refused before its secret is
 * checked.
 */
export async function login(
  ctx: AppContext,
  input: LoginInput,
  requestId: string | null = null,
  address = 'unknown',
): Promise<LoginResult> {
  const account = 'apiKey' in input ? `key:${secretId(input.apiKey)}` : `email:${input.email.trim().toLowerCase()}`;
  const keys = [account, `address:${address}`];
  const now = ctx.now().getTime();
  ctx.loginThrottle.check(keys, now);
  try {
    const result = await openSession(ctx, input, requestId);
    ctx.loginThrottle.recordSuccess(account);
    return result;
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'unauthenticated') ctx.loginThrottle.recordFailure(keys, now);
    throw error;
  }
}

/** Checks the secret and opens the session; failures are audited for known users. */
async function openSession(ctx: AppContext, input: LoginInput, requestId: string | null): Promise<LoginResult> {
  let principal: Principal;
  if ('apiKey' in input) {
    principal = await authenticate(ctx, input.apiKey);
  } else {
    const user = await findActiveUserByEmail(ctx.db.orm, input.email.trim().toLowerCase());
    const ok = user?.passwordHash ? await verifyPassword(input.password, user.passwordHash) : false;
    if (!user || !ok) {
      if (user) {
        const tenant = await findTenantById(ctx.db.orm, user.tenantId);
        const p = userPrincipal(
          {
            tenantId: user.tenantId,
            tenantIsOperator: tenant?.isOperator ?? false,
            userId: user.id,
            role: user.role as Role,
            userName: user.name,
          },
          'session',
          'login',
        );
        await inTenant(ctx.db, user.tenantId, (tx) =>
          record(tx, ctx, p, {
            action: 'auth.login_failed',
            subject: { type: 'user', id: user.id },
            details: { method: 'password' },
            requestId,
          }),
        );
      }
      throw refused('invalid email or password');
    }
    const tenant = await findTenantById(ctx.db.orm, user.tenantId);
    principal = userPrincipal(
      {
        tenantId: user.tenantId,
        tenantIsOperator: tenant?.isOperator ?? false,
        userId: user.id,
        role: user.role as Role,
        userName: user.name,
      },
      'session',
      'login',
    );
  }
  const token = newSecret('dus');
  const expiresAt = new Date(ctx.now().getTime() + ctx.config.DUALUSE_SESSION_HOURS * 3_600_000);
  const session: Principal = { ...principal, via: 'session', credentialId: secretId(token) };
  await inTenant(ctx.db, principal.tenantId, async (tx) => {
    await insertSession(tx, {
      id: session.credentialId,
      tenantId: principal.tenantId,
      userId: principal.userId!,
      tokenHash: secretHash(token),
      expiresAt,
    });
    await record(tx, ctx, session, {
      action: 'auth.login',
      subject: { type: 'session', id: session.credentialId },
      details: { method: 'apiKey' in input ? 'api_key' : 'password' },
      requestId,
    });
  });
  return { token, expiresAt: expiresAt.toISOString(), principal: session };
}

export async function logout(ctx: AppContext, p: Principal, requestId: string | null = null): Promise<void> {
  if (p.via !== 'session') return;
  await inTenant(ctx.db, p.tenantId, async (tx) => {
    await revokeSession(tx, p.credentialId, ctx.now());
    await record(tx, ctx, p, { action: 'auth.logout', subject: { type: 'session', id: p.credentialId }, requestId });
  });
}
