/// <reference lib="dom" />
/**
 * The Diversion page in a real browser, against real UN list data and the BIS CHPL from the
 * shared data: load the Kyrgyz re-exporter example into the form, score it, read the alert and its cited
 * flags and find the kept shipment in the alert queue; a bad field is named by its pointer in the JSON view; a
 * JSON-lines file is scored shipment by shipment.
 * Needs the built UI (`npm run build -w @dualuse/web`) and Debian's Chromium.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '@dualuse/server/testing';
import type { Browser } from 'playwright-core';
import { sharedData } from '../../../test/support/shared';
import { launchBrowser, openPage, RESULTS, signInAt } from './support';
import { importUnSnapshot } from './shared-imports';

let server: TestServer;
let browser: Browser;

before(async () => {
  // Max age 0: the snapshot is a fixed file, so list freshness must not depend on today's date.
  server = await startTestServer({ env: { DUALUSE_LIST_MAX_AGE_DAYS: '0' } });
  await importUnSnapshot(server, '2026-08-01');
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('an example shipment is scored: alert, flags with their citations, abstained rules apart', async () => {
  const { page, problems } = await openPage(browser);
  await signInAt(page, server.url, server.adminKey, '/');
  await page.getByRole('link', { name: 'Diversion' }).first().click();
  await page.getByRole('heading', { name: 'Diversion red flags' }).waitFor();
  await page
    .getByLabel('Common High Priority List (CSV)')
    .setInputFiles(sharedData('controls', 'bis-chpl', 'chpl_hs6_tiers.csv'));
  await page.getByText(/HS6 codes loaded/).waitFor();

  await page.getByRole('button', { name: 'Kyrgyz re-exporter' }).click();
  // The example fills the form: parties by role, counted from 1, with their fields.
  const consignee = page.getByRole('group', { name: 'Consignee (party 2)' });
  assert.equal(await consignee.getByLabel('Name').inputValue(), 'Asia Components LLC');
  assert.equal(await consignee.getByLabel('Incorporated').inputValue(), '2022-09-14');
  assert.equal(await page.getByRole('group', { name: 'Item 1' }).getByLabel('HS code').inputValue(), '8542.32');
  const ref = await page.getByLabel('Reference').inputValue();
  assert.match(ref, /^WEB-\d{8}-\d{6}$/);
  await page.getByRole('button', { name: 'Score shipment' }).click();
  const result = page.getByTestId('diversion-result');
  await result.waitFor();
  await result.getByText('ALERT — hold and investigate').waitFor();
  assert.match((await page.getByTestId('kept-notice').textContent()) ?? '', /alerted and is now in the alert queue/);
  const flags = result.getByRole('table', { name: `Red flags of shipment ${ref}` });
  const chplFlag = flags.getByTestId('diversion-flag').filter({ hasText: 'chpl_tier1_2_to_high_risk_jurisdiction' });
  await chplFlag.waitFor();
  assert.ok(
    (await chplFlag.getByRole('list', { name: 'Citations' }).getByRole('listitem').count()) > 0,
    'the CHPL flag cites its source',
  );
  const text = await flags.innerText();
  for (const tag of ['payment_from_third_country', 'incorporated_after_2022_02_24', 'no_web_presence_or_free_email'])
    assert.match(text, new RegExp(tag));
  assert.match(text, /FinCEN|15 CFR|Reg\./);
  assert.ok((await result.getByRole('list', { name: 'Abstained rules' }).getByRole('listitem').count()) > 0);
  await page.screenshot({ path: `${RESULTS}diversion-page.png`, fullPage: true });

  // The clean example: no alert.
  await page.getByRole('button', { name: 'Known Swiss end user' }).click();
  await page.getByRole('button', { name: 'Score shipment' }).click();
  await result.getByText('No alert', { exact: true }).waitFor();
  assert.match((await page.getByTestId('kept-notice').textContent()) ?? '', /did not alert/);

  // A bad role is a 400 naming the field inside the shipment, typed in the JSON view (the form keeps its fields).
  await page.getByRole('tab', { name: 'JSON' }).click();
  const editor = page.getByLabel('Shipment (JSON)');
  assert.match(await editor.inputValue(), /Precision Parts GmbH/);
  await editor.fill((await editor.inputValue()).replace('"role": "exporter"', '"role": "buyer"'));
  await page.getByRole('button', { name: 'Score shipment' }).click();
  await page.getByTestId('diversion-error').getByText('/parties/0/role').waitFor();

  // Two shipments from a JSON-lines file, one bad line reported, scored one by one.
  const lines = [
    JSON.stringify({
      id: 'L-1',
      destination: 'KG',
      parties: [{ role: 'consignee', name: 'Asia Components LLC', country: 'KG', incorporated: '2022-09-14' }],
      items: [{ hsCode: '854232' }],
      payment: { payer: 'Orion FZE', payerBankCountry: 'AE' },
    }),
    JSON.stringify({ id: 'L-2', parties: [{ role: 'buyer', name: 'X' }] }),
  ];
  await page.getByLabel('Upload JSON lines').setInputFiles({
    name: 'shipments.jsonl',
    mimeType: 'application/x-ndjson',
    buffer: Buffer.from(lines.join('\n')),
  });
  await page.getByText('2 of 2 scored').waitFor();
  const table = page.getByRole('table', { name: 'Scored shipments' });
  assert.match(await table.innerText(), /L-1[\s\S]*alert[\s\S]*\/parties\/0\/role/);
  // The kept Kyrgyz shipment is in the alert queue under its reference.
  await page.getByRole('link', { name: 'Alert queue' }).first().click();
  const group = page.getByTestId('alert-group').filter({ hasText: 'Asia Components LLC' });
  await group.getByRole('button', { name: 'Details' }).click();
  await page.getByTestId('alert-detail').filter({ hasText: ref }).waitFor();
  // The two deliberate 400s are logged by the browser as failed loads; nothing else may be.
  assert.deepEqual(
    problems.filter((p) => !/status of 400/.test(p)),
    [],
  );
});
