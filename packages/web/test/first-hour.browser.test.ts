// The first hour of an analyst, end to end on a fresh server on the embedded database (PGlite):
// the dashboard says no list is loaded; the operator administrator uploads the official UN list
// file on the Lists page; an analyst signs in, sees the list with its publication date on the
// dashboard, screens a listed name, and the dashboard's open hits go from 0 to at least 1; the admin also uploads the
// CCL on the dashboard, and the analyst classifies "H100 SXM datacenter GPU" from its description and datasheet figure
// at the first pass, determines a licence, then enters a shipment to a listed company in the diversion form, scores
// it and finds it in the alert queue. The admin uploads the EAR Country Chart and Country Groups on the Regulations
// page too (the licence determination reads them).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { operatorIssuedKey, startTestServer, type TestServer } from '@dualuse/server/testing';
import type { Browser, Page } from 'playwright-core';
import { REGULATIONS_SNAPSHOT, sharedData } from '../../../test/support/shared';
import { apiCall, launchBrowser, openPage, RESULTS, signInAt } from './support';
import { regulationSnapshotPaths } from './shared-imports';

const UN_FILE = sharedData('lists', 'un', '2026-08-01', 'consolidated.xml');
const CCL_FILE = sharedData('controls', 'us-ccl-ecfr', 'ccl_parsed.json');
const ANALYST = 'first-hour-analyst@operator.example';

let server: TestServer;
let browser: Browser;

