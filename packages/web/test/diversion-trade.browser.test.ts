/// <reference lib="dom" />
/**
 * The trade-flow page in a real browser with the real Eurostat totals extract (shared/data/trade,
 * eurostat-comext-monthly-totals SOURCE.md): EU27 exports 2023 against 2019–2021 — Kyrgyzstan
 * ≈ ×10 flagged with its risk basis and charted month by month against its baseline; Panama
 * multiplied too but is not flagged (no risk basis). Needs the built UI and Debian's Chromium.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '@dualuse/server/testing';
import type { Browser } from 'playwright-core';
import { sharedData } from '../../../test/support/shared';
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

test('EU27 exports 2023 vs 2019–2021: Kyrgyzstan ×10 flagged and charted; Panama not flagged', async () => {
  const { page, problems } = await openPage(browser);
  await signInAt(page, server.url, server.adminKey, '/diversion');
  await page.getByRole('navigation', { name: 'Diversion' }).getByRole('link', { name: 'Trade flows' }).click();
  await page.getByRole('heading', { name: 'Trade-flow hotspots' }).waitFor();

  await page
    .getByLabel('Eurostat Comext file (CSV or .csv.gz)')
    .setInputFiles(sharedData('trade', 'eurostat-comext-monthly-totals', 'eu_trade_totals_normalised.csv'));
  await page.getByLabel('Periods').selectOption('A');
  assert.equal(await page.getByLabel('Baseline from').inputValue(), '2019');
  assert.equal(await page.getByLabel('Comparison to').inputValue(), '2023');
  await page.getByLabel('Reporter (optional)').fill('EU27_2020');
  await page.getByLabel('Smallest excess (EUR)').fill('50000000');
  await page.getByRole('button', { name: 'Find hotspots' }).click();

  const table = page.getByRole('table', { name: 'Trade-flow hotspots' });
  await table.waitFor();
  const kg = table
    .getByTestId('trade-hotspot')
    .filter({ has: page.getByRole('button', { name: 'Kyrgyzstan', exact: true }) });
  const kgText = await kg.innerText();
  const ratio = Number(/×(\d+\.\d)/.exec(kgText)?.[1]);
  assert.ok(ratio > 9.5 && ratio < 10.5, `EU27→KG 2023 vs 2019–2021 ≈ ×10 (SOURCE.md: ×10.4 vs 2021): ${kgText}`);
  assert.match(kgText, /flagged/);
  assert.doesNotMatch(kgText, /not flagged/);
  assert.match(kgText, /KG on eaeu/i, 'the risk basis names the list the partner is on');

  const panama = table.getByTestId('trade-hotspot').filter({ hasText: 'Panama' });
  const paText = await panama.innerText();
  assert.match(paText, /not flagged\s+no risk basis/);
  assert.ok(Number(/×(\d+\.\d)/.exec(paText)?.[1]) > 3, `Panama multiplied: ${paText}`);
  // Every flagged row carries a basis; Russia (down) is not listed at all.
  for (const row of await table
    .getByTestId('trade-hotspot')
    .filter({ hasText: /^(?![\s\S]*not flagged)[\s\S]*flagged/ })
    .all())
    assert.doesNotMatch(await row.innerText(), /\bnone\b/);
  assert.equal(await table.getByTestId('trade-hotspot').filter({ hasText: 'Russian Federation' }).count(), 0);

  // The chart: the Kyrgyz series month by month against its 2019–2021 baseline.
  await kg.getByRole('button', { name: 'Kyrgyzstan' }).click();
  const series = page.getByTestId('trade-series');
  const heading = series.getByRole('heading', { name: /^EU27_2020 → Kyrgyzstan, all goods — ×[\d.]+ \(flagged\)$/ });
  await heading.waitFor();
  assert.equal(
    /×([\d.]+)/.exec(await heading.innerText())![1],
    ratio.toFixed(1),
    'the chart is the series of the row clicked',
  );
  const chart = series.getByTestId('trade-chart');
  assert.match(
    (await chart.getAttribute('aria-label'))!,
    /monthly exports in EUR, 2019-01 to 2024-08, against the 2019-01…2021-12 baseline/,
  );
  const figure = series.locator('figure.trade-chart');
  assert.equal(await figure.getAttribute('data-points'), '68', '2019-01 … 2024-08: 68 months');
  // ECharts draws as SVG: the legend names the four series a user reads.
  const texts = await chart.locator('svg text').allTextContents();
  for (const name of ['Exports per month', 'Baseline mean', 'Band (median + 3 robust SD)', 'Above the band'])
    assert.ok(texts.includes(name), `legend shows ${name}: ${texts.join(' | ')}`);
  assert.ok(texts.includes('baseline') && texts.includes('comparison'), 'both windows are labelled');
  // Months of 2023 lie above the baseline band: at least twelve marked (one symbol each).
  assert.ok(
    Number(await figure.getAttribute('data-above')) >= 12,
    'at least the twelve 2023 months are above the band',
  );
  assert.match((await chart.getAttribute('aria-label'))!, /; (1[2-9]|[2-9]\d) months above the band of/);
  assert.match(await series.innerText(), /risk basis: KG on eaeu/i);
  await page.screenshot({ path: `${RESULTS}diversion-trade.png`, fullPage: true });

  // Panama's series is annual only: its chart says so.
  await panama.getByRole('button', { name: /Panama/ }).click();
  await series.getByRole('heading', { name: /Panama.*\(not flagged\)/ }).waitFor();
  assert.match((await chart.getAttribute('aria-label'))!, /annual exports/);

  // Bad windows are a precise 400.
  await page.getByLabel('Baseline from').fill('2019-01');
  await page.getByRole('button', { name: 'Find hotspots' }).click();
  await page
    .getByRole('alert')
    .getByText(/years \(YYYY\) for freq A/)
    .waitFor();
  assert.deepEqual(
    problems.filter((p) => !/status of 400/.test(p)),
    [],
  );
});

test('CN8 CHPL Tier 1/2 exports, member states summed, with the CHPL: ICs to Kyrgyzstan flagged on partner and product basis, nothing to Russia', async () => {
  const { page, problems } = await openPage(browser);
  await signInAt(page, server.url, server.adminKey, '/diversion/trade');
  await page
    .getByLabel('Eurostat Comext file (CSV or .csv.gz)')
    .setInputFiles(sharedData('trade', 'eurostat-comext-cn8-sanctioned', 'eu_exports_chpl_tier1_2_monthly.csv'));
  await page
    .getByLabel('Common High Priority List (CSV, optional)')
    .setInputFiles(sharedData('controls', 'bis-chpl', 'chpl_hs6_tiers.csv'));
  await page.getByText(/HS6 codes; only CHPL codes are flagged/).waitFor();
  // The CN8 extract runs 2020-01 … 2022-11 (SOURCE.md).
  await page.getByLabel('Baseline from').fill('2020-01');
  await page.getByLabel('Comparison to').fill('2022-11');
  await page.getByLabel('Sum member states into one EU27 series').check();
  await page.getByRole('button', { name: 'Find hotspots' }).click();
  const table = page.getByRole('table', { name: 'Trade-flow hotspots' });
  await table.waitFor();
  const flagged = table.getByTestId('trade-hotspot').filter({ has: page.getByText('flagged', { exact: true }) });
  const texts = await flagged.allInnerTexts();
  assert.ok(
    texts.some((t) => /Kyrgyzstan[\s\S]*CN 8542/.test(t)),
    texts.join('\n---\n'),
  );
  assert.ok(
    texts.every((t) => /CHPL Tier/.test(t) && /\bon (eaeu|otsi|triseal|caucasus)/i.test(t)),
    'partner and product basis on every flagged row',
  );
  const partners = await flagged.getByRole('button').allInnerTexts();
  assert.ok(partners.length > 0 && !partners.some((t) => /Russia/.test(t)), partners.join(', '));
  await flagged.first().getByRole('button').click();
  assert.match(
    (await page.getByTestId('trade-chart').getAttribute('aria-label'))!,
    /monthly exports in EUR, 2020-01 to 2022-1\d/,
  );
  await page.screenshot({ path: `${RESULTS}diversion-trade-chpl.png`, fullPage: true });
  assert.deepEqual(problems, []);
});
