/// <reference lib="dom" />
/**
 * Coalition settings in a real browser: DE's admin founds a coalition (members, what is shared, what is withheld);
 * FR's admin accepts the invitation; DE edits it (name, shares, redactions, consultation period), invites NL and
 * removes it again. What each admin reads on the page is checked, and the shared record FR receives follows the
 * redactions. Needs the built UI and Debian's Chromium.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '@dualuse/server/testing';
import type { Browser, Page } from 'playwright-core';
import { castOf, signedIn, type Cast } from './coalition-support';
import { apiCall, launchBrowser } from './support';

let server: TestServer;
let browser: Browser;
let cast: Cast;
const problems: string[][] = [];
const as = (who: string, path: string): Promise<Page> =>
  signedIn(browser, server, { apiKey: cast.key[who]!, path, problems });

before(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  cast = await castOf(server, ['de', 'fr', 'nl']);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const membersOf = async (page: Page, coalition: string) =>
  (
    await page
      .getByRole('region', { name: `Coalition ${coalition}` })
      .getByRole('list', { name: 'Members', exact: true })
      .innerText()
  )
    .split('\n')
    .sort();

test('found a coalition, accept it, edit what is shared and withheld, invite and remove a member', async () => {
  let page = await as('de', '/coalition/settings');
  try {
    assert.equal(await page.getByTestId('this-agency').innerText(), 'BAFA (DE)');
    const found = page.getByRole('form', { name: 'Found a coalition' });
    await found.getByLabel('Name').fill('EU Art. 16');
    await found.getByLabel('SBDU (FR)').check();
    await found.getByLabel('Addresses').check();
    await found.getByRole('button', { name: 'Found the coalition' }).click();
    const card = page.getByRole('region', { name: 'Coalition EU Art. 16' });
    assert.match(
      await card.locator('p').first().innerText(),
      /Founded by BAFA \(DE\)\. Shares: Denials, Undercut notices\. Withheld when shared: Addresses\. Consultation period: 30 days\./,
    );
    assert.deepEqual(await membersOf(page, 'EU Art. 16'), [
      'BAFA (DE) — member',
      'SBDU (FR) — invited, not yet accepted',
    ]);
    await page.context().close();

    page = await as('fr', '/coalition/settings');
    const invited = page.getByRole('region', { name: 'Coalition EU Art. 16' });
    await invited.getByText('invitation', { exact: true }).waitFor();
    assert.equal(await invited.getByText('Edit the settings').count(), 0, 'only the founder edits');
    await invited.getByRole('button', { name: 'Accept the invitation' }).click();
    await invited.getByText('SBDU (FR) — member').waitFor();
    await page.context().close();

    page = await as('de', '/coalition/settings');
    const mine = page.getByRole('region', { name: 'Coalition EU Art. 16' });
    await mine.getByText('Edit the settings').click();
    const edit = page.getByRole('form', { name: 'Edit coalition EU Art. 16' });
    await edit.getByLabel('Name').fill('EU Art. 16 dual-use');
    await edit.getByLabel('Indicators').check();
    await edit.getByLabel('Reason').check();
    await edit.getByLabel('Addresses').uncheck();
    await edit.getByLabel('Consultation period (days)').fill('45');
    await edit.getByLabel('CDIU (NL)').check();
    await edit.getByRole('button', { name: 'Save the settings' }).click();
    const edited = page.getByRole('region', { name: 'Coalition EU Art. 16 dual-use' });
    await edited.waitFor();
    assert.match(
      await edited.locator('p').first().innerText(),
      /Shares: Denials, Undercut notices, Indicators\. Withheld when shared: Reason\. Consultation period: 45 days\./,
    );
    assert.deepEqual(await membersOf(page, 'EU Art. 16 dual-use'), [
      'BAFA (DE) — member',
      'CDIU (NL) — invited, not yet accepted',
      'SBDU (FR) — member',
    ]);
    const openEdit = page.getByRole('region', { name: 'Coalition EU Art. 16 dual-use' }).getByText('Edit the settings');
    if (!(await page.getByRole('form', { name: /^Edit coalition/ }).isVisible())) await openEdit.click();
    await page.getByRole('button', { name: 'Remove CDIU (NL)' }).click();
    await page.getByRole('button', { name: 'Remove CDIU (NL)' }).waitFor({ state: 'detached' });
    assert.deepEqual(await membersOf(page, 'EU Art. 16 dual-use'), ['BAFA (DE) — member', 'SBDU (FR) — member']);
    assert.equal(await page.getByRole('button', { name: 'Remove BAFA (DE)' }).count(), 0, 'never the founder');

    // The edited redactions apply to what DE shares from now on: FR reads a refusal without its reason.
    const a = await apiCall<{ id: string }>(server, {
      method: 'POST',
      path: '/applications',
      key: cast.key.x,
      body: {
        agencyId: cast.tenant.de,
        reference: 'X-9',
        destination: 'KG',
        items: [{ description: 'Lathe', controlEntries: [{ jurisdiction: 'EU', code: '2B001.b' }] }],
        parties: [{ role: 'end_user', name: 'Kant Lathe Co', country: 'KG', address: 'Lenin St 1' }],
        endUse: 'Repairs',
      },
    });
    await apiCall(server, { method: 'POST', path: `/applications/${a.id}/countersign`, key: cast.key['de-cs'], body: { text: 'ok' } }); // prettier-ignore
    await apiCall(server, { method: 'POST', path: `/applications/${a.id}/decision`, key: cast.key['de-o1'], body: {
      kind: 'refuse', criteria: ['EU-CP-2008/944-7'], reason: 'Diversion risk', regimeRef: 'DE-2026-9',
    } }); // prettier-ignore
    const seen = await apiCall<{
      items: { notice: { reason?: string; withheld?: string[]; deniedParties: object[] } }[];
    }>(server, { method: 'GET', path: '/denials?scope=visible', key: cast.key['fr-o1'] });
    const shared = seen.items.map((d) => d.notice);
    assert.equal(shared.length, 1);
    assert.deepEqual(shared[0]!.withheld, ['reason']);
    assert.notEqual(shared[0]!.reason, 'Diversion risk');
    assert.match(JSON.stringify(shared[0]!.deniedParties), /Lenin St 1/, 'addresses are no longer withheld');
    assert.deepEqual(problems.flat(), []);
  } finally {
    await page.context().close();
  }
});
