/// <reference lib="dom" />
/**
 * The alert queue and case view in a real browser, against the real OFAC Russia network slice
 * loaded as a list: two orders to an (unlisted, written) consignee at the Solo Workshops shell
 * office are imported through the page and alert; one to a Swiss end user does not. The two
 * alerts form one group; its flags carry citations; a case is opened from the group, annotated,
 * given evidence, assigned and closed with a decision, and the queue shows the alerts in the case.
 * Needs the built UI and Debian's Chromium.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { cliPrincipal, importListFiles } from '@dualuse/app';
import { startTestServer, type TestServer } from '@dualuse/server/testing';
import { findTenantBySlug } from '@dualuse/store';
import type { Browser } from 'playwright-core';
import { sharedData } from '../../../test/support/shared';
import { apiCall, countUntil, launchBrowser, openPage, RESULTS, signInAt, textUntil } from './support';

const solo = 'Rm 617, 6th Floor, 131-132 Connaught Rd West, Solo Workshops, Hong Kong';
const csv = [
  'id,date,destination,exporter_name,exporter_country,consignee_name,consignee_country,consignee_address,hs_code,quantity',
  `PO-1,2025-05-02,HK,Muster Elektronik GmbH,DE,Bright Star Components Ltd,HK,"${solo}",854231,5000`,
  `PO-2,2025-06-11,HK,Muster Elektronik GmbH,DE,Bright Star Components Ltd,HK,"${solo}",854232,800`,
  'PO-3,2025-06-12,CH,Muster Elektronik GmbH,DE,Präzisionswerk Bern AG,CH,"Bahnhofstrasse 12, 3011 Bern, Switzerland",847989,2',
].join('\n');

let server: TestServer;
let browser: Browser;

before(async () => {
  server = await startTestServer({ env: { DUALUSE_LIST_MAX_AGE_DAYS: '0' } });
  const tenant = await findTenantBySlug(server.app.db.orm, 'operator');
  await importListFiles(server.app, cliPrincipal({ id: tenant!.id, isOperator: true }), [
    {
      name: 'entities.ftm.jsonl',
      bytes: new Uint8Array(readFileSync(sharedData('graph', 'ofac-russia-network-sample', 'entities.ftm.jsonl'))),
    },
  ]);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('import → grouped alert queue with cited flags → case: note, evidence, assign, close with a decision', async () => {
  const { page, problems } = await openPage(browser);
  await signInAt(page, server.url, server.adminKey, '/diversion');
  await page.getByRole('navigation', { name: 'Diversion' }).getByRole('link', { name: 'Alert queue' }).click();
  await page.getByRole('heading', { name: 'Alert queue' }).waitFor();
  await page.getByText('No alert matches these filters.').waitFor();

  await page
    .getByLabel('File (CSV or JSON lines)')
    .setInputFiles({ name: 'orders.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Import and score' }).click();
  // Scoring resolves each counterparty against the loaded network: under load it outlasts the 30 s default.
  await page.getByText('orders.csv: 3 shipments imported, 2 alerts raised.').waitFor({ timeout: 120_000 });

  // One group for the two orders to the same resolved counterparty.
  const groups = page.getByRole('table', { name: 'Alert groups' }).getByTestId('alert-group');
  await groups.first().waitFor();
  assert.equal(await groups.count(), 1);
  const group = groups.first();
  assert.match(await group.innerText(), /Bright Star Components Ltd[\s\S]*\b2\b/);
  assert.match(await page.getByTestId('queue-summary').innerText(), /^2 alerts in 1 group$/);

  // Column choice: hiding Flags takes it out of the header and the row; showing it brings it back.
  const alertTable = page.getByRole('table', { name: 'Alert groups' });
  const flagsHeader = alertTable.locator('thead th', { hasText: 'Flags' });
  const cells = await group.locator('td').count();
  await page.locator('summary', { hasText: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Flags' }).uncheck();
  assert.equal(await countUntil(flagsHeader, 0), 0);
  assert.equal(await countUntil(group.locator('td'), cells - 1), cells - 1);
  await page.getByRole('checkbox', { name: 'Flags' }).check();
  assert.equal(await countUntil(flagsHeader, 1), 1);
  await page.locator('summary', { hasText: 'Columns' }).click();

  // Severity filter, against what the API says the alerts are.
  const api = await apiCall<{ alerts: { severity: string }[] }>(server, { path: '/diversion/alerts?status=open' });
  const severities = new Set(api.alerts.map((a) => a.severity));
  const absent = ['high', 'medium', 'low'].find((s) => !severities.has(s))!;
  await page.getByLabel('Severity').selectOption(absent);
  await page.getByText('No alert matches these filters.').waitFor();
  await page.getByLabel('Severity').selectOption([...severities][0]!);
  await groups.first().waitFor();
  await page.getByLabel('Severity').selectOption('');

  // Details: each alert with its flags, each flag with its reason and citation.
  await group.getByRole('button', { name: 'Details' }).click();
  const details = page.getByTestId('alert-detail');
  assert.equal(await countUntil(details, 2), 2);
  const flags = page.getByTestId('alert-flag');
  assert.ok((await flags.count()) >= 2);
  for (const f of await flags.all())
    assert.ok((await f.locator('.cell-sub').innerText()).trim().length > 5, 'every flag cites its source');
  for (const f of await flags.all())
    assert.match(await f.locator('strong').innerText(), /^[A-Z][^_]+$/, 'a flag reads by its title, not its tag');
  assert.match(await details.first().innerText(), /PO-[12][\s\S]*address/i);
  await page.screenshot({ path: `${RESULTS}diversion-alerts.png`, fullPage: true });

  // Open a case from the group.
  await group.getByRole('button', { name: 'Open case' }).click();
  await page.waitForURL(/\/diversion\/cases\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { name: /Bright Star Components Ltd.*2 alerts/ }).waitFor();
  assert.equal(await page.getByTestId('case-alert').count(), 2);
  // The counterparty reads as the alerts name it, not as its resolved key ("words|country").
  assert.equal(await page.getByTestId('case-counterparty').innerText(), 'Bright Star Components Ltd (HK)');
  assert.ok((await page.getByTestId('case-alert').getByTestId('alert-flag').count()) >= 2);

  await page
    .getByLabel('Note', { exact: true })
    .fill('Registry shows incorporation in 2022; serviced office shared with three OFAC-listed shells.');
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.getByTestId('case-event').filter({ hasText: 'serviced office shared' }).waitFor();
  await page.getByLabel('Evidence', { exact: true }).fill('Hong Kong Companies Registry extract');
  await page.getByLabel('Evidence link').fill('https://www.icris.cr.gov.hk/');
  await page.getByLabel('Evidence reference').fill('CR-2687207');
  await page.getByRole('button', { name: 'Add evidence' }).click();
  await page.getByTestId('case-event').filter({ hasText: 'Hong Kong Companies Registry extract' }).waitFor();
  const me = await apiCall<{ user: { email: string } | null }>(server, { path: '/me' }).catch(() => ({ user: null }));
  const users = await apiCall<{ users: { email: string }[] }>(server, { path: '/users' });
  const who = me.user?.email ?? users.users[0]!.email;
  await page.getByLabel('Assign to (e-mail or user id)').fill(who);
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  await page.getByTestId('case-assignee').getByText(who).waitFor();

  // A bad assignee is named.
  await page.getByLabel('Assign to (e-mail or user id)').fill('nobody@example.org');
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  await page.getByText('no active user "nobody@example.org" in this tenant').waitFor();

  await page.getByLabel('Decision').selectOption('declined');
  await page
    .getByLabel('Reason')
    .fill('Consignee shares its registered office with listed parties; order declined under Art. 12g due diligence.');
  await page.getByRole('button', { name: 'Close with decision' }).click();
  await page.getByTestId('case-decision').getByText('declined').waitFor();
  const history = await page.getByRole('list', { name: 'Case history' }).innerText();
  assert.match(
    history,
    /opened with PO-[12], PO-[12][\s\S]*note:[\s\S]*evidence: Hong Kong Companies Registry extract — https:\/\/www\.icris\.cr\.gov\.hk\/ \[CR-2687207\][\s\S]*assigned to[\s\S]*closed: declined/,
  );
  assert.equal(await page.getByRole('button', { name: 'Add note' }).count(), 0, 'a closed case takes no more events');
  await page.screenshot({ path: `${RESULTS}diversion-case.png`, fullPage: true });

  // Back in the queue: nothing open; the alerts are closed with the case.
  await page.getByRole('link', { name: '← Alert queue' }).click();
  await page.getByText('No alert matches these filters.').waitFor();
  await page.getByLabel('Status').selectOption('');
  await groups.first().waitFor();
  assert.match(await groups.first().innerText(), /case [0-9a-f]{8}/);
  // The cases list cached when the case was opened (open, undecided) is shown until its refetch arrives.
  assert.match(
    await textUntil(page.getByRole('table', { name: 'Cases' }), /closed[\s\S]*declined/),
    /Bright Star Components Ltd[\s\S]*closed[\s\S]*declined/,
  );

  // Two more orders to the same party later: a case for one alert alone.
  const more = [
    csv.split('\n')[0],
    csv.split('\n')[1]!.replace('PO-1,2025-05-02', 'PO-4,2025-09-01'),
    csv.split('\n')[2]!.replace('PO-2,2025-06-11', 'PO-5,2025-09-20'),
  ].join('\n');
  await page
    .getByLabel('File (CSV or JSON lines)')
    .setInputFiles({ name: 'orders-2.csv', mimeType: 'text/csv', buffer: Buffer.from(more) });
  await page.getByRole('button', { name: 'Import and score' }).click();
  await page.getByText('orders-2.csv: 2 shipments imported, 2 alerts raised.').waitFor({ timeout: 120_000 });
  await page.getByLabel('Status').selectOption('open');
  await groups.first().getByRole('button', { name: 'Details' }).click();
  await page.getByRole('button', { name: 'Open case for PO-4 only' }).click();
  await page.waitForURL(/\/diversion\/cases\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { name: /Bright Star Components Ltd.*1 alert$/ }).waitFor();
  assert.deepEqual(await page.getByTestId('case-alert').locator('strong.mono').allInnerTexts(), ['PO-4']);
  await page.getByRole('link', { name: '← Alert queue' }).click();
  await groups.first().waitFor();
  // Back on the queue, the cached answer is shown until the refetch the case's opening asked for arrives.
  const summary = await textUntil(page.getByTestId('queue-summary'), /^1 alert in 1 group$/);
  assert.match(summary, /^1 alert in 1 group$/, 'PO-5 is still open, PO-4 is in its case');
  assert.deepEqual(
    problems.filter((p) => !/status of 400/.test(p)),
    [],
  );
});
