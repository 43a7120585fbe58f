/**
 * Licence exceptions (15 CFR 740) and EU scenarios (Reg. 2021/821, Reg. 833/2014,
 * Reg. 765/2006), each naming its official source.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eu, fired, item, run, us } from './scenario-support.test';

describe('US licence exceptions (part 740)', () => {
  test('740.17(b)(1) ENC: a mass-market-grade 5A002 router to Germany, exporter states ENC eligibility → ENC', () => {
    const d = us(run({ destination: 'DE', items: [item('5A002.a', { enc_eligible: true })] }));
    assert.equal(d.decision, 'LICENCE_EXCEPTION');
    assert.equal(d.authorisation, 'ENC');
  });

  test('742.15(a) and 740.17: without a stated ENC eligibility the same 5A002 item to Japan → licence (NS1 and EI)', () => {
    const d = us(run({ destination: 'JP', items: [item('5A002.a')] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(fired(d).includes('US-742.15(a)-EI') && fired(d).includes('US-738-NS1'));
  });

  test('742.15(a): 5A002 to Canada → NLR (EI excepts Canada, no NS1 X for Canada)', () => {
    assert.equal(us(run({ destination: 'CA', items: [item('5A002.a')] })).decision, 'NO_LICENCE_REQUIRED');
  });

  test('740.17 and 746.2: ENC is never available to Cuba (E:2)', () => {
    const d = us(run({ destination: 'CU', items: [item('5A002.a', { enc_eligible: true })] }));
    assert.notEqual(d.decision, 'LICENCE_EXCEPTION');
  });

  test('740.3 LVS: 1C006.d (NS2, "LVS: $3000") worth USD 2,000 to Brazil (Group B) → LVS', () => {
    const d = us(run({ destination: 'BR', items: [item('1C006.d', { value: 2000 })] }));
    assert.equal(d.authorisation, 'LVS');
  });

  test('740.3(d): the same 1C006.d worth USD 5,000 exceeds the LVS limit; GBS (740.4, "Yes for 1C006.d") applies instead', () => {
    const d = us(run({ destination: 'BR', items: [item('1C006.d', { value: 5000 })] }));
    assert.equal(d.authorisation, 'GBS');
    assert.match(d.not_fired.find((r) => r.id === 'US-740.3-LVS')!.why, /exceeds the LVS limit of USD 3000/);
  });

  test('740.4 GBS: 3B002 ("GBS: Yes", NS2) to China is not Group B → licence', () => {
    const d = us(run({ destination: 'CN', items: [item('3B002')] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.match(d.not_fired.find((r) => r.id === 'US-740.4-GBS')!.why, /not in B/);
  });

  test('740.20(c)(1) STA: 9B005 gas-turbine control equipment (NS1) to Germany (A:5) with the consignee statement → STA', () => {
    const d = us(run({ destination: 'DE', items: [item('9B005', { sta_consignee_statement: true })] }));
    assert.equal(d.authorisation, 'STA');
    assert.ok(d.rules.at(-1)!.effect!.conditions!.some((c) => /consignee statement/.test(c)));
  });

  test('740.20(d)(2): without the prior consignee statement STA is unavailable → licence', () => {
    assert.equal(us(run({ destination: 'DE', items: [item('9B005')] })).decision, 'LICENCE_REQUIRED');
  });

  test('3A001 STA line (740.20(b)(2)): "STA may not be used to ship any item in 3A001.b.2" — an MMIC amplifier to Germany stays licensed', () => {
    const d = us(run({ destination: 'DE', items: [item('3A001.b.2', { sta_consignee_statement: true })] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.match(d.not_fired.find((r) => r.id === 'US-740.20(c)(1)-STA-A5')!.why, /may not be used/);
  });

  test('740.20(c)(2): STA to A:6 covers NS only — a 9A610.a aircraft part (NS1, RS1) to Israel stays licensed for RS', () => {
    const d = us(run({ destination: 'IL', items: [item('9A610.a', { sta_consignee_statement: true })] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.match(d.not_fired.find((r) => r.id === 'US-740.20(c)(2)-STA-A6')!.why, /does not cover the .*RS/);
  });
});

describe('EU: Reg. (EU) 2021/821', () => {
  const annexI = (code = '5A002.a') => ({
    classification: { EU: code, US: 'EAR99' },
    origin: 'DE',
    us_content_percent: 0,
  });

  test('Art. 3(1): an Annex I item exported from Germany to China needs an authorisation', () => {
    const d = eu(run({ exporter: 'DE', destination: 'CN', items: [annexI()] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.deepEqual(fired(d), ['EU-2021/821-Art.2', 'EU-2021/821-Art.3']);
  });

  test('Annex IIa (EU001): the same item to the United States → EU001, with its registration and X002 conditions', () => {
    const d = eu(run({ exporter: 'DE', destination: 'US', items: [annexI()] }));
    assert.equal(d.authorisation, 'EU001');
    assert.ok(d.rules.at(-1)!.effect!.conditions!.some((c) => /X002/.test(c)));
  });

  test('Annex IIa Part 2 as recast in 2021 includes Iceland: the same item to Iceland → EU001', () => {
    assert.equal(eu(run({ exporter: 'DE', destination: 'IS', items: [annexI()] })).authorisation, 'EU001');
  });

  test('Annex IIa Part 1: Annex IV nuclear items (0C001) are excluded from EU001 → authorisation to Japan', () => {
    const d = eu(run({ exporter: 'FR', destination: 'JP', items: [annexI('0C001')] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });

  test('Art. 3 applies to exports outside the Union only: Germany to the Netherlands → no authorisation (Annex IV transfers not modelled here)', () => {
    assert.equal(
      eu(run({ exporter: 'DE', destination: 'NL', items: [annexI('5A002.a')] })).decision,
      'NO_LICENCE_REQUIRED',
    );
  });

  test('Art. 4(1)(a): a non-listed item the exporter is informed is for a WMD programme in Iran → authorisation', () => {
    const d = eu(
      run({
        exporter: 'DE',
        destination: 'IR',
        end_use: ['wmd'],
        items: [{ classification: { EU: 'unlisted', US: 'EAR99' }, origin: 'DE', us_content_percent: 0 }],
      }),
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });

  test('Annex IIa Part 3: EU001 cannot be used when an Art. 4 end use is known — Annex I item to Japan for a WMD end use → authorisation', () => {
    const d = eu(run({ exporter: 'DE', destination: 'JP', end_use: ['wmd'], items: [annexI()] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });

  test('Art. 2(1): an exporter outside the Union is not reached by the EU regulation', () => {
    assert.equal(eu(run({ exporter: 'US', destination: 'CN', items: [item('5A002.a')] })).decision, 'NOT_SUBJECT');
  });
});

describe('EU: Russia and Belarus (Reg. 833/2014, Reg. 765/2006)', () => {
  const annexI = { classification: { EU: '3A001.a.1', US: 'EAR99' }, origin: 'DE', us_content_percent: 0 };

  test('Reg. 833/2014 Art. 2(1) (as replaced by Reg. 2022/328): an Annex I item to Russia → prohibited, and EU001-type exceptions are blocked', () => {
    const d = eu(run({ date: '2023-05-01', exporter: 'DE', destination: 'RU', items: [annexI] }));
    assert.equal(d.decision, 'PROHIBITED');
  });

  test('Commission FAQ on circumvention (Art. 2 "directly or indirectly"): via Kazakhstan to a Russian end user → prohibited', () => {
    const d = eu(
      run({
        date: '2024-03-01',
        exporter: 'DE',
        destination: 'KZ',
        parties: [{ role: 'end_user', name: 'OOO Mikron Trade', country: 'RU' }],
        items: [annexI],
      }),
    );
    assert.equal(d.decision, 'PROHIBITED');
    assert.match(d.rules.find((r) => r.id === 'EU-833/2014-Art.2(1)')!.why, /indirect export/);
  });

  test('contrast: the same item to a Kazakh end user → authorisation under Art. 3 (not prohibited)', () => {
    const d = eu(
      run({
        date: '2024-03-01',
        exporter: 'DE',
        destination: 'KZ',
        parties: [{ role: 'end_user', name: 'TOO Almaty Electronics', country: 'KZ' }],
        items: [annexI],
      }),
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });

  test('as of 2021 (before Reg. 2022/328) an Annex I item to a civil Russian end user needed an authorisation, not a prohibition', () => {
    assert.equal(
      eu(run({ date: '2021-10-01', exporter: 'DE', destination: 'RU', items: [annexI] })).decision,
      'LICENCE_REQUIRED',
    );
  });

  test('Reg. 765/2006 Art. 1e (inserted by Reg. 2022/355): an Annex I item to Belarus → prohibited', () => {
    assert.equal(
      eu(run({ date: '2023-05-01', exporter: 'PL', destination: 'BY', items: [annexI] })).decision,
      'PROHIBITED',
    );
  });
});
