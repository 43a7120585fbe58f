/**
 * The HTTP adapter: authentication, limits, logging and error shaping around the use cases
 * of @dualuse/app. A request flows: request id → access log → security headers → body
 * limit → (API) bearer authentication → route permission → zod validation → handler →
 * use case (authorise again, tenant transaction, audit) → JSON or problem+json.
 */
import { DomainError } from '@dualuse/core';
import { authenticate, domainErrorFromDb, pingDatabaseOf, safeError, type AppContext } from '@dualuse/app';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { bodyLimitOf } from './body-limits';
import type { ServerEnv } from './env';
import { domainProblem, problem, validationProblem } from './problem';
import { API_PREFIX, ROUTE_TABLE } from './routing';
import { registerApiKeys, registerAuth, registerTenants, registerUsers } from './routes/access/index';
import { registerAudit } from './routes/audit/index';
import { registerCounterparties, registerScreening } from './routes/screening/index';
import { registerLists } from './routes/lists/index';
import { registerControls } from './routes/controls/index';
import { registerControlsImport } from './routes/controls/index';
import { registerDevices, registerDevicesProtocol } from './routes/devices/index';
import {
  registerDiversion,
  registerDiversionCases,
  registerDiversionNetworkFile,
  registerDiversionRecords,
  registerDiversionTrade,
} from './routes/diversion/index';
import { registerLicences, registerLicensing } from './routes/licensing/index';
import { REGULATIONS_IMPORT, registerRegulations } from './routes/regulations/index';
import { registerPolicy } from './routes/policy/index';
import { registerVendors } from './routes/vendors/index';
import { registerCoalition } from './routes/coalition/index';
import { registerCoalitionNotices } from './routes/coalition/index';
import { registerCoalitionSharedLists } from './routes/coalition/index';
import { registerDashboard } from './routes/dashboard/index';
import { serveWeb } from './web';

export const VERSION = '0.1.0';
const PUBLIC_API = new Set(ROUTE_TABLE.filter((r) => r.permission === 'public').map((r) => `${r.method} ${r.path}`));

export function createServer(app: AppContext): OpenAPIHono<ServerEnv> {
  const server = new OpenAPIHono<ServerEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return validationProblem(c, result.target, result.error);
      return undefined;
    },
  });

  server.use('*', requestId({ headerName: 'x-request-id', limitLength: 100 }));
  server.use('*', async (c, next) => {
    c.set('app', app);
    const started = performance.now();
    await next();
    app.logger.info(
      {
        reqId: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  });
  server.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  // Bodies are limited per route (body-limits.ts): only file-carrying routes get more than 1 MiB.
  const limit = (maxSize: number, setting: string) =>
    bodyLimit({
      maxSize,
      onError: (c) => {
        const res = problem(c, 413, `request body exceeds the limit of ${maxSize} bytes (${setting})`);
        // The rest of the body is never read, so the connection can't be reused: tell the client.
        res.headers.set('connection', 'close');
        return res;
      },
    });
  const limiters = new Map<string, ReturnType<typeof limit>>();
  const limiter = (path: string) => {
    const { max, setting } = bodyLimitOf(app.config, path);
    const key = `${setting}:${max}`;
    return limiters.get(key) ?? limiters.set(key, limit(max, setting)).get(key)!;
  };
  server.use('*', (c, next) => limiter(c.req.path)(c, next));

  server.get('/healthz', (c) => c.json({ status: 'ok', version: VERSION }));
  server.get('/readyz', async (c) => {
    try {
      await pingDatabaseOf(app);
      return c.json({ status: 'ready', database: app.db.engine });
    } catch (error) {
      return problem(c, 503, `database not reachable: ${(error as Error).message}`);
    }
  });

  server.use(`${API_PREFIX}/*`, async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.method !== 'DELETE') {
      const type = c.req.header('content-type') ?? '';
      const hasBody =
        c.req.header('content-length') !== '0' &&
        (c.req.header('content-length') !== undefined || c.req.header('transfer-encoding') !== undefined);
      // One exception: the regulations import also takes the files as multipart/form-data.
      const form = c.req.path === REGULATIONS_IMPORT && /^multipart\/form-data\b/i.test(type);
      if (hasBody && !form && !/^application\/(.+\+)?json\b/.test(type))
        return problem(c, 415, `send JSON with content-type: application/json (got '${type || 'none'}')`);
    }
    if (c.req.path === `${API_PREFIX}/openapi.json` || PUBLIC_API.has(`${c.req.method} ${c.req.path}`)) return next();
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match)
      return problem(
        c,
        401,
        header
          ? 'the Authorization header must be "Bearer <token>"'
          : 'send an API key or session token as "Authorization: Bearer <token>"',
      );
    c.set('principal', await authenticate(app, match[1]!));
    return next();
  });

  registerApi(server);
  server.doc31(`${API_PREFIX}/openapi.json`, OPENAPI_CONFIG);

  server.all(`${API_PREFIX}/*`, (c) => problem(c, 404, `no API route ${c.req.method} ${c.req.path}`));
  serveWeb(server, app);

  server.onError((error, c) => {
    if (error instanceof DomainError) return domainProblem(c, error);
    // Hono's validators throw HTTPException, e.g. 400 "Malformed JSON in request body".
    if (error instanceof HTTPException && error.status < 500)
      return problem(c, error.status, error.message || 'invalid request');
    const mapped = domainErrorFromDb(error);
    // Logged without the failed query's SQL and parameters (party data): db-errors.ts.
    app.logger[mapped ? 'warn' : 'error'](
      { reqId: c.get('requestId'), err: safeError(error) },
      mapped ? 'database refused the request' : 'unhandled error',
    );
    if (mapped) return domainProblem(c, mapped);
    return problem(c, 500, `internal error; quote request id ${c.get('requestId')} when reporting it`);
  });
  server.notFound((c) => problem(c, 404, `nothing at ${c.req.path}`));
  return server;
}

/**
 * Every API route and the security scheme: what the OpenAPI document describes. Needs no
 * AppContext, so openApiDocument() builds the same document without a database or a socket.
 */
export function registerApi(server: OpenAPIHono<ServerEnv>): void {
  registerAuth(server);
  registerTenants(server);
  registerUsers(server);
  registerApiKeys(server);
  registerAudit(server);
  registerScreening(server);
  registerLists(server);
  registerCounterparties(server);
  registerControls(server);
  registerDevices(server);
  registerDevicesProtocol(server);
  registerDiversion(server);
  registerDiversionRecords(server);
  registerDiversionCases(server);
  registerDiversionTrade(server);
  registerDiversionNetworkFile(server);
  registerLicensing(server);
  registerLicences(server);
  registerRegulations(server);
  registerPolicy(server);
  registerVendors(server);
  registerCoalition(server);
  registerCoalitionNotices(server);
  registerCoalitionSharedLists(server);
  registerDashboard(server);
  registerControlsImport(server);

  server.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key (dualuse admin / POST /api-keys) or a session token (POST /auth/login).',
  });
}

export const OPENAPI_CONFIG = {
  openapi: '3.1.0',
  info: {
    title: 'dualuse API',
    version: VERSION,
    description:
      'Dual-use export controls: screening, classification, licensing, diversion, end-use monitoring, coalition.',
  },
} as const;

/**
 * The document GET /api/v1/openapi.json serves, built in-process (npm run api:types generates the web's types from it).
 */
export function openApiDocument(): ReturnType<OpenAPIHono['getOpenAPI31Document']> {
  const server = new OpenAPIHono<ServerEnv>();
  registerApi(server);
  return server.getOpenAPI31Document(OPENAPI_CONFIG);
}
