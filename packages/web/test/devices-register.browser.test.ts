/**
 * Registering a device from the Devices page: an officer-level user fills in a server's serial, model, ECCN, licence,
 * the Ed25519 key its agent generated and the licensed site; the device joins the table and the page gives the agency
 * key to provision. A malformed key is named on its field and nothing is registered.
 */
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '@dualuse/server/testing';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, RESULTS, signInAt } from './support';

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

/** The raw Ed25519 public key as base64url, as the device agent prints it. */
const devicePublicKey = (): string => generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }).x!;

test('a device is registered from the page and listed; a bad key is refused on its field', async () => {
  const { page, problems } = await openPage(browser);
  await signInAt(page, server.url, server.adminKey, '/devices');
  const panel = page.getByTestId('register-device');
  await panel.locator('summary').click();
  const form = page.getByRole('form', { name: 'Register a device' });
  const fill = async (label: string, value: string) => form.getByLabel(label, { exact: true }).fill(value);
  await fill('Serial number', 'HGX-7731-0042');
  await fill('Model', 'HGX 8-GPU baseboard server');
  await fill('ECCN', '4A090.a');
  await fill('Licence reference', 'D1234567');
  await fill('Device public key', 'not-a-key');
  await fill('Site latitude', '50.1109');
  await fill('Site longitude', '8.6821');
  await fill('Site country', 'DE');
  await fill('Proscribed countries', 'RU, BY');
  await form.getByRole('button', { name: 'Register device' }).click();
  await form
    .getByText(/publicKey|base64url|43/)
    .first()
    .waitFor();
  assert.equal(await page.getByRole('table', { name: 'Devices' }).getByText('HGX-7731-0042').count(), 0);

  await fill('Device public key', devicePublicKey());
  await form.getByRole('button', { name: 'Register device' }).click();
  const done = page.getByTestId('registered');
  await done.waitFor();
  assert.match(
    (await done.textContent()) ?? '',
    /^Registered HGX-7731-0042 \(HGX 8-GPU baseboard server\)\. Provision the device with the agency key [A-Za-z0-9_-]{43} /,
  );
  const row = page.getByRole('table', { name: 'Devices' }).locator('tr').filter({ hasText: 'HGX-7731-0042' });
  await row.waitFor();
  assert.match(await row.innerText(), /4A090\.a[\s\S]*50\.111, 8\.682 ±25 km \(DE\)[\s\S]*enabled/);
  await page.screenshot({ path: `${RESULTS}devices-register.png`, fullPage: true });
  assert.deepEqual(
    problems.filter((p) => !/status of 400/.test(p)),
    [],
  );
});
