/**
 * US EAR scenarios. Each names its official source: the regulation's own worked examples,
 * BIS guidance and FAQs, Federal Register rules and published enforcement cases.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { noTables } from '../regulations/tables';
import { fired, hit, item, run, us } from './scenario-support.test';

describe('Country Chart (15 CFR 738.4, 738 Supp. 1)', () => {
  test('738.4(b) method: 2B001 machine tool (NS2, NP1, AT1) to Germany → NLR, no X in NS2/NP1/AT1 for Germany', () => {
    const d = us(run({ destination: 'DE', items: [item('2B001.a')] }));
    assert.equal(d.decision, 'NO_LICENCE_REQUIRED');
    assert.match(d.not_fired.find((r) => r.id === 'US-738-NS2')!.why, /no X in NS2 for DE/);
  });

  test('738.4(b) method: the same 2B001 machine tool to China → licence (NS2 and NP1 marked for China)', () => {
    const d = us(run({ destination: 'CN', items: [item('2B001.a')] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(fired(d).includes('US-738-NS2') && fired(d).includes('US-738-NP1'));
  });

  test('738 Supp. 1: Canada has no X in any column — 2B001 to Canada → NLR', () => {
    assert.equal(us(run({ destination: 'CA', items: [item('2B001.a')] })).decision, 'NO_LICENCE_REQUIRED');
  });

  test('BIS "EAR99" guidance (bis.gov, Licensing): an EAR99 item to Germany with no prohibited party or end use → NLR', () => {
    assert.equal(us(run({ destination: 'DE', items: [item('EAR99')] })).decision, 'NO_LICENCE_REQUIRED');
  });

  test('a destination without a Country Chart row fails closed: 2B001 to Antarctica (AQ, no row in the eCFR of 2026-09-24) → licence, with an open question', () => {
    const d = us(run({ destination: 'AQ', items: [item('2B001.a')] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(
      d.open_questions.some((q) => /Country Chart column NS2 for AQ is not known \(no row for AQ/.test(q)),
      d.open_questions.join('\n'),
    );
    assert.ok(d.open_questions.some((q) => /EAR Country Groups of AQ are not known/.test(q)));
  });
  test('Kenya, absent from the earlier hand-kept chart, now answers from the imported row: 2B001 (NS2) → licence with no open question about the chart', () => {
    const d = us(run({ destination: 'KE', items: [item('2B001.a')] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(
      d.rules.some(
        (r) =>
          r.id === 'US-738-NS2' &&
          /X in NS2 for KE \(15 CFR part 738, Supplement No. 1 \(Commerce Country Chart\), eCFR 2026-09-24\)/.test(
            r.why,
          ),
      ),
      d.rules.map((r) => r.why).join('\n'),
    );
    assert.ok(!d.open_questions.some((q) => /Country Chart|Country Groups/.test(q)));
  });
  test('without an imported version of the country tables every US answer fails closed', () => {
    const d = us(run({ destination: 'DE', items: [item('EAR99')] }, { tables: noTables() }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(
      d.open_questions.some((q) => /no version of the EAR Country Chart and Country Groups is imported/.test(q)),
    );
  });
  test('a transaction dated before the imported version carries the caveat naming the version it used', () => {
    const d = us(run({ date: '2025-06-01', destination: 'DE', items: [item('2B001.a')] }));
    assert.ok(
      d.open_questions.some((q) =>
        /in force on 2025-06-01 are not imported: this answer uses the eCFR version of 2026-09-24/.test(q),
      ),
    );
  });
});

describe('Jurisdiction: 734.3, de minimis 734.4, foreign direct product 734.9', () => {
  const foreign = (pct: number | undefined, extra: Record<string, unknown> = {}) => ({
    classification: { US: '3A001.b.2' },
    origin: 'TW',
    ...(pct === undefined ? {} : { us_content_percent: pct }),
    ...extra,
  });

  test('734.4(d) and Supp. 2 to part 734: a Taiwanese item with 20 % controlled US content to China is not subject (≤ 25 %)', () => {
    const d = us(run({ exporter: 'TW', destination: 'CN', items: [foreign(20)] }));
    assert.equal(d.decision, 'NOT_SUBJECT');
    assert.match(
      d.not_fired.find((r) => r.id === 'US-734.4-de-minimis')!.why,
      /20 % does not exceed the de minimis level 25 %/,
    );
  });

  test('734.4(d): with 30 % controlled US content the same item is subject and needs a licence to China', () => {
    const d = us(run({ exporter: 'TW', destination: 'CN', items: [foreign(30)] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.equal(d.rules[0]!.id, 'US-734.4-de-minimis');
  });

  test('734.4(c): the de minimis level is 10 % for Country Group E:1 — 15 % US content to Iran is subject', () => {
    const d = us(run({ exporter: 'TW', destination: 'IR', items: [foreign(15)] }));
    assert.ok(fired(d).includes('US-734.4-de-minimis'));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });

  test('a foreign-made item with no US-content figure is treated as subject and the gap is reported', () => {
    const d = us(run({ exporter: 'TW', destination: 'CN', items: [foreign(undefined)] }));
    assert.notEqual(d.decision, 'NOT_SUBJECT');
    assert.ok(d.open_questions.some((q) => /us_content_percent/.test(q)));
  });

  test('Seagate settlement (BIS, 19 Apr 2023, USD 300 m): foreign-made hard drives, direct products of US technology, to Huawei → subject via 734.9(e)(1), licence required', () => {
    const huawei = hit('us-bis-entity-list', 'Huawei Technologies Co., Ltd.', {
      licenseRequirement: 'For all items subject to the EAR, see §§ 734.9(e)(1) and 744.11 of the EAR.',
      licensePolicy: 'Presumption of denial.',
    });
    const d = us(
      run(
        {
          date: '2021-03-01',
          exporter: 'TH',
          destination: 'CN',
          parties: [{ role: 'end_user', name: 'Huawei Technologies', country: 'CN' }],
          items: [
            {
              classification: { US: 'EAR99' },
              origin: 'TH',
              us_content_percent: 0,
              made_with_us_technology: true,
              hs: '847170',
            },
          ],
        },
        { hits: [huawei] },
      ),
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.equal(d.policy, 'presumption_of_denial');
    assert.deepEqual(fired(d).slice(0, 2), ['US-734.9(e)(1)-FDP-footnote-1', 'US-744.11-entity-list']);
  });

  test('Seagate, contrast: the same drives to a customer not on the Entity List are not subject (no US content, no FDP party)', () => {
    const d = us(
      run({
        date: '2021-03-01',
        exporter: 'TH',
        destination: 'CN',
        items: [
          { classification: { US: 'EAR99' }, origin: 'TH', us_content_percent: 0, made_with_us_technology: true },
        ],
      }),
    );
    assert.equal(d.decision, 'NOT_SUBJECT');
  });

  test('85 FR 51596: before the 17 Aug 2020 footnote-1 expansion the FDP rule version used here is not in force', () => {
    const huawei = hit('us-bis-entity-list', 'Huawei', {
      licenseRequirement: 'For all items subject to the EAR, see § 734.9(e)(1)',
      licensePolicy: 'Presumption of denial.',
    });
    const d = us(
      run(
        {
          date: '2020-08-01',
          exporter: 'TH',
          destination: 'CN',
          parties: [{ role: 'end_user', name: 'Huawei', country: 'CN' }],
          items: [
            { classification: { US: 'EAR99' }, origin: 'TH', us_content_percent: 0, made_with_us_technology: true },
          ],
        },
        { hits: [huawei] },
      ),
    );
    assert.ok(!fired(d).includes('US-734.9(e)(1)-FDP-footnote-1'));
  });
});

describe('Deemed exports (734.13)', () => {
  test('BIS deemed-export FAQ: releasing 3E001 (NS1) technology to a Chinese national in a US lab → licence, as an export to China', () => {
    const d = us(run({ destination: 'US', technology_release_to: 'CN', items: [item('3E001')] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.match(d.rules.find((r) => r.id === 'US-738-NS1')!.why, /for CN/);
  });

  test('734.13(b): the same release to a Canadian national → NLR (no X for Canada)', () => {
    assert.equal(
      us(run({ destination: 'US', technology_release_to: 'CA', items: [item('3E001')] })).decision,
      'NO_LICENCE_REQUIRED',
    );
  });
});
