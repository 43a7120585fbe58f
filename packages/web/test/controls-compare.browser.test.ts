/**
 * The compare page shows what differs (issue 19): 3A001 side by side in US | EU | UK | WA, with
 * the EU's own Annex I text loaded (the OCA excerpt) and the UK, Wassenaar and DSGL entries derived
 * from the US text. Paragraphs are lined up by label: words identical in every list are shown once,
 * lists that differ side by side; "Show all text" shows each list whole in its column. The page
 * heights of both views are measured and written to test-results/.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { cliPrincipal, importControlList } from '@dualuse/app';
import { startTestServer, type TestServer } from '@dualuse/server/testing';
import { findTenantBySlug } from '@dualuse/store';
import type { Browser, Page } from 'playwright-core';
import { sharedData } from '../../../test/support/shared';
import { launchBrowser, openPage, RESULTS, signInAt } from './support';
import { importSharedCcl } from './shared-imports';

let server: TestServer;
let browser: Browser;
let page: Page;
let problems: string[];

before(async () => {
  server = await startTestServer();
  await importSharedCcl(server);
  const operator = await findTenantBySlug(server.app.db.orm, 'operator');
  const csv = sharedData('controls', 'eu-annex-i-oca', '2024-09-05', 'trade.compliance.code.excerpt.csv');
  await importControlList(server.app, cliPrincipal({ id: operator!.id, isOperator: true }), readFileSync(csv, 'utf8'), {
    fileName: 'trade.compliance.code.excerpt.csv',
    effectiveFrom: '2024-11-15',
  });
  browser = await launchBrowser();
  ({ page, problems } = await openPage(browser));
  await signInAt(page, server.url, server.adminKey, '/classification');
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const column = (j: string) => page.getByRole('region', { name: `${j} column` });
const height = () => page.evaluate(() => document.documentElement.scrollHeight);

test('3A001 side by side: identical paragraphs shown once, differences side by side, "Show all text" unfolds', async () => {
  await page.goto(`${server.url}/classification/compare?code=3A001&asOf=2025-06-01`);
  await column('US')
    .getByText(/^3A001 — /)
    .first()
    .waitFor();
  const toggle = page.getByRole('button', { name: 'Show all text' });
  await toggle.waitFor();
  const folded = await height();
  const rows = page.getByRole('region', { name: 'Paragraphs side by side' });
  const text = await rows.innerText();
  // Text identical in every list is shown once, across the page.
  assert.match(text, /Same in all: US, UK, WA, AU, EU/);
  // Where the EU's own Annex I words differ, the EU gets its own cell beside the others'.
  const split = rows.locator('.paragraph-row').filter({ has: page.locator('.paragraph-cell + .paragraph-cell') });
  assert.ok((await split.count()) > 0, 'some paragraphs differ between the lists');
  assert.match(await split.first().innerText(), /\bEU\b/);
  // The columns keep their headings and facts; the paragraphs are below, not repeated in each column.
  const foldedUs = await column('US').innerText();
  assert.match(foldedUs, /Reasons for control/);
  assert.doesNotMatch(foldedUs, /a\.1\.a\. /);
  await page.screenshot({ path: `${RESULTS}controls-compare-3a001-differences.png`, fullPage: true });

  await toggle.click();
  await page.getByRole('button', { name: 'Show only differences' }).waitFor();
  const full = await height();
  const fullUs = await column('US').innerText();
  assert.match(fullUs, /a\.1\.a\. /);
  assert.equal(await rows.count(), 0);
  await page.screenshot({ path: `${RESULTS}controls-compare-3a001-all.png`, fullPage: true });

  writeFileSync(
    `${RESULTS}controls-compare-3a001-heights.json`,
    `${JSON.stringify({ code: '3A001', viewport: '1440x900', showAllPx: full, differencesOnlyPx: folded }, null, 2)}\n`,
  );
  // "Much shorter": at most half the height of the full page.
  assert.ok(folded * 2 <= full, `differences only ${folded} px, all text ${full} px`);
  assert.deepEqual(problems, []);
});
