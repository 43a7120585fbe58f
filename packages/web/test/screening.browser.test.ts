/// <reference lib="dom" />
/**
 * The screening pages end to end in a real browser, against real UN Security Council list
 * data imported through the API: search a listed person, read the explanation, decide the
 * hit in the review queue, screen a file, compare list versions. Also: with no list loaded
 * screening fails closed and the UI says so prominently. Needs the built UI
 * (`npm run build -w @dualuse/web`) and Debian's Chromium at /usr/bin/chromium.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { operatorIssuedKey, startTestServer, type TestServer } from '@dualuse/server/testing';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { apiCall, launchBrowser, openPage as openPageIn, RESULTS, signInAt } from './support';
import { importUnSnapshot } from './shared-imports';

/** CDi.001 on the UN list (FIRST_NAME ERIC, SECOND_NAME BADEGE) in both snapshots. */
const LISTED = { query: 'Eric Badege', listed: 'ERIC BADEGE', entryId: 'CDi.001' };

let server: TestServer;
let browser: Browser;
let unEntries = 0;

const call = <T>(method: string, path: string, body?: unknown) => apiCall<T>(server, { method, path, body });
const importUn = async (snapshot: string) => (await importUnSnapshot(server, snapshot)).results[0]!;

before(async () => {
  // Max age 0: the snapshots are fixed files, so list freshness must not depend on today's date.
  server = await startTestServer({ env: { DUALUSE_LIST_MAX_AGE_DAYS: '0' } });
  // The older snapshot first, so the current version is 2026-08-01 and there are two to compare.
  await importUn('2026-02-27');
  const current = await importUn('2026-08-01');
  assert.equal(current.status, 'imported');
  unEntries = current.version.entryCount;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const openPage = () => openPageIn(browser, { downloads: true });
const signIn = (page: Page, url: string, key: string, path: string) => signInAt(page, url, key, path);

const digits = (s: string | null) => (s ?? '').replace(/\D/g, '');

test('search a UN-listed person, read the explanation, mark it a false positive, see the lists', async () => {
  const { page, problems } = await openPage();
  try {
    await signIn(page, server.url, server.adminKey, '/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Screening' }).click();
    await page.waitForURL(`${server.url}/screening`);
    await page.getByRole('heading', { level: 1, name: 'Screening' }).waitFor();
    for (const tab of ['Search', 'Batch', 'Review queue', 'Lists'])
      await page.getByRole('navigation', { name: 'Screening' }).getByRole('link', { name: tab }).waitFor();

    // Search.
    await page.getByLabel('Name').fill(LISTED.query);
    await page.getByLabel('Type').selectOption('person');
    await page.getByRole('button', { name: 'Screen', exact: true }).click();
    const hits = page.getByRole('table', { name: 'Hits' });
    const row = hits.getByTestId('hit-row').filter({ hasText: LISTED.entryId });
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', new RegExp(LISTED.listed));
    assert.match((await row.textContent()) ?? '', /un-sc/);
    assert.match((await row.getByTestId('hit-score').textContent()) ?? '', /^(0\.\d{3}|1\.000)/);
    assert.match((await row.textContent()) ?? '', /open/);

    // Explanation.
    await row.getByRole('button', { name: 'Explain' }).click();
    const tokens = page.getByRole('table', { name: 'Token comparison' });
    await tokens.waitFor();
    const tokenText = (await tokens.textContent()) ?? '';
    assert.match(tokenText, /eric/i);
    assert.match(tokenText, /badege/i);
    assert.match((await page.getByRole('list', { name: 'Features' }).textContent()) ?? '', /Name/);
    await page.screenshot({ path: `${RESULTS}screening-search.png`, fullPage: true });

    // Review queue: open the hit, decide it with a reason.
    await page.getByRole('navigation', { name: 'Screening' }).getByRole('link', { name: 'Review queue' }).click();
    await page.waitForURL(`${server.url}/screening/review`);
    const queue = page.getByRole('table', { name: 'Screening hits' });
    const queued = queue.getByTestId('queue-row').filter({ hasText: LISTED.entryId });
    await queued.waitFor();
    await queued.getByRole('button', { name: LISTED.query }).click();
    const review = page.getByTestId('hit-review');
    await review.waitFor();
    await review.getByRole('table', { name: 'Token comparison' }).waitFor();
    // A reason is required before anything is sent.
    await review.getByRole('button', { name: 'False positive' }).click();
    await review.getByText('A reason is required').waitFor();
    await review.getByLabel('Reason').fill('Different person: the customer was born in 1990 in Belgium.');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${RESULTS}screening-review.png`, fullPage: true });
    await review.getByRole('button', { name: 'False positive' }).click();
    await page.getByRole('status').filter({ hasText: 'recorded as false positive' }).waitFor();
    await page.getByTestId('queue-empty').waitFor();
    const open = await call<{ hits: { entryId: string }[] }>('GET', '/screening/hits?status=open');
    assert.equal(open.hits.filter((h) => h.entryId === LISTED.entryId).length, 0, 'the hit left the open queue');
    const fp = await call<{ hits: { entryId: string }[] }>('GET', '/screening/hits?status=false_positive');
    assert.equal(fp.hits.filter((h) => h.entryId === LISTED.entryId).length, 1);

    // Lists: the UN list with its entry count, and a diff between the two versions.
    await page.getByRole('navigation', { name: 'Screening' }).getByRole('link', { name: 'Lists' }).click();
    await page.waitForURL(`${server.url}/screening/lists`);
    const inUse = page.getByRole('table', { name: 'Lists in use' }).locator('tr[data-list="un-sc"]');
    await inUse.waitFor();
    assert.equal(digits(await inUse.getByTestId('entry-count').textContent()), String(unEntries));
    // Why this version is in use, and how it was dated (issue 12, item 9).
    assert.match(
      (await inUse.getByTestId('why-current').textContent()) ?? '',
      /newest publication of the list's own publisher \(United Nations Security Council, published 2026-08-01\)/,
    );
    // The reason is read in full on a laptop screen: the table fits its frame, no column cut off at the edge.
    await page.setViewportSize({ width: 1280, height: 800 });
    const frame = page.getByRole('table', { name: 'Lists in use' }).locator('xpath=..');
    const fit = await frame.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    assert.ok(fit[0]! <= fit[1]!, `the lists in use fit without scrolling: ${fit.join(' > ')} px`);
    // On a laptop too, the import time of every version reads on one line (it used to break after the date).
    const lines = await page
      .getByRole('table', { name: 'All list versions' })
      .getByTestId('imported')
      .evaluateAll((cells) =>
        cells.map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }),
      );
    assert.ok(lines.length >= 2 && lines.every((n) => n === 1), `lines per import time: ${lines.join(', ')}`);
    await page.setViewportSize({ width: 1440, height: 900 });
    assert.match(
      (await inUse.getByTestId('published').getAttribute('title')) ?? '',
      /publication date stated by the file: 2026-08-01/,
    );
    await page.getByRole('button', { name: 'Compare' }).click();
    const diff = page.getByTestId('list-diff');
    await diff.waitFor();
    assert.match((await diff.getByRole('region', { name: 'Added' }).textContent()) ?? '', /Added\s*16/);
    assert.match((await diff.getByRole('region', { name: 'Removed' }).textContent()) ?? '', /Removed\s*8/);
    await page.screenshot({ path: `${RESULTS}screening-lists.png`, fullPage: true });

    assert.deepEqual(problems, [], 'no page errors or console errors');
  } finally {
    await page.context().close();
  }
});

test('a batch file is screened in the browser, parties with hits first, and downloads as JSON lines', async () => {
  const { page, problems } = await openPage();
  try {
    await signIn(page, server.url, server.adminKey, '/screening/batch');
    const csv = `id,name,type,country\nc-1,Maria Example-Nobody,person,NL\nc-2,Eric BADEGE,person,\nc-3,Acme Widgets BV,organization,NL\n`;
    await page
      .getByLabel('Parties file')
      .setInputFiles({ name: 'parties.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Screen 3 parties' }).click();
    const table = page.getByRole('table', { name: 'Batch results' });
    await table.waitFor();
    const first = table.locator('tbody tr').first();
    assert.match((await first.textContent()) ?? '', /c-2/, 'the party with a hit comes first');
    assert.equal(await table.locator('tbody tr').count(), 3);
    await page.screenshot({ path: `${RESULTS}screening-batch.png`, fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON lines' }).click(),
    ]);
    const lines = readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { input: { externalId?: string }; hits: unknown[] });
    assert.equal(lines.length, 3);
    assert.equal(lines[0]!.input.externalId, 'c-2');
    assert.ok(lines[0]!.hits.length > 0);
    assert.deepEqual(problems, []);
  } finally {
    await page.context().close();
  }
});

test('a customer file with a bad row and an unused column: the bad row is named and left out, the rest is screened', async () => {
  const { page, problems } = await openPage();
  try {
    await signIn(page, server.url, server.adminKey, '/screening/batch');
    // Semicolon-separated, a date in another unambiguous form, one impossible date, one column we do not read.
    const csv = `id;name;date_of_birth;account_manager\nc-1;Maria Example-Nobody;16.07.1969;J. Smith\nc-2;Eric BADEGE;1971-02-30;J. Smith\nc-3;Acme Widgets BV;;J. Smith\n`;
    await page
      .getByLabel('Parties file')
      .setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    assert.match(text, /will not be screened; the other 2 will be/);
    assert.match(text, /customers\.csv line 3: date of birth/);
    assert.match((await page.textContent('body')) ?? '', /Columns not used for screening: account_manager/);
    await page.getByRole('button', { name: 'Screen 2 parties' }).click();
    const table = page.getByRole('table', { name: 'Batch results' });
    await table.waitFor();
    assert.equal(await table.locator('tbody tr').count(), 2);
    assert.deepEqual(problems, []);
  } finally {
    await page.context().close();
  }
});

test('an auditor sees the review queue and the explanation read-only', async () => {
  await call('POST', '/screen', { parties: [{ name: 'Eric Badege', countries: ['CD'] }] });
  await call<{ id: string }>('POST', '/users', {
    email: 'auditor@example.org',
    name: 'Audrey Auditor',
    role: 'auditor',
  });
  const key = await operatorIssuedKey(server, 'auditor@example.org'); // admins cannot mint keys for others
  const { page, problems } = await openPage();
  try {
    await signIn(page, server.url, key, '/screening/review');
    const tabs = page.getByRole('navigation', { name: 'Screening' });
    await tabs.getByRole('link', { name: 'Lists' }).waitFor();
    assert.equal(await tabs.getByRole('link', { name: 'Search' }).count(), 0, 'no search tab without screening:run');
    await page.getByTestId('queue-row').filter({ hasText: LISTED.entryId }).first().getByRole('button').click();
    const review = page.getByTestId('hit-review');
    await review.getByRole('table', { name: 'Token comparison' }).waitFor();
    await review.getByText('Your role can review hits but not decide them').waitFor();
    assert.equal(await review.getByRole('button', { name: 'True match' }).count(), 0);
    assert.equal(await review.getByRole('button', { name: 'False positive' }).count(), 0);
    assert.deepEqual(problems, []);
  } finally {
    await page.context().close();
  }
});

test('without any list loaded, screening fails closed and the page says so prominently', async () => {
  const empty = await startTestServer();
  const { page, problems } = await openPage();
  try {
    await signIn(page, empty.url, empty.adminKey, '/screening');
    const blocker = page.getByTestId('screening-unavailable');
    await blocker.waitFor();
    assert.match((await blocker.textContent()) ?? '', /No restricted-party list is loaded/i);
    // Screening anyway: the API answers 503 and the server's reason is shown, not "no hits".
    await page.getByLabel('Name').fill(LISTED.query);
    await page.getByRole('button', { name: 'Screen', exact: true }).click();
    await page.getByTestId('screening-unavailable').filter({ hasText: 'screening would find nothing' }).waitFor();
    assert.equal(await page.getByTestId('no-hits').count(), 0);
    await page.screenshot({ path: `${RESULTS}screening-unavailable.png`, fullPage: true });
    // Chromium logs the 503 response itself as a console error; anything else is a bug.
    assert.deepEqual(
      problems.filter((p) => !/status of 503/.test(p)),
      [],
    );
  } finally {
    await page.context().close();
    await empty.close();
  }
});
