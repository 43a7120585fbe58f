/// <reference lib="dom" />
/**
 * The Trade data page in a real browser: the tenant admin uploads the Eurostat Comext CHPL extract (867 kB, gzip-
 * compressed on the way) and reads the progress, the version and the row count; a Comext file without product codes
 * is refused with the observation and reason named and nothing stored; an analyst reads the datasets but sees no
 * upload, and the API refuses one from that analyst. Needs the built UI, Debian's Chromium and ../shared.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { callJson, operatorIssuedKey, startTestServer, type TestServer } from '@dualuse/server/testing';
import type { Browser, Page } from 'playwright-core';
import { sharedData } from '../../../test/support/shared';
import { apiCall, launchBrowser, openPage, RESULTS, signInAt } from './support';

const DIR = ['trade', 'eurostat-comext-cn8-sanctioned'] as const;
const CHPL = sharedData(...DIR, 'eu_exports_chpl_tier1_2_monthly.csv');
const TOTALS = sharedData(...DIR, 'eu_export_sanctioned_by_partner_monthly.csv');
const ANALYST = 'trade-analyst@operator.example';

let server: TestServer;
let browser: Browser;

before(async () => {
  server = await startTestServer();
  await apiCall(server, {
    method: 'POST',
    path: '/users',
    body: { email: ANALYST, name: 'Trade Analyst', role: 'analyst' },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Records whether the upload's progress bar was ever on screen (it may come and go between two polls). */
async function watchProgress(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    const w = window as unknown as { sawProgress: boolean };
    w.sawProgress = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="upload-progress"]')) w.sawProgress = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress);
}

test('the admin uploads a Comext extract and reads the version; a bad file is refused and nothing is stored', async () => {
  const { page, problems } = await openPage(browser);
  await signInAt(page, server.url, server.adminKey, '/policy/trade-data');
  await page.getByRole('heading', { name: 'Trade data', level: 1 }).waitFor();
  await page.getByTestId('trade-datasets-none').waitFor();

  const sawProgress = await watchProgress(page);
  await page.getByLabel('Trade data file (.csv or .csv.gz)').setInputFiles(CHPL);
  assert.equal(await page.getByLabel('Dataset name').inputValue(), 'eu_exports_chpl_tier1_2_monthly');
  await page.getByRole('button', { name: 'Import dataset' }).click();
  const result = page.getByTestId('trade-import-result');
  await result.waitFor({ timeout: 120_000 });
  const rows = Number(/([\d,]+) rows/.exec(await result.innerText())?.[1]?.replace(/,/g, ''));
  assert.match(await result.innerText(), /^eu_exports_chpl_tier1_2_monthly version 1: imported, [\d,]+ rows in EUR/);
  // Every data line of the extract is one stored row.
  assert.equal(rows, readFileSync(CHPL, 'utf8').trim().split('\n').length - 1);
  assert.ok(await sawProgress(), 'the upload showed its progress');
  const table = page.getByRole('table', { name: 'Trade datasets' });
  assert.match(await table.getByTestId('trade-dataset').innerText(), /eu_exports_chpl_tier1_2_monthly\s+1\s+Eurostat/);

  // The national totals have no product code: refused, each reason named, and the table keeps its one version.
  await page.getByLabel('Trade data file (.csv or .csv.gz)').setInputFiles(TOTALS);
  await page.getByRole('button', { name: 'Import dataset' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await alert.waitFor({ timeout: 120_000 });
  assert.match(
    await alert.innerText(),
    /bad row\(s\); nothing imported: eu_export_sanctioned_by_partner_monthly\.csv observation 1: totals without a product code cannot be matched to HS codes/,
  );
  await page.screenshot({ path: `${RESULTS}trade-data-refused.png`, fullPage: true });
  assert.equal(await table.getByTestId('trade-dataset').count(), 1);
  // The refusal's 400 is the browser's one console line; nothing else went wrong.
  assert.deepEqual(
    problems.filter((p) => !/status of 400/.test(p)),
    [],
  );
  await page.context().close();
});

test('an analyst reads the datasets, sees no upload, and the API refuses an upload', async () => {
  const key = await operatorIssuedKey(server, ANALYST);
  const { page, problems } = await openPage(browser);
  await signInAt(page, server.url, key, '/policy/trade-data');
  await page.getByTestId('trade-import-not-allowed').waitFor();
  assert.equal(await page.getByLabel('Trade data file (.csv or .csv.gz)').count(), 0);
  await page.getByRole('table', { name: 'Trade datasets' }).waitFor();
  const body = {
    name: 'x',
    format: 'trade-csv',
    text: 'reporter,partner,hs_code,period,value\nDE,KG,854231,2023-01,1\n',
  };
  const refused = await callJson(server, { method: 'POST', path: '/api/v1/policy/trade/datasets', body, key });
  assert.equal(refused.status, 403);
  assert.deepEqual(problems, []);
  await page.context().close();
});
