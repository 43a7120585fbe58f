import { DomainError } from '../common/errors';
import type { TenantId, UserId } from '../common/ids';
import { can, OPERATOR_ONLY, type Permission, type Role } from './roles';

/** The authenticated caller of a use case: a user (logged in or through an API key) or the local CLI. */
export interface Principal {
  tenantId: TenantId;
  tenantIsOperator: boolean;
  userId: UserId | null;
  role: Role;
  /** How the caller proved who it is, recorded in the audit log. */
  via: 'session' | 'api_key' | 'cli' | 'system';
  /** API key id, session id, or OS user name for the CLI. */
  credentialId: string;
  displayName: string;
}

export function authorise(principal: Principal, permission: Permission): void {
  if (!can(principal.role, permission)) {
    throw new DomainError('forbidden', `role '${principal.role}' may not ${permission}`, { permission });
  }
  if (OPERATOR_ONLY.has(permission) && !principal.tenantIsOperator) {
    throw new DomainError('forbidden', `${permission} is reserved to the operator tenant`, { permission });
  }
}
