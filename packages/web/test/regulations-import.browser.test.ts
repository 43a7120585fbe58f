/// <reference lib="dom" />
/**
 * The country tables upload on the Regulations page in a real browser, on a server with no version: the operator
 * admin uploads the shared eCFR snapshot (CSV layout) with a chart cell spoilt and reads the file, line and column of
 * the refusal with nothing stored; then the four real files, and reads the version, its date and Malta's row; an
 * analyst sees the tables but no upload. Needs the built UI, Debian's Chromium and ../shared.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, test } from 'node:test';
import { operatorIssuedKey, startTestServer, type TestServer } from '@dualuse/server/testing';
import type { Browser } from 'playwright-core';
import { REGULATIONS_SNAPSHOT } from '../../../test/support/shared';
import { regulationSnapshotPaths } from './shared-imports';
import { apiCall, launchBrowser, openPage, RESULTS, signInAt } from './support';

const ANALYST = 'regulations-analyst@operator.example';
let server: TestServer;
let browser: Browser;

before(async () => {
  server = await startTestServer();
  await apiCall(server, {
    method: 'POST',
    path: '/users',
    body: { email: ANALYST, name: 'Reg Analyst', role: 'analyst' },
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The snapshot with one chart cell of line 4 made 'Y' (a cell is X or empty), the other files as they are. */
function spoiltSnapshot(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'dualuse-regs-'));
  return regulationSnapshotPaths().map((path) => {
    const out = join(dir, basename(path));
    const text = readFileSync(path, 'utf8');
    if (basename(path) !== 'country_chart.csv') writeFileSync(out, text);
    else
      writeFileSync(
        out,
        text
          .split('\n')
          .map((l, i) => (i === 3 ? l.replace(/,X,/, ',Y,') : l))
          .join('\n'),
      );
    return out;
  });
}

test('the operator admin uploads the country tables: a spoilt cell refused, then the snapshot imported', async () => {
  const { page, problems } = await openPage(browser);
  await signInAt(page, server.url, server.adminKey, '/regulations');
  const files = page.getByLabel('Country Chart and Country Groups files');
  await files.setInputFiles(spoiltSnapshot());
  await page.getByLabel('eCFR content date').fill(REGULATIONS_SNAPSHOT.date);
  await page.getByRole('button', { name: 'Import country tables' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await alert.waitFor();
  assert.match(await alert.innerText(), /country_chart\.csv: line 4: column CB1 is 'Y': a cell is X or empty/);
  const none = await apiCall<{ versions: unknown[] }>(server, { path: '/regulations/versions' });
  assert.deepEqual(none.versions, [], 'nothing stored');

  await files.setInputFiles(regulationSnapshotPaths());
  await page.getByRole('button', { name: 'Import country tables' }).click();
  const result = page.getByTestId('reg-import-result');
  await result.waitFor({ timeout: 120_000 });
  assert.match(
    await result.innerText(),
    /^EAR country tables, eCFR 2026-09-24: imported from country_chart\.csv, country_chart_footnotes\.csv, country_groups\.csv, country_groups_notes\.txt/,
  );
  // The page reads the new version: Malta's row of the chart is there.
  await page.getByLabel('Destination').fill('MT');
  await page.getByRole('row').filter({ hasText: 'Malta' }).first().waitFor();
  await page.screenshot({ path: `${RESULTS}regulations-import.png`, fullPage: true });
  assert.deepEqual(
    problems.filter((p) => !/status of 400/.test(p)),
    [],
  );
  await page.context().close();
});

test('an analyst reads the country tables but sees no upload', async () => {
  const { page, problems } = await openPage(browser);
  await signInAt(page, server.url, await operatorIssuedKey(server, ANALYST), '/regulations');
  await page.getByRole('heading', { level: 1, name: 'Regulations' }).waitFor();
  await page.getByRole('heading', { name: 'Version' }).waitFor();
  assert.equal(await page.getByLabel('Country Chart and Country Groups files').count(), 0);
  assert.deepEqual(problems, []);
  await page.context().close();
});
