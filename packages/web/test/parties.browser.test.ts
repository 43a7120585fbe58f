/**
 * Stored parties (counterparties) end to end in a real browser, against real UN Security
 * Council list data imported through the API: upload a file of parties, screen them all,
 * open a listed party's page and read its hit history with the explanation. A party stored
 * before a list update shows the hit the automatic re-screen produced (origin list_change).
 * Needs the built UI (`npm run build -w @dualuse/web`) and Debian's Chromium at /usr/bin/chromium.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { operatorIssuedKey, startTestServer, type TestServer } from '@dualuse/server/testing';
import type { Browser, Page } from 'playwright-core';
import { apiCall, launchBrowser, openPage as openPageIn, readUntil, RESULTS, signInAt } from './support';
import { importUnSnapshot } from './shared-imports';

/** CDi.001 on the UN list (FIRST_NAME ERIC, SECOND_NAME BADEGE) in both snapshots. */
const LISTED = { name: 'Eric Badege', id: 'p-1', entryId: 'CDi.001' };
const ORDINARY = { name: 'Maria Example-Nobody', id: 'p-2' };
/** CDi.049 (JOHN IMANI NZENZE) is new in the 2026-08-01 snapshot: importing it re-screens stored parties. */
const ADDED = { name: 'John Imani Nzenze', id: 'lc-1', entryId: 'CDi.049' };

let server: TestServer;
let browser: Browser;

const call = <T>(method: string, path: string, body?: unknown, key = server.adminKey) =>
  apiCall<T>(server, { method, path, body, key });
const importUn = (snapshot: string) => importUnSnapshot(server, snapshot);

