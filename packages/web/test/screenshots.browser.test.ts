/**
 * Screenshots of every page, for a person to look at: a test server with real data (the UN list,
 * the US CCL, the EAR country tables and a Comext trade extract from ../shared, a simulated device fleet,
 * and the records of screenshots-data.ts: a party with hits, a diversion case, the coalition flow), every path of the
 * sidebar (nav.ts) and of the router (Routes.tsx) and every page with an id visited by the user who works
 * on it, and saved as test-results/screenshots/<path>.png (gitignored). Slow, so it runs only when asked:
 *   DUALUSE_SCREENSHOTS=1 node --import tsx scripts/test.ts packages/web/test/screenshots.browser.test.ts
 * It fails on a JavaScript error on any page.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { cliPrincipal, issue7Scenario, simulate } from '@dualuse/app';
import { startTestServer, type TestServer } from '@dualuse/server/testing';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, RESULTS, signInAt } from './support';
import { importSharedCcl, importSharedTrade, importUnSnapshot } from './shared-imports';
import { tourData, whoSees, type Shot } from './screenshots-data';

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
let data: Awaited<ReturnType<typeof tourData>>;

before(async () => {
  if (!wanted) return;
  // Max age 0: the snapshots are fixed files; the diversion import refuses an undated list under an age limit.
  server = await startTestServer({ engine: 'pglite', env: { DUALUSE_LIST_MAX_AGE_DAYS: '0' } });
  await importUnSnapshot(server, '2026-08-01');
  await importSharedCcl(server);
  // The Trade data page (and the cost of a control) with a real dataset version.
  await importSharedTrade(server);
  const tenant = (await server.app.db.orm.query.tenants.findFirst())!;
  await simulate(server.app, cliPrincipal({ id: tenant.id, isOperator: true }), issue7Scenario(2));
  data = await tourData(server);
  browser = await launchBrowser();
  mkdirSync(OUT, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('a screenshot of every page', { skip: wanted ? false : 'set DUALUSE_SCREENSHOTS=1 to take them' }, async () => {
  const pages = new Map<string, { page: Page; problems: string[] }>();
  const as = async (who: string) => {
    if (!pages.has(who)) {
      const opened = await openPage(browser);
      await signInAt(opened.page, server.url, data.keys[who]!, '/');
      pages.set(who, opened);
    }
    return pages.get(who)!;
  };
  const errors: string[] = [];
  const shoot = async (shot: Shot, then?: (page: Page) => Promise<void>) => {
    const { page, problems } = await as(shot.who);
    problems.length = 0;
    await page.goto(`${server.url}${shot.path}`);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    await then?.(page);
    const name = shot.name ?? (shot.path === '/' ? 'dashboard' : shot.path.slice(1).replace(/\//g, '_'));
    await page.screenshot({ path: `${OUT}${name}.png`, fullPage: true });
    // A 4xx the page explains (no data yet) is not a fault; a script error is.
    errors.push(...problems.filter((p) => p.startsWith('pageerror')).map((p) => `${shot.path}: ${p}`));
  };
  for (const path of routedPaths()) await shoot({ path, who: whoSees(path) });
  for (const shot of data.shots) await shoot(shot);
  // The devices page with a device chosen: its timeline and the map's feasible region.
  await shoot({ path: '/devices', who: 'admin', name: 'devices_selected' }, async (page) => {
    await page
      .getByRole('table', { name: 'Devices' })
      .getByRole('button', { name: /^KL-IN-MOSCOW/ })
      .click();
    await page.getByRole('table', { name: 'Device timeline' }).locator('tbody tr').first().waitFor();
  });
  assert.deepEqual(errors, []);
});
