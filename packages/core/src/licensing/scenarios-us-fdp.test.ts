/**
 * US EAR scenarios for the foreign direct product rules (734.9), the published and fundamental
 * research exclusions (734.7, 734.8) and licence exceptions NAC/ACA, TSR, TMP, RPL, GOV, BAG —
 * each naming the official source it is built from.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fired, hit, item, run, us } from './scenario-support.test';

const foreign = (code: string, origin: string, extra: Record<string, unknown> = {}) => ({
  classification: { US: code },
  origin,
  us_content_percent: 0,
  made_with_us_technology: true,
  ...extra,
});

describe('Foreign direct product rules (15 CFR 734.9)', () => {
  test('87 FR 62186 (Oct 2022 AC rule, 734.9(h)): a Taiwan-made 3A090.a GPU produced with US EDA software, shipped from Taiwan to China in 2023 → subject, licence', () => {
    const d = us(run({ date: '2023-03-01', exporter: 'TW', destination: 'CN', items: [foreign('3A090.a', 'TW')] }));
    assert.ok(fired(d).includes('US-734.9(h)-AC-FDP-2022'));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });

  test('87 FR 62186: the same GPU without US technology in its production and with no US content is not subject to the EAR', () => {
    const d = us(
      run({
        date: '2023-03-01',
        exporter: 'TW',
        destination: 'CN',
        items: [foreign('3A090.a', 'TW', { made_with_us_technology: false })],
      }),
    );
    assert.equal(d.decision, 'NOT_SUBJECT');
  });

  test('88 FR 73458 (Oct 2023 AC/S rule): the AC FDP rule reaches D:1/D:4 destinations — a Taiwan-made 3A090.a GPU to Saudi Arabia (D:4; the UAE is A:5 in the eCFR of 2026-09-24) → subject, licence (presumption of approval)', () => {
    const d = us(run({ exporter: 'TW', destination: 'SA', items: [foreign('3A090.a', 'TW')] }));
    assert.ok(fired(d).includes('US-734.9(h)-AC-FDP-2023'));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.equal(d.policy, 'presumption_of_approval');
  });

  test('88 FR 73458: the AC FDP rule excludes A:5/A:6 destinations — a Taiwan-made 3A090.a GPU to Japan is not subject', () => {
    assert.equal(
      us(run({ exporter: 'TW', destination: 'JP', items: [foreign('3A090.a', 'TW')] })).decision,
      'NOT_SUBJECT',
    );
  });

  test('87 FR 62186 (734.9(i), supercomputer FDP): a Korean-made server board produced with US technology for a supercomputer in China → subject, licence under 744.23', () => {
    const d = us(
      run({ exporter: 'KR', destination: 'CN', end_use: ['supercomputer'], items: [foreign('EAR99', 'KR')] }),
    );
    assert.ok(fired(d).includes('US-734.9(i)-supercomputer-FDP'));
    assert.ok(fired(d).includes('US-744.23-advanced-computing-end-use'));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });

  test('87 FR 12226 (Russia rule, 734.9(f)): an Indian-made 5A991 router, direct product of US technology, shipped from India to Russia → subject, licence (policy of denial, 746.8(b))', () => {
    const d = us(run({ exporter: 'IN', destination: 'RU', items: [foreign('5A991', 'IN')] }));
    assert.ok(fired(d).includes('US-734.9(f)-Russia-Belarus-FDP'));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });

  test('87 FR 12226 and Supp. No. 3 to part 746: the Russia FDP rule excludes items exported from partner countries — a German-made 5A991 router from Germany is left to EU law', () => {
    const d = us(run({ exporter: 'DE', destination: 'RU', items: [foreign('5A991', 'DE')] }));
    assert.ok(!fired(d).includes('US-734.9(f)-Russia-Belarus-FDP'));
    assert.equal(d.decision, 'NOT_SUBJECT');
  });

  test('87 FR 12226 (734.9(g), Russia MEU FDP): any foreign direct product — even EAR99 — for an Entity List footnote-3 military end user in Russia → subject, licence', () => {
    const meu = hit('us-bis-entity-list', 'Example Russian MEU', {
      licenseRequirement: 'For all items subject to the EAR. See §§ 734.9(g), 746.8(a)(3), and 744.21 of the EAR.',
      licensePolicy: 'Policy of denial.',
    });
    const d = us(
      run(
        {
          exporter: 'IN',
          destination: 'RU',
          items: [foreign('EAR99', 'IN')],
          parties: [{ role: 'end_user', name: 'Example Russian MEU', country: 'RU' }],
        },
        { hits: [meu] },
      ),
    );
    assert.ok(fired(d).includes('US-734.9(g)-Russia-Belarus-MEU-FDP'));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.equal(d.policy, 'denial');
  });

  test('89 FR 96790 (Dec 2024 SME rule): Korean-made deposition equipment (3B001) produced with US technology, to China → subject under the SME FDP rule, licence', () => {
    const d = us(run({ exporter: 'KR', destination: 'CN', items: [foreign('3B001.c', 'KR')] }));
    assert.ok(fired(d).includes('US-734.9(k)-SME-FDP'));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });

  test('89 FR 96790: Japan and the Netherlands are exempt from the SME FDP rule — Japanese-made 3B001 equipment to China is left to Japanese law', () => {
    const d = us(run({ exporter: 'JP', destination: 'CN', items: [foreign('3B001.c', 'JP')] }));
    assert.ok(!fired(d).includes('US-734.9(k)-SME-FDP'));
    assert.equal(d.decision, 'NOT_SUBJECT');
  });

  test('89 FR 96790, before its effective date: the same Korean-made equipment in November 2024 was not reached by the SME FDP rule', () => {
    assert.equal(
      us(run({ date: '2024-11-15', exporter: 'KR', destination: 'CN', items: [foreign('3B001.c', 'KR')] })).decision,
      'NOT_SUBJECT',
    );
  });
});

describe('Published and fundamental research exclusions (15 CFR 734.7, 734.8; Supp. No. 1 to part 734)', () => {
  test('15 CFR 734.7(a): technology already published in a journal is not subject, even to China', () => {
    const d = us(run({ destination: 'CN', items: [item('3E001', { published: true })] }));
    assert.ok(fired(d).includes('US-734.7-published'));
    assert.equal(d.decision, 'NOT_SUBJECT');
  });

  test('15 CFR 734.8 and 734.13(b): results of university fundamental research shown to a Chinese graduate student are not a deemed export', () => {
    const d = us(
      run({ destination: 'US', technology_release_to: 'CN', items: [item('3E001', { fundamental_research: true })] }),
    );
    assert.ok(fired(d).includes('US-734.8-fundamental-research'));
    assert.equal(d.decision, 'NOT_SUBJECT');
  });

  test('15 CFR 734.8(a): the exclusion covers technology and software, not equipment — a 3A001 chip from a research lab to China stays subject', () => {
    const d = us(run({ destination: 'CN', items: [item('3A001.a.1', { fundamental_research: true })] }));
    assert.ok(!fired(d).includes('US-734.8-fundamental-research'));
    assert.notEqual(d.decision, 'NOT_SUBJECT');
  });

  test('15 CFR 734.8: proprietary research (no fundamental_research statement) released to a Chinese national needs a licence for NS-controlled 3E001 technology', () => {
    const d = us(run({ destination: 'US', technology_release_to: 'CN', items: [item('3E001')] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });
});

describe('Licence exceptions NAC/ACA, TMP, RPL, GOV, BAG, TSR (15 CFR 740)', () => {
  const gaming = (extra: Record<string, unknown> = {}) => ({
    classification: { US: '3A090.a' },
    origin: 'US',
    parameters: { designed_for_datacenter: false },
    value: 1599,
    quantity: 1,
    ...extra,
  });

  test('88 FR 73458 and BIS NAC guidance: a gaming GPU meeting 3A090.a but not designed or marketed for datacenters, to China after a NAC notification → License Exception NAC', () => {
    const d = us(run({ destination: 'CN', items: [gaming({ nac_notified: true })] }));
    assert.equal(d.decision, 'LICENCE_EXCEPTION');
    assert.equal(d.authorisation, 'NAC');
  });

  test('740.8(a): NAC excludes datacenter items meeting 3A090.a — an H100-class GPU to China stays licence required even if notified', () => {
    const d = us(
      run({
        destination: 'CN',
        items: [{ ...gaming({ nac_notified: true }), parameters: { designed_for_datacenter: true } }],
      }),
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.match(d.not_fired.find((r) => r.id === 'US-740.8-NAC')!.why, /designed_for_datacenter = true/);
  });

  test('740.8(a)(2): without the notification NAC is not available to China', () => {
    assert.equal(us(run({ destination: 'CN', items: [gaming()] })).decision, 'LICENCE_REQUIRED');
  });

  test('89 FR 23876 (Apr 2024, NAC/ACA split): a 3A090.b accelerator to Saudi Arabia (D:4, not D:5; the UAE is A:5 in the eCFR of 2026-09-24) → License Exception ACA, no notification', () => {
    const d = us(
      run({ destination: 'SA', items: [item('3A090.b', { parameters: { designed_for_datacenter: false } })] }),
    );
    assert.equal(d.decision, 'LICENCE_EXCEPTION');
    assert.equal(d.authorisation, 'ACA');
  });

  test('15 CFR 740.9(a): an NS2-controlled 5-axis machine tool (2B001.b, no LVS/GBS) shown at a trade fair in Brazil and brought back → License Exception TMP', () => {
    const d = us(run({ destination: 'BR', items: [item('2B001.b', { temporary_export: true })] }));
    assert.equal(d.decision, 'LICENCE_EXCEPTION');
    assert.equal(d.authorisation, 'TMP');
  });

  test('15 CFR 740.2(a) and 746.7: TMP is not available for Iran — the same oscilloscope to Iran needs a licence', () => {
    assert.equal(
      us(run({ destination: 'IR', items: [item('3A002.a', { temporary_export: true })] })).decision,
      'LICENCE_REQUIRED',
    );
  });

  test('15 CFR 740.10(a): one-for-one replacement parts (2B001.b) for a machine tool lawfully exported to Brazil → License Exception RPL', () => {
    const d = us(run({ destination: 'BR', items: [item('2B001.b', { replacement_parts: true })] }));
    assert.equal(d.decision, 'LICENCE_EXCEPTION');
    assert.equal(d.authorisation, 'RPL');
  });

  test('15 CFR 740.11(c): RS1-controlled thermal cameras (6A003.b.4) for the German federal police → License Exception GOV', () => {
    const d = us(run({ destination: 'DE', items: [item('6A003.b.4', { government_end_user: true })] }));
    assert.equal(d.decision, 'LICENCE_EXCEPTION');
    assert.equal(d.authorisation, 'GOV');
    assert.ok(fired(d).includes('US-738-RS1'));
  });

  test('15 CFR 740.11(c)(1): GOV is for government end users only — the same cameras for a German private security firm need a licence', () => {
    assert.equal(us(run({ destination: 'DE', items: [item('6A003.b.4')] })).decision, 'LICENCE_REQUIRED');
  });

  test("15 CFR 740.14: an engineer's own laptop with 5A002.a encryption carried in his baggage to India → License Exception BAG", () => {
    const d = us(run({ destination: 'IN', items: [item('5A002.a', { personal_baggage: true })] }));
    assert.equal(d.decision, 'LICENCE_EXCEPTION');
    assert.equal(d.authorisation, 'BAG');
  });

  test("15 CFR 740.6(a): NS-only technology (3E002) to Brazil with the consignee's written assurance → License Exception TSR", () => {
    const d = us(run({ destination: 'BR', items: [item('3E002', { tsr_written_assurance: true })] }));
    assert.equal(d.decision, 'LICENCE_EXCEPTION');
    assert.equal(d.authorisation, 'TSR');
  });

  test('15 CFR 740.6: TSR cannot cover technology also controlled for MT (3E001 to Brazil) — licence required, and the reason is given', () => {
    const d = us(run({ destination: 'BR', items: [item('3E001', { tsr_written_assurance: true })] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.match(d.not_fired.find((r) => r.id === 'US-740.6-TSR')!.why, /does not cover the MT/);
  });
});