before(async () => {
  // Max age 0: the snapshots are fixed files, so list freshness must not depend on today's date.
  server = await startTestServer({ env: { DUALUSE_LIST_MAX_AGE_DAYS: '0' } });
  await importUn('2026-02-27');
  // Stored before the update, so the import of 2026-08-01 re-screens it against the added entries.
  await call('POST', '/counterparties', {
    parties: [{ name: ADDED.name, type: 'person', countries: ['CD'], externalId: ADDED.id }],
  });
  const current = await importUn('2026-08-01');
  assert.equal(current.results[0]?.status, 'imported');
  assert.ok(
    current.rescreened.reduce((n, r) => n + r.hits, 0) >= 1,
    'the list change produced a hit for the stored party',
  );
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const openPage = () => openPageIn(browser);
const signIn = (page: Page, key: string, path: string) => signInAt(page, server.url, key, path);

async function uploadFile(page: Page, name: string, content: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator('.page-actions').getByRole('button', { name: 'Upload parties' }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
}

const partyLink = (page: Page, name: string) =>
  page.getByRole('table', { name: 'Stored parties' }).getByRole('link', { name });

test('upload parties, screen them all, and read a listed party’s hit history with the explanation', async () => {
  const { page, problems } = await openPage();
  try {
    await signIn(page, server.adminKey, '/screening');
    await page.getByRole('navigation', { name: 'Screening' }).getByRole('link', { name: 'Parties' }).click();
    await page.waitForURL(`${server.url}/screening/parties`);
    await page.getByRole('heading', { level: 1, name: 'Parties' }).waitFor();
    await partyLink(page, ADDED.name).waitFor();

    // A file without a name column is refused before anything is sent.
    await uploadFile(page, 'bad.csv', 'id,country\nx-1,NL\n');
    await page.getByRole('alert').filter({ hasText: 'bad.csv was not uploaded' }).waitFor();

    const csv = `id,name,type,country\n${LISTED.id},${LISTED.name},person,CD\n${ORDINARY.id},${ORDINARY.name},person,NL\n`;
    await uploadFile(page, 'parties.csv', csv);
    assert.match(
      (await page.getByTestId('upload-result').textContent()) ?? '',
      /2 parties stored — 2 new, 0 updated, 0 unchanged/,
    );
    await partyLink(page, LISTED.name).waitFor();
    assert.equal(await page.getByRole('table', { name: 'Stored parties' }).getByTestId('party-row').count(), 3);
    // Sorting by a header reorders the rows: Name ascending, then descending on the second click.
    const stored = page.getByRole('table', { name: 'Stored parties' });
    const names = () => stored.getByTestId('party-row').locator('td:nth-child(2) a').allInnerTexts();
    await stored.getByRole('button', { name: 'Name', exact: true }).click();
    // Ascending on the first click, once the server's page arrives (the rows do not change when the click returns).
    const ascending = [LISTED.name, ADDED.name, ORDINARY.name];
    assert.deepEqual(await readUntil(names, (shown) => shown.join() === ascending.join()), ascending);
    await stored.getByRole('button', { name: 'Name', exact: true }).click();
    // The server sorts: the rows change when its page arrives.
    await stored.getByTestId('party-row').first().getByRole('link', { name: ORDINARY.name }).waitFor();
    assert.deepEqual(await names(), [ORDINARY.name, ADDED.name, LISTED.name]);
    assert.equal(await stored.locator('th[aria-sort="descending"]').count(), 1);

    // Screen all: the listed and the list-change party hit, the ordinary one does not.
    await page.getByRole('button', { name: 'Screen all now' }).click();
    const summary = page.getByTestId('screen-all-result');
    await summary.waitFor();
    assert.equal(await page.getByTestId('screen-all-screened').textContent(), '3');
    assert.ok(Number(await page.getByTestId('screen-all-hits').textContent()) >= 2);
    assert.ok(Number(await page.getByTestId('screen-all-open').textContent()) >= 1);
    const withHits = (await summary.getByRole('table', { name: 'Parties with hits' }).textContent()) ?? '';
    assert.match(withHits, new RegExp(LISTED.entryId));
    assert.doesNotMatch(withHits, new RegExp(ORDINARY.name));
    await page.screenshot({ path: `${RESULTS}parties.png`, fullPage: true });

    // The listed party's page: stored fields, fingerprint, hit history, explanation.
    await partyLink(page, LISTED.name).click();
    await page.waitForURL(/\/screening\/parties\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: LISTED.name }).waitFor();
    assert.equal(
      await page
        .getByRole('navigation', { name: 'Screening' })
        .getByRole('link', { name: 'Parties' })
        .getAttribute('aria-current'),
      'page',
    );
    const fields = page.getByTestId('party-fields');
    assert.match((await fields.textContent()) ?? '', new RegExp(`External id${LISTED.id}`));
    assert.match((await fields.getByTestId('party-fingerprint').textContent()) ?? '', /^[0-9a-f]{64}$/);
    // A long value (many aliases, a long identifier) wraps inside the panel instead of running out of it.
    await fields.locator('summary', { hasText: 'Show' }).click();
    await fields
      .locator('dd')
      .nth(5)
      .evaluate((dd) => {
        dd.textContent = `${'Ala-Too Machine Trading LLC; '.repeat(12)}${'KG'.repeat(60)}`;
      });
    assert.ok(await fields.evaluate((el) => el.scrollWidth <= el.clientWidth), 'the stored fields fit their panel');
    await fields.locator('summary', { hasText: 'Show' }).click();
    const hit = page
      .getByRole('table', { name: 'Hit history' })
      .getByTestId('party-hit-row')
      .filter({ hasText: LISTED.entryId });
    await hit.first().waitFor();
    const hitText = (await hit.first().textContent()) ?? '';
    assert.match(hitText, /ERIC BADEGE/);
    assert.match(hitText, /un-sc/);
    assert.match(hitText, /open/);
    assert.match(hitText, /screen all/);
    assert.match((await hit.first().getByTestId('hit-score').textContent()) ?? '', /^(0\.\d{3}|1\.000)/);
    assert.match(
      (await hit.first().getByRole('link', { name: 'Review' }).getAttribute('href')) ?? '',
      /^\/screening\/review\?hit=[0-9a-f-]{36}$/,
    );
    await hit.first().getByRole('button', { name: 'Explain' }).click();
    const tokens = page.getByRole('table', { name: 'Token comparison' });
    await tokens.waitFor();
    assert.match((await tokens.textContent()) ?? '', /badege/i);
    const features = page.getByRole('list', { name: 'Features' });
    await features.waitFor();
    // What a reader sees: feature names in words, no digest (the fingerprint is one click away).
    assert.doesNotMatch(await features.innerText(), /_/);
    assert.doesNotMatch(await page.locator('main').innerText(), /[0-9a-f]{40}/);
    await page.screenshot({ path: `${RESULTS}party-page.png`, fullPage: true });

    // The party stored before the list update shows the automatic re-screen's hit.
    await page.getByRole('link', { name: '← All parties' }).click();
    await partyLink(page, ADDED.name).click();
    await page.getByRole('heading', { level: 1, name: ADDED.name }).waitFor();
    const changed = page
      .getByTestId('party-hit-row')
      .filter({ hasText: ADDED.entryId })
      .filter({ hasText: 'list change' });
    await changed.waitFor();
    assert.equal(await changed.locator('td[title="list_change"]').count(), 1);
    await page.screenshot({ path: `${RESULTS}party-list-change.png`, fullPage: true });

    // The ordinary party: no hits.
    await page.getByRole('link', { name: '← All parties' }).click();
    await partyLink(page, ORDINARY.name).click();
    await page.getByTestId('party-no-hits').waitFor();

    assert.deepEqual(problems, [], 'no page errors or console errors');
  } finally {
    await page.context().close();
  }
});

test('an auditor reads parties and their hit history, but cannot upload or screen', async () => {
  await call<{ id: string }>('POST', '/users', {
    email: 'auditor@example.org',
    name: 'Audrey Auditor',
    role: 'auditor',
  });
  const key = await operatorIssuedKey(server, 'auditor@example.org'); // admins cannot mint keys for others
  const { page, problems } = await openPage();
  try {
    await signIn(page, key, '/screening/parties');
    await partyLink(page, ADDED.name).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Upload parties' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Screen all now' }).count(), 0);
    await partyLink(page, ADDED.name).click();
    const hit = page.getByTestId('party-hit-row').filter({ hasText: ADDED.entryId }).first();
    await hit.getByRole('button', { name: 'Explain' }).click();
    await page.getByRole('table', { name: 'Token comparison' }).waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await page.context().close();
  }
});

