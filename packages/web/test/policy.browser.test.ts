/// <reference lib="dom" />
/**
 * The policy page in a real browser: the S&T agreement comparison renders the four seeded agreements
 * with sources and research-security flags; a screening case of a Chinese-controlled acquirer shows its
 * ownership chain and an answer per regime. Needs the built UI and Debian's Chromium.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '@dualuse/server/testing';
import type { Browser } from 'playwright-core';
import { importSharedTrade } from './shared-imports';
import { launchBrowser, openPage, signInAt } from './support';

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

test('agreement comparison matrix and an investment-screening case', async () => {
  const { page, problems } = await openPage(browser);
  await signInAt(page, server.url, server.adminKey, '/policy');
  await page.getByRole('heading', { name: 'Policy analysis' }).waitFor();

  await page.getByRole('tab', { name: 'S&T agreements' }).click();
  const matrix = page.getByRole('table', { name: 'Agreement comparison' });
  await matrix.waitFor();
  const header = await matrix.locator('thead').innerText();
  for (const id of ['eu-us-st-1997', 'us-jp-st-1988', 'us-uk-st-2017', 'eu-jp-st-2009'])
    assert.match(header, new RegExp(id));
  const signed = await matrix.getByRole('row').filter({ hasText: 'signed' }).first().innerText();
  assert.match(signed, /1997-12-05[\s\S]*1988-06-20[\s\S]*2017-09-20[\s\S]*2009-11-30/);
  assert.equal(await page.getByTestId('agreement-flag').count(), 4);

  await page.getByRole('tab', { name: 'Investment screening' }).click();
  await page.getByRole('button', { name: 'Screen' }).click();
  const filing = page.getByTestId('screening-filing');
  await filing.waitFor();
  assert.match(await filing.innerText(), /DEAL-1/);
  const chain = await page.getByRole('list', { name: 'Ownership chain' }).innerText();
  assert.match(chain, /Dragon Semiconductor Group \(CN\) — 100\.0 % of the acquirer via A ← P/);
  assert.match(await page.getByRole('article', { name: 'US-CFIUS' }).innerText(), /US-CFIUS: /);
  assert.deepEqual(problems, []);
});

test('cost of a control: the Comext CHPL extract imported, a Tier-1 control to KG/KZ/AM charted by exporter', async () => {
  // The upload itself is the Trade data page's (trade-data.browser.test.ts); here the admin imports through the API.
  await importSharedTrade(server);
  const { page, problems } = await openPage(browser);
  await signInAt(page, server.url, server.adminKey, '/policy');
  await page.getByRole('heading', { name: 'Policy analysis' }).waitFor();
  const option = page
    .getByLabel('Dataset', { exact: true })
    .locator('option', { hasText: /^eu_exports_chpl_tier1_2_monthly v1 / });
  await option.waitFor({ state: 'attached' });
  await page.getByLabel('Dataset', { exact: true }).selectOption((await option.getAttribute('value')) ?? '');
  await page.getByRole('button', { name: 'Compute cost' }).click();
  const total = page.getByTestId('cost-total');
  await total.waitFor();
  assert.match(
    await total.innerText(),
    /Draft control: [\d,]+ EUR touched in \d+ rows; adopters 100\.0 %, others 0\.0 %/,
  );
  await page.getByRole('img', { name: 'Trade touched per period, stacked by exporter' }).waitFor();
  assert.match(await page.getByRole('table', { name: 'Exposure by exporter' }).innerText(), /DE\s+yes/);
  assert.deepEqual(problems, []);
});
