/**
 * The review queue and the Screening page with real lists: the UN list and the trade.gov Consolidated Screening List
 * sample, whose entries carry digest ids (`_id`, 32 to 56 hex characters). A reader sees the publisher's reference or
 * "no reference" with the list inside the file, never a digest; and the Screening page states the list versions once.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '@dualuse/server/testing';
import type { Browser } from 'playwright-core';
import { sharedData } from '../../../test/support/shared';
import { apiCall, launchBrowser, openPage, RESULTS, signInAt } from './support';
import { importUnSnapshot } from './shared-imports';

let server: TestServer;
let browser: Browser;
const DIGEST = /\b[0-9a-f]{32,}\b/;

before(async () => {
  server = await startTestServer({ env: { DUALUSE_LIST_MAX_AGE_DAYS: '0' } });
  await importUnSnapshot(server, '2026-08-01');
  const csl = readFileSync(sharedData('lists', 'us-csl', 'sample-2025-06-25', 'consolidated.csv'));
  const files = [{ name: 'consolidated.csv', contentBase64: csl.toString('base64') }];
  await apiCall(server, { method: 'POST', path: '/lists/import', body: { files } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('a CSL hit reads by its list, not its digest id; the lists are stated once on the Screening page', async () => {
  const { page, problems } = await openPage(browser);
  await signInAt(page, server.url, server.adminKey, '/screening');
  const before = page.locator('p.lists-line');
  await before.waitFor();
  assert.match((await before.textContent()) ?? '', /Screening against \d+ lists/);

  await page.getByLabel('Name').fill('Atlas Sanatgaran');
  await page.getByRole('button', { name: 'Screen', exact: true }).click();
  const hits = page.getByRole('table', { name: 'Hits' });
  await hits.getByTestId('hit-row').first().waitFor();
  // The search's hits name the CSL entry by its list too; the digest is only on hover.
  const found = hits.getByTestId('hit-row').filter({ hasText: 'ATLAS SANATGARAN' }).first();
  assert.match(await found.innerText(), /no reference\s+Unverified List \(UVL\)/);
  assert.doesNotMatch(await hits.innerText(), DIGEST);
  assert.match((await found.getByText('no reference').getAttribute('title')) ?? '', /^Entry id [0-9a-f]{32,}$/);
  // After a search the versions screened against are the one statement of the lists.
  assert.equal(await page.locator('p.lists-line').count(), 0);
  assert.equal(await page.getByRole('list', { name: 'List versions screened against' }).count(), 1);

  await page.goto(`${server.url}/screening/review`);
  const queue = page.getByRole('table', { name: 'Screening hits' });
  const row = queue.getByTestId('queue-row').filter({ hasText: 'Atlas Sanatgaran' }).first();
  await row.waitFor();
  const text = await row.innerText();
  assert.match(text, /no reference/);
  assert.match(text, /Unverified List \(UVL\) - Bureau of Industry and Security/);
  assert.doesNotMatch(await queue.innerText(), DIGEST);
  await row.getByRole('button', { name: 'Atlas Sanatgaran' }).click();
  const entry = page.getByTestId('hit-review').getByTestId('hit-entry');
  assert.match((await entry.textContent()) ?? '', /Unverified List/);
  assert.doesNotMatch(await page.getByTestId('hit-review').innerText(), DIGEST);
  await page.screenshot({ path: `${RESULTS}review-queue-csl.png`, fullPage: true });
  assert.deepEqual(problems, []);
});

test('the batch results and a stored party’s hit history name a CSL entry by its list, never its digest', async () => {
  const { page, problems } = await openPage(browser);
  await signInAt(page, server.url, server.adminKey, '/screening/batch');
  const csv = 'id,name,type\nb-1,Atlas Sanatgaran,organization\nb-2,Maria Example-Nobody,person\n';
  await page
    .getByLabel('Parties file')
    .setInputFiles({ name: 'p.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Screen 2 parties' }).click();
  const batch = page.getByRole('table', { name: 'Batch results' });
  await batch.waitFor();
  assert.match(await batch.locator('tbody tr').first().innerText(), /Unverified List \(UVL\)/);
  assert.doesNotMatch(await batch.innerText(), DIGEST);

  // Another party than the batch's (a country): a hit already open for the same party is not queued again.
  const party = { name: 'Atlas Sanatgaran', type: 'organization', countries: ['IR'], externalId: 'csl-1' };
  await apiCall(server, { method: 'POST', path: '/counterparties', body: { parties: [party] } });
  await apiCall(server, { method: 'POST', path: '/counterparties/screen', body: {} });
  await page.goto(`${server.url}/screening/parties`);
  await page.getByRole('link', { name: 'Atlas Sanatgaran' }).click();
  const history = page.getByRole('table', { name: 'Hit history' });
  await history.getByTestId('party-hit-row').first().waitFor();
  assert.match(await history.innerText(), /Unverified List \(UVL\)/);
  assert.doesNotMatch(await history.innerText(), DIGEST);
  assert.deepEqual(problems, []);
});
