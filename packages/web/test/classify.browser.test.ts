/**
 * The classification form in a real browser: pick a kind of item, give its parameters, read
 * why it is caught; a bad value is shown next to its field. Needs the built UI and Chromium.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '@dualuse/server/testing';
import { launchBrowser } from './support';
import { importSharedCcl } from './shared-imports';
import { type Browser } from 'playwright-core';

const SCREENSHOT = fileURLToPath(new URL('../../../test-results/classification-page.png', import.meta.url));
let server: TestServer;
let browser: Browser;

before(async () => {
  server = await startTestServer();
  await importSharedCcl(server);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('an EUV scanner is classified 3B001.f.1.a with its explanation; a bad wavelength is flagged on the field', async () => {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${server.url}/login`);
  const form = page.locator('form').filter({ has: page.getByLabel('API key') });
  await form.getByLabel('API key').fill(server.adminKey);
  await form.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('link', { name: 'Classification' }).first().click();
  await page.getByLabel('Kind of item').selectOption('lithography');
  await page.getByLabel('Kind of lithography equipment').selectOption('step_and_scan');
  await page.getByLabel('Light-source wavelength (nm)').fill('13.5');
  await page.getByLabel('Numerical aperture (NA)').fill('0.33');
  await page.getByRole('button', { name: 'Classify' }).click();
  const result = page.getByRole('table', { name: 'Entries the item falls under' });
  await result.getByText('3B001.f.1.a').first().waitFor();
  assert.match(await result.innerText(), /Light-source wavelength 13.5 nm meets < 193 nm/);
  mkdirSync(dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT, fullPage: true });

  // Browse: search the list texts (after importing the shared CCL) and open an entry with its counterparts.
  await page.getByLabel('Words or phrase').fill('computational lithography');
  await page.getByRole('button', { name: 'Search' }).click();
  const hit = page.getByRole('listitem').filter({ hasText: 'US 3D003' });
  await hit.getByRole('button', { name: 'Show entry' }).click();
  const elsewhere = page.getByRole('table', { name: '3D003 in other jurisdictions' });
  assert.match(await elsewhere.innerText(), /WA\s+3\.D\.3\s+same item/);

  await page.getByLabel('Light-source wavelength (nm)').fill('-5');
  await page.getByRole('button', { name: 'Classify' }).click();
  await page.getByText('wavelength_nm must be greater than 0 nm, got -5').first().waitFor();
  assert.deepEqual(problems, []);
});
