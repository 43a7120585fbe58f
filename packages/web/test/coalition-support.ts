/**
 * The cast of the coalition browser tests: agencies DE (BAFA) and FR (SBDU), optionally NL (CDIU), and exporter X,
 * each agency with two officers and a countersigner, every user with its own API key; and the signed-in pages.
 */
import { operatorIssuedKey, type TestServer } from '@dualuse/server/testing';
import type { Browser, Page } from 'playwright-core';
import { apiCall, openPage, signInAt } from './support';

export interface Cast {
  key: Record<string, string>;
  tenant: Record<string, string>;
}

const AGENCY: Record<string, { name: string; country: string }> = {
  de: { name: 'BAFA', country: 'DE' },
  fr: { name: 'SBDU', country: 'FR' },
  nl: { name: 'CDIU', country: 'NL' },
};

export async function castOf(server: TestServer, agencies: string[] = ['de', 'fr']): Promise<Cast> {
  const key: Record<string, string> = {};
  const tenant: Record<string, string> = {};
  for (const [t, kind] of [...agencies.map((a) => [a, 'agency'] as const), ['x', 'company'] as const]) {
    const r = await apiCall<{ adminKey: string; tenant: { id: string } }>(server, {
      method: 'POST',
      path: '/tenants',
      body: { slug: `t-${t}`, name: t, kind, admin: { email: `admin@${t}.example`, name: `${t} admin` } },
    });
    key[t] = r.adminKey;
    tenant[t] = r.tenant.id;
  }
  for (const t of agencies) {
    for (const [user, role] of [
      ['o1', 'officer'],
      ['o2', 'officer'],
      ['cs', 'countersigner'],
    ] as const) {
      await apiCall(server, {
        method: 'POST',
        path: '/users',
        body: { email: `${user}@${t}.example`, name: `${t} ${user}`, role },
        key: key[t],
      });
      key[`${t}-${user}`] = await operatorIssuedKey(server, `${user}@${t}.example`);
    }
    await apiCall(server, { method: 'POST', path: '/agencies', body: AGENCY[t], key: key[t] });
  }
  return { key, tenant };
}

/** DE founds a coalition with FR, and FR accepts (through the API). */
export async function allied(server: TestServer, cast: Cast, withheld: string[] = []): Promise<string> {
  const c = await apiCall<{ id: string }>(server, {
    method: 'POST',
    path: '/coalitions',
    body: { name: 'EU Art. 16', members: [cast.tenant.fr], withheld },
    key: cast.key.de,
  });
  await apiCall(server, { method: 'POST', path: `/coalitions/${c.id}/accept`, key: cast.key.fr });
  return c.id;
}

/** A fresh browser context signed in with `apiKey` at `path`; its console problems join `problems`. */
export async function signedIn(
  browser: Browser,
  server: TestServer,
  at: { apiKey: string; path: string; problems: string[][] },
): Promise<Page> {
  const opened = await openPage(browser);
  at.problems.push(opened.problems);
  await signInAt(opened.page, server.url, at.apiKey, at.path);
  return opened.page;
}
