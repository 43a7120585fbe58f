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
