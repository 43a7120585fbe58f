/**
 * The Commerce Country Chart data (15 CFR 738 Supp. 1, data/country-chart.ts): exact marks per
 * row group, and the per-column fail-closed behaviour for destinations only partly transcribed.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ChartColumn } from '../controls/model';
import { AUKUS, chartMarked, COUNTRY_CHART } from './data/country-chart';
import { fired, item, run, us } from './scenario-support.test';

const marks = (country: string, columns: ChartColumn[], asOf?: string) => columns.map((c) => chartMarked(country, c, asOf));

describe('Country Chart rows', () => {
  test('one row per destination, except dated versions (AUKUS), which follow each other without overlap', () => {
    const codes = COUNTRY_CHART.filter((r) => r.to === undefined).map((r) => r.country);
    assert.deepEqual(codes.filter((c, i) => codes.indexOf(c) !== i), []);
    for (const r of COUNTRY_CHART.filter((x) => x.to !== undefined)) assert.ok(COUNTRY_CHART.some((n) => n.country === r.country && n.from === r.to), r.country);
  });

  test('89 FR 28594 (AUKUS, effective 19 Apr 2024): NS1, MT1 and RS1 marked for the UK and Australia before, only CB1 after', () => {
    for (const c of ['GB', 'AU']) {
      assert.deepEqual(marks(c, ['NS1', 'MT1', 'RS1', 'CB1'], '2024-04-18'), [true, true, true, true], c);
      assert.deepEqual(marks(c, ['NS1', 'MT1', 'RS1', 'CB1'], AUKUS), [false, false, false, true], c);
      assert.deepEqual(marks(c, ['NS1', 'CB1']), [false, true], c);
    }
  });

  test('Canada (eCFR XML 2026-09-01; 742.2(a)(1) CB1 to all destinations): X in CB1 and FC1 only', () => {
    assert.deepEqual(marks('CA', ['CB1', 'FC1', 'NS1', 'NS2', 'MT1', 'RS1', 'NP1', 'CC1', 'AT1']), [true, true, false, false, false, false, false, false, false]);
  });

  test('decoded bis.gov rows: Algeria "XX X XXXXX X X" = CB1 CB2 _ NP1 _ NS1 NS2 MT1 RS1 RS2 _ CC1 _ CC3', () => {
    assert.deepEqual(marks('DZ', ['CB1', 'CB2', 'CB3', 'NP1', 'NP2', 'NS1', 'NS2', 'MT1', 'RS1', 'RS2', 'FC1', 'CC1', 'CC2', 'CC3', 'AT1', 'AT2']),
      [true, true, false, true, false, true, true, true, true, true, false, true, false, true, false, false]);
  });

  test('decoded bis.gov rows: Afghanistan has CB3; Antigua and Barbuda has FC1; Argentina (A:1) has FC1 and CC1 but no NS2', () => {
    assert.equal(chartMarked('AF', 'CB3'), true);
    assert.deepEqual(marks('AG', ['FC1', 'CC1', 'CC2']), [true, true, false]);
    assert.deepEqual(marks('AR', ['NS2', 'NP1', 'FC1', 'CC1', 'CC3']), [false, false, true, true, true]);
  });

  test('Armenia "XXXX XXXXX XX": CB3 and CC2 marked, NP2 and FC1 blank, CC1/CC3 left unknown', () => {
    assert.deepEqual(marks('AM', ['CB3', 'CC2', 'NP2', 'FC1', 'CC1', 'CC3']), [true, true, false, false, undefined, undefined]);
  });

  test('China: the ten transcribed X stand; the two further X a second rendering counts (among CB3, NP2, FC1, CC2) fail closed', () => {
    assert.deepEqual(marks('CN', ['NS1', 'NS2', 'NP1', 'RS2', 'CC1', 'CC3', 'AT1']), [true, true, true, true, true, true, false]);
    assert.deepEqual(marks('CN', ['CB3', 'NP2', 'FC1', 'CC2']), [undefined, undefined, undefined, undefined]);
  });

  test('every decoded or full row carries the columns part 742 fixes (CB1 everywhere; NS1, MT1, RS1 except Canada, and AU/GB since AUKUS)', () => {
    for (const r of COUNTRY_CHART.filter((x) => x.country !== 'CA' && x.from !== AUKUS)) for (const c of ['CB1', 'NS1', 'MT1', 'RS1'] as const) assert.equal(chartMarked(r.country, c, r.from ?? '2020-01-01'), true, `${r.country} ${c}`);
  });

  test('partial rows (India, Israel, Taiwan, Singapore, Saudi Arabia, Kenya, Chile): NS1/MT1/RS1/CB1 X, AT1/AT2 blank, NS2/NP1/CC1 not transcribed', () => {
    for (const c of ['IN', 'IL', 'TW', 'SG', 'SA', 'KE', 'CL']) {
      assert.deepEqual(marks(c, ['NS1', 'MT1', 'RS1', 'CB1', 'AT1', 'AT2']), [true, true, true, true, false, false], c);
      assert.deepEqual(marks(c, ['NS2', 'NP1', 'CC1']), [undefined, undefined, undefined], c);
    }
  });
});

describe('per-column fail-closed behaviour in a determination', () => {
  test('3E001 (NS1) technology released to an Indian national: licence on NS1, which the chart fixes — no open question about NS1', () => {
    const d = us(run({ destination: 'US', technology_release_to: 'IN', items: [item('3E001')] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.match(d.rules.find((r) => r.id === 'US-738-NS1')!.why, /X in NS1 for IN/);
    assert.ok(!d.open_questions.some((q) => /column NS1/.test(q)));
  });

  test('2B001 machine tool (NS2, NP1, AT1) to India: AT1 is decided (blank), NS2 and NP1 fail closed with an open question', () => {
    const d = us(run({ destination: 'IN', items: [item('2B001.a')] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(fired(d).includes('US-738-NS2') && fired(d).includes('US-738-NP1'));
    assert.match(d.not_fired.find((r) => r.id === 'US-738-AT1')!.why, /no X in AT1 for IN/);
    assert.ok(d.open_questions.some((q) => /IN: column NS2 assumed marked/.test(q)));
  });
});
