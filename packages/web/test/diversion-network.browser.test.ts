/// <reference lib="dom" />
/**
 * The network view in a real browser: the real OFAC Russia network slice (shared/data/graph)
 * plus a written, unlisted front company at the Solo Workshops shell office (ADDR-003 in
 * SOURCE.md) with a director and a 60 % owner. Centred on the front: the three listed shells by
 * shared address, owner and director by their records, the reason on every edge, listed parties
 * marked; a click on a shell re-centres; Back returns. Needs the built UI and Debian's Chromium.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '@dualuse/server/testing';
import type { Browser } from 'playwright-core';
import { sharedData } from '../../../test/support/shared';
import { launchBrowser, openPage, RESULTS, signInAt } from './support';

const written = [
  {
    id: 'w-bright-star',
    schema: 'Company',
    properties: {
      name: ['Bright Star Components Ltd'],
      address: ['Rm 617, 6th Floor, 131-132 Connaught Rd West, Solo Workshops, Hong Kong'],
      country: ['hk'],
    },
  },
  { id: 'w-chan', schema: 'Person', properties: { name: ['Chan Tai Man'] } },
  { id: 'w-orion', schema: 'Company', properties: { name: ['Orion Components Trading FZE'], country: ['ae'] } },
  {
    id: 'w-dir',
    schema: 'Directorship',
    properties: { director: ['w-chan'], organization: ['w-bright-star'], role: ['director'] },
  },
  {
    id: 'w-own',
    schema: 'Ownership',
    properties: { owner: ['w-orion'], asset: ['w-bright-star'], percentage: ['60'] },
  },
];
const world = `${readFileSync(sharedData('graph', 'ofac-russia-network-sample', 'entities.ftm.jsonl'), 'utf8').trimEnd()}\n${written.map((r) => JSON.stringify(r)).join('\n')}\n`;

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

test('a front company at a shell office: its neighbourhood with a reason on every edge, listed parties marked, click to re-centre', async () => {
  const { page, problems } = await openPage(browser);
  await signInAt(page, server.url, server.adminKey, '/diversion');
  await page.getByRole('navigation', { name: 'Diversion' }).getByRole('link', { name: 'Network' }).click();
  await page.getByRole('heading', { name: 'Party network' }).waitFor();
  await page.getByLabel('Source').selectOption('file');
  await page
    .getByLabel('FollowTheMoney file (JSON lines)')
    .setInputFiles({ name: 'entities.ftm.jsonl', mimeType: 'application/json', buffer: Buffer.from(world) });
  await page.getByLabel('Party (id or name)').fill('Bright Star Components Ltd');
  await page.getByLabel('Hops').selectOption('1');
  await page.getByRole('button', { name: 'Show neighbourhood' }).click();

  const view = page.getByTestId('network-view');
  await view.getByRole('heading', { name: /Neighbourhood of Bright Star Components Ltd\s*not listed/ }).waitFor();
  const graph = view.getByTestId('network-graph');
  const nodes = graph.getByTestId('network-node');
  assert.equal(await nodes.count(), 6);
  const listedNames = await graph.locator('[data-testid="network-node"][data-listed="true"] title').allTextContents();
  assert.deepEqual(listedNames.map((t) => t.split(' [')[0]).sort(), [
    'ALPHA TRADING INVESTMENTS LIMITED',
    'TORDAN INDUSTRY LIMITED',
    'WARGOS INDUSTRY LIMITED',
  ]);
  assert.equal(await graph.locator('[data-testid="network-node"][data-listed="false"]').count(), 3);

  // Every edge is drawn with a label and carries its full reason.
  const edges = graph.getByTestId('network-edge');
  const n = await edges.count();
  assert.ok(n >= 8, `front–3 shells, shells among themselves, owner, director: ${n}`);
  for (let i = 0; i < n; i++) {
    const e = edges.nth(i);
    assert.ok((await e.locator('text').textContent())!.trim().length > 0, 'every edge is labelled');
    assert.ok((await e.locator('title').textContent())!.trim().length > 10, 'every edge explains itself');
  }
  const labels = await edges.locator('text').allTextContents();
  assert.ok(
    labels.includes('shareholder 60 %') &&
      labels.includes('director') &&
      labels.filter((l) => l === 'shared address').length >= 3,
    labels.join(', '),
  );
  const links = await view.getByRole('table', { name: 'Links' }).innerText();
  assert.match(links, /Orion Components Trading FZE owns 60 % of Bright Star Components Ltd/);
  assert.match(links, /Chan Tai Man is director of Bright Star Components Ltd/);
  assert.match(
    await view.getByTestId('network-path').innerText(),
    /Bright Star Components Ltd → (TORDAN|WARGOS|ALPHA)[^:]*: same address/,
  );
  await page.screenshot({ path: `${RESULTS}diversion-network.png`, fullPage: true });

  // Re-centre on a listed shell by clicking it; then Back.
  await graph.getByRole('button', { name: /^TORDAN INDUSTRY LIMITED \(listed\)/ }).click();
  await view.getByRole('heading', { name: /Neighbourhood of TORDAN INDUSTRY LIMITED\s*listed/ }).waitFor();
  assert.equal(await page.getByLabel('Party (id or name)').inputValue(), 'TORDAN INDUSTRY LIMITED');
  assert.ok((await graph.getByRole('button', { name: /Bright Star Components Ltd — re-centre here/ }).count()) === 1);
  await view.getByRole('button', { name: 'Back' }).click();
  await view.getByRole('heading', { name: /Neighbourhood of Bright Star Components Ltd/ }).waitFor();

  // Two hops from the director and a wider screenshot for the layout check.
  await page.getByLabel('Party (id or name)').fill('Chan Tai Man');
  await page.getByLabel('Hops').selectOption('2');
  await page.getByRole('button', { name: 'Show neighbourhood' }).click();
  await view.getByRole('heading', { name: /Neighbourhood of Chan Tai Man/ }).waitFor();
  assert.ok((await nodes.count()) >= 5);
  // Radial layout: every node inside the drawing, the shells (2 hops) on the side of the front (1 hop) that links them.
  const at = async (name: RegExp) =>
    (await graph.getByRole('button', { name }).getAttribute('transform'))!
      .match(/translate\(([\d.]+) ([\d.]+)\)/)!
      .slice(1)
      .map(Number) as [number, number];
  const [, frontY] = await at(/^Bright Star Components Ltd/);
  const [, centreY] = await at(/^Chan Tai Man/);
  for (const shell of [/^TORDAN/, /^WARGOS/, /^ALPHA/]) {
    const [x, y] = await at(shell);
    assert.ok(x > 0 && x < 1000 && y > 0 && y < 680, `${shell} inside the drawing`);
    assert.ok(
      Math.sign(y - centreY) === Math.sign(frontY - centreY) || Math.abs(y - centreY) < 1,
      `${shell} on the front's side`,
    );
  }
  await page.screenshot({ path: `${RESULTS}diversion-network-2hops.png`, fullPage: true });

  // An unknown party: a 404 that says so.
  await page.getByLabel('Party (id or name)').fill('No Such Party GmbH');
  await page.getByRole('button', { name: 'Show neighbourhood' }).click();
  await page
    .getByRole('alert')
    .getByText(/no party with id or name "No Such Party GmbH"/)
    .waitFor();
  assert.deepEqual(
    problems.filter((p) => !/status of 404/.test(p)),
    [],
  );
});

test("the same world imported as the tenant's companies: GET /diversion/network/{party} drawn with a reason on every edge", async () => {
  const { page, problems } = await openPage(browser);
  await signInAt(page, server.url, server.adminKey, '/diversion/network');
  await page.getByLabel('Source').selectOption('records');
  await page
    .getByLabel('Import companies (CSV, JSON lines or FollowTheMoney)')
    .setInputFiles({ name: 'entities.ftm.jsonl', mimeType: 'application/json', buffer: Buffer.from(world) });
  await page
    .getByText(/entities\.ftm\.jsonl: \d+ companies and people, \d+ links, \d+ listed — stored for this tenant\./)
    .waitFor();
  await page.getByLabel('Party (id or name)').fill('w-bright-star');
  // Stored clusters link each member to the cluster's first (a star): two hops reach all three shells.
  await page.getByLabel('Hops').selectOption('2');
  await page.getByRole('button', { name: 'Show neighbourhood' }).click();
  const view = page.getByTestId('network-view');
  await view.getByRole('heading', { name: /Neighbourhood of Bright Star Components Ltd\s*not listed/ }).waitFor();
  const graph = view.getByTestId('network-graph');
  const labels = await graph.getByTestId('network-edge').locator('text').allTextContents();
  assert.ok(
    labels.includes('shareholder 60 %') &&
      labels.includes('director') &&
      labels.filter((l) => l === 'shared address').length >= 3,
    labels.join(', '),
  );
  const listed = await graph.locator('[data-testid="network-node"][data-listed="true"] title').allTextContents();
  assert.deepEqual(listed.map((t) => t.split(' [')[0]).sort(), [
    'ALPHA TRADING INVESTMENTS LIMITED',
    'TORDAN INDUSTRY LIMITED',
    'WARGOS INDUSTRY LIMITED',
  ]);
  assert.match(
    await view.getByRole('table', { name: 'Links' }).innerText(),
    /Orion Components Trading FZE holds 60 % of Bright Star Components Ltd/,
  );
  // Re-centre by click works on the stored records too.
  await graph.getByRole('button', { name: /^WARGOS INDUSTRY LIMITED \(listed\)/ }).click();
  await view.getByRole('heading', { name: /Neighbourhood of WARGOS INDUSTRY LIMITED\s*listed/ }).waitFor();
  assert.equal(await page.getByLabel('Party (id or name)').inputValue(), 'ofac-46743');
  await page.screenshot({ path: `${RESULTS}diversion-network-records.png`, fullPage: true });
  assert.deepEqual(problems, []);
});
