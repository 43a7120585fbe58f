/**
 * The devices page in a real browser, over a fleet the simulator ran through the real
 * services: the SVG map renders from the border data with sites and latency discs, a
 * device's timeline shows the Moscow decision, and the alert queue lists it. Needs the built
 * UI and Debian's Chromium at /usr/bin/chromium.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cliPrincipal, issue7Scenario, simulate } from '@dualuse/app';
import { startTestServer, type TestServer } from '@dualuse/server/testing';
import { launchBrowser, RESULTS } from './support';
import { type Browser, type Locator } from 'playwright-core';

let server: TestServer;
let browser: Browser;

before(async () => {
  server = await startTestServer();
  const tenant = (await server.app.db.orm.query.tenants.findFirst())!;
  await simulate(server.app, cliPrincipal({ id: tenant.id, isOperator: true }), issue7Scenario(2));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the devices map renders borders, sites and feasible regions; timeline and alerts follow', async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  try {
    await page.goto(`${server.url}/login?next=${encodeURIComponent('/devices')}`);
    const form = page.locator('form').filter({ has: page.getByLabel('API key') });
    await form.getByLabel('API key').fill(server.adminKey);
    await form.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(`${server.url}/devices`);
    await page.getByRole('heading', { level: 1, name: 'Devices' }).waitFor();

    const map = page.getByTestId('devices-map');
    await map.locator('[data-testid=country]').nth(100).waitFor({ state: 'attached' });
    assert.ok((await map.locator('[data-testid=country]').count()) > 200, 'country polygons drawn');
    assert.equal(await map.locator('[data-testid=site]').count(), 7, 'one licensed site per simulated device');

    await page
      .getByRole('table', { name: 'Devices' })
      .getByRole('button', { name: /^KL-IN-MOSCOW/ })
      .click();
    const timeline = page.getByRole('table', { name: 'Device timeline' });
    await timeline.locator('tbody tr').first().waitFor();
    assert.match((await timeline.locator('tbody tr').first().textContent()) ?? '', /in a proscribed country/);
    assert.doesNotMatch((await timeline.locator('tbody tr').first().textContent()) ?? '', /in-proscribed-country/);
    assert.equal(await map.locator('[data-testid=disc]').count(), 5, 'one latency disc per landmark');
    // The licensed site (Kuala Lumpur) lies in the right country of the drawn shapes, named on hover and on the map.
    const moscow = map.locator('[data-testid=site][data-serial^="KL-IN-MOSCOW"]');
    assert.equal(await moscow.getAttribute('data-country'), 'Malaysia');
    assert.match((await moscow.locator('title').textContent()) ?? '', /in Malaysia — in a proscribed country/);
    assert.match((await moscow.locator('text').textContent()) ?? '', /KL-IN-MOSCOW.* · Malaysia/);
    assert.equal(await map.locator('[data-testid=country][data-name="Singapore"] title').textContent(), 'Singapore');
    const legend = (await page.getByTestId('map-legend').textContent()) ?? '';
    for (const key of ['in a proscribed country', 'left the site', 'consistent with the licensed site'])
      assert.ok(legend.includes(key), `legend: ${key}`);

    const alerts = page.getByTestId('device-alerts');
    await alerts.waitFor();
    assert.match((await alerts.textContent()) ?? '', /proscribed country KL-IN-MOSCOW/);
    // Alerts read in words (issue 19): no raw device id or nonce on show; they sit behind "details".
    const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-/;
    const replayed = alerts.locator('li', { hasText: 'KL-REPLAY' }).filter({ hasText: 'replay' }).first();
    assert.match(await replayed.innerText(), /answered again \(a replay\)/);
    assert.doesNotMatch(await alerts.innerText(), uuid);
    await replayed.locator('summary').click();
    assert.match(
      await replayed.locator('.alert-details').innerText(),
      /device [0-9a-f-]{36}[\s\S]*nonce \S+ \(landmark \S+\) was already used/,
    );
    // Each block of the page stands apart under its own heading, none flush against the table above it.
    const headings = await page.locator('main h2').allInnerTexts();
    assert.deepEqual(
      headings.map((h) => h.replace(/KL-\S+/, 'KL')),
      ['Registered devices', 'Timeline of KL', 'Commands awaiting approval', 'Open alerts'],
    );
    const box = async (locator: Locator) => (await locator.boundingBox())!;
    const table = await box(page.getByRole('table', { name: 'Devices' }));
    const register = await box(page.getByTestId('register-device'));
    const queue = await box(page.getByRole('heading', { level: 2, name: 'Commands awaiting approval' }));
    const timelineBox = await box(page.getByRole('table', { name: 'Device timeline' }));
    assert.ok(register.y - (table.y + table.height) >= 12, 'space between the devices table and the register panel');
    assert.ok(queue.y - (timelineBox.y + timelineBox.height) >= 20, 'space above "Commands awaiting approval"');
    await page.screenshot({ path: `${RESULTS}devices-page.png`, fullPage: true });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
