/**
 * Netherlands and Japan national controls on advanced chip-making equipment. Sources: the Dutch
 * Regeling geavanceerde productieapparatuur voor halfgeleiders (Stcrt. 2023, 18212) and the
 * government notices of 30 Jun 2023, 6 Sep 2024 and 15 Jan 2025; the METI ordinance amendment of
 * 23 May 2023 (in force 23 Jul 2023) and METI's announcement on bulk licences for 42 destinations.
 * National codes as in controls/data/nl.ts and jp.ts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { determineIntl, firedIds, of } from './scenario-intl-support.test';

const nlItem = (nl: string, eu = 'unlisted') => ({
  classification: { NL: nl, EU: eu, US: 'EAR99' },
  origin: 'NL',
  us_content_percent: 0,
});
const jpItem = (jp: string) => ({ classification: { JP: jp, US: 'EAR99' }, origin: 'JP', us_content_percent: 0 });

describe('Netherlands: national licence for advanced semiconductor manufacturing equipment', () => {
  test('Regeling of 23 June 2023 art. 2 (in force 1 Sep 2023): EUV pellicles (3B1001.l) from the Netherlands to China → national licence, case by case; nothing under EU Annex I', () => {
    const r = determineIntl({ date: '2023-10-02', exporter: 'NL', destination: 'CN', items: [nlItem('3B1001.l')] });
    assert.equal(of(r, 'NL').decision, 'LICENCE_REQUIRED');
    assert.equal(of(r, 'NL').policy, 'case_by_case');
    assert.ok(firedIds(of(r, 'NL')).includes('NL-SME-2023'));
    assert.equal(of(r, 'EU').decision, 'NO_LICENCE_REQUIRED');
  });

  test('Government notice of 30 June 2023 ("exports to destinations outside the EU"): the same pellicles to Belgium need no national licence', () => {
    assert.equal(
      of(determineIntl({ date: '2023-10-02', exporter: 'NL', destination: 'BE', items: [nlItem('3B1001.l')] }), 'NL')
        .decision,
      'NO_LICENCE_REQUIRED',
    );
  });

  test('The national measure applies from 1 Sep 2023: in August 2023 the Dutch rules did not reach the export', () => {
    assert.equal(
      of(determineIntl({ date: '2023-08-15', exporter: 'NL', destination: 'CN', items: [nlItem('3B1001.l')] }), 'NL')
        .decision,
      'NOT_SUBJECT',
    );
  });

  test('Regulation of 2 Sep 2024 nr. BZ2404162 (in force 7 Sep 2024): NXT:1970i/1980i-class DUV scanners to China → licence under the 2024 version', () => {
    const d = of(
      determineIntl({ date: '2024-10-01', exporter: 'NL', destination: 'CN', items: [nlItem('3B1001DUV')] }),
      'NL',
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.deepEqual(firedIds(d), ['NL-exporter', 'NL-SME-2024']);
  });

  test('Amendment published 15 Jan 2025, applying from 1 Apr 2025: metrology equipment to Singapore → licence under the 2025 version', () => {
    const d = of(
      determineIntl({ date: '2025-06-02', exporter: 'NL', destination: 'SG', items: [nlItem('3B1001MET')] }),
      'NL',
    );
    assert.deepEqual(firedIds(d), ['NL-exporter', 'NL-SME-2025']);
  });

  test('The national list covers only items outside Annex I: an EUV scanner (Annex I 3B001.f.1.a) from the Netherlands to China needs the EU authorisation, not the national one', () => {
    const r = determineIntl({
      date: '2024-10-01',
      exporter: 'NL',
      destination: 'CN',
      items: [nlItem('unlisted', '3B001.f.1.a')],
    });
    assert.equal(of(r, 'EU').decision, 'LICENCE_REQUIRED');
    assert.equal(of(r, 'NL').decision, 'NO_LICENCE_REQUIRED');
  });

  test('Without a Dutch classification the determination fails closed: the item is assumed on the national list', () => {
    const d = of(
      determineIntl({
        date: '2024-10-01',
        exporter: 'NL',
        destination: 'CN',
        items: [{ classification: { EU: 'unlisted' }, origin: 'NL' }],
      }),
      'NL',
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.match(d.rules.find((r) => r.id === 'NL-SME-2024')!.why, /classification unknown: assumed listed/);
  });
});

describe('Japan: FEFTA list control and the 2023 chip-equipment items', () => {
  test('METI ordinance of 23 May 2023 (in force 23 Jul 2023): EUV-related lithography equipment from Japan to China → individual licence only', () => {
    const d = of(
      determineIntl({ date: '2023-09-01', exporter: 'JP', destination: 'CN', items: [jpItem('JP2023LIT')] }),
      'JP',
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(firedIds(d).includes('JP-SME-2023-individual'));
    assert.ok(!firedIds(d).includes('JP-SME-2023-bulk-42'));
  });

  test('METI announcement (licence for all destinations; bulk licences for 42): etching equipment to the United States still needs a licence, a bulk licence may cover it', () => {
    const d = of(
      determineIntl({ date: '2023-09-01', exporter: 'JP', destination: 'US', items: [jpItem('JP2023ETC')] }),
      'JP',
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(firedIds(d).includes('JP-SME-2023-bulk-42'));
  });

  test('an item classified by its goods-ordinance provision (JP6-17-KA = Art. 6 item 17 (ka), etching) answers as its former group code', () => {
    for (const [destination, rule] of [
      ['CN', 'JP-SME-2023-individual'],
      ['US', 'JP-SME-2023-bulk-42'],
    ] as const) {
      const d = of(
        determineIntl({ date: '2023-09-01', exporter: 'JP', destination, items: [jpItem('JP6-17-KA')] }),
        'JP',
      );
      assert.equal(d.decision, 'LICENCE_REQUIRED');
      assert.ok(firedIds(d).includes(rule), `${destination}: ${firedIds(d).join(', ')}`);
    }
  });

  test('The 42 include Taiwan and South Korea (METI): deposition equipment to Taiwan falls under the bulk-licence rule', () => {
    const d = of(
      determineIntl({ date: '2024-02-01', exporter: 'JP', destination: 'TW', items: [jpItem('JP2023DEP')] }),
      'JP',
    );
    assert.ok(firedIds(d).includes('JP-SME-2023-bulk-42'));
  });

  test('Export Trade Control Order art. 1(1), Appended Table 1 (all regions): a Wassenaar-listed IC (3A001.a.1) from Japan to Germany needs permission', () => {
    const d = of(determineIntl({ exporter: 'JP', destination: 'DE', items: [jpItem('3A001.a.1')] }), 'JP');
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.deepEqual(firedIds(d), ['JP-FEFTA-exporter', 'JP-ETCO-art.1-list']);
  });

  test('An item not on Appended Table 1 shipped to the United States (a Group A destination, outside the catch-all) needs no permission', () => {
    assert.equal(
      of(determineIntl({ exporter: 'JP', destination: 'US', items: [jpItem('unlisted')] }), 'JP').decision,
      'NO_LICENCE_REQUIRED',
    );
  });

  test('METI catch-all control (FEFTA art. 48(1), Appended Table 1 row 16): an unlisted item the exporter knows may serve a WMD programme in Pakistan → licence', () => {
    const d = of(
      determineIntl({ exporter: 'JP', destination: 'PK', exporter_aware: ['wmd'], items: [jpItem('unlisted')] }),
      'JP',
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(firedIds(d).includes('JP-catch-all-WMD'));
  });

  test('The catch-all does not apply to Group A (Appended Table 3) destinations: the same knowledge for a US consignee does not fire it', () => {
    const d = of(
      determineIntl({ exporter: 'JP', destination: 'US', exporter_aware: ['wmd'], items: [jpItem('unlisted')] }),
      'JP',
    );
    assert.ok(!firedIds(d).includes('JP-catch-all-WMD'));
  });

  test('A US exporter is not reached by Japanese law', () => {
    assert.equal(
      of(
        determineIntl({
          exporter: 'US',
          destination: 'CN',
          items: [{ classification: { US: 'EAR99', JP: 'JP2023LIT' }, origin: 'US' }],
        }),
        'JP',
      ).decision,
      'NOT_SUBJECT',
    );
  });
});
