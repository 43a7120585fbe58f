/**
 * The analyst UI end to end in a real browser: sign in with the bootstrap admin's API key,
 * reach the dashboard, open the audit log and read a record as a sentence (who did what to which object, the full
 * subject id linked, the JSON one click away), verify the hash chain. Also: a wrong key is
 * refused on the login page. Needs the built UI (`npm run build -w @dualuse/web`) and
 * Debian's Chromium at /usr/bin/chromium.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '@dualuse/server/testing';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage as openPageIn, signInWithKey } from './support';

const SCREENSHOT = fileURLToPath(new URL('../../../test-results/audit-page.png', import.meta.url));

let server: TestServer;
let browser: Browser;

before(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const openPage = () => openPageIn(browser, { timeout: 10_000 });

test('admin signs in with an API key, opens the audit log and verifies the chain', async () => {
  const { page, problems } = await openPage();
  try {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email').waitFor();
    await page.getByLabel('Password').waitFor();
    await signInWithKey(page, server.adminKey);

    await page.waitForURL(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    assert.equal(await page.getByTestId('tenant-name').textContent(), 'Operator');
    await page.getByTestId('audit-head').waitFor();
    assert.match((await page.getByTestId('audit-head').textContent()) ?? '', /^#\d+ [0-9a-f]{12}$/);

    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const label of ['Screening', 'Users', 'API keys', 'Tenants'])
      await nav.getByRole('link', { name: label }).waitFor();
    await nav.getByRole('link', { name: 'Audit log' }).click();
    await page.waitForURL(`${server.url}/audit`);
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();

    const table = page.getByRole('table', { name: 'Audit records' });
    await table.locator('tbody tr').first().waitFor();
    const actions = await table.locator('code.action').allTextContents();
    for (const expected of ['tenant.open', 'user.create', 'api_key.create', 'auth.login']) {
      assert.ok(actions.includes(expected), `audit log shows ${expected} (saw ${actions.join(', ')})`);
    }
    // A record reads as words: who, what in words, which object by kind, name and full id, linked to its page.
    const created = table
      .locator('tbody tr')
      .filter({ has: page.locator('code.action', { hasText: /^user\.create$/ }) });
    const row = created.first();
    const cells = row.locator('td');
    assert.match((await cells.nth(2).textContent()) ?? '', /admin/i);
    assert.match((await cells.nth(3).textContent()) ?? '', /^created a user/);
    const subject = cells.nth(4);
    assert.match((await subject.textContent()) ?? '', /^user .+@/);
    const id = (await subject.locator('.subject-id').textContent()) ?? '';
    assert.match(id, /^[0-9a-f-]{36}$/, 'the full subject id, not cut short');
    assert.equal(await subject.getByRole('link').getAttribute('href'), '/users');
    const details = cells.nth(5);
    const summary = (await details.locator('summary').textContent()) ?? '';
    assert.match(summary, /email: \S+@\S+/);
    assert.match(summary, /role: admin/);
    assert.doesNotMatch(summary, /[{}"]/, 'words, not JSON');
    assert.equal(await details.locator('pre').isVisible(), false, 'JSON folded until asked for');
    await details.locator('summary').click();
    assert.match((await details.locator('pre').textContent()) ?? '', /"email": "/);

    const seqs = await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-seq'))));
    assert.deepEqual(
      seqs,
      [...seqs].sort((a, b) => b - a),
      'newest first',
    );

    await page.getByRole('button', { name: 'Verify chain' }).click();
    const verdict = page.getByTestId('verify-result');
    await verdict.waitFor();
    assert.match((await verdict.textContent()) ?? '', /Chain intact: \d+ records? verified/);

    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    assert.deepEqual(problems, [], 'no page errors or console errors');
  } finally {
    await page.context().close();
  }
});

test('a wrong API key is refused and the user stays on the login page', async () => {
  const { page, problems } = await openPage();
  try {
    await page.goto(`${server.url}/login`);
    await signInWithKey(page, 'not-a-real-key');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /Sign-in failed/);
    assert.equal(new URL(page.url()).pathname, '/login');
    await page.getByLabel('API key').waitFor();
    // Chromium logs the 401 response itself as a console error; anything else is a bug.
    assert.deepEqual(
      problems.filter((p) => !/status of 401/.test(p)),
      [],
    );
  } finally {
    await page.context().close();
  }
});