test('an unknown party id says so, with a way back', async () => {
  const { page, problems } = await openPage();
  try {
    await signIn(page, server.adminKey, '/screening/parties/00000000-0000-4000-8000-000000000000');
    await page.getByRole('heading', { level: 1, name: 'Party not found' }).waitFor();
    await page.getByRole('link', { name: '← All parties' }).waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await page.context().close();
  }
});

test('a sort by a column orders every page, not only the page shown', async () => {
  // 52 more parties: with the 3 above, two pages of 50 in name order, the Zulu parties running onto page 2.
  const zulu = Array.from({ length: 52 }, (_, i) => ({ name: `Zulu Party ${String(i + 1).padStart(2, '0')}` }));
  await call('POST', '/counterparties', { parties: zulu });
  const { page, problems } = await openPage();
  try {
    await signIn(page, server.adminKey, '/screening/parties');
    const stored = page.getByRole('table', { name: 'Stored parties' });
    const names = () => stored.getByTestId('party-row').locator('td:nth-child(2) a').allInnerTexts();
    await partyLink(page, LISTED.name).waitFor();
    const name = stored.getByRole('button', { name: 'Name', exact: true });
    await name.click();
    await name.click();
    // Descending across all 55: page 1 starts with the last name of all, which is on page 2 in name order.
    await partyLink(page, 'Zulu Party 52').waitFor();
    const first = await names();
    assert.equal(first[0], 'Zulu Party 52');
    assert.equal(first.length, 50);
    const pager = page.getByRole('navigation', { name: 'Pages of Stored parties' });
    assert.doesNotMatch(await pager.innerText(), /this page/, 'no caveat: the sort is the server’s');
    await pager.getByRole('button', { name: 'Next →' }).click();
    await partyLink(page, LISTED.name).waitFor();
    assert.deepEqual(await names(), ['Zulu Party 02', 'Zulu Party 01', ORDINARY.name, ADDED.name, LISTED.name]);
    // Type and countries live inside the stored party, which the server does not order by: no sort offered.
    assert.equal(await stored.getByRole('button', { name: 'Type', exact: true }).count(), 0);
    assert.deepEqual(problems, []);
  } finally {
    await page.context().close();
  }
});
