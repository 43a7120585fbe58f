import { cliPrincipal, hasTenants, tenantBySlug, type AppContext } from '@dualuse/app';
import { DomainError, type Principal } from '@dualuse/core';

/** The CLI acts inside one tenant, named by --tenant (default: the operator tenant). */
export async function principalFor(app: AppContext, slug: string): Promise<Principal> {
  const tenant = await tenantBySlug(app, slug);
  if (!tenant) {
    const empty = !(await hasTenants(app));
    throw new DomainError(
      'not_found',
      empty
        ? 'the database has no tenant yet: run `dualuse admin init` (or `dualuse start`) first'
        : `no tenant '${slug}' (list them with: dualuse tenants list)`,
    );
  }
  return cliPrincipal(tenant);
}

export async function readStdinLine(): Promise<string> {
  if (process.stdin.isTTY) throw new Error('--password-stdin expects the password piped on standard input');
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.replace(/\r?\n$/, '');
}
