import { createTenant, getTenants } from '@dualuse/app';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured, problemResponse } from '../../routing';
import { CreatedTenantSchema, NewTenantSchema, TenantSchema } from '../../schemas';

const list = secured('tenants:manage', {
  method: 'get',
  path: '/tenants',
  tags: ['tenants'],
  summary: 'All tenants of the deployment (operator admins only)',
  responses: { 200: json(z.object({ tenants: z.array(TenantSchema) }), 'Tenants') },
});

const create = secured('tenants:manage', {
  method: 'post',
  path: '/tenants',
  tags: ['tenants'],
  summary: 'Create a tenant with its first admin and that admin’s API key',
  request: body(NewTenantSchema),
  responses: {
    201: json(CreatedTenantSchema, 'The tenant; adminKey is shown this once'),
    409: problemResponse('Slug or admin email taken'),
  },
});

export function registerTenants(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(list, async (c) => c.json({ tenants: await getTenants(c.get('app'), c.get('principal')) }, 200));
  api.openapi(create, async (c) =>
    c.json(await createTenant(c.get('app'), c.get('principal'), c.req.valid('json'), c.get('requestId')), 201),
  );
}
