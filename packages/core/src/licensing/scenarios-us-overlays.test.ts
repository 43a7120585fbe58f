/**
 * US EAR scenarios for advanced computing, SME, parts 744 and 746, each naming its source.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fired, hit, item, run, us } from './scenario-support.test';

const gpu = (code = '3A090.a', extra: Record<string, unknown> = {}) =>
  item(code, { hs: '854231', value: 250000, quantity: 10, ...extra });

describe('Advanced computing (742.6(a)(6); 87 FR 62186, 88 FR 73458)', () => {
  test('88 FR 73458 (Oct 2023 AC/S rule): a 3A090.a datacenter GPU to China → licence, presumption of denial', () => {
    const d = us(run({ destination: 'CN', items: [gpu()] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.equal(d.policy, 'presumption_of_denial');
    assert.ok(fired(d).includes('US-742.6(a)(6)(iii)-D5'));
  });

  test('87 FR 62186 (7 Oct 2022 rule): the same GPU to China in January 2023 → licence under the 2022 rule version', () => {
    const d = us(run({ date: '2023-01-15', destination: 'CN', items: [gpu()] }));
    assert.deepEqual(
      fired(d).filter((id) => id.startsWith('US-742.6')),
      ['US-742.6(a)(6)(i)-2022'],
    );
  });

  test('issue 5 example: an H100-class GPU given by its parameters is classified 3A090.a by the classification engine → licence to China', () => {
    const d = us(
      run({
        destination: 'CN',
        items: [
          {
            parameters: {
              item_kind: 'integrated_circuit',
              dense_tops: 1979,
              bit_length: 8,
              die_area_mm2: 814,
              designed_for_datacenter: true,
            },
            origin: 'US',
          },
        ],
      }),
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.match(d.rules.find((r) => r.id === 'US-742.6(a)(6)(iii)-D5')!.why, /3A090\.a/);
  });

  test('as of 1 Aug 2022, before 3A090 existed (and before the Aug-2022 "is informed" letters), an A100-class GPU to China needed no licence (AT1 only)', () => {
    const d = us(run({ date: '2022-08-01', destination: 'CN', items: [gpu()] }));
    assert.equal(d.decision, 'NO_LICENCE_REQUIRED');
  });

  test('88 FR 2821 (18 Jan 2023, "Updates to the Controls To Add Macau"): a 4A090.a server to Macau in March 2023 → licence under that rule version', () => {
    const d = us(run({ date: '2023-03-01', destination: 'MO', items: [item('4A090.a')] }));
    assert.deepEqual(
      fired(d).filter((id) => id.startsWith('US-742.6')),
      ['US-742.6(a)(6)(i)-2023-Macau'],
    );
  });

  test('88 FR 73458: the Oct 2023 rule reaches D:4 destinations outside A:5/A:6 — a 3A090.a GPU to Saudi Arabia (D:4; the UAE is A:5 in the eCFR of 2026-09-24) → licence', () => {
    const d = us(run({ destination: 'SA', items: [gpu()] }));
    assert.ok(fired(d).includes('US-742.6(a)(6)(iii)-D1-D4'));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });

  test('742.6(a)(6)(iii): Macau is named with D:5 — a 4A090.a server to Macau → licence, presumption of denial', () => {
    const d = us(run({ destination: 'MO', items: [item('4A090.a')] }));
    assert.equal(d.policy, 'presumption_of_denial');
  });

  test('BIS statement of 13 May 2025 (AI-diffusion rule not enforced): a 3A090.a GPU to the Netherlands (A:5) → NLR by default', () => {
    const d = us(run({ destination: 'NL', items: [gpu()] }));
    assert.equal(d.decision, 'NO_LICENCE_REQUIRED');
    assert.ok(!d.not_fired.some((r) => r.id.includes('AI-diffusion')), 'the opt-in rule is not even considered');
  });

  test('90 FR 4544 (AI-diffusion rule, Jan 2025) switched on: the same GPU to the Netherlands → licence', () => {
    const d = us(run({ destination: 'NL', items: [gpu()] }, { optIn: ['US-742.6(a)(6)(iii)(A)-AI-diffusion'] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });

  test('89 FR 96790 (Dec 2024): HBM 3A090.c to China → licence, presumption of denial', () => {
    const d = us(run({ date: '2025-06-01', destination: 'CN', items: [item('3A090.c')] }));
    assert.ok(fired(d).includes('US-742.6(a)(6)(i)(B)-HBM'));
  });

  test('742.4(a)(4) (88 FR 73424): an EUV/DUV lithography tool 3B001.f.1 to China → licence, presumption of denial', () => {
    const d = us(run({ destination: 'CN', items: [item('3B001.f.1.b')] }));
    assert.ok(fired(d).includes('US-742.4(a)(4)-SME'));
    assert.equal(d.policy, 'presumption_of_denial');
  });

  test('3B001 License Requirements: the same lithography tool to Japan → NLR (its NS/RS control is Macau + D:5 only)', () => {
    assert.equal(us(run({ destination: 'JP', items: [item('3B001.f.1.b')] })).decision, 'NO_LICENCE_REQUIRED');
  });
});

describe('Part 744 end users and end uses', () => {
  const huawei = hit('us-bis-entity-list', 'Huawei Technologies Co., Ltd.', {
    licenseRequirement: 'For all items subject to the EAR, see §§ 734.9(e)(1) and 744.11 of the EAR.',
    licensePolicy: 'Presumption of denial.',
  });
  const party = [{ role: 'end_user', name: 'Huawei Technologies', country: 'CN' }];

  test('84 FR 22961 (Huawei added to the Entity List, May 2019): even an EAR99 item → licence, presumption of denial', () => {
    const d = us(run({ destination: 'CN', parties: party, items: [item('EAR99')] }, { hits: [huawei] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.equal(d.policy, 'presumption_of_denial');
    assert.match(d.rules.find((r) => r.id === 'US-744.11-entity-list')!.why, /734\.9\(e\)\(1\)/);
  });

  test('740.2(a) and 744.11: no licence exception overcomes an Entity List requirement — a 1C006 shipment within LVS stays licensed', () => {
    const d = us(
      run({ destination: 'CN', parties: party, items: [item('1C006.d', { value: 100 })] }, { hits: [huawei] }),
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.match(d.not_fired.find((r) => r.id === 'US-740.3-LVS')!.why, /cannot be overcome by a licence exception/);
  });

  test('CSL entry text "Policy of denial." (87 FR 20299, Belarus entities) maps to the policy "denial"', () => {
    const d = us(
      run(
        { destination: 'BY', parties: party, items: [item('EAR99', { hs: '940360' })] },
        {
          hits: [
            hit('us-bis-entity-list', 'JSC Plant', {
              licenseRequirement: 'For all items subject to the EAR.',
              licensePolicy: 'Policy of denial.',
            }),
          ],
        },
      ),
    );
    assert.equal(d.policy, 'denial');
  });

  test('744.21 and the MEU list (85 FR 83793): a 3A991 chip to a listed Chinese military end user → licence, presumption of denial', () => {
    const d = us(
      run(
        { destination: 'CN', parties: party, items: [item('3A991.a')] },
        { hits: [hit('us-bis-meu', 'Aviation Industry Corp')] },
      ),
    );
    assert.ok(fired(d).includes('US-744.21-MEU-list'));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });

  test('744.21(a) (85 FR 23459): a 3A991 chip stated for a military end use in China → licence, presumption of denial', () => {
    const d = us(run({ destination: 'CN', end_use: ['military'], items: [item('3A991.a')] }));
    assert.deepEqual(
      fired(d).filter((x) => x.startsWith('US-744')),
      ['US-744.21-military-end-use'],
    );
  });

  test('744.23 (87 FR 62186): an EAR99 item for a supercomputer end use in China → licence', () => {
    assert.equal(
      us(run({ destination: 'CN', end_use: ['supercomputer'], items: [item('EAR99')] })).decision,
      'LICENCE_REQUIRED',
    );
  });

  test('General Prohibition 4 (736.2(b)(4)): a denied person as a party → prohibited', () => {
    assert.equal(
      us(
        run(
          { destination: 'DE', parties: party, items: [item('EAR99')] },
          { hits: [hit('us-bis-dpl', 'Denied GmbH')] },
        ),
      ).decision,
      'PROHIBITED',
    );
  });

  test('744.8 / OFAC: an SDN as end user → prohibited', () => {
    assert.equal(
      us(
        run(
          { destination: 'AE', parties: party, items: [item('EAR99')] },
          { hits: [hit('us-ofac-sdn', 'Listed Trading LLC')] },
        ),
      ).decision,
      'PROHIBITED',
    );
  });
});

describe('Part 746 embargoes', () => {
  test('746.2 (Cuba): every item subject to the EAR, even EAR99 → licence, general policy of denial', () => {
    const d = us(run({ destination: 'CU', items: [item('EAR99')] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.equal(d.policy, 'denial');
  });

  test('746.7 and 31 CFR 560.204 (Iran): an EAR99 item from the US → licence required', () => {
    assert.equal(us(run({ destination: 'IR', items: [item('EAR99')] })).decision, 'LICENCE_REQUIRED');
  });

  test('746.4 (North Korea): an EAR99 item → licence required', () => {
    assert.equal(us(run({ destination: 'KP', items: [item('EAR99')] })).decision, 'LICENCE_REQUIRED');
  });

  test('746.8(a)(1) (87 FR 12226): an AT-only 5A991 item to Russia → licence, policy of denial', () => {
    const d = us(run({ date: '2023-06-01', destination: 'RU', items: [item('5A991.b')] }));
    assert.ok(fired(d).includes('US-746.8(a)(1)-Russia-Belarus-CCL'));
    assert.equal(d.policy, 'denial');
  });

  test('746.8(a)(2) and Supp. 4 (88 FR 12150): an EAR99 laptop (HTS 847130) to Russia → licence', () => {
    const d = us(run({ date: '2023-06-01', destination: 'RU', items: [item('EAR99', { hs: '847130' })] }));
    assert.ok(fired(d).includes('US-746.8(a)(2)-Russia-Belarus-HTS'));
  });

  test('746.8(a)(1): a 3A991 chip to Belarus → licence', () => {
    assert.equal(
      us(run({ date: '2024-01-10', destination: 'BY', items: [item('3A991.a')] })).decision,
      'LICENCE_REQUIRED',
    );
  });

  test('740.2(a) and 746.8(c): ENC cannot authorise an encryption item to Russia', () => {
    const d = us(run({ destination: 'RU', items: [item('5A002.a', { enc_eligible: true })] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.match(d.not_fired.find((r) => r.id === 'US-740.17-ENC')!.why, /US-746\.8\(a\)\(1\)/);
  });
});
