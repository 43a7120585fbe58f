/**
 * EU scenarios beyond Art. 3: catch-alls (Arts. 4-5), intra-EU transfers (Art. 11), Union general
 * export authorisations EU002-EU008, and the Russia / Belarus measures (Reg. 833/2014 Arts. 2a,
 * 2b, 3k, 12, 12g; Reg. 765/2006 Art. 1f). Each test names the official text or guidance it is
 * built from.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { determineIntl, firedIds, listHit, of, why } from './scenario-intl-support.test';

const annexI = (code: string, extra: Record<string, unknown> = {}) => ({
  classification: { EU: code, US: 'EAR99' },
  origin: 'DE',
  us_content_percent: 0,
  ...extra,
});
const unlisted = (extra: Record<string, unknown> = {}) => annexI('unlisted', extra);

describe('Reg. (EU) 2021/821 catch-alls and Annex IV', () => {
  test('Art. 4(1)(a): BAFA informs a German exporter that an unlisted machine for Pakistan may be for a WMD programme → authorisation, presumption of denial', () => {
    const d = of(
      determineIntl({ exporter: 'DE', destination: 'PK', informed_by_authority: ['wmd'], items: [unlisted()] }),
      'EU',
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(firedIds(d).includes('EU-2021/821-Art.4(1)-informed'));
    assert.match(why(d, 'EU-2021/821-Art.4(1)-informed'), /informed by the competent authority of wmd/);
  });

  test('Art. 4(1) and Annex IIa conditions: once informed of a WMD use, EU001 cannot be used even to the United States', () => {
    const d = of(
      determineIntl({ exporter: 'DE', destination: 'US', informed_by_authority: ['wmd'], items: [annexI('2B001.b')] }),
      'EU',
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.match(why(d, 'EU-EU001'), /cannot be overcome/);
  });

  test('Art. 4(2): an exporter aware of a military end use in Myanmar (EU arms embargo, Decision 2013/184/CFSP) must notify; export waits for the authority', () => {
    const d = of(
      determineIntl({ exporter: 'FR', destination: 'MM', exporter_aware: ['military_end_use'], items: [unlisted()] }),
      'EU',
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(
      d.rules
        .find((r) => r.id === 'EU-2021/821-Art.4(2)-aware')!
        .effect!.conditions!.some((c) => /notify the competent authority/.test(c)),
    );
  });

  test('Art. 4(1)(b) reaches military end uses only in arms-embargoed countries: informed of a military end use in Norway, the rule does not fire', () => {
    const d = of(
      determineIntl({
        exporter: 'DE',
        destination: 'NO',
        informed_by_authority: ['military_end_use'],
        items: [annexI('2B001.b')],
      }),
      'EU',
    );
    assert.ok(!firedIds(d).includes('EU-2021/821-Art.4(1)(b)-informed'));
    assert.equal(d.authorisation, 'EU001');
  });

  test('Art. 5(1) (cyber-surveillance): informed that unlisted monitoring software is for internal repression → authorisation', () => {
    const d = of(
      determineIntl({
        exporter: 'IT',
        destination: 'EG',
        informed_by_authority: ['cyber_surveillance'],
        items: [unlisted()],
      }),
      'EU',
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(firedIds(d).includes('EU-2021/821-Art.5(1)-informed'));
  });

  test('Art. 5(2): aware through its own due diligence (Commission guidance on Art. 5, Recommendation (EU) 2024/2659) → notify, authority decides', () => {
    const d = of(
      determineIntl({ exporter: 'IT', destination: 'EG', exporter_aware: ['cyber_surveillance'], items: [unlisted()] }),
      'EU',
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(firedIds(d).includes('EU-2021/821-Art.5(2)-aware'));
  });

  test('Art. 11(1) and Annex IV: high explosives (1C239) from Germany to France need an intra-EU transfer authorisation', () => {
    const d = of(determineIntl({ exporter: 'DE', destination: 'FR', items: [annexI('1C239')] }), 'EU');
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.deepEqual(firedIds(d), ['EU-2021/821-Art.2', 'EU-2021/821-Art.11(1)']);
  });
});

describe('Union general export authorisations (Annex II)', () => {
  test('Annex IIb (EU002): fluorinated seals 1A001 from Germany to South Korea → EU002', () => {
    const d = of(determineIntl({ exporter: 'DE', destination: 'KR', items: [annexI('1A001.a')] }), 'EU');
    assert.equal(d.authorisation, 'EU002');
    assert.ok(d.rules.at(-1)!.effect!.conditions!.some((c) => /X002 and EU002/.test(c)));
  });

  test('Annex IIb: EU002 does not cover a 2B001 machine tool to South Korea → individual authorisation', () => {
    const d = of(determineIntl({ exporter: 'DE', destination: 'KR', items: [annexI('2B001.b')] }), 'EU');
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });

  test('Annex IId (EU004): a 6A003 camera shown at a fair in Brazil and brought back → EU004 with the return condition', () => {
    const d = of(
      determineIntl({
        exporter: 'NL',
        destination: 'BR',
        items: [
          { ...annexI('6A003.b.4'), classification: { EU: '6A003.b.4', NL: 'unlisted' }, temporary_exhibition: true },
        ],
      }),
      'EU',
    );
    assert.equal(d.authorisation, 'EU004');
    assert.ok(d.rules.at(-1)!.effect!.conditions!.some((c) => /120 days/.test(c)));
  });

  test('Annex IIg (EU007) is for intra-group transfers only: 3E001 technology to an unrelated Indian company → individual authorisation', () => {
    const d = of(determineIntl({ exporter: 'DE', destination: 'IN', items: [annexI('3E001')] }), 'EU');
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.match(why(d, 'EU-EU007'), /intra_group is not stated/);
  });

  test('Annex IIh (EU008) is not offered for encryption items to China (destinations excluded conservatively) → authorisation', () => {
    const d = of(determineIntl({ exporter: 'DE', destination: 'CN', items: [annexI('5A002.a')] }), 'EU');
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });
});

describe('Reg. 833/2014 (Russia) and Reg. 765/2006 (Belarus)', () => {
  test('Art. 2a and Annex VII (Commission consolidated FAQ, "Annex VII"): an unlisted item on Annex VII to Russia → prohibited', () => {
    const d = of(
      determineIntl({
        date: '2024-06-01',
        exporter: 'DE',
        destination: 'RU',
        items: [unlisted({ sanctions_lists: ['eu-833-annex-vii'] })],
      }),
      'EU',
    );
    assert.equal(d.decision, 'PROHIBITED');
    assert.ok(firedIds(d).includes('EU-833/2014-Art.2a'));
  });

  test('Art. 3k and Annex XXIII, "directly or indirectly" (Commission FAQ on circumvention): via Turkey to a Russian consignee → prohibited', () => {
    const d = of(
      determineIntl({
        date: '2024-06-01',
        exporter: 'DE',
        destination: 'TR',
        parties: [{ role: 'consignee', name: 'OOO Stankoimport Trade', country: 'RU' }],
        items: [unlisted({ sanctions_lists: ['eu-833-annex-xxiii'] })],
      }),
      'EU',
    );
    assert.equal(d.decision, 'PROHIBITED');
    assert.ok(firedIds(d).includes('EU-833/2014-Art.3k'));
  });

  test('Art. 3k applies from the 5th package (Reg. 2022/576): the same Annex XXIII item to Russia in March 2022 was not yet banned under 3k', () => {
    const d = of(
      determineIntl({
        date: '2022-03-15',
        exporter: 'DE',
        destination: 'RU',
        items: [unlisted({ sanctions_lists: ['eu-833-annex-xxiii'] })],
      }),
      'EU',
    );
    assert.ok(!firedIds(d).includes('EU-833/2014-Art.3k'));
  });

  test('Art. 12 (circumvention) and the Commission guidance on enhanced due diligence (Sept 2023): aware of a diversion from Armenia to Russia → prohibited', () => {
    const d = of(
      determineIntl({
        date: '2024-06-01',
        exporter: 'DE',
        destination: 'AM',
        exporter_aware: ['diversion_to_russia'],
        items: [unlisted({ hs: '845811' })],
      }),
      'EU',
    );
    assert.equal(d.decision, 'PROHIBITED');
    assert.ok(firedIds(d).includes('EU-833/2014-Art.12'));
  });

  test('Art. 2b and Annex IV (Commission FAQ on Arts. 2, 2a, 2b of 16 Mar 2022): an Annex I item to a third-country entity listed in Annex IV → prohibited, no derogation', () => {
    const d = of(
      determineIntl(
        {
          date: '2024-06-01',
          exporter: 'DE',
          destination: 'CN',
          parties: [{ role: 'end_user', name: 'Example Electronics Ltd', country: 'CN' }],
          items: [annexI('3A001.a.1')],
        },
        { hits: [listHit('eu-833-annex-iv', 'Example Electronics Ltd')] },
      ),
      'EU',
    );
    assert.equal(d.decision, 'PROHIBITED');
    assert.ok(firedIds(d).includes('EU-833/2014-Art.2b-AnnexIV'));
  });

  test('Art. 12g and the Commission FAQ on the "no re-export to Russia" clause: CHPL microcontrollers (HS 854231) to Kyrgyzstan without the clause → obligation not met (not a prohibition)', () => {
    const d = of(
      determineIntl({ date: '2024-06-01', exporter: 'DE', destination: 'KG', items: [unlisted({ hs: '854231' })] }),
      'EU',
    );
    assert.equal(d.decision, 'NO_LICENCE_REQUIRED');
    assert.deepEqual(
      d.obligations!.map((o) => [o.id, o.met]),
      [['EU-833/2014-Art.12g', false]],
    );
    assert.ok(d.open_questions.some((q) => /EU-833\/2014-Art\.12g: obligation not shown as met/.test(q)));
  });

  test('Art. 12g: with the clause in the contract the obligation is met', () => {
    const d = of(
      determineIntl({
        date: '2024-06-01',
        exporter: 'DE',
        destination: 'KG',
        contract_clauses: ['no_re_export_to_russia'],
        items: [unlisted({ hs: '854231' })],
      }),
      'EU',
    );
    assert.equal(d.obligations![0]!.met, true);
  });

  test('Art. 12g does not apply to partner countries of Annex VIII (Commission FAQ on Art. 12g): the same chips to Japan carry no obligation', () => {
    const d = of(
      determineIntl({ date: '2024-06-01', exporter: 'DE', destination: 'JP', items: [unlisted({ hs: '854231' })] }),
      'EU',
    );
    assert.equal(d.obligations, undefined);
  });

  test('Art. 12g applies from 20 March 2024 (Reg. 2023/2878): a January 2024 sale carries no clause obligation', () => {
    const d = of(
      determineIntl({ date: '2024-01-15', exporter: 'DE', destination: 'KG', items: [unlisted({ hs: '854231' })] }),
      'EU',
    );
    assert.equal(d.obligations, undefined);
  });

  test('Reg. 765/2006 Art. 1f (Annex Va): an Annex Va item to Belarus → prohibited', () => {
    const d = of(
      determineIntl({
        date: '2024-06-01',
        exporter: 'PL',
        destination: 'BY',
        items: [unlisted({ sanctions_lists: ['eu-765-annex-va'] })],
      }),
      'EU',
    );
    assert.equal(d.decision, 'PROHIBITED');
  });
});
