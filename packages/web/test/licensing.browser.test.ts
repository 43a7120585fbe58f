/**
 * The Licensing page in a real browser: load an example, determine, read the US decision and
 * the cited rule chain; a malformed ECCN is shown next to its field. The US CCL (reasons for
 * control) is imported from the shared eCFR snapshot. Needs the built UI and Chromium.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '@dualuse/server/testing';
import type { Browser } from 'playwright-core';
import { apiCall, launchBrowser, openPage, RESULTS, signInAt } from './support';
import { importSharedCcl } from './shared-imports';

let server: TestServer;
let browser: Browser;

before(async () => {
  server = await startTestServer();
  await importSharedCcl(server);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('an H100-class GPU to China needs a US licence, cited rule by rule; a bad ECCN is flagged on its field', async () => {
  const { page, problems } = await openPage(browser);
  await signInAt(page, server.url, server.adminKey, '/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Licensing' }).click();
  await page.waitForURL(`${server.url}/licensing`);
  await page.getByRole('heading', { level: 1, name: 'Licensing' }).waitFor();

  await page.getByRole('button', { name: 'H100-class GPU to China' }).click();
  assert.equal(await page.getByLabel('US ECCN').inputValue(), '3A090.a');
  await page.getByRole('button', { name: 'Determine', exact: true }).click();

  const us = page.getByRole('region', { name: 'US determination' });
  await us.getByTestId('decision').waitFor();
  assert.match(
    await us.getByTestId('decision').innerText(),
    /Licence required[\s\S]*LICENCE_REQUIRED[\s\S]*presumption of denial/,
  );
  const chain = us.getByRole('list', { name: 'US rules that fired' });
  assert.match(await chain.innerText(), /15 CFR 742\.6\(a\)\(6\)\(iii\)/);
  assert.match(await chain.innerText(), /15 CFR 734\.3\(a\)\(1\)/);
  const eu = page.getByRole('region', { name: 'EU determination' });
  assert.match(await eu.getByTestId('decision').innerText(), /Not subject/);

  // The page scrolls to the answer; from the top, the sticky header stays out of the full-page shot.
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await page.screenshot({ path: `${RESULTS}licensing-page.png`, fullPage: true });

  // The rules that did not fire are folded away, with reasons.
  await us.getByText(/Rules considered that did not fire \(\d+\)/).click();
  await us.getByRole('table', { name: 'Rules that did not fire' }).waitFor();
  assert.match(
    await us.getByRole('table', { name: 'Rules that did not fire' }).innerText(),
    /US-738-NS1[\s\S]*has no reason for control in column NS1/,
  );

  // Another example: the EU prohibition on Annex I items to Russia.
  await page.getByRole('button', { name: '3A001 ICs from Germany to Russia' }).click();
  await page.getByRole('button', { name: 'Determine', exact: true }).click();
  const euRu = page.getByRole('region', { name: 'EU determination' });
  await euRu.getByText('Prohibited', { exact: true }).waitFor();
  assert.match(await euRu.getByRole('list', { name: 'EU rules that fired' }).innerText(), /833\/2014/);

  // A malformed ECCN: the API names /items/0/classification/US and the form shows it on that field.
  await page.getByLabel('US ECCN').fill('3A09X');
  await page.getByRole('button', { name: 'Determine', exact: true }).click();
  await page.getByText("'3A09X' is not a control code").waitFor();
  assert.equal(await page.getByLabel('US ECCN').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByRole('region', { name: 'US determination' }).count(), 0);
  // The deliberate 400 is logged by Chromium as a failed resource; anything else is a fault.
  assert.deepEqual(
    problems.filter((p) => !/status of 400 \(Bad Request\)/.test(p)),
    [],
  );
});

test('a held licence is listed with its balance, and a determination names it — or says why another does not cover', async () => {
  await apiCall(server, {
    method: 'POST',
    path: '/licences',
    body: {
      number: 'D9990001',
      jurisdiction: 'US',
      authority: 'BIS',
      items: [{ code: '3A090' }],
      destinations: ['CN'],
      parties: [{ role: 'end_user', name: 'Shenzhen Cloud Compute Co., Ltd.', country: 'CN' }],
      value_limit: 1_000_000,
      quantity_limit: 16,
      valid_from: '2026-01-01',
      expires: '2030-12-31',
    },
  });
  await apiCall(server, {
    method: 'POST',
    path: '/licences',
    body: {
      number: 'D9990002',
      jurisdiction: 'US',
      items: [{ code: '3A090' }],
      destinations: ['CN'],
      parties: [{ name: 'Someone Else Ltd' }],
      valid_from: '2026-01-01',
      expires: '2030-12-31',
    },
  });
  const { page, problems } = await openPage(browser);
  await signInAt(page, server.url, server.adminKey, '/licensing');
  const held = page.getByRole('table', { name: 'Held licences' });
  await held.waitFor();
  assert.match(await held.innerText(), /D9990001[\s\S]*3A090[\s\S]*CN[\s\S]*1000000 · qty 16/);

  await page.getByRole('button', { name: 'H100-class GPU to China' }).click();
  await page.getByRole('button', { name: 'Determine', exact: true }).click();
  const coverage = page.getByRole('status', { name: 'US licence coverage' });
  await coverage.waitFor();
  const text = await coverage.innerText();
  assert.match(text, /Covered by a held licence/);
  assert.match(text, /licence D9990001 — value left after this shipment 750000 — quantity left 8/);
  await page.screenshot({ path: `${RESULTS}licensing-licence-coverage.png`, fullPage: true });
  assert.deepEqual(problems, []);
});

test('a Dutch exporter of EUV pellicles (NL 3B1001.l) to China: the Dutch national regulation requires a licence, cited', async () => {
  const { page, problems } = await openPage(browser);
  await signInAt(page, server.url, server.adminKey, '/licensing');
  await page.getByLabel('Exporter country').fill('NL');
  await page.getByLabel('Destination').fill('CN');
  await page.getByLabel('Origin').fill('NL');
  await page.getByLabel('US content %').fill('0');
  await page.getByText('UK, Dutch, Japanese and Australian list codes').click();
  await page.getByLabel('NL control code').fill('3B1001.l');
  await page.getByRole('button', { name: 'Determine', exact: true }).click();
  const nl = page.getByRole('region', { name: 'NL determination' });
  await nl.getByTestId('decision').waitFor();
  assert.match(await nl.getByTestId('decision').innerText(), /Licence required/);
  assert.match(
    await nl.getByRole('list', { name: 'NL rules that fired' }).innerText(),
    /Regeling geavanceerde productieapparatuur voor halfgeleiders/,
  );
  assert.deepEqual(problems, []);
});
