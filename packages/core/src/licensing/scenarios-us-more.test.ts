/**
 * More US EAR scenarios: the 734.4(a) cases with no de minimis level, the Country Chart rows added
 * for Canada and the partly transcribed destinations, deemed exports, and published enforcement
 * cases. Each names its official source.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fired, hit, item, run, us } from './scenario-support.test';

const foreignItem = (code: string, origin: string, pct: number, eccns?: string[]) => ({
  classification: { US: code },
  origin,
  us_content_percent: pct,
  ...(eccns ? { us_content_eccns: eccns } : {}),
});

describe('734.4(a): US-origin content with no de minimis level', () => {
  test('BIS De minimis Rules Guidelines ("600 series .a-.x: 0% to Country Group D:5") and 734.4(a)(6): a UK-made aircraft part with 2 % US-origin 9A610.x content, to China → subject, licence', () => {
    const d = us(run({ exporter: 'GB', destination: 'CN', items: [foreignItem('9A610.x', 'GB', 2, ['9A610.x'])] }));
    assert.equal(d.rules[0]!.id, 'US-734.4(a)(6)-600-series-D5');
    assert.match(d.rules[0]!.why, /incorporates US-origin 9A610\.x/);
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });

  test('BIS De minimis Rules Guidelines ("25% to all other destinations"): the same part to France is not subject (2 % ≤ 25 %)', () => {
    const d = us(run({ exporter: 'GB', destination: 'FR', items: [foreignItem('9A610.x', 'GB', 2, ['9A610.x'])] }));
    assert.equal(d.decision, 'NOT_SUBJECT');
    assert.match(d.not_fired.find((r) => r.id === 'US-734.4(a)(6)-600-series-D5')!.why, /FR is not in D:5/);
  });

  test('BIS De minimis Rules Guidelines ("9x515 .a-.x items: 0% to Country Group D:5"): a French-made satellite bus with 1 % US-origin 9A515.x content, to Venezuela (D:5) → subject', () => {
    const d = us(run({ exporter: 'FR', destination: 'VE', items: [foreignItem('9A515.a', 'FR', 1, ['9A515.x'])] }));
    assert.ok(fired(d).includes('US-734.4(a)(6)-9x515-D5'));
    assert.notEqual(d.decision, 'NOT_SUBJECT');
  });

  test('BIS De minimis Rules Guidelines (".y items: 0% to China or E:1/E:2"): .y content is outside the D:5 rule but has no de minimis level to China', () => {
    const d = us(run({ exporter: 'DE', destination: 'CN', items: [foreignItem('9A610.y', 'DE', 1, ['9A610.y.1'])] }));
    assert.ok(!fired(d).includes('US-734.4(a)(6)-600-series-D5'));
    assert.ok(fired(d).includes('US-734.4-600y-9x515y-CN-E1-E2'));
  });

  test('15 CFR 734.4(a)(2): foreign-produced encryption technology incorporating US-origin 5E002 technology is subject whatever the share — Israeli technology with 1 % to Germany', () => {
    const d = us(run({ exporter: 'IL', destination: 'DE', items: [foreignItem('5E002.a', 'IL', 1, ['5E002.a'])] }));
    assert.equal(d.rules[0]!.id, 'US-734.4(a)(2)-5E002');
    assert.notEqual(d.decision, 'NOT_SUBJECT');
  });

  test('15 CFR 734.4(a)(3) (eCFR 2026): Korean-made 3B993.f.1 equipment with 3 % US content for advanced-node IC production in China → subject', () => {
    const d = us(
      run({
        exporter: 'KR',
        destination: 'CN',
        end_use: ['advanced_node_ic_production'],
        items: [foreignItem('3B993.f.1', 'KR', 3)],
      }),
    );
    assert.ok(fired(d).includes('US-734.4(a)(3)-3B993.f.1-advanced-node'));
    assert.notEqual(d.decision, 'NOT_SUBJECT');
  });

  test('15 CFR 734.4(a): without the ECCNs of the US content the exclusions cannot be checked — the item to China is left under the 25 % rule and the gap is stated', () => {
    const d = us(run({ exporter: 'TW', destination: 'CN', items: [foreignItem('3A001.b.2', 'TW', 10)] }));
    assert.equal(d.decision, 'NOT_SUBJECT');
    assert.ok(d.open_questions.some((q) => /us_content_eccns.*734\.4\(a\)/.test(q)));
  });

  test('Supp. No. 2 to part 734 (a)(1) and 87 FR 12226: content needing a licence to Russia under 746.8 counts — an Indian-made router with 30 % US-origin 5A991 content → subject, licence', () => {
    const d = us(run({ exporter: 'IN', destination: 'RU', items: [foreignItem('5A991', 'IN', 30, ['5A991.b'])] }));
    assert.equal(d.rules[0]!.id, 'US-734.4-de-minimis');
    assert.ok(fired(d).includes('US-746.8(a)(1)-Russia-Belarus-CCL'));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });

  test('input: an EAR99 entry among us_content_eccns is refused with its pointer', () => {
    assert.throws(
      () => run({ exporter: 'TW', destination: 'CN', items: [foreignItem('3A001.b.2', 'TW', 10, ['EAR99'])] }),
      /\/items\/0\/us_content_eccns\/0: 'EAR99' is not an ECCN/,
    );
  });
});

describe('Country Chart rows for Canada and partly transcribed destinations (738 Supp. 1)', () => {
  test('742.2(a)(1) and 738 Supp. 1 (Canada CB1 X): a 1C351.d.15 toxin to Canada needs a licence', () => {
    const d = us(run({ destination: 'CA', items: [item('1C351.d.15')] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(fired(d).includes('US-738-CB1'));
  });

  test('738 Supp. 1: a CB2-only pathogen (1C351.a) to Canada → NLR (Canada has no X in CB2)', () => {
    assert.equal(us(run({ destination: 'CA', items: [item('1C351.a')] })).decision, 'NO_LICENCE_REQUIRED');
  });

  test('742.17 and 738 Supp. 1 (Canada FC1 X, OAS member): a 0A501.a rifle to Canada needs a licence on FC1 alone', () => {
    const d = us(run({ destination: 'CA', items: [item('0A501.a')] }));
    assert.deepEqual(
      fired(d).filter((x) => x.startsWith('US-738-')),
      ['US-738-FC1'],
    );
  });

  test('BIS Deemed Exports FAQ and 734.13(b): releasing 3E001 (NS1) technology to an Indian national in a US lab → licence, decided on NS1 without an open question', () => {
    const d = us(run({ destination: 'US', technology_release_to: 'IN', items: [item('3E001')] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(!d.open_questions.some((q) => /column NS1/.test(q)));
  });

  test('BIS EAR99 guidance: releasing EAR99 technology to an Indian national with no listed party or prohibited end use → NLR', () => {
    assert.equal(
      us(run({ destination: 'US', technology_release_to: 'IN', items: [item('EAR99')] })).decision,
      'NO_LICENCE_REQUIRED',
    );
  });

  test('88 FR 73458 and BIS advanced computing FAQs: a 3A090.a datacenter GPU to Vietnam (D:1, not A:5/A:6) → licence', () => {
    const d = us(
      run({ destination: 'VN', items: [item('3A090.a', { parameters: { designed_for_datacenter: true } })] }),
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(fired(d).includes('US-742.6(a)(6)(iii)-D1-D4'));
  });
});

describe('AUKUS rule, 89 FR 28594 (effective 19 Apr 2024): the UK and Australia treated like Canada', () => {
  test('a 9A610.x military-aircraft part (NS1, RS1) to the UK needed a licence in 2023 and needs none in 2025', () => {
    assert.equal(
      us(run({ date: '2023-06-01', destination: 'GB', items: [item('9A610.x')] })).decision,
      'LICENCE_REQUIRED',
    );
    const d = us(run({ date: '2025-06-01', destination: 'GB', items: [item('9A610.x')] }));
    assert.equal(d.decision, 'NO_LICENCE_REQUIRED');
    assert.match(d.not_fired.find((r) => r.id === 'US-738-NS1')!.why, /no X in NS1 for GB/);
  });

  test('the chart footnote keeps 0x5zz firearms licensed: a 0A501.a rifle to Australia in 2025 → licence', () => {
    const d = us(run({ date: '2025-06-01', destination: 'AU', items: [item('0A501.a')] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(fired(d).includes('US-738-fn-AUKUS-0x5zz'));
  });
});

describe('Published enforcement cases', () => {
  const nudt = hit('us-bis-entity-list', 'National University of Defense Technology', {
    licenseRequirement: 'For all items subject to the EAR.',
    licensePolicy: 'Presumption of denial.',
  });
  const cadence = {
    date: '2018-06-01',
    destination: 'CN',
    parties: [{ role: 'end_user', name: 'Central South CAD Center (CSCC)', country: 'CN' }],
  };

  test('Cadence Design Systems (DOJ/BIS, plea of 28 Jul 2025): EDA software and hardware for NUDT (Entity List since 80 FR 8524, Feb 2015) via the alias CSCC → licence, presumption of denial', () => {
    const d = us(run({ ...cadence, items: [item('3D991'), item('EAR99')] }, { hits: [nudt] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.equal(d.policy, 'presumption_of_denial');
    assert.ok(fired(d).includes('US-744.11-entity-list'));
  });

  test('Cadence, 740.2(a): a software update for NUDT cannot go under License Exception TSU', () => {
    const d = us(run({ ...cadence, items: [item('3D991', { software_update: true })] }, { hits: [nudt] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(!fired(d).includes('US-740.13(c)-TSU-updates'));
  });

  test('ZTE settlement (BIS, 7 Mar 2017): US-origin telecom items (5A991) reexported from China to Iran → subject as US-origin (734.3(a)(2)), licence', () => {
    const d = us(run({ date: '2014-06-01', exporter: 'CN', destination: 'IR', items: [item('5A991')] }));
    assert.equal(d.rules[0]!.id, 'US-734.3(a)(2)');
    assert.ok(fired(d).includes('US-746.7-Iran'));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });
});
