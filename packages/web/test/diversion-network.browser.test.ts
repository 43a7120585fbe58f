/// <reference lib="dom" />
/**
 * The network view in a real browser: the real OFAC Russia network slice (shared/data/graph)
 * plus a written, unlisted front company at the Solo Workshops shell office (ADDR-003 in
 * SOURCE.md) with a director and a 60 % owner. Centred on the front: the three listed shells by
 * shared address, owner and director by their records, the reason on every edge, listed parties
 * marked; edges filtered by basis; a click on a shell adds its links, its details re-centre; Back
 * returns. What the Cytoscape canvas drew is read from the instance on its container. Needs the
 * built UI and Debian's Chromium.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '@dualuse/server/testing';
import type { Browser, Locator } from 'playwright-core';
import { sharedData } from '../../../test/support/shared';
import { apiCall, launchBrowser, openPage, readUntil, RESULTS, signInAt } from './support';

const written = [
  {
    id: 'w-bright-star',
    schema: 'Company',
    properties: {
      name: ['Bright Star Components Ltd'],
      address: ['Rm 617, 6th Floor, 131-132 Connaught Rd West, Solo Workshops, Hong Kong'],
      country: ['hk'],
      // What the company file declares it does: shown in words on the records network (FtM `sector`).
      sector: ['Wholesale of electronic components (NACE 46.52)'],
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

interface Drawn {
  layout: string | null;
  expected: number;
  width: number;
  height: number;
  nodes: { id: string; label: string; listed: boolean; x: number; y: number }[];
  edges: { label: string; basis: string; visible: boolean }[];
}

/**
 * A filter's edges are shown or hidden on the graph's next render, not when the checkbox click returns: read the
 * drawing until `visible` edges are shown (the caller asserts on what it shows then).
 */
const settled = (graph: Locator, visible: number): Promise<Drawn> =>
  readUntil(
    () => drawn(graph),
    (d) => d.edges.filter((e) => e.visible).length === visible,
  );

/**
 * The drawing of a new neighbourhood once it is placed: the page renders its tables first, and Cytoscape takes the
 * new parties and lays them out in an effect after that render (data-layout is set once the layout has placed them,
 * data-nodes as the page renders). A node labelled `centre` tells this drawing from the previous one.
 */
const placed = (graph: Locator, centre: string): Promise<Drawn> =>
  readUntil(
    () => drawn(graph),
    (d) => d.layout !== null && d.nodes.length === d.expected && d.nodes.some((n) => n.label.startsWith(centre)),
  );

