/**
 * What every browser test needs: Debian's Chromium with the flags this machine kind
 * requires, a page that records page errors and console errors (CSP violations land there),
 * the API-key sign-in, calls to the API of a test server, and real UN list data imported
 * through that API.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { callJson, type JsonRequest, type TestServer } from '@dualuse/server/testing';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const RESULTS = fileURLToPath(new URL('../../../test-results/', import.meta.url));

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(RESULTS, { recursive: true });
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    // Without the background-networking flags Chromium keeps dialling out, which this network refuses.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export async function openPage(
  browser: Browser,
  options: { timeout?: number; downloads?: boolean } = {},
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: options.downloads ?? false,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(options.timeout ?? 30_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return { page, problems };
}

/** The API-key form is the one holding the "API key" field; it has its own "Sign in" button. */
export async function signInWithKey(page: Page, key: string): Promise<void> {
  const form = page.locator('form').filter({ has: page.getByLabel('API key') });
  await form.getByLabel('API key').fill(key);
  await form.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Signs in from the login page and waits to land on `path`. */
export async function signInAt(page: Page, url: string, key: string, path: string): Promise<void> {
  await page.goto(`${url}/login?next=${encodeURIComponent(path)}`);
  await signInWithKey(page, key);
  await page.waitForURL(`${url}${path}`);
}

/** One call to the test server's API (path under /api/v1) that must succeed; answers its parsed body. */
export async function apiCall<T>(server: TestServer, req: JsonRequest): Promise<T> {
  const answer = await callJson(server, { ...req, path: `/api/v1${req.path}` });
  const ok = answer.status >= 200 && answer.status < 300;
  assert.ok(ok, `${req.method ?? 'GET'} ${req.path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as T;
}

/**
 * Reads `read` until `done` holds of what it read, for at most `ms`, and answers the last reading for the caller to
 * assert on (so a page that never gets there fails with what it showed). For reads that follow an action whose effect
 * lands a render or a refetch later: a locator waits for an element, not for its text or count to change, and
 * playwright-core has no polling `expect`.
 */
export async function readUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** How many elements `locator` finds once that is `n` (or after `ms`, however many then). */
export const countUntil = (locator: Locator, n: number, ms?: number): Promise<number> =>
  readUntil(
    () => locator.count(),
    (c) => c === n,
    ms,
  );

/** The inner text of `locator` once it matches `pattern` (or after `ms`, whatever it reads then). */
export const textUntil = (locator: Locator, pattern: RegExp, ms?: number): Promise<string> =>
  readUntil(
    () => locator.innerText(),
    (t) => pattern.test(t),
    ms,
  );
