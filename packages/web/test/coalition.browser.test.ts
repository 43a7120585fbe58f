/// <reference lib="dom" />
/**
 * The coalition pages in a real browser, on the issue-14 flow with agencies DE and FR and exporter X: X applies to DE
 * from a determination on "My applications"; DE refuses (API); FR's case shows the match with its explanation, approval
 * is disabled with the reason until FR consults DE; DE answers; FR closes the consultation and approves with a
 * justification; DE's denial register shows the denial and the undercut notice. And the weakest-link matrix renders
 * and exports. Needs the built UI and Debian's Chromium.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '@dualuse/server/testing';
import type { Browser, Page } from 'playwright-core';
import { allied, castOf, signedIn } from './coalition-support';
import { apiCall, countUntil, launchBrowser, openPage, RESULTS, signInAt } from './support';

let server: TestServer;
let browser: Browser;
let key: Record<string, string> = {};
let tenant: Record<string, string> = {};

before(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  ({ key, tenant } = await castOf(server));
  await allied(server, { key, tenant });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function apply(page: Page, a: { agency: string; ref: string; endUser: string; entries: string }) {
  const { agency, ref, endUser, entries } = a;
  const form = page.getByRole('form', { name: 'Apply for a licence' });
  await form.getByLabel('Agency').selectOption({ label: agency });
  await form.getByLabel('Your reference').fill(ref);
  await form.getByLabel('Destination (ISO code)').fill('KG');
  await form.getByLabel('Goods').fill('5-axis milling machine');
  await form.getByLabel('Control entries').fill(entries);
  await form.getByLabel('End user', { exact: true }).fill(endUser);
  await form.getByLabel('End use', { exact: true }).fill('Spare parts for agricultural machinery');
  await form.getByRole('button', { name: 'Determine first' }).click();
  await page.getByRole('table', { name: 'Determination' }).waitFor();
  await page.getByRole('button', { name: `Submit to ${agency.split(' ')[0]} with this determination` }).click();
  await page.getByRole('link', { name: ref }).waitFor();
}

const as = (apiKey: string, path: string, problems: string[][]): Promise<Page> =>
  signedIn(browser, server, { apiKey, path, problems });

test('DE denies, FR sees the match, cannot approve before consulting, approves with justification; DE sees it', async () => {
  const problems: string[][] = [];
  let page = await as(key.x!, '/coalition', problems);
  try {
    // X applies to DE and to FR from determinations.
    await page.getByRole('heading', { name: 'Coalition' }).waitFor();
    await apply(page, {
      agency: 'BAFA (DE)',
      ref: 'X-1',
      endUser: 'Ala-Too Machine Trading LLC',
      entries: 'EU 2B001.b',
    });
    const rows = page.getByTestId('my-application');
    assert.match(await rows.first().innerText(), /X-1\s[\s\S]*BAFA \(DE\)[\s\S]*KG[\s\S]*EU 2B001\.b[\s\S]*Submitted/);
    const mine = await apiCall<{ items: { id: string; input: { reference: string } }[] }>(server, { method: 'GET', path: '/applications', key: key.x }); // prettier-ignore
    const a1 = mine.items.find((a) => a.input.reference === 'X-1')!.id;

    // DE works the case and refuses it (API: the case page's forms are exercised on FR's side below).
    await apiCall(server, {
      method: 'POST',
      path: `/applications/${a1}/assign`,
      body: { to: 'de o1' },
      key: key['de-o1'],
    });
    await apiCall(server, {
      method: 'POST',
      path: `/applications/${a1}/countersign`,
      body: { text: 'agree' },
      key: key['de-cs'],
    });
    await apiCall(server, { method: 'POST', path: `/applications/${a1}/decision`, body: {
      kind: 'refuse', criteria: ['EU-CP-2008/944-7'], reason: 'Diversion risk', regimeRef: 'DE-2026-7',
    }, key: key['de-o2'] }); // prettier-ignore

    await apply(page, {
      agency: 'SBDU (FR)',
      ref: 'X-2',
      endUser: 'Ala Too Machine Trading L.L.C.',
      entries: 'WA 2.B.1.b, EU 2B001.b',
    });
    await page.getByRole('link', { name: 'X-1' }).click();
    await page.getByTestId('application-decision').getByText('Refused').waitFor();
    const a2 = (
      await apiCall<{ items: { id: string; input: { reference: string } }[] }>(server, {
        method: 'GET',
        path: '/applications',
        key: key.x,
      })
    ).items.find((a) => a.input.reference === 'X-2')!.id;
    await apiCall(server, {
      method: 'POST',
      path: `/applications/${a2}/assign`,
      body: { to: 'fr o1' },
      key: key['fr-o1'],
    });
    await apiCall(server, {
      method: 'POST',
      path: `/applications/${a2}/countersign`,
      body: { text: 'ok' },
      key: key['fr-cs'],
    });
    await page.context().close();

    // FR's officer: the queue, the case with the match and its explanation, approval blocked.
    page = await as(key['fr-o2']!, '/coalition/queue', problems);
    const queue = page.getByRole('table', { name: 'Agency queue' });
    await queue.getByRole('link', { name: 'X-2' }).click();
    const match = page.getByTestId('denial-match');
    await match.waitFor();
    const why = await match.innerText();
    assert.match(why, /BAFA denial DE-2026-7/);
    assert.match(why, /essentially identical/);
    assert.match(why, /Ala-Too Machine Trading LLC/, 'the explanation names the denied party it matched');
    const decide = page.getByRole('form', { name: 'Decide the application' });
    // Choosing criteria, an officer sees which headings are not yet checked against the official text.
    const criterion = (n: number) => decide.locator('label.criterion-choice', { hasText: `Criterion ${n}:` });
    assert.doesNotMatch(await criterion(1).innerText(), /not yet checked/);
    assert.match(await criterion(7).innerText(), /not yet checked against the official text/);
    await decide.getByLabel('Decision').selectOption('approve_with_provisos');
    assert.match(await page.getByTestId('approval-gate').innerText(), /no consultation with BAFA on denial DE-2026-7/);
    assert.equal(await decide.getByRole('button', { name: 'Approve' }).isDisabled(), true);

    // FR consults DE from the match; DE answers; FR closes and approves with a justification.
    await match.getByLabel('Question to BAFA').fill('Grounds of DE-2026-7?');
    await match.getByRole('button', { name: 'Consult BAFA' }).click();
    await page.getByTestId('match-consultation').waitFor();
    assert.match(
      await page.getByTestId('approval-gate').innerText(),
      /consultation with BAFA on denial DE-2026-7 is not closed/,
    );
    const cons = await apiCall<{ items: { id: string }[] }>(server, {
      method: 'GET',
      path: '/consultations',
      key: key['de-o1'],
    });
    await apiCall(server, { method: 'POST', path: `/consultations/${cons.items[0]!.id}/messages`, body: {
      kind: 'answer', text: 'Procurement for a military plant',
    }, key: key['de-o1'] }); // prettier-ignore
    await page.getByTestId('match-consultation').getByRole('link', { name: 'Open consultations' }).click();
    const card = page.getByTestId('consultation');
    await card.getByText('Procurement for a military plant').waitFor();
    await card.getByLabel(/outcome when closing/).fill('FR verified civil use on site');
    await card.getByRole('button', { name: 'Close with this outcome' }).click();
    await card.getByTestId('consultation-outcome').waitFor();
    await card.getByRole('link', { name: 'Open the application' }).click();
    await decide.getByLabel('Decision').selectOption('approve_with_provisos');
    // The gate reads the consultations, a query of its own beside the case's: the closed one lifts it once it is read.
    assert.equal(await countUntil(page.getByTestId('approval-gate'), 0), 0);
    await decide.getByLabel('Provisos (one a line)').fill('No re-export');
    await decide.getByLabel('Licence valid until').fill('2028-12-31');
    await decide
      .getByLabel('Justification for approving despite the allied denial')
      .fill('Civil end use verified on site');
    await decide.getByRole('button', { name: 'Approve' }).click();
    const decided = await page.getByTestId('application-decision').innerText();
    assert.match(decided, /Approved with provisos — licence FR-X-2/);
    assert.match(decided, /Civil end use verified on site/);
    await page.screenshot({ path: `${RESULTS}coalition-case.png`, fullPage: true });
    await page.context().close();

    // DE's register: its denial and the undercut notice.
    page = await as(key['de-o1']!, '/coalition/denials', problems);
    const register = page.getByRole('table', { name: 'Denial register' });
    await register.getByRole('link', { name: 'DE-2026-7' }).waitFor();
    assert.match(
      await register.innerText(),
      /BAFA \(DE\)[\s\S]*5-axis milling machine[\s\S]*Ala-Too Machine Trading LLC/,
    );
    const notice = page.getByTestId('undercut-notice');
    assert.match(await notice.innerText(), /SBDU \(FR\) approved on \d{4}-\d{2}-\d{2} what denial DE-2026-7 refused/);
    assert.match(await notice.innerText(), /your denial/);
    await register.getByRole('link', { name: 'DE-2026-7' }).click();
    await page
      .getByRole('list', { name: 'Denial history' })
      .getByText(/Revision 1/)
      .waitFor();
    assert.deepEqual(problems.flat(), []);
  } finally {
    await page.context().close();
  }
});

test("DE's own earlier denial shows as its own, not as an allied denial, with nothing to consult", async () => {
  // Runs after the flow above, where DE refused X-1 (DE-2026-7). X applies to DE again for the same transaction.
  const again = await apiCall<{ id: string }>(server, { method: 'POST', path: '/applications', key: key.x, body: {
    agencyId: tenant.de, reference: 'X-4', destination: 'KG', endUse: 'Spare parts for agricultural machinery',
    items: [{ description: '5-axis milling machine', controlEntries: [{ jurisdiction: 'EU', code: '2B001.b' }] }],
    parties: [{ role: 'end_user', name: 'Ala-Too Machine Trading LLC', country: 'KG' }],
  } }); // prettier-ignore
  await apiCall(server, { method: 'POST', path: `/applications/${again.id}/match`, key: key['de-o1'] });
  const problems: string[][] = [];
  const page = await as(key['de-o1']!, `/coalition/applications/${again.id}`, problems);
  try {
    const own = page.getByTestId('own-denial-matches');
    await own.getByTestId('denial-match').waitFor();
    assert.match(await own.innerText(), /own earlier denials[\s\S]*BAFA denial DE-2026-7/);
    assert.equal(await page.getByTestId('allied-denial-matches').count(), 0, 'no allied group: FR denied nothing');
    assert.equal(await page.getByRole('button', { name: 'Consult BAFA' }).count(), 0, 'DE does not consult itself');
    assert.deepEqual(problems.flat(), []);
  } finally {
    await page.context().close();
  }
});

test('the weakest-link matrix renders as a heat-map and exports CSV and JSON', async () => {
  const { page, problems } = await openPage(browser, { downloads: true, timeout: 90_000 });
  try {
    await signInAt(page, server.url, server.adminKey, '/coalition/matrix');
    await page.getByRole('button', { name: 'Compute the matrix' }).click();
    const heat = page.getByRole('table', { name: 'Weakest-link matrix' });
    await heat.waitFor();
    const bodyRows = await heat.locator('tbody tr').count();
    assert.ok(bodyRows >= 10 * 10, `${bodyRows} rows`);
    const weak = await heat.locator('tbody tr.weak-link').count();
    assert.ok(weak > 0, 'some row where allies differ');
    assert.match(await heat.locator('tbody tr.weak-link').first().innerText(), /weakest: /);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const lines = readFileSync(await csv.path(), 'utf8')
      .trimEnd()
      .split('\r\n');
    assert.equal(lines[0], 'item,destination,jurisdiction,exporter,decision,authorisation,policy,weak_link,rules');
    const jurisdictions = (await heat.locator('thead th').count()) - 3;
    assert.equal(lines.length - 1, bodyRows * jurisdictions, 'one CSV line a cell');
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const answer = JSON.parse(readFileSync(await json.path(), 'utf8')) as { rows: { weakLink: boolean }[] };
    assert.equal(answer.rows.length, bodyRows);
    assert.equal(answer.rows.filter((r) => r.weakLink).length, weak);
    await page.getByLabel('Only rows where allies differ').check();
    assert.equal(await countUntil(heat.locator('tbody tr'), weak), weak);
    await page.screenshot({ path: `${RESULTS}coalition-matrix.png`, fullPage: true });
    assert.deepEqual(problems, []);
  } finally {
    await page.context().close();
  }
});