before(async () => {
  // A 10-year limit: the snapshot is a fixed file, so the test must not depend on today's date.
  server = await startTestServer({ engine: 'pglite', env: { DUALUSE_LIST_MAX_AGE_DAYS: '3650' } });
  const body = { email: ANALYST, name: 'First-hour Analyst', role: 'analyst' };
  await apiCall(server, { method: 'POST', path: '/users', body });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('first hour: no list, the admin uploads the UN list, the analyst sees it on the dashboard and screens', async () => {
  const admin = await openPage(browser);
  try {
    // A fresh deployment says plainly that nothing is loaded.
    await signInAt(admin.page, server.url, server.adminKey, '/');
    await admin.page.getByTestId('lists-none').waitFor();
    assert.match((await admin.page.getByTestId('lists-none').textContent()) ?? '', /none loaded/);
    assert.equal(await admin.page.getByTestId('open-hits').textContent(), '0');

    // The operator admin loads the official file through the UI.
    await admin.page.goto(`${server.url}/screening/lists`);
    await admin.page.getByLabel('Official list files').setInputFiles(UN_FILE);
    await admin.page.getByRole('button', { name: 'Import', exact: true }).click();
    const result = admin.page.getByTestId('import-result');
    await result.waitFor({ timeout: 120_000 });
    assert.match((await result.textContent()) ?? '', /^un-sc: imported, [\d,]+ entries, now in use/);
    await admin.page.getByRole('table', { name: 'Lists in use' }).waitFor();

    // ... and the US Commerce Control List on the dashboard.
    await admin.page.goto(`${server.url}/`);
    await admin.page.getByLabel('Import a control-list file').setInputFiles(CCL_FILE);
    await admin.page.getByRole('button', { name: 'Import control list' }).click();
    const imported = admin.page.getByText(/^us-ccl .*: imported, [\d,]+ entries/);
    await imported.waitFor({ timeout: 120_000 });

    // ... and the EAR Country Chart and Country Groups on the Regulations page.
    await admin.page.goto(`${server.url}/regulations`);
    await admin.page.getByLabel('Country Chart and Country Groups files').setInputFiles(regulationSnapshotPaths());
    await admin.page.getByLabel('eCFR content date').fill(REGULATIONS_SNAPSHOT.date);
    await admin.page.getByRole('button', { name: 'Import country tables' }).click();
    const tables = admin.page.getByTestId('reg-import-result');
    await tables.waitFor({ timeout: 120_000 });
    assert.match(await tables.innerText(), /^EAR country tables, eCFR 2026-09-24: imported from /);
    assert.deepEqual(admin.problems, [], 'no page errors for the admin');
  } finally {
    await admin.page.context().close();
  }

  const analyst = await openPage(browser);
  try {
    const key = await operatorIssuedKey(server, ANALYST);
    await signInAt(analyst.page, server.url, key, '/');
    const row = analyst.page.getByRole('table', { name: 'Loaded lists' }).locator('tr[data-list="un-sc"]');
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    assert.match(text, /2026/, 'the publication date is shown');
    assert.match(text, /days old/);
    assert.match(text, /in use/);
    assert.equal(await analyst.page.getByTestId('open-hits').textContent(), '0');
    // An analyst may not import: no import form on the dashboard or the Lists page.
    assert.equal(await analyst.page.getByLabel('Import a control-list file').count(), 0);

    await analyst.page.goto(`${server.url}/screening`);
    await analyst.page.getByLabel('Name').fill('Eric Badege');
    await analyst.page.getByRole('button', { name: 'Screen', exact: true }).click();
    await analyst.page.getByRole('table', { name: 'Hits' }).getByTestId('hit-row').first().waitFor();

    await analyst.page.goto(`${server.url}/`);
    const hits = analyst.page.getByTestId('open-hits');
    await hits.waitFor();
    const open = (await hits.textContent()) ?? '';
    assert.ok(Number(open.replace(/\D/g, '')) >= 1, open);
    await analyst.page.screenshot({ path: `${RESULTS}first-hour-dashboard.png`, fullPage: true });

    await classifyAndDetermine(analyst.page);
    await scoreShipmentInForm(analyst.page);
    assert.deepEqual(analyst.problems, [], 'no page errors for the analyst');
  } finally {
    await analyst.page.context().close();
  }
});

/** A shipment typed into the diversion form (no JSON), scored and kept; its alert is found in the queue. */
async function scoreShipmentInForm(page: Page): Promise<void> {
  await page.goto(`${server.url}/diversion`);
  const ref = 'PO-2026-0117';
  await page.getByLabel('Reference').fill(ref);
  await page.getByLabel('Final destination').fill('KP');
  const party = (name: string) => page.getByRole('group', { name });
  await party('Exporter (party 1)').getByLabel('Name').fill('Muster Elektronik GmbH');
  await party('Exporter (party 1)').getByLabel('Country').fill('DE');
  await party('Consignee (party 2)').getByLabel('Name').fill('Korea Mining Development Trading Corporation');
  await party('Consignee (party 2)').getByLabel('Country').fill('KP');
  await party('End user (party 3)').getByLabel('Name').fill('Korea Mining Development Trading Corporation');
  const item = page.getByRole('group', { name: 'Item 1' });
  await item.getByLabel('Description').fill('Spare parts for CNC machining centres');
  await item.getByLabel('HS code').fill('8466.93');
  await item.getByLabel('Quantity').fill('40');
  await item.getByLabel('Value').fill('68000');
  await page.getByLabel('Payer', { exact: true }).fill('Korea Mining Development Trading Corporation');
  await page.getByRole('button', { name: 'Score shipment' }).click();
  await page.getByTestId('diversion-result').getByText('ALERT — hold and investigate').waitFor();
  assert.match((await page.getByTestId('kept-notice').textContent()) ?? '', /alerted and is now in the alert queue/);
  await page.getByTestId('kept-notice').getByRole('link', { name: 'alert queue' }).click();
  const group = page.getByTestId('alert-group').filter({ hasText: /Korea Mining Development/i });
  await group.getByRole('button', { name: 'Details' }).click();
  const detail = page.getByTestId('alert-detail').filter({ hasText: ref });
  assert.match(await detail.innerText(), /listed_party_match/);
  await page.screenshot({ path: `${RESULTS}first-hour-alert-queue.png`, fullPage: true });
}

/**
 * "H100 SXM datacenter GPU" with its datasheet TPP classifies to 3A090.a at the first pass (the form of the item is
 * read from the word "GPU", and shown as read), then a licence is determined for an H100-class GPU to China.
 */
async function classifyAndDetermine(page: Page): Promise<void> {
  await page.goto(`${server.url}/classification`);
  await page.getByLabel('Description', { exact: true }).fill('H100 SXM datacenter GPU');
  // NVIDIA's datasheet: 1,979 dense FP8 TFLOPS; TPP = 2 × MacTOPS × bit length = 1,979 × 8 ≈ 15,832.
  await page.getByLabel('Total processing performance (TPP)').fill('15832');
  await page.getByRole('button', { name: 'Classify' }).click();
  const entries = page.getByRole('table', { name: 'Entries the item falls under' });
  await entries.getByText('3A090.a').first().waitFor();
  const read = page.getByRole('table', { name: 'Read from the description' });
  const kind = read.getByTestId('inferred-row').filter({ hasText: 'Form of the item' });
  assert.match(await kind.innerText(), /integrated circuit[\s\S]*“GPU”/);
  await page.screenshot({ path: `${RESULTS}first-hour-classification.png`, fullPage: true });

  await page.goto(`${server.url}/licensing`);
  await page.getByRole('button', { name: 'H100-class GPU to China' }).click();
  await page.getByRole('button', { name: 'Determine', exact: true }).click();
  const us = page.getByRole('region', { name: 'US determination' });
  await us.getByTestId('decision').waitFor();
  assert.match(await us.getByTestId('decision').innerText(), /Licence required/);
  assert.match(await us.getByRole('list', { name: 'US rules that fired' }).innerText(), /15 CFR 742\.6\(a\)\(6\)/);
}
