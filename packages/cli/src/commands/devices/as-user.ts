import { authenticate, getUsers, type AppContext } from '@dualuse/app';
import { DomainError, invalidInput, type Principal } from '@dualuse/core';
import { principalFor } from '../../tenant-arg';

/**
 * The officer named by --as, authenticated by their own API key from the environment
 * (`keyVar`): the two-person rule compares people who proved who they are, and the CLI's
 * database rights prove nobody's identity.
 */
export async function asUser(
  app: AppContext,
  tenant: string,
  email: string,
  keyVar = 'DUALUSE_API_KEY',
): Promise<Principal> {
  const key = process.env[keyVar];
  if (!key)
    throw invalidInput(
      `--as ${email} needs that officer's own API key in ${keyVar}: the two-person rule compares authenticated people, not names`,
      keyVar,
    );
  const p = await authenticate(app, key);
  const admin = await principalFor(app, tenant);
  const user = p.tenantId === admin.tenantId ? (await getUsers(app, admin)).find((u) => u.id === p.userId) : undefined;
  if (!user || user.email !== email.toLowerCase())
    throw new DomainError('forbidden', `the key in ${keyVar} is not ${email}'s key in tenant ${tenant}`);
  return p;
}
