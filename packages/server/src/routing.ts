/**
 * Every API route is declared through `secured` (or `publicRoute`), which puts the route's
 * permission in front of its validators and records it in ROUTE_TABLE. The access tests walk
 * that table, so a new route is covered by the 401/403 tests without anyone remembering to.
 */
import { authorise, type Permission } from '@dualuse/core';
import { createRoute, z, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { ServerEnv } from './env';
import { refuseNul } from './nul-guard';

export interface RouteEntry {
  method: string;
  /** OpenAPI form, e.g. /api/v1/users/{id} */
  path: string;
  permission: Permission | 'public';
}

export const ROUTE_TABLE: RouteEntry[] = [];
export const API_PREFIX = '/api/v1';

const requirePermission =
  (permission: Permission): MiddlewareHandler<ServerEnv> =>
  async (c, next) => {
    authorise(c.get('principal'), permission);
    await next();
  };

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ in: z.string(), pointer: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

/** An error response as RFC 9457 problem details (the shape every error of this API has). */
export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

const standardErrors = {
  400: problemResponse('The request is malformed; `errors` names each offending field.'),
  401: problemResponse('No valid credentials.'),
  403: problemResponse('The caller’s role may not do this.'),
  413: problemResponse('The body exceeds the size limit.'),
};

type Config = Omit<RouteConfig, 'security' | 'middleware'>;

function register<R extends Config>(config: R, permission: Permission | 'public') {
  ROUTE_TABLE.push({ method: config.method.toUpperCase(), path: API_PREFIX + config.path, permission });
  return config;
}

export function secured<R extends Config>(permission: Permission, config: R) {
  register(config, permission);
  return createRoute({
    ...config,
    path: API_PREFIX + config.path,
    security: [{ bearer: [] }],
    // NUL after the permission: a caller who may not use the route never gets its body parsed.
    middleware: [requirePermission(permission), refuseNul] as const,
    responses: { ...standardErrors, ...config.responses },
  } as R & { path: R['path'] });
}

export function publicRoute<R extends Config>(config: R) {
  register(config, 'public');
  return createRoute({
    ...config,
    path: API_PREFIX + config.path,
    middleware: [refuseNul] as const,
    responses: { ...standardErrors, ...config.responses },
  } as R);
}

export const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
export const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
