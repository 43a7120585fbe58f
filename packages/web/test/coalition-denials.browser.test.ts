/// <reference lib="dom" />
/**
 * The coalition pages in a real browser, for what the agency reads and does after a refusal: DE's case names the
 * applicant and shows the rule chain of the determination computed on submission; DE answers FR's consultation on its
 * consultations page; DE amends its denial (a new revision, the old one superseded in the history) and revokes it, and
 * FR's register stops listing it. Needs the built UI and Debian's Chromium.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '@dualuse/server/testing';
import type { Browser, Page } from 'playwright-core';
import { allied, castOf, signedIn, type Cast } from './coalition-support';
import { apiCall, launchBrowser } from './support';

let server: TestServer;
let browser: Browser;
let cast: Cast;
let denialId = '';
let consultationId = '';
const problems: string[][] = [];
const as = (who: string, path: string): Promise<Page> =>
  signedIn(browser, server, { apiKey: cast.key[who]!, path, problems });
const call = <T>(who: string, method: string, path: string, body?: unknown) =>
  apiCall<T>(server, { method, path, key: cast.key[who], ...(body ? { body } : {}) });

const application = (agency: string, reference: string, endUser: string) => ({
  agencyId: cast.tenant[agency],
  reference,
  destination: 'KG',
  items: [{ description: '5-axis milling machine', controlEntries: [{ jurisdiction: 'EU', code: '2B001.b' }] }],
  parties: [{ role: 'end_user', name: endUser, country: 'KG' }],
  endUse: 'Spare parts for agricultural machinery',
});

before(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  cast = await castOf(server);
  await allied(server, cast);
  // X applies to DE; DE refuses; X applies to FR for the same; FR consults DE (all through the API).
  const a1 = await call<{ id: string }>('x', 'POST', '/applications', application('de', 'X-1', 'Ala-Too Trading'));
  await call('de-o1', 'POST', `/applications/${a1.id}/assign`, { to: 'de o1' });
  await call('de-cs', 'POST', `/applications/${a1.id}/countersign`, { text: 'agree' });
  const refusal = await call<{ denial: { id: string } }>('de-o2', 'POST', `/applications/${a1.id}/decision`, {
    kind: 'refuse',
    criteria: ['EU-CP-2008/944-7'],
    reason: 'Diversion risk',
    regimeRef: 'DE-2026-8',
  });
  denialId = refusal.denial.id;
  const a2 = await call<{ id: string }>('x', 'POST', '/applications', application('fr', 'X-2', 'Ala Too Trading'));
  await call('fr-o1', 'POST', `/applications/${a2.id}/match`);
  const c = await call<{ id: string }>('fr-o1', 'POST', '/consultations', {
    applicationId: a2.id,
    denialId,
    question: 'Grounds of DE-2026-8?',
  });
  consultationId = c.id;
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the agency’s case names the applicant and shows the rule chain that requires a licence', async () => {
  const page = await as('de-o1', '/coalition/queue');
  try {
    await page.getByLabel('Show decided applications').check();
    const queue = page.getByRole('table', { name: 'Agency queue' });
    assert.match(await queue.getByTestId('queue-row').first().innerText(), /X-1[\s\S]*\bx\b[\s\S]*KG/);
    await queue.getByRole('link', { name: 'X-1' }).click();
    assert.equal(await page.getByTestId('case-applicant').innerText(), 'x');
    // The case facts are laid out (their style is global, not the diversion chunk's) and the clock reads in words.
    const facts = page.locator('dl.case-meta').first();
    assert.equal(await facts.evaluate((el) => getComputedStyle(el).display), 'flex');
    assert.match(await page.getByTestId('case-clock').innerText(), /^\d+ days? running/);
    const chain = page.getByRole('table', { name: 'Rule chain' });
    const eu = chain.getByTestId('evidence-row').filter({ hasText: /^EU/ });
    const text = await eu.innerText();
    assert.match(text, /Licence required/i);
    assert.match(text, /5-axis milling machine/, 'the good each rule fired for');
    assert.match(text, /2B001/);
  } finally {
    await page.context().close();
  }
});

test('the denying agency answers a consultation on its consultations page', async () => {
  const page = await as('de-o1', '/coalition/consultations');
  try {
    const card = page.getByRole('region', { name: 'Consultation with SBDU (FR)' });
    assert.match(await card.getByRole('heading').innerText(), /Asked by SBDU \(FR\)/);
    assert.match(
      await card.getByRole('list', { name: 'Questions and answers' }).innerText(),
      /asked: Grounds of DE-2026-8\?/,
    );
    await card.getByLabel('Answer', { exact: true }).fill('Procurement for a military plant');
    await card.getByRole('button', { name: 'Send answer' }).click();
    await card.getByText(/answered: Procurement for a military plant/).waitFor();
    assert.match(await card.getByRole('heading').innerText(), /Answered/);
    const seen = await call<{ items: { id: string; status: string; messages: { kind: string; body: string }[] }[] }>(
      'fr-o1',
      'GET',
      '/consultations',
    );
    const mine = seen.items.find((c) => c.id === consultationId)!;
    assert.deepEqual(
      mine.messages.map((m) => [m.kind, m.body]),
      [
        ['question', 'Grounds of DE-2026-8?'],
        ['answer', 'Procurement for a military plant'],
      ],
      'FR reads the answer DE gave in the browser',
    );
  } finally {
    await page.context().close();
  }
});

test('the denying agency amends its denial, then revokes it, and its partner stops seeing it', async () => {
  const fr = await as('fr-o1', '/coalition/denials');
  const page = await as('de-o1', `/coalition/denials/${denialId}`);
  try {
    await fr.getByLabel('Include allies’ shared denials').check();
    const register = fr.getByRole('table', { name: 'Denial register' });
    const sharedRow = register.getByTestId('denial-row').filter({ hasText: 'DE-2026-8' });
    assert.match(await sharedRow.innerText(), /DE-2026-8\s+BAFA \(DE\) · shared[\s\S]*Ala-Too Trading/);

    // The criterion refused on reads by its number and heading, its id on hover.
    const criteria = await page.getByTestId('denial-criteria').innerText();
    assert.match(criteria, /^Criterion 7 \(Council Common Position 2008\/944\/CFSP[^)]*\): Existence of a risk/);
    assert.match(criteria, /not yet checked against the official text/, 'an unverified heading says so');
    await page.getByLabel('Amended reason').fill('Diversion risk: the end user supplies a military plant');
    await page.getByRole('button', { name: 'Amend (new revision)' }).click();
    await page.waitForURL((u) => !u.pathname.endsWith(denialId));
    const history = page.getByRole('list', { name: 'Denial history' });
    await history.getByText(/Revision 2/).waitFor();
    const lines = (await history.innerText()).split('\n');
    assert.match(
      lines.find((l) => l.startsWith('Revision 2'))!,
      /In force — reason: Diversion risk: the end user/,
    );
    assert.match(
      lines.find((l) => l.startsWith('Revision 1'))!,
      /Superseded — reason: Diversion risk$/,
    );

    await page.getByLabel('Why revoke').fill('End user closed the military plant');
    await page.getByRole('button', { name: 'Revoke' }).click();
    await page.getByTestId('denial-notice').getByText('Revoked').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Revoke' }).count(), 0, 'a revoked denial has no actions');

    await fr.reload();
    await fr.getByLabel('Include allies’ shared denials').check();
    await fr.getByRole('table', { name: 'Denial register' }).getByText('No denials.').waitFor();
    assert.equal(await fr.getByText('DE-2026-8').count(), 0, 'a revoked denial leaves the partner');
    assert.deepEqual(problems.flat(), []);
  } finally {
    await page.context().close();
    await fr.context().close();
  }
});
