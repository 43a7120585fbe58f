/**
 * The Regulations page in a real browser: the shared eCFR snapshot of the EAR country tables
 * (CSV layout, content date 2026-09-24) is imported through the API; the page shows Malta NS2 as
 * the imported X and Cuba as curated from part 746, each cell's source on hover (title) and on
 * click, the invariant warnings, the Country Groups, and the caveat for an earlier date.
 * Needs the built UI and Chromium.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '@dualuse/server/testing';
import type { Browser } from 'playwright-core';
import { REGULATIONS_SNAPSHOT, sharedRegulationFiles } from '../../../test/support/shared';
import { apiCall, countUntil, launchBrowser, openPage, RESULTS, signInAt } from './support';

let server: TestServer;
let browser: Browser;
let warnings: string[];

before(async () => {
  server = await startTestServer();
  const out = await apiCall<{ status: string; warnings: string[] }>(server, {
    method: 'POST',
    path: '/regulations/import',
    body: { files: sharedRegulationFiles(), contentDate: REGULATIONS_SNAPSHOT.date },
  });
  assert.equal(out.status, 'imported');
  warnings = out.warnings;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the Country Chart shows each cell with its source; Malta NS2 imported, Cuba curated; groups, warnings; an earlier date with its caveat and modelled history', async () => {
  const { page, problems } = await openPage(browser);
  await signInAt(page, server.url, server.adminKey, '/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Regulations' }).click();
  await page.waitForURL(`${server.url}/regulations`);
  await page.getByRole('heading', { level: 1, name: 'Regulations' }).waitFor();

  await page.getByLabel('As of', { exact: true }).fill('2026-09-24');
  await page.getByRole('heading', { name: 'Commerce Country Chart — eCFR 2026-09-24' }).waitFor();
  assert.match(
    await page.getByRole('table', { name: 'Imported versions' }).innerText(),
    /2026-09-24[\s\S]*ecfr-csv[\s\S]*country_chart\.csv/,
  );
  assert.equal(await page.getByRole('region', { name: 'Caveats' }).count(), 0);

  // Malta NS2: the eCFR's X, imported (the hand-kept chart had it blank: issue 11).
  const mt = page.getByRole('button', { name: 'Malta NS2: X, imported' });
  assert.equal(await mt.innerText(), 'X');
  assert.match(
    (await mt.getAttribute('title'))!,
    /^X \(licence required\) — imported\nSource: 15 CFR part 738, Supplement No\. 1 \(Commerce Country Chart\), eCFR 2026-09-24$/,
  );
  // Cuba: every column curated from part 746, shaded, with the quoted passage on hover.
  const cu = page.getByRole('button', { name: 'Cuba NS2: X, curated overlay' });
  assert.match(
    (await cu.getAttribute('title'))!,
    /— curated overlay\nSource: 15 CFR 746\.2\(a\)\nQuote: “The export and reexport to Cuba of items subject to the Export Administration Regulations \(EAR\) require a BIS license/,
  );
  assert.notEqual(
    await cu.locator('..').evaluate((td) => getComputedStyle(td).backgroundColor),
    await mt.locator('..').evaluate((td) => getComputedStyle(td).backgroundColor),
  );
  assert.match(
    await page.getByRole('list', { name: 'Legend' }).innerText(),
    /imported[\s\S]*curated overlay[\s\S]*modelled history[\s\S]*unknown/,
  );
  await cu.click();
  assert.match(
    await page.getByRole('region', { name: 'Selected cell' }).innerText(),
    /Cuba \(CU\), NS2: X[\s\S]*15 CFR 746\.2\(a\)/,
  );

  // The invariant warnings of the import, each listed.
  const shown = page.getByRole('region', { name: `Invariant warnings (${warnings.length})` });
  if (warnings.length > 0) assert.equal(await shown.getByRole('listitem').count(), warnings.length);
  else assert.equal(await shown.count(), 0);

  // The destination filter narrows the chart and the groups to Malta.
  await page.getByLabel('Destination').fill('Malta');
  // The groups are a query of their own: their table may still be on its way when the chart is shown.
  const chartRows = page.getByRole('table', { name: 'Commerce Country Chart as of 2026-09-24' }).locator('tbody tr');
  assert.equal(await countUntil(chartRows, 1), 1);
  const groups = page.getByRole('table', { name: 'Country Groups as of 2026-09-24' }).locator('tbody tr');
  assert.equal(await countUntil(groups, 1), 1);
  assert.match(await groups.innerText(), /MT Malta\s+A:3\s*A:4\s*A:6\s*B/); // country_groups.csv: MT,A:3;A:4;A:6;B
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await page.screenshot({ path: `${RESULTS}regulations-page.png`, fullPage: true });

  // An earlier date: answered from the 2026-09-24 version with the caveat up front, and the
  // AUKUS rule (89 FR 28594, 19 Apr 2024) reversed for Australia, shown as modelled history.
  await page.getByLabel('As of', { exact: true }).fill('2024-01-01');
  await page.getByRole('region', { name: 'Caveats' }).waitFor();
  assert.match(
    await page.getByRole('region', { name: 'Caveats' }).innerText(),
    /not imported: this answer uses the eCFR version of 2026-09-24 with these amendments reversed: .*89 FR 28594/,
  );
  await page.getByLabel('Destination').fill('Australia');
  const au = page.getByRole('button', { name: 'Australia NS1: X, modelled history' });
  assert.match(
    (await au.getAttribute('title'))!,
    /— modelled history\nSource: 89 FR 28594 \(19 Apr 2024\)\nNote: before 2024-04-19: AUKUS rule/,
  );
  assert.deepEqual(problems, []);
});
