import { createApiKey, deleteApiKey, getApiKeys } from '@dualuse/app';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured, problemResponse } from '../../routing';
import { ApiKeySchema, CreatedApiKeySchema, IdParam, NewApiKeySchema } from '../../schemas';

const list = secured('api-keys:read', {
  method: 'get',
  path: '/api-keys',
  tags: ['api-keys'],
  summary: 'API keys of the caller’s tenant (never the secrets)',
  responses: { 200: json(z.object({ apiKeys: z.array(ApiKeySchema) }), 'API keys') },
});

const create = secured('api-keys:own', {
  method: 'post',
  path: '/api-keys',
  tags: ['api-keys'],
  summary: 'Issue an API key for the caller (userId, if given, must be the caller: keys are created by their owner)',
  request: body(NewApiKeySchema),
  responses: { 201: json(CreatedApiKeySchema, 'The key, shown this once') },
});

const revoke = secured('api-keys:write', {
  method: 'delete',
  path: '/api-keys/{id}',
  tags: ['api-keys'],
  summary: 'Revoke an API key',
  request: { params: IdParam },
  responses: { 200: json(ApiKeySchema, 'The revoked key'), 404: problemResponse('No such active key') },
});

export function registerApiKeys(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(list, async (c) => c.json({ apiKeys: await getApiKeys(c.get('app'), c.get('principal')) }, 200));
  api.openapi(create, async (c) => {
    const p = c.get('principal');
    const input = c.req.valid('json');
    const userId = input.userId ?? p.userId;
    if (!userId) throw new Error('unreachable: API callers are users');
    return c.json(await createApiKey(c.get('app'), p, { ...input, userId }, c.get('requestId')), 201);
  });
  api.openapi(revoke, async (c) =>
    c.json(await deleteApiKey(c.get('app'), c.get('principal'), c.req.valid('param').id, c.get('requestId')), 200),
  );
}
