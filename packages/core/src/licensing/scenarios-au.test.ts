/**
 * Australia scenarios: DSGL export permits, the AUKUS national exemption for the UK and US, and the
 * s 10A offence (DSGL technology to a foreign person in Australia). Sources: Defence Trade Controls
 * Act 2012 as amended by the Defence Trade Controls Amendment Act 2024; Defence Export Controls,
 * "Changes to export controls" (defence.gov.au, commencement 1 Sep 2024, ss 10A-10C) and the
 * Explanatory Memorandum to the Defence Trade Controls Amendment Bill 2023.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { determineIntl, firedIds, listHit, of } from './scenario-intl-support.test';

const auItem = (code: string) => ({ classification: { AU: code, US: 'EAR99' }, origin: 'AU', us_content_percent: 0 });
const usEndUser = [{ role: 'end_user', name: 'Example Defense Systems Inc', country: 'US' }];

describe('Australia: DSGL permits and the AUKUS licence-free environment', () => {
  test('Customs (Prohibited Exports) Regulations 1958 reg. 13E: DSGL Part 2 goods (3A001.a.1) from Australia to China need a permit', () => {
    const d = of(determineIntl({ exporter: 'AU', destination: 'CN', items: [auItem('3A001.a.1')] }), 'AU');
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.deepEqual(firedIds(d), ['AU-exporter-or-release', 'AU-DSGL-export-permit']);
  });

  test('Defence "Changes to export controls" (1 Sep 2024): DSGL Part 1 goods (ML4.a) to a US end user → national exemption, no permit', () => {
    const d = of(
      determineIntl({
        date: '2024-10-01',
        exporter: 'AU',
        destination: 'US',
        parties: usEndUser,
        items: [auItem('ML4.a')],
      }),
      'AU',
    );
    assert.equal(d.decision, 'LICENCE_EXCEPTION');
    assert.equal(d.authorisation, 'AUKUS national exemption');
  });

  test('The exemption commenced on 1 Sep 2024: the same export in June 2024 needed a permit', () => {
    const d = of(
      determineIntl({
        date: '2024-06-03',
        exporter: 'AU',
        destination: 'US',
        parties: usEndUser,
        items: [auItem('ML4.a')],
      }),
      'AU',
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });

  test('Excluded items stay under permit (Explanatory Memorandum: exemption "for most" DSGL items): nuclear equipment 0B001 to the UK → permit', () => {
    const d = of(
      determineIntl({
        date: '2024-10-01',
        exporter: 'AU',
        destination: 'GB',
        parties: [{ role: 'end_user', name: 'Example Nuclear Ltd', country: 'GB' }],
        items: [auItem('0B001')],
      }),
      'AU',
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });

  test('The exemption covers supplies to the UK and US only: the same ML4.a to Canada → permit', () => {
    const d = of(
      determineIntl({ date: '2024-10-01', exporter: 'AU', destination: 'CA', items: [auItem('ML4.a')] }),
      'AU',
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });
});

describe('Australia: s 10A, DSGL technology to a foreign person in Australia', () => {
  test('DTC Act s 10A (Defence: "supply of DSGL technology to non exempt foreign persons within Australia"): 3E001 technology to a Chinese national in Australia → permit', () => {
    const d = of(
      determineIntl({
        date: '2024-10-01',
        exporter: 'AU',
        destination: 'AU',
        technology_release_to: 'CN',
        items: [auItem('3E001')],
      }),
      'AU',
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(firedIds(d).includes('AU-DTCA-s10A'));
  });

  test('s 10A is new (commenced 1 Sep 2024): the same release in July 2024 was not an offence', () => {
    const d = of(
      determineIntl({
        date: '2024-07-01',
        exporter: 'AU',
        destination: 'AU',
        technology_release_to: 'CN',
        items: [auItem('3E001')],
      }),
      'AU',
    );
    assert.ok(!firedIds(d).includes('AU-DTCA-s10A'));
  });

  test('s 10A reaches whoever supplies in Australia: a US company releasing ML22 technology to an Indian national at its Australian site → permit', () => {
    const d = of(
      determineIntl({
        date: '2025-02-03',
        exporter: 'US',
        destination: 'AU',
        technology_release_to: 'IN',
        items: [{ classification: { AU: 'ML22.a', US: 'EAR99' }, origin: 'US' }],
      }),
      'AU',
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(firedIds(d).includes('AU-DTCA-s10A'));
  });

  test('s 10A is about technology: handing DSGL goods (3A001.a.1) to a foreign national in Australia is not a s 10A supply', () => {
    const d = of(
      determineIntl({
        date: '2024-10-01',
        exporter: 'AU',
        destination: 'AU',
        technology_release_to: 'CN',
        items: [auItem('3A001.a.1')],
      }),
      'AU',
    );
    assert.ok(!firedIds(d).includes('AU-DTCA-s10A'));
  });

  test('An Australian citizen is not a foreign person: s 10A does not fire', () => {
    const d = of(
      determineIntl({
        date: '2024-10-01',
        exporter: 'AU',
        destination: 'AU',
        technology_release_to: 'AU',
        items: [auItem('3E001')],
      }),
      'AU',
    );
    assert.ok(!firedIds(d).includes('AU-DTCA-s10A'));
    assert.equal(d.decision, 'NO_LICENCE_REQUIRED');
  });
});

describe('Australia: autonomous sanctions', () => {
  test('Autonomous Sanctions Regulations 2011 reg. 14 (DFAT sanctions guidance): any item to an entity on the DFAT Consolidated List → prohibited without a sanctions permit', () => {
    const d = of(
      determineIntl(
        {
          exporter: 'AU',
          destination: 'AE',
          parties: [{ role: 'end_user', name: 'Designated Shipping LLC', country: 'AE' }],
          items: [auItem('unlisted')],
        },
        { hits: [listHit('au-dfat', 'Designated Shipping LLC')] },
      ),
      'AU',
    );
    assert.equal(d.decision, 'PROHIBITED');
    assert.ok(firedIds(d).includes('AU-sanctions-designated'));
  });
});
