import type { Principal, Role, TenantId, UserId } from '@dualuse/core';
import { userInfo } from 'node:os';

/**
 * The CLI runs on the operator's machine with the database's own credentials, so it acts
 * as an admin of the tenant it names; the OS user name goes into the audit log.
 */
export function cliPrincipal(tenant: { id: string; isOperator: boolean }, role: Role = 'admin'): Principal {
  let who = 'unknown';
  try {
    who = userInfo().username;
  } catch {
    /* no passwd entry (containers): keep 'unknown' */
  }
  return {
    tenantId: tenant.id as TenantId,
    tenantIsOperator: tenant.isOperator,
    userId: null,
    role,
    via: 'cli',
    credentialId: `cli:${who}`,
    displayName: `dualuse CLI (${who})`,
  };
}

export function userPrincipal(
  owner: { tenantId: string; tenantIsOperator: boolean; userId: string; role: Role; userName: string },
  via: 'session' | 'api_key',
  credentialId: string,
): Principal {
  return {
    tenantId: owner.tenantId as TenantId,
    tenantIsOperator: owner.tenantIsOperator,
    userId: owner.userId as UserId,
    role: owner.role,
    via,
    credentialId,
    displayName: owner.userName,
  };
}
