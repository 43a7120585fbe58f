/**
 * GET /dashboard: the state of the data and the work waiting, as the caller's role may see them
 * (each part is read through its capability's use case, which authorises it).
 */
import { getDashboard } from '@dualuse/app';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { json, secured } from '../../routing';
import { DashboardSchema } from './schemas';

const dashboardRoute = secured('tenant:read', {
  method: 'get',
  path: '/dashboard',
  tags: ['dashboard'],
  summary: 'The state of the data (lists, control lists, EAR tables) and the work waiting',
  description: 'Lists (age, staleness), control-list and EAR versions, and the work waiting',
  responses: { 200: json(DashboardSchema, 'The dashboard; a part the role may not read is null') },
});

export function registerDashboard(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(dashboardRoute, async (c) => c.json(await getDashboard(c.get('app'), c.get('principal')), 200));
}
