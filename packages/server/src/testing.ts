/**
 * A whole dualuse for tests: a cloned test database, migrated and bootstrapped, served over
 * a real socket on 127.0.0.1 at a free port. Used by API, CLI and browser tests.
 */
import { bootstrapOperator, cliPrincipal, createApiKey, loadConfig, openApp, type AppContext } from '@dualuse/app';
import { findActiveUserByEmail, findTenantById } from '@dualuse/store';
import { openTestDatabase, type Engine } from '@dualuse/store/testing';
import { listen } from './listen';

export interface TestServer {
  app: AppContext;
  url: string;
  /** The operator admin's API key. */
  adminKey: string;
  close(): Promise<void>;
}

export async function startTestServer(
  options: { engine?: Engine; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const db = await openTestDatabase(options.engine ?? 'pglite');
  const app = await openApp(loadConfig({ LOG_LEVEL: 'silent', ...options.env }), { db });
  const boot = await bootstrapOperator(app);
  const http = await listen(app, 0, '127.0.0.1');
  return {
    app,
    url: `http://127.0.0.1:${http.port}`,
    adminKey: boot!.adminKey,
    close: async () => {
      await http.close();
      await app.close();
    },
  };
}

/**
 * A first API key for the user with this email, delivered the way the operator does it
 * (CLI rights, out of band): tenant admins cannot mint keys for other users over the API.
 */
export async function operatorIssuedKey(s: Pick<TestServer, 'app'>, email: string): Promise<string> {
  const user = await findActiveUserByEmail(s.app.db.orm, email.toLowerCase());
  const tenant = user && (await findTenantById(s.app.db.orm, user.tenantId));
  if (!user || !tenant) throw new Error(`no active user ${email}`);
  return (await createApiKey(s.app, cliPrincipal(tenant), { name: 'first key (operator)', userId: user.id })).key;
}

/** One JSON request to a test server; `key` defaults to the operator admin's, `null` sends no Authorization. */
export interface JsonRequest {
  method?: string;
  path: string;
  /** JSON-encoded unless already a string (sent as is) or FormData (multipart). */
  body?: unknown;
  key?: string | null;
  headers?: Record<string, string>;
  /** Abort after this long (none by default: imports under load are slow, the test runner's timeout applies). */
  timeoutMs?: number;
}

/** What tests read back: the status, the content type and the parsed body ({} when empty). */
export interface JsonAnswer {
  status: number;
  type: string | null;
  // Tests probe any field of any answer; a precise type per route would be the generated web schema's job.
  body: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Sends one request to a test server and parses its JSON answer: the one fetch helper API tests share. */
export async function callJson(server: Pick<TestServer, 'url' | 'adminKey'>, req: JsonRequest): Promise<JsonAnswer> {
  const { method = 'GET', path, body } = req;
  const key = req.key === undefined ? server.adminKey : req.key;
  const form = body instanceof FormData;
  const res = await fetch(server.url + path, {
    ...(req.timeoutMs ? { signal: AbortSignal.timeout(req.timeoutMs) } : {}),
    method,
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(form ? {} : { 'content-type': 'application/json' }),
      ...req.headers,
    },
    ...(body === undefined ? {} : { body: form || typeof body === 'string' ? body : JSON.stringify(body) }),
  }).catch((e: Error) => {
    throw new Error(`${method} ${path}: ${e.message} (${String((e.cause as Error | undefined)?.message)})`);
  });
  const text = await res.text();
  try {
    return { status: res.status, type: res.headers.get('content-type'), body: text ? JSON.parse(text) : {} };
  } catch {
    throw new Error(`${method} ${path}: answer ${res.status} is not JSON: ${text.slice(0, 200)}`);
  }
}
