/**
 * Screenshots of every page, for a person to look at: a test server with real data (the UN list,
 * the US CCL and the EAR country tables from ../shared, a simulated device fleet), signed in as
 * the admin, every path of the sidebar (nav.ts) and of the router (Routes.tsx) visited and saved
 * as test-results/screenshots/<path>.png (gitignored). Slow, so it runs only when asked:
 *   DUALUSE_SCREENSHOTS=1 node --import tsx scripts/test.ts packages/web/test/screenshots.browser.test.ts
 * It fails on a JavaScript error on any page.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { cliPrincipal, issue7Scenario, simulate } from '@dualuse/app';
import { startTestServer, type TestServer } from '@dualuse/server/testing';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, RESULTS, signInAt } from './support';
import { importSharedCcl, importUnSnapshot } from './shared-imports';

const wanted = process.env.DUALUSE_SCREENSHOTS === '1';
const OUT = `${RESULTS}screenshots/`;

/**
 * Every routed path: the sidebar's sections (nav.ts) and the sub-pages Routes.tsx maps (paths with
 * an id are left out). Read as text: those files are TSX-side and this test runs under Node.
 */
function routedPaths(): string[] {
  const read = (file: string) => readFileSync(new URL(`../src/${file}`, import.meta.url), 'utf8');
  const sections = [...read('nav.ts').matchAll(/^\s+path: '(\/[a-z/-]*)',$/gm)].map((m) => m[1]!);
  const sub = [...read('Routes.tsx').matchAll(/^\s+'(\/[a-z/-]*)': /gm)].map((m) => m[1]!);
  assert.ok(sections.length > 5 && sub.length > 5, `paths found: ${sections.length} sections, ${sub.length} pages`);
  return [...new Set(['/', ...sections, ...sub])];
}

let server: TestServer;
let browser: Browser;

before(async () => {
  if (!wanted) return;
  server = await startTestServer({ engine: 'pglite', env: { DUALUSE_LIST_MAX_AGE_DAYS: '3650' } });
  await importUnSnapshot(server, '2026-08-01');
  await importSharedCcl(server);
  const tenant = (await server.app.db.orm.query.tenants.findFirst())!;
  await simulate(server.app, cliPrincipal({ id: tenant.id, isOperator: true }), issue7Scenario(2));
  browser = await launchBrowser();
  mkdirSync(OUT, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('a screenshot of every page', { skip: wanted ? false : 'set DUALUSE_SCREENSHOTS=1 to take them' }, async () => {
  const { page, problems } = await openPage(browser);
  await signInAt(page, server.url, server.adminKey, '/');
  const errors: string[] = [];
  for (const path of routedPaths()) {
    problems.length = 0;
    await page.goto(`${server.url}${path}`);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({
      path: `${OUT}${path === '/' ? 'dashboard' : path.slice(1).replace(/\//g, '_')}.png`,
      fullPage: true,
    });
    // A 4xx the page explains (no data yet) is not a fault; a script error is.
    errors.push(...problems.filter((p) => p.startsWith('pageerror')).map((p) => `${path}: ${p}`));
  }
  assert.deepEqual(errors, []);
});
