/**
 * How the coalition routes are declared: one `Spec` per route (permission, method, path, summary, body or query),
 * made into a `secured` OpenAPI route once per process and bound to the app's handler by `add`.
 */
import type { Permission } from '@dualuse/core';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured, problemResponse } from '../../routing';
import { BODIES } from './bodies';
import { RESPONSES } from './responses';

export type Api = OpenAPIHono<ServerEnv>;
export type Ctx = Parameters<Parameters<Api['openapi']>[1]>[0];
const Loose = z.record(z.string(), z.unknown());
const Id = z.object({ id: z.string().min(1).max(64) });
const TAGS = ['coalition'];
const out = (v: unknown) => v as Record<string, unknown>;

export interface Spec {
  permission: Permission;
  method: 'get' | 'post' | 'patch';
  path: string;
  summary: string;
  query?: z.ZodObject;
  withBody?: boolean;
  status?: 200 | 201;
  run: (
    c: Ctx,
    input: { id: string; body: Record<string, unknown>; query: Record<string, string | undefined> },
  ) => Promise<unknown>;
}

/** Route definitions are made once per process (secured() records each in ROUTE_TABLE); handlers per app. */
const routes = new Map<string, unknown>();
function routeOf(s: Spec) {
  const k = `${s.method} ${s.path}`;
  let r = routes.get(k);
  if (!r) routes.set(k, (r = define(s)));
  return r;
}

function define(s: Spec) {
  const key = `${s.method} ${s.path}`;
  const accepted = BODIES[key];
  if (s.withBody && !accepted) throw new Error(`${key} takes a body: declare its schema in bodies.ts`);
  return secured(s.permission, {
    method: s.method,
    path: s.path,
    tags: TAGS,
    summary: s.summary,
    request: {
      ...(s.path.includes('{id}') ? { params: Id } : {}),
      ...(s.query ? { query: s.query } : {}),
      ...(s.withBody && accepted ? body(accepted) : {}),
    },
    responses: {
      [s.status ?? 200]: json(RESPONSES[key] ?? Loose, s.summary),
      400: problemResponse('Invalid input (each field named)'),
      404: problemResponse('Not found, or not visible to this tenant'),
      409: problemResponse('Conflict (e.g. approval blocked by an allied denial without a closed consultation)'),
    },
  });
}

export function add(api: Api, s: Spec): void {
  api.openapi(
    routeOf(s) as never,
    (async (c: Ctx) => {
      const v = c.req as unknown as { valid: (k: string) => Record<string, unknown> };
      const id = s.path.includes('{id}') ? String(v.valid('param').id) : '';
      const result = await s.run(c, {
        id,
        body: s.withBody ? v.valid('json') : {},
        query: s.query ? (v.valid('query') as Record<string, string | undefined>) : {},
      });
      if (typeof result === 'string') return c.text(result, 200, { 'content-type': 'text/csv; charset=utf-8' });
      return c.json(out(Array.isArray(result) ? { items: result } : result), s.status ?? 200);
    }) as never,
  );
}
