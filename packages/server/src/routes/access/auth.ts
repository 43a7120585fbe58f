import { changeOwnPassword, describePrincipal, login, logout } from '@dualuse/app';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, publicRoute, secured, problemResponse } from '../../routing';
import { LoginSchema, OwnPasswordSchema, PrincipalSchema, SessionSchema, UserSchema } from '../../schemas';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

const loginRoute = publicRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['auth'],
  summary:
    'Open a web session with email and password, or with an API key (throttled: 429 with Retry-After after DUALUSE_LOGIN_MAX_ATTEMPTS failures per account or address in 15 minutes)',
  request: body(LoginSchema),
  responses: {
    200: json(SessionSchema, 'A session token for the Authorization: Bearer header'),
    429: problemResponse('Too many failed attempts for this account or from this address'),
  },
});

const logoutRoute = secured('tenant:read', {
  method: 'post',
  path: '/auth/logout',
  tags: ['auth'],
  summary: 'End the current session',
  responses: { 204: { description: 'Session ended' } },
});

const passwordRoute = secured('tenant:read', {
  method: 'post',
  path: '/me/password',
  tags: ['auth'],
  summary: 'Set your own password (the current one is required if you have one); nobody else can set it',
  request: body(OwnPasswordSchema),
  responses: { 200: json(UserSchema, 'You, with hasPassword=true') },
});

const meRoute = secured('tenant:read', {
  method: 'get',
  path: '/me',
  tags: ['auth'],
  summary: 'Who am I: tenant, user, role and permissions',
  responses: { 200: json(PrincipalSchema, 'The caller') },
});

/** The peer's address as the socket sees it (X-Forwarded-For is client-controlled: not trusted). */
function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // not served by @hono/node-server (e.g. app.request in a test)
  }
}

export function registerAuth(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(loginRoute, async (c) => {
    const app = c.get('app');
    const session = await login(app, c.req.valid('json'), c.get('requestId'), clientAddress(c));
    return c.json(
      { token: session.token, expiresAt: session.expiresAt, me: await describePrincipal(app, session.principal) },
      200,
    );
  });
  api.openapi(logoutRoute, async (c) => {
    await logout(c.get('app'), c.get('principal'), c.get('requestId'));
    return c.body(null, 204);
  });
  api.openapi(passwordRoute, async (c) =>
    c.json(await changeOwnPassword(c.get('app'), c.get('principal'), c.req.valid('json'), c.get('requestId')), 200),
  );
  api.openapi(meRoute, async (c) => c.json(await describePrincipal(c.get('app'), c.get('principal')), 200));
}