/** What the canvas shows: Cytoscape keeps its instance on the container (`_cyreg`). */
async function drawn(graph: Locator): Promise<Drawn> {
  return graph.evaluate((el) => {
    type El = { id(): string; data(k: string): string; hasClass(c: string): boolean; visible(): boolean };
    type Cy = {
      nodes(): (El & { renderedPosition(): { x: number; y: number } })[];
      edges(): El[];
    };
    const cy = (el as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
    return {
      layout: el.getAttribute('data-layout'),
      expected: Number(el.getAttribute('data-nodes')),
      width: el.clientWidth,
      height: el.clientHeight,
      nodes: cy.nodes().map((n) => ({
        id: n.id(),
        label: n.data('label'),
        listed: n.hasClass('listed'),
        ...n.renderedPosition(),
      })),
      edges: cy.edges().map((e) => ({ label: e.data('label'), basis: e.data('basis'), visible: e.visible() })),
    };
  });
}

const inside = (d: Drawn) => d.nodes.every((n) => n.x > 0 && n.x < d.width && n.y > 0 && n.y < d.height);

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
  const d = await placed(graph, 'Bright Star Components Ltd');
  assert.equal(d.nodes.length, 6);
  assert.ok(inside(d), 'every party inside the drawing');
  assert.deepEqual(
    d.nodes
      .filter((n) => n.listed)
      .map((n) => n.label)
      .sort(),
    ['ALPHA TRADING INVESTMENTS LIM… ⚑', 'TORDAN INDUSTRY LIMITED ⚑', 'WARGOS INDUSTRY LIMITED ⚑'],
  );
  assert.equal(await view.locator('[data-testid="network-node"][data-listed="true"]').count(), 3);
  assert.equal(await view.locator('[data-testid="network-node"][data-listed="false"]').count(), 3);

  // Every edge is drawn with a label; the reason is one click away and in the Links table.
  assert.ok(d.edges.length >= 8, `front–3 shells, shells among themselves, owner, director: ${d.edges.length}`);
  assert.ok(
    d.edges.every((e) => e.label.trim().length > 0),
    'every edge is labelled',
  );
  const labels = d.edges.map((e) => e.label);
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

  // Filter by basis: without shared addresses only the owner and director links stay drawn.
  const shared = d.edges.filter((e) => e.basis === 'shared address').length;
  await view.getByRole('checkbox', { name: /shared address/ }).uncheck();
  const filtered = await settled(graph, d.edges.length - shared);
  assert.equal(filtered.edges.filter((e) => e.visible).length, d.edges.length - shared);
  assert.ok(filtered.edges.filter((e) => e.visible).every((e) => e.basis !== 'shared address'));
  await view.getByRole('checkbox', { name: /shared address/ }).check();
  assert.equal((await settled(graph, d.edges.length)).edges.filter((e) => e.visible).length, d.edges.length);

  // Another layout keeps everyone in view.
  await view.getByLabel('Layout').selectOption({ label: 'Force-directed' });
  await view.locator('[data-testid="network-graph"][data-layout="cose"]').waitFor({ state: 'attached' });
  assert.ok(inside(await drawn(graph)), 'force-directed: every party inside the drawing');

  // Expand on click: a click on TORDAN on the canvas adds its own neighbourhood (as the API gives it).
  const tordan = (await drawn(graph)).nodes.find((n) => n.label.startsWith('TORDAN'))!;
  const own = await apiCall<{ nodes: { name: string }[] }>(server, {
    method: 'POST',
    path: '/diversion/network',
    body: {
      file: { name: 'entities.ftm.jsonl', contentBase64: Buffer.from(world).toString('base64') },
      party: 'TORDAN INDUSTRY LIMITED',
      hops: 1,
    },
  });
  // A tap on the node through Cytoscape itself: a mouse click at its drawn position missed under load (the page's
  // sticky header or a late redraw can sit over that point), and the tap is what the page listens to.
  await graph.evaluate((el, id) => {
    const cy = (el as unknown as { _cyreg: { cy: { $id(i: string): { emit(e: string): void } } } })._cyreg.cy;
    cy.$id(id).emit('tap');
  }, tordan.id);
  await view
    .getByTestId('network-picked')
    .getByText(/TORDAN INDUSTRY LIMITED · organization · listed/)
    .waitFor();
  // The tap shows the party's details at once; its own neighbourhood is fetched, listed and drawn after that.
  const listed = view.getByTestId('network-node').locator('td:first-child');
  const names = new Set(
    await readUntil(
      () => listed.allTextContents(),
      (shown) => own.nodes.every((n) => shown.some((x) => x.startsWith(n.name))),
    ),
  );
  for (const n of own.nodes)
    assert.ok(
      [...names].some((x) => x.startsWith(n.name)),
      `${n.name} drawn after expand`,
    );
  assert.equal((await placed(graph, 'TORDAN')).nodes.length, names.size);

  // Re-centre from the party's details; then Back.
  await view.getByRole('button', { name: 'Re-centre here' }).click();
  await view.getByRole('heading', { name: /Neighbourhood of TORDAN INDUSTRY LIMITED\s*listed/ }).waitFor();
  assert.equal(await page.getByLabel('Party (id or name)').inputValue(), 'TORDAN INDUSTRY LIMITED');
  assert.equal(
    await view.getByRole('button', { name: 'Re-centre on Bright Star Components Ltd', includeHidden: true }).count(),
    1,
  );
  await view.getByRole('button', { name: 'Back' }).click();
  await view.getByRole('heading', { name: /Neighbourhood of Bright Star Components Ltd/ }).waitFor();

  // Two hops from the director and a wider screenshot for the layout check.
  await page.getByLabel('Party (id or name)').fill('Chan Tai Man');
  await page.getByLabel('Hops').selectOption('2');
  await page.getByRole('button', { name: 'Show neighbourhood' }).click();
  await view.getByRole('heading', { name: /Neighbourhood of Chan Tai Man/ }).waitFor();
  const two = await placed(graph, 'Chan Tai Man');
  assert.ok(two.nodes.length >= 5 && inside(two), `${two.nodes.length} parties, all inside the drawing`);
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
  // The company's declared activity, in words, with the business profile it is read as (labelled as ours).
  assert.match(
    await view.getByTestId('company-activities').innerText(),
    /Wholesale of electronic components \(NACE 46\.52\) — read as: electronics, computers, telecommunications, research and instruments \(our business profile\)/,
  );
  const graph = view.getByTestId('network-graph');
  const d = await placed(graph, 'Bright Star Components Ltd');
  const labels = d.edges.map((e) => e.label);
  assert.ok(
    labels.includes('shareholder 60 %') &&
      labels.includes('director') &&
      labels.filter((l) => l === 'shared address').length >= 3,
    labels.join(', '),
  );
  assert.deepEqual(
    d.nodes
      .filter((n) => n.listed)
      .map((n) => n.label)
      .sort(),
    ['ALPHA TRADING INVESTMENTS LIM… ⚑', 'TORDAN INDUSTRY LIMITED ⚑', 'WARGOS INDUSTRY LIMITED ⚑'],
  );
  assert.match(
    await view.getByRole('table', { name: 'Links' }).innerText(),
    /Orion Components Trading FZE holds 60 % of Bright Star Components Ltd/,
  );
  // Re-centre works on the stored records too.
  await view.getByText(/^Parties in the drawing/).click();
  const parties = view.getByRole('table', { name: 'Parties in the drawing' });
  await parties.getByRole('columnheader', { name: 'Declared activity' }).waitFor();
  assert.match(
    await parties.getByTestId('network-node').filter({ hasText: 'Orion Components Trading FZE' }).innerText(),
    /none declared/,
  );
  await view.getByRole('button', { name: 'Re-centre on WARGOS INDUSTRY LIMITED' }).click();
  await view.getByRole('heading', { name: /Neighbourhood of WARGOS INDUSTRY LIMITED\s*listed/ }).waitFor();
  assert.equal(await page.getByLabel('Party (id or name)').inputValue(), 'ofac-46743');
  await page.screenshot({ path: `${RESULTS}diversion-network-records.png`, fullPage: true });
  assert.deepEqual(problems, []);
});
