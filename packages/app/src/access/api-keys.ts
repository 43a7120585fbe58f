import { authorise, invalidInput, notFound, type ApiKeyView, type Principal } from '@dualuse/core';
import { findUser, inTenant, insertApiKey, listApiKeys, revokeApiKey, type ApiKeyRow, type Orm } from '@dualuse/store';
import { newSecret, secretHash, secretId } from '../secrets';
import { mayIssueCredentialFor } from './credential-owner';
import { record } from '../audit/log';
import { uniquely, type AppContext } from '../common';

export type { ApiKeyView };

const view = (k: ApiKeyRow): ApiKeyView => ({
  id: k.id,
  name: k.name,
  userId: k.userId,
  createdAt: k.createdAt.toISOString(),
  expiresAt: k.expiresAt?.toISOString() ?? null,
  revokedAt: k.revokedAt?.toISOString() ?? null,
});

export interface NewApiKeyInput {
  name: string;
  userId: string;
  expiresInDays?: number | undefined;
  /** A key chosen by the operator (DUALUSE_ADMIN_KEY); otherwise one is generated. */
  secret?: string | undefined;
}

/** Returns the key itself once; only its hash is stored. */
export async function addApiKey(
  tx: Orm,
  ctx: AppContext,
  p: Principal,
  { requestId = null, ...input }: NewApiKeyInput & { requestId?: string | null },
): Promise<{ key: string; apiKey: ApiKeyView }> {
  const user = await findUser(tx, input.userId);
  if (!user) throw invalidInput(`user ${input.userId} does not exist in this tenant`, '/userId');
  const key = input.secret ?? newSecret('du');
  const expiresAt = input.expiresInDays ? new Date(ctx.now().getTime() + input.expiresInDays * 86_400_000) : null;
  const row = await uniquely('this API key', () =>
    insertApiKey(tx, {
      id: secretId(key),
      tenantId: p.tenantId,
      userId: user.id,
      name: input.name,
      secretHash: secretHash(key),
      expiresAt,
    }),
  );
  await record(tx, ctx, p, {
    action: 'api_key.create',
    subject: { type: 'api_key', id: row.id },
    details: { name: input.name, userId: user.id, expiresAt: expiresAt?.toISOString() ?? null },
    requestId,
  });
  return { key, apiKey: view(row) };
}

export async function createApiKey(
  ctx: AppContext,
  p: Principal,
  input: NewApiKeyInput,
  requestId: string | null = null,
) {
  authorise(p, 'api-keys:own');
  mayIssueCredentialFor(p, input.userId, 'an API key');
  return inTenant(ctx.db, p.tenantId, (tx) => addApiKey(tx, ctx, p, { ...input, requestId }));
}

export async function getApiKeys(ctx: AppContext, p: Principal): Promise<ApiKeyView[]> {
  authorise(p, 'api-keys:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => (await listApiKeys(tx)).map(view));
}

export async function deleteApiKey(
  ctx: AppContext,
  p: Principal,
  id: string,
  requestId: string | null = null,
): Promise<ApiKeyView> {
  authorise(p, 'api-keys:write');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const row = await revokeApiKey(tx, id, ctx.now());
    if (!row) throw notFound(`active API key ${id}`);
    await record(tx, ctx, p, { action: 'api_key.revoke', subject: { type: 'api_key', id }, requestId });
    return view(row);
  });
}
