import {
  authorise,
  TENANT_KINDS,
  type Principal,
  type Role,
  type TenantId,
  type TenantKind,
  type TenantView,
} from '@dualuse/core';
import {
  countTenants,
  enterTenant,
  findTenantBySlug,
  insertTenant,
  listAllTenants,
  type Orm,
  type TenantRow,
} from '@dualuse/store';
import { addApiKey } from './api-keys';
import { record } from '../audit/log';
import { uniquely, type AppContext } from '../common';
import { cliPrincipal } from './principals';
import { addUser } from './users';
import type { UserView } from '@dualuse/core';

export { TENANT_KINDS, type TenantKind, type TenantView };

export const tenantView = (t: TenantRow): TenantView => ({
  id: t.id,
  slug: t.slug,
  name: t.name,
  kind: t.kind as TenantKind,
  isOperator: t.isOperator,
  createdAt: t.createdAt.toISOString(),
});

export interface NewTenantInput {
  slug: string;
  name: string;
  kind: TenantKind;
  admin: { email: string; name: string; password?: string | undefined };
  /** Operator bootstrap only: use this key for the first admin instead of generating one. */
  adminKey?: string | undefined;
}

export interface CreatedTenant {
  tenant: TenantView;
  admin: UserView;
  /** The first admin's API key, shown once. */
  adminKey: string;
}

/**
 * A tenant, its first admin and that admin's API key, in one transaction: either all exist
 * afterwards or none does. The creation is recorded in the creator's chain and opens the
 * new tenant's own chain.
 */
async function createTenantTx(
  tx: Orm,
  ctx: AppContext,
  creator: Principal | null,
  { input, isOperator, requestId }: { input: NewTenantInput; isOperator: boolean; requestId: string | null },
): Promise<CreatedTenant> {
  const tenant = await uniquely(`a tenant with slug '${input.slug}'`, () =>
    insertTenant(tx, { slug: input.slug, name: input.name, kind: input.kind, isOperator }),
  );
  if (creator) {
    await record(tx, ctx, creator, {
      action: 'tenant.create',
      subject: { type: 'tenant', id: tenant.id },
      details: { slug: tenant.slug, name: tenant.name, kind: tenant.kind },
      requestId,
    });
  }
  // From here on the transaction acts inside the new tenant, under row-level security.
  await enterTenant(tx, tenant.id);
  const inNew: Principal = creator
    ? { ...creator, tenantId: tenant.id as TenantId, tenantIsOperator: isOperator }
    : cliPrincipal({ id: tenant.id, isOperator });
  await record(tx, ctx, inNew, {
    action: 'tenant.open',
    subject: { type: 'tenant', id: tenant.id },
    details: { slug: tenant.slug, name: tenant.name, kind: tenant.kind, isOperator },
    requestId,
  });
  const admin = await addUser(tx, ctx, inNew, { ...input.admin, role: 'admin' as Role, requestId });
  const { key } = await addApiKey(tx, ctx, inNew, {
    name: 'first admin key',
    userId: admin.id,
    secret: input.adminKey,
    requestId,
  });
  return { tenant: tenantView(tenant), admin, adminKey: key };
}

export async function createTenant(
  ctx: AppContext,
  p: Principal,
  input: NewTenantInput,
  requestId: string | null = null,
): Promise<CreatedTenant> {
  authorise(p, 'tenants:manage');
  return ctx.db.orm.transaction((tx) =>
    createTenantTx(tx as unknown as Orm, ctx, p, {
      input: { ...input, adminKey: undefined },
      isOperator: false,
      requestId,
    }),
  );
}

export async function getTenants(ctx: AppContext, p: Principal): Promise<TenantView[]> {
  authorise(p, 'tenants:manage');
  return (await listAllTenants(ctx.db.orm)).map(tenantView);
}

/**
 * First start on an empty database: create the operator tenant and its admin. Returns
 * null when tenants exist already. The admin key is DUALUSE_ADMIN_KEY when set, otherwise
 * generated and returned so the caller can print it once.
 */
export async function bootstrapOperator(ctx: AppContext): Promise<(CreatedTenant & { keyGenerated: boolean }) | null> {
  return ctx.db.orm.transaction(async (tx) => {
    const orm = tx as unknown as Orm;
    if ((await countTenants(orm)) > 0) return null;
    const created = await createTenantTx(orm, ctx, null, {
      input: {
        slug: 'operator',
        name: ctx.config.DUALUSE_OPERATOR_NAME,
        kind: 'agency',
        admin: { email: ctx.config.DUALUSE_ADMIN_EMAIL, name: 'Administrator' },
        adminKey: ctx.config.DUALUSE_ADMIN_KEY,
      },
      isOperator: true,
      requestId: null,
    });
    return { ...created, keyGenerated: ctx.config.DUALUSE_ADMIN_KEY === undefined };
  });
}

export async function tenantBySlug(ctx: AppContext, slug: string): Promise<TenantRow | undefined> {
  return findTenantBySlug(ctx.db.orm, slug);
}

/** Whether any tenant exists (the CLI's hint to run `admin init` first); database rights, like tenantBySlug. */
export async function hasTenants(ctx: AppContext): Promise<boolean> {
  return (await countTenants(ctx.db.orm)) > 0;
}

/**
 * Every tenant, for the CLI's work across tenants (audit verify): it runs with the database's
 * own rights and acts in each tenant through cliPrincipal, so there is no caller to authorise.
 */
export async function allTenants(ctx: AppContext): Promise<TenantView[]> {
  return (await listAllTenants(ctx.db.orm)).map(tenantView);
}
