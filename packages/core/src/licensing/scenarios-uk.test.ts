/**
 * UK scenarios: Export Control Order 2008, the retained dual-use regulation and its open general
 * licences, and the Russia (Sanctions) (EU Exit) Regulations 2019. Each test names its official
 * source (legislation.gov.uk texts, ECJU / OTSI guidance on GOV.UK).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { determineIntl, firedIds, listHit, of, why } from './scenario-intl-support.test';

const ukItem = (code: string, extra: Record<string, unknown> = {}) => ({
  classification: { UK: code, US: 'EAR99' },
  origin: 'GB',
  us_content_percent: 0,
  ...extra,
});

describe('UK export controls (Export Control Order 2008, retained Reg. 428/2009)', () => {
  test('ECJU guidance "Export controls: dual-use items": a dual-use item (3A001.a.1) from Great Britain to China needs a licence (SIEL)', () => {
    const r = determineIntl({ exporter: 'GB', destination: 'CN', items: [ukItem('3A001.a.1')] });
    assert.equal(of(r, 'UK').decision, 'LICENCE_REQUIRED');
    assert.ok(firedIds(of(r, 'UK')).includes('UK-428/2009-art.3'));
    assert.equal(of(r, 'EU').decision, 'NOT_SUBJECT');
  });

  test('ECJU OGEL "Export of dual-use items to EU member states" (since 1 Jan 2021): the same item to Germany → OGEL, with registration', () => {
    const d = of(determineIntl({ exporter: 'GB', destination: 'DE', items: [ukItem('3A001.a.1')] }), 'UK');
    assert.equal(d.decision, 'LICENCE_EXCEPTION');
    assert.equal(d.authorisation, 'OGEL dual-use to EU');
    assert.ok(d.rules.at(-1)!.effect!.conditions!.some((c) => /register/.test(c)));
  });

  test('Retained Reg. 428/2009 art. 3: before 1 Jan 2021 the UK applied the EU regime, so the UK-only dual-use rule is not in force in 2020', () => {
    const d = of(
      determineIntl({ date: '2020-06-01', exporter: 'GB', destination: 'CN', items: [ukItem('3A001.a.1')] }),
      'UK',
    );
    assert.ok(!firedIds(d).includes('UK-428/2009-art.3'));
  });

  test('Export Control Order 2008 art. 3 and Schedule 2: military aircraft parts (ML10.a) to Saudi Arabia need a licence', () => {
    const d = of(determineIntl({ exporter: 'GB', destination: 'SA', items: [ukItem('ML10.a')] }), 'UK');
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.deepEqual(firedIds(d), ['UK-ECO2008-exporter', 'UK-ECO2008-art.3-military']);
  });

  test('Export Control Order 2008 Schedule 3 entry PL9010 (non-military firearms, S.I. 2015/940): export to Kenya needs a licence', () => {
    const d = of(determineIntl({ exporter: 'GB', destination: 'KE', items: [ukItem('PL9010')] }), 'UK');
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(firedIds(d).includes('UK-ECO2008-art.3-national'));
  });
});

describe('UK catch-all (retained Reg. 428/2009 art. 4)', () => {
  test('ECJU guidance on end-use controls: informed by the Secretary of State that an unlisted item for the UAE may be for WMD use → licence required', () => {
    const d = of(
      determineIntl({ exporter: 'GB', destination: 'AE', informed_by_authority: ['wmd'], items: [ukItem('unlisted')] }),
      'UK',
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(firedIds(d).includes('UK-428/2009-art.4'));
  });

  test('an OGEL cannot be used once the exporter knows of a WMD end use: a dual-use item to Germany then needs a SIEL', () => {
    const d = of(
      determineIntl({ exporter: 'GB', destination: 'DE', exporter_aware: ['wmd'], items: [ukItem('3A001.a.1')] }),
      'UK',
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.match(why(d, 'UK-OGEL-dual-use-EU'), /cannot be overcome/);
  });
});

describe('UK classification derived from the multilateral entry', () => {
  test('ECO 2008 art. 2 ("the assimilated dual-use Regulation", Annex I numbering): an item given only as EU 3A001.a.1 is read as UK 3A001.a.1, with a question to confirm', () => {
    const d = of(
      determineIntl({
        exporter: 'GB',
        destination: 'CN',
        items: [{ classification: { EU: '3A001.a.1' }, origin: 'GB' }],
      }),
      'UK',
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(d.open_questions.some((q) => /classification\.UK taken as 3A001\.a\.1 from classification\.EU/.test(q)));
  });

  test('an EU-only "500-series" entry (Delegated Reg. (EU) 2025/2003, 3A501) is not carried over: the UK answer fails closed on an unknown classification', () => {
    const d = of(
      determineIntl({ exporter: 'GB', destination: 'CN', items: [{ classification: { EU: '3A501' }, origin: 'GB' }] }),
      'UK',
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.match(d.rules.find((r) => r.id === 'UK-ECO2008-art.3-military')!.why, /classification unknown: assumed/);
  });
});

describe('UK Russia sanctions (S.I. 2019/855)', () => {
  test('reg. 22 (as amended by S.I. 2022/195) and OTSI/FCDO Russia sanctions guidance: a dual-use item to Russia → prohibited', () => {
    const d = of(
      determineIntl({ date: '2023-05-01', exporter: 'GB', destination: 'RU', items: [ukItem('3A001.a.1')] }),
      'UK',
    );
    assert.equal(d.decision, 'PROHIBITED');
    assert.ok(firedIds(d).includes('UK-Russia-reg.22-restricted'));
  });

  test('reg. 22 "for use in Russia": an unlisted critical-industry good (Schedule 2A) via Kazakhstan to a Russian end user → prohibited', () => {
    const d = of(
      determineIntl({
        date: '2023-05-01',
        exporter: 'GB',
        destination: 'KZ',
        parties: [{ role: 'end_user', name: 'OOO Uralmash Service', country: 'RU' }],
        items: [ukItem('unlisted', { sanctions_lists: ['uk-rus-sch-2a'] })],
      }),
      'UK',
    );
    assert.equal(d.decision, 'PROHIBITED');
    assert.match(why(d, 'UK-Russia-reg.22-restricted'), /indirect export/);
  });

  test('reg. 22 as in force in 2021 reached military goods only: a dual-use item to Russia then needed a licence, not a prohibition', () => {
    const d = of(
      determineIntl({ date: '2021-06-01', exporter: 'GB', destination: 'RU', items: [ukItem('3A001.a.1')] }),
      'UK',
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });

  test('S.I. 2022/452 (legislation.gov.uk, in force 14 Apr 2022) added Schedule 2E: quantum / advanced-materials goods to Russia are prohibited from that day, not before', () => {
    const item = ukItem('unlisted', { sanctions_lists: ['uk-rus-sch-2e'] });
    assert.equal(
      of(determineIntl({ date: '2022-04-20', exporter: 'GB', destination: 'RU', items: [item] }), 'UK').decision,
      'PROHIBITED',
    );
    assert.ok(
      !firedIds(
        of(determineIntl({ date: '2022-04-01', exporter: 'GB', destination: 'RU', items: [item] }), 'UK'),
      ).includes('UK-Russia-reg.22-quantum'),
    );
  });

  test('reg. 22(1) (military goods, in force 31 Dec 2020): ML4 to Russia → prohibited', () => {
    const d = of(
      determineIntl({ date: '2021-06-01', exporter: 'GB', destination: 'RU', items: [ukItem('ML4.a')] }),
      'UK',
    );
    assert.equal(d.decision, 'PROHIBITED');
  });

  test('regs. 11-15 (asset freeze) and OFSI guidance: any item to a designated person → prohibited', () => {
    const d = of(
      determineIntl(
        {
          exporter: 'GB',
          destination: 'AE',
          parties: [{ role: 'end_user', name: 'Designated Trading FZE', country: 'AE' }],
          items: [ukItem('unlisted')],
        },
        { hits: [listHit('uk-ofsi', 'Designated Trading FZE')] },
      ),
      'UK',
    );
    assert.equal(d.decision, 'PROHIBITED');
  });
});
