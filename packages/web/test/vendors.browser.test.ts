/**
 * The Vendors page in a real browser: the §889, FCC Covered List and §1260H fixtures imported,
 * a renamed Hikvision subsidiary modelled by imported ownership; an inventory with that camera,
 * a Huawei RAN unit, a DJI drone and a clean vendor gives each line's findings with legal effect
 * and citation, the ownership chain, and the bad row named. Needs the built UI and Chromium.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { cliPrincipal, importCompanies, importListFiles } from '@dualuse/app';
import { startTestServer, type TestServer } from '@dualuse/server/testing';
import { findTenantBySlug } from '@dualuse/store';
import type { Browser } from 'playwright-core';
import { sharedData } from '../../../test/support/shared';
import { launchBrowser, openPage, RESULTS, signInAt } from './support';

const VR = (...p: string[]) => sharedData('lists', 'us-vendor-restrictions', '2026-08-04', ...p);
const file = (path: string) => ({ name: path.replace(/^.*\//, ''), bytes: new Uint8Array(readFileSync(path)) });

let server: TestServer;
let browser: Browser;

before(async () => {
  server = await startTestServer({ env: { DUALUSE_LIST_MAX_AGE_DAYS: '0' } });
  const operator = await findTenantBySlug(server.app.db.orm, 'operator');
  const admin = cliPrincipal({ id: operator!.id, isOperator: true });
  await importListFiles(server.app, admin, [file(VR('special_leg', 'source_files', 'section_889.csv'))], {
    declaredDate: { date: '2018-08-13', by: 'enactment of Pub. L. 115-232' },
  });
  await importListFiles(server.app, admin, [file(VR('fcc_covered_list', 'table.csv'))]);
  await importListFiles(server.app, admin, [file(VR('dod_chinese_milcorps', 'sanctions.csv'))]);
  const reg =
    'record,id,name,country,from,to,percentage,start_date\ncompany,HIK,"Hangzhou Hikvision Digital Technology Co., Ltd.",CN,,,,\ncompany,ACME,Acme Vision Ltd,GB,,,,\nshareholder,SH-1,,,HIK,ACME,100,2019-01-01\n';
  await importCompanies(server.app, admin, { name: 'registry.csv', bytes: new TextEncoder().encode(reg) });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('an inventory checked line by line: findings with effects and citations, the ownership chain, a bad row', async () => {
  const { page, problems } = await openPage(browser);
  await signInAt(page, server.url, server.adminKey, '/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Vendors' }).click();
  await page.waitForURL(`${server.url}/vendors`);
  await page.getByRole('heading', { level: 1, name: 'Vendors' }).waitFor();
  await page
    .getByLabel('Inventory (CSV or JSON)')
    .fill(
      [
        'vendor,product,category,country_of_origin,deployed_in',
        'Acme Vision Ltd,IP camera,video surveillance camera,CN,government facility security',
        '"Huawei Technologies Co., Ltd.",radio unit,RAN radio unit,CN,5G RAN',
        'DJI,Mavic 3,drone (UAS),CN,site inspection',
        'Axis Communications AB,network camera,video surveillance camera,SE,office lobby',
        'Nobody,thing,router,Atlantis,office',
      ].join('\n'),
    );
  await page.getByLabel('Judge legal effects on (optional)').fill('2026-11-23');
  await page.getByRole('button', { name: 'Check inventory' }).click();
  const report = page.getByRole('region', { name: 'Report' });
  await report.getByRole('heading', { name: /4 line\(s\) checked on 2026-11-23: 9 finding\(s\)/ }).waitFor();

  const acme = page.getByRole('table', { name: 'Findings for Acme Vision Ltd' });
  const acmeText = await acme.innerText();
  assert.match(
    acmeText,
    /Through ownership: Hangzhou Hikvision Digital Technology Co\., Ltd\. holds 100 % of Acme Vision Ltd \[record SH-1\]/,
  );
  assert.match(acmeText, /us-ndaa-889[\s\S]*in force[\s\S]*\(from 2019-08-13\)/);
  assert.match(acmeText, /Citation: NDAA FY2019 \(Pub\. L\. 115-232\) §889\(a\)\(1\)\(A\)/);
  assert.equal(await acme.locator('tbody tr').count(), 3);
  const dji = await page.getByRole('table', { name: 'Findings for DJI' }).innerText();
  assert.match(dji, /fcc covered category[\s\S]*47 CFR 2\.903/);
  assert.match(dji, /us-dod-1260h[\s\S]*not yet in force \(from 2027-06-30\)/);
  assert.equal(
    await page.getByRole('table', { name: 'Findings for Huawei Technologies Co., Ltd.' }).locator('tbody tr').count(),
    3,
  );
  assert.match(await page.getByRole('region', { name: 'line 5: Axis Communications AB' }).innerText(), /No finding/);
  assert.match(
    await page.getByRole('region', { name: 'Bad rows' }).innerText(),
    /line 6, country_of_origin: "Atlantis" is not a country/,
  );

  await page.getByLabel(/Apply the Clean Network policy profile/).check();
  await page.getByRole('button', { name: 'Check inventory' }).click();
  await report.getByRole('heading', { name: /10 finding\(s\)/ }).waitFor();
  assert.match(
    await page.getByRole('table', { name: 'Findings for Huawei Technologies Co., Ltd.' }).innerText(),
    /policy[\s\S]*clean network[\s\S]*POLICY \(Clean Network profile/,
  );
  await page.screenshot({ path: `${RESULTS}vendors.png`, fullPage: true });
  assert.deepEqual(problems, []);
});
