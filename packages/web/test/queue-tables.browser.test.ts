/**
 * The queues as a reader handles them (TanStack Table and Query, issue 19), on real UN list data: sorting the review
 * queue by a column changes the row order on screen, hiding a column removes it, paging shows the next rows; and a
 * decision made in the queue reaches the dashboard's count of open hits without reloading the page.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '@dualuse/server/testing';
import type { Browser, Locator } from 'playwright-core';
import { sharedData } from '../../../test/support/shared';
import { apiCall, countUntil, launchBrowser, openPage, readUntil, RESULTS, signInAt, textUntil } from './support';
import { importUnSnapshot } from './shared-imports';

let server: TestServer;
let browser: Browser;
let stored = 0;

/** The first `n` individuals of the UN list as "FIRST SECOND": each screens to at least its own entry. */
function listedNames(n: number): string[] {
  const xml = readFileSync(sharedData('lists', 'un', '2026-08-01', 'consolidated.xml'), 'utf8');
  const names = [...xml.matchAll(/<FIRST_NAME>([^<]+)<\/FIRST_NAME>\s*<SECOND_NAME>([^<]+)<\/SECOND_NAME>/g)];
  return names.slice(0, n).map((m) => `${m[1]} ${m[2]}`);
}

before(async () => {
  server = await startTestServer({ env: { DUALUSE_LIST_MAX_AGE_DAYS: '0' } });
  await importUnSnapshot(server, '2026-08-01');
  // Half as listed, half with a letter dropped from the surname: the scores differ, so sorting by score shows.
  const parties = listedNames(16).map((name, i) => ({ name: i % 2 ? name : name.replace(/(\w)\w(\w+)$/, '$1$2') }));
  await apiCall(server, { method: 'POST', path: '/screen', body: { parties } });
  const open = await apiCall<{ hits: unknown[] }>(server, { method: 'GET', path: '/screening/hits?status=open' });
  stored = open.hits.length;
  assert.ok(stored > 11, `more open hits than one page of 10 after one decision (got ${stored})`);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The text of one column in the rows shown, by the column's header. */
async function column(table: Locator, header: string): Promise<string[]> {
  const headers = (await table.locator('thead th').allInnerTexts()).map((t) => t.replace(/[▲▼↕]/g, '').trim());
  const index = headers.findIndex((h) => h.toLowerCase() === header.toLowerCase());
  assert.ok(index >= 0, `column ${header} among ${headers.join(', ')}`);
  return table.locator(`tbody tr[data-testid="queue-row"] td:nth-child(${index + 1})`).allInnerTexts();
}

const scores = (cells: string[]) => cells.map((c) => Number(/\d\.\d{3}/.exec(c)?.[0]));
const isSorted = <T>(xs: T[], before: (a: T, b: T) => boolean) => xs.every((x, i) => i === 0 || !before(x, xs[i - 1]!));
/** A column's cells once `done` holds of them: the table re-renders after a header click returns, not during it. */
const columnUntil = (table: Locator, header: string, done: (cells: string[]) => boolean) =>
  readUntil(() => column(table, header), done);
const firstLines = (cells: string[]) => cells.map((t) => t.split('\n')[0]!.toLowerCase());

test('review queue: sort by a header, hide a column, page through, and the decision reaches the dashboard', async () => {
  const { page, problems } = await openPage(browser);
  await signInAt(page, server.url, server.adminKey, '/');
  await page.getByTestId('open-hits').waitFor();
  assert.equal(await page.getByTestId('open-hits').textContent(), String(stored));

  // Client-side navigation from the dashboard's count into the queue (the dashboard stays in the query cache).
  await page.getByRole('link', { name: /Open screening hits/ }).click();
  const table = page.getByRole('table', { name: 'Screening hits' });
  await table.getByTestId('queue-row').first().waitFor();
  assert.match(await table.locator('th[aria-sort="descending"]').innerText(), /created/i);

  // Sorting by score: highest first on the first click, lowest first on the second.
  await table.getByRole('button', { name: 'Score' }).click();
  const down = scores(await columnUntil(table, 'Score', (c) => isSorted(scores(c), (a, b) => a > b)));
  assert.ok(
    isSorted(down, (a, b) => a > b),
    `descending: ${down.join(' ')}`,
  );
  await table.getByRole('button', { name: 'Score' }).click();
  const up = scores(await columnUntil(table, 'Score', (c) => isSorted(scores(c), (a, b) => a < b)));
  assert.ok(
    isSorted(up, (a, b) => a < b),
    `ascending: ${up.join(' ')}`,
  );
  assert.ok(new Set(up).size > 1, `scores differ: ${up.join(' ')}`);
  assert.notDeepEqual(up, down);
  assert.equal(await table.locator('th[aria-sort="ascending"]').count(), 1);

  // Sorting by the screened party's name: alphabetical on the page as read.
  await table.getByRole('button', { name: 'Screened party' }).click();
  const names = firstLines(await columnUntil(table, 'Screened party', (c) => isSorted(firstLines(c), (a, b) => a < b)));
  assert.ok(
    isSorted(names, (a, b) => a < b),
    `names ascending: ${names.join(' | ')}`,
  );

  // Hiding a column takes it out of the header and out of every row; showing it brings it back.
  const before = await table.locator('thead th').count();
  await page.locator('summary', { hasText: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Listed name' }).uncheck();
  assert.equal(await countUntil(table.locator('thead th'), before - 1), before - 1);
  assert.equal(await table.locator('thead th', { hasText: 'Listed name' }).count(), 0);
  assert.equal(await table.getByTestId('queue-row').first().locator('td').count(), before - 1);
  assert.match(await page.locator('summary', { hasText: 'Columns' }).innerText(), /1 hidden/);
  await page.getByRole('checkbox', { name: 'Listed name' }).check();
  assert.equal(await countUntil(table.locator('thead th'), before), before);
  // The menu closes on Escape, focus back on its summary, and on a click outside it.
  const openMenu = page.locator('details.column-chooser[open]');
  await page.keyboard.press('Escape');
  await openMenu.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Columns');
  await page.locator('summary', { hasText: 'Columns' }).click();
  await openMenu.waitFor();
  await page.locator('h1').click();
  await openMenu.waitFor({ state: 'detached' });

  // Ten rows a page: the first ten, then the next rows.
  const pager = page.getByRole('navigation', { name: 'Pages of Screening hits' });
  await pager.getByLabel('Rows per page').selectOption('10');
  assert.equal(await countUntil(table.getByTestId('queue-row'), 10), 10);
  assert.match(await pager.getByTestId('pager-range').innerText(), new RegExp(`^Rows 1–10 of ${stored}`));
  const first = await column(table, 'Screened party');
  await pager.getByRole('button', { name: 'Next →' }).click();
  const next = new RegExp(`^Rows 11–${Math.min(20, stored)}`);
  assert.match(await textUntil(pager.getByTestId('pager-range'), next), next);
  const second = await column(table, 'Screened party');
  assert.equal(second.length, Math.min(10, stored - 10));
  assert.ok(second[0]!.split('\n')[0]!.toLowerCase() >= first.at(-1)!.split('\n')[0]!.toLowerCase());
  await page.screenshot({ path: `${RESULTS}queue-tables-review.png`, fullPage: true });

  // A decision: the hit leaves the open queue and the dashboard's count drops, with no page reload.
  await table.getByTestId('queue-row').first().getByRole('button').first().click();
  await page.getByLabel('Reason').fill('Date of birth differs from the listed person');
  await page.getByRole('button', { name: 'False positive' }).click();
  await page.getByText(/recorded as false positive/).waitFor();
  await pager
    .getByTestId('pager-range')
    .filter({ hasText: `of ${stored - 1}` })
    .waitFor();
  await page.getByRole('link', { name: 'Dashboard' }).first().click();
  await page
    .getByTestId('open-hits')
    .filter({ hasText: String(stored - 1) })
    .waitFor();
  assert.deepEqual(problems, []);
});
