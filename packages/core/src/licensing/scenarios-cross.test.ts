/**
 * Scenarios across jurisdictions and edge rules, each naming its official source.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eu, fired, hit, item, run, us } from './scenario-support.test';

describe('US and EU on the same transaction', () => {
  test('734.3(a)(2) and Delegated Reg. (EU) 2025/2003 (Annex I 3A501, OJ 14 Nov 2025 — secondary source): a US-origin AI chip re-exported from Germany to China needs a US licence and an EU authorisation', () => {
    const r = run({
      exporter: 'DE',
      destination: 'CN',
      items: [{ classification: { US: '3A090.a', EU: '3A501' }, origin: 'US' }],
    });
    assert.equal(us(r).decision, 'LICENCE_REQUIRED');
    assert.ok(fired(us(r)).includes('US-734.3(a)(2)'));
    assert.equal(eu(r).decision, 'LICENCE_REQUIRED');
  });

  test('Annex IIa (EU001) lists the United Kingdom since the 2021 recast: an Annex I item from France to the UK → EU001', () => {
    const r = run({
      exporter: 'FR',
      destination: 'GB',
      items: [{ classification: { EU: '2B001.b', US: 'EAR99' }, origin: 'FR', us_content_percent: 0 }],
    });
    assert.equal(eu(r).authorisation, 'EU001');
    assert.equal(us(r).decision, 'NOT_SUBJECT');
  });

  test('Reg. 765/2006 Art. 1e ("for use in Belarus"): via Armenia to a Belarusian end user → prohibited', () => {
    const d = eu(
      run({
        date: '2024-05-01',
        exporter: 'DE',
        destination: 'AM',
        parties: [{ role: 'end_user', name: 'OAO Minsk Precision', country: 'BY' }],
        items: [{ classification: { EU: '3A001.a.1', US: 'EAR99' }, origin: 'DE', us_content_percent: 0 }],
      }),
    );
    assert.equal(d.decision, 'PROHIBITED');
  });
});

describe('US edge rules', () => {
  test('85 FR 83765 (Hong Kong no longer treated separately from China): a 3A090.a GPU to Hong Kong → licence, presumption of denial', () => {
    const d = us(run({ destination: 'HK', items: [item('3A090.a')] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.equal(d.policy, 'presumption_of_denial');
  });

  test('744.21 and Supp. 7 (Russian MEU entries): an EAR99 item outside HTS 84/85 to a Russian military end user → licence', () => {
    const d = us(
      run(
        {
          destination: 'RU',
          parties: [{ role: 'end_user', name: 'JSC Radiozavod', country: 'RU' }],
          items: [item('EAR99', { hs: '940360' })],
        },
        { hits: [hit('us-bis-meu', 'JSC Radiozavod')] },
      ),
    );
    assert.ok(fired(d).includes('US-744.21-MEU-list'));
    assert.ok(!fired(d).includes('US-746.8(a)(2)-Russia-Belarus-HTS'));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });

  test('746.9(a) (Syria): a 5A992 item on the CCL → licence, policy of denial', () => {
    const d = us(run({ destination: 'SY', items: [item('5A992.c')] }));
    assert.ok(fired(d).includes('US-746.9-Syria'));
    assert.equal(d.policy, 'denial');
  });

  test('742.6(a)(6)(iii) (88 FR 73458): a 3A090.a GPU to Vietnam (D:1, not D:5) → licence with the D:1/D:4 policy', () => {
    const d = us(run({ destination: 'VN', items: [item('3A090.a')] }));
    assert.ok(fired(d).includes('US-742.6(a)(6)(iii)-D1-D4'));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });

  test('744.11: an Entity List entry limited to some items raises an open question rather than a silent answer', () => {
    const d = us(
      run(
        { destination: 'CN', parties: [{ role: 'end_user', name: 'Lab', country: 'CN' }], items: [item('EAR99')] },
        {
          hits: [
            hit('us-bis-entity-list', 'Lab', {
              licenseRequirement: 'For all items subject to the EAR, except medical devices classified EAR99',
              licensePolicy: 'Case-by-case review',
            }),
          ],
        },
      ),
    );
    assert.equal(d.policy, 'case_by_case');
    assert.ok(d.open_questions.some((q) => /requires a licence for/.test(q)));
  });

  test('an unscreened transaction with parties says so in its warnings', () => {
    const r = run(
      { destination: 'DE', parties: [{ role: 'end_user', name: 'X GmbH' }], items: [item('EAR99')] },
      { screened: false },
    );
    assert.ok(r.warnings.some((w) => /not screened/.test(w)));
  });
});
