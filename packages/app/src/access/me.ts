/**
 * Who the caller is, as GET /me and the login answer show it: the tenant, the user (none for an
 * API key of the CLI or the system), the role, how they signed in, and what the role lets them do
 * in this tenant (operator-only permissions only in the operator tenant: core access/roles.ts).
 */
import {
  authorise,
  notFound,
  OPERATOR_ONLY,
  PERMISSIONS,
  type Permission,
  type Principal,
  type Role,
  type TenantView,
  type UserView,
} from '@dualuse/core';
import { findActiveUserByEmail, findTenantById, findUser, inTenant } from '@dualuse/store';
import type { AppContext } from '../common';
import { tenantView } from './tenants';
import { userView } from './users';

export interface PrincipalDescription {
  tenant: TenantView;
  user: UserView | null;
  role: Role;
  via: Principal['via'];
  permissions: Permission[];
}

/** Reading one's own identity is not audited (logins and sessions are, in access/auth.ts). */
export async function describePrincipal(ctx: AppContext, p: Principal): Promise<PrincipalDescription> {
  authorise(p, 'tenant:read');
  const tenant = await findTenantById(ctx.db.orm, p.tenantId);
  if (!tenant) throw notFound(`tenant ${p.tenantId}`);
  const user = p.userId ? await inTenant(ctx.db, p.tenantId, (tx) => findUser(tx, p.userId!)) : undefined;
  const permissions = (Object.keys(PERMISSIONS) as Permission[]).filter(
    (perm) =>
      (PERMISSIONS[perm] as readonly string[]).includes(p.role) && (!OPERATOR_ONLY.has(perm) || p.tenantIsOperator),
  );
  return { tenant: tenantView(tenant), user: user ? userView(user) : null, role: p.role, via: p.via, permissions };
}

/**
 * The active user with this e-mail address in the principal's tenant, or undefined
 * (`dualuse admin create-key --email`: the CLI names users by address, keys need their id).
 */
export async function activeUserByEmail(ctx: AppContext, p: Principal, email: string): Promise<UserView | undefined> {
  authorise(p, 'users:read');
  const user = await findActiveUserByEmail(ctx.db.orm, email.toLowerCase());
  return user && user.tenantId === p.tenantId ? userView(user) : undefined;
}
