// The curated non-US lists as versions of the one model: counts per list and date, exact sample
// values, provenance on every entry, and no US-unilateral entry derived into EU/WA/UK/AU.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { sharedData } from '../../../../../test/support/shared';
import { parseCclJson } from '../ccl-json';
import { regimeOf } from '../eccn';
import { findParagraph } from '../model';
import { checkCuratedItem, type CuratedControlEntry } from './curated';
import { JP_SME_2023 } from './jp';
import { curatedControlListVersions } from './versions';

// Every 2023 JP provision names 3B001 (or a paragraph of it) as its US counterpart (jp.ts groups).
const JP_CODES_FOR_3B001 = JP_SME_2023.map((i) => `JP:${i.code}`);

const us = parseCclJson(readFileSync(sharedData('controls', 'us-ccl-ecfr', 'ccl_parsed.json'), 'utf8'), {
  effectiveFrom: '2025-01-16',
  version: 'eCFR snapshot',
});
const versions = curatedControlListVersions(us);
const pick = (list: string, effectiveFrom: string) => {
  const v = versions.find((x) => x.list === list && x.effectiveFrom === effectiveFrom);
  assert.ok(v, `${list} ${effectiveFrom}`);
  return v;
};
const codes = (list: string, effectiveFrom: string) => pick(list, effectiveFrom).entries.map((e) => e.code);

describe('curated control lists', () => {
  test('one version per list and change date', () => {
    assert.deepEqual(
      versions.map((v) => `${v.list}@${v.effectiveFrom}`),
      [
        'eu-annex-i@2024-11-15',
        'eu-annex-i@2025-11-15',
        'eu-annex-iv@2021-09-09',
        'nl-national@2023-09-01',
        'nl-national@2024-09-07',
        'nl-national@2025-04-01',
        'jp-fefta@2023-07-23',
        'uk-strategic@2025-01-16',
        'wa-dual-use@2025-01-16',
        'au-dsgl@2024-09-01',
      ],
    );
  });

  test('counts: derived by regime, plus the curated entries', () => {
    const multilateral = us.entries.filter((e) =>
      ['wassenaar', 'mtcr', 'nsg', 'australia_group', 'cwc'].includes(regimeOf(e.code) ?? ''),
    ).length;
    const wassenaar = us.entries.filter((e) => regimeOf(e.code) === 'wassenaar').length;
    // 165, not 167: 0D001 and 0E001 are category 0 (nuclear, NSG), which the Wassenaar Dual-Use
    // List does not have (its categories are 1-9; NUCLEAR_CATEGORY in eccn.ts quotes the DSGL 2024).
    assert.deepEqual(
      [multilateral, wassenaar],
      [346, 165],
      'of the 605 ECCNs of the snapshot: x0xx-x4xx entries, and x0xx of categories 1-9 (Wassenaar) only',
    );
    assert.equal(pick('eu-annex-i', '2024-11-15').entries.length, multilateral);
    assert.equal(pick('eu-annex-i', '2025-11-15').entries.length, multilateral + 3);
    assert.equal(pick('wa-dual-use', '2025-01-16').entries.length, wassenaar);
    assert.equal(pick('au-dsgl', '2024-09-01').entries.length, multilateral);
    assert.equal(pick('uk-strategic', '2025-01-16').entries.length, multilateral + 3);
    assert.equal(pick('eu-annex-iv', '2021-09-09').entries.length, 18);
    assert.deepEqual(codes('nl-national', '2023-09-01'), ['3B1001']);
    assert.deepEqual(codes('nl-national', '2025-04-01'), ['3B1001', '3B1001DUV', '3B1001MET']);
    // 23 entries, one per provision of the goods ordinance (issue 11 item 5; jp.ts), not 6 groups.
    assert.equal(codes('jp-fefta', '2023-07-23').length, 23);
    const groups = new Set(pick('jp-fefta', '2023-07-23').entries.flatMap((e) => e.aliases ?? []));
    assert.deepEqual(
      [...groups].sort(),
      ['JP2023ANL', 'JP2023CLN', 'JP2023DEP', 'JP2023ETC', 'JP2023INS', 'JP2023LIT'],
      'the six published groups stay as aliases',
    );
  });

  test('US-unilateral entries are never derived into EU, WA, UK or AU lists', () => {
    for (const v of versions.filter((x) => ['eu-annex-i', 'wa-dual-use', 'uk-strategic', 'au-dsgl'].includes(x.list))) {
      const have = new Set(v.entries.map((e) => e.code));
      for (const code of ['3A090', '4A090', '3B090', '3A991', '5A992', '9A515', '9A610', '0A501'])
        assert.ok(!have.has(code), `${code} not in ${v.list}@${v.effectiveFrom}`);
      assert.ok(
        v.entries.every((e) => !/\.z(\.|$)/.test(e.paragraphs.map((p) => p.code).join(' '))),
        'no .z paragraph',
      );
    }
  });

  test('exact sample values and provenance', () => {
    const eu = pick('eu-annex-i', '2024-11-15').entries.find((e) => e.code === '3B001') as CuratedControlEntry;
    assert.equal(eu.jurisdiction, 'EU');
    assert.deepEqual(
      [eu.reasons, eu.chartColumns, eu.licenceExceptions],
      [[], [], []],
      'no EAR reasons, columns or exceptions on an EU entry',
    );
    assert.equal(
      eu.citation,
      'Reg. (EU) 2021/821 Annex I as replaced by Commission Delegated Regulation (EU) 2024/2547, entry 3B001',
    );
    assert.equal(eu.verified, false);
    assert.match(eu.verify!, /Known difference: The US 3B001 carries paragraphs added outside Wassenaar/);
    assert.ok(findParagraph(eu, '3B001.f.1.b'), 'the paragraph tree is kept for display and search');
    const nl = pick('nl-national', '2023-09-01').entries[0] as CuratedControlEntry;
    assert.deepEqual(
      [nl.code, nl.paragraphs[0]!.code, nl.paragraphs[0]!.text, nl.effectiveFrom],
      ['3B1001', '3B1001.l', 'EUV pellicles.', '2023-09-01'],
    );
    const pl = pick('uk-strategic', '2025-01-16').entries.find((e) => e.code === 'PL9010') as CuratedControlEntry;
    // verified: false since issue 11 item 6: S.I. 2015/940 was read, but no passage is quoted in the data.
    assert.deepEqual([pl.verified, pl.effectiveFrom], [false, '2015-04-17']);
    assert.match(pl.citation, /S\.I\. 2015\/940/);
    const a501 = pick('eu-annex-i', '2025-11-15').entries.find((e) => e.code === '3A501') as CuratedControlEntry;
    assert.deepEqual([a501.verified, a501.usCounterparts], [false, ['3A090']]);
    for (const v of versions)
      for (const e of v.entries as CuratedControlEntry[]) {
        assert.ok(
          e.citation && /^\d{4}-\d{2}-\d{2}$/.test(e.effectiveFrom),
          `${v.list} ${e.code} has citation and date`,
        );
        assert.ok(e.verified || e.verify, `${v.list} ${e.code}: unverified entries say what to check`);
      }
  });

  test('without a US CCL version only the curated entries load, with a warning', () => {
    const alone = curatedControlListVersions();
    assert.deepEqual(
      alone.find((v) => v.list === 'eu-annex-i' && v.effectiveFrom === '2025-11-15')!.entries.map((e) => e.code),
      ['3A501', '3B501', '4A507'],
    );
    assert.match(alone[0]!.warnings[0]!, /import the CCL first/);
    assert.ok(!alone.some((v) => v.list === 'wa-dual-use'));
  });

  test('a curated entry without citation or "verify" is refused, naming it', () => {
    const base = {
      code: 'X1',
      heading: 'h',
      summary: 's',
      citation: 'c',
      effectiveFrom: '2024-01-01',
      verified: false,
      source: 's',
    };
    assert.throws(() => checkCuratedItem(base, 'test'), /test X1: unverified entry without `verify`/);
    assert.throws(() => checkCuratedItem({ ...base, verified: true, citation: ' ' }, 'test'), /no legal citation/);
    assert.throws(
      () => checkCuratedItem({ ...base, verified: true, effectiveFrom: '1.9.2023' }, 'test'),
      /effectiveFrom '1.9.2023' is not YYYY-MM-DD/,
    );
  });
});

describe('the mapping of every ECCN of the snapshot', () => {
  test('counts per relation (EU) as of 2026-01-01', async () => {
    const { mappingTable } = await import('../mapping');
    const rows = mappingTable(
      us.entries.map((e) => e.code),
      '2026-01-01',
    );
    const count = (j: 'EU' | 'WA', r: string) => rows.filter((x) => x.relations[j] === r).length;
    assert.equal(rows.length, 605);
    // differs: 3B001, 3D001, 3E001, and 0D001/0E001 (US: ITAR placeholders; regime lists: all of Category 0 — DSGL 2024
    // wording).
    assert.deepEqual(
      [count('EU', 'same_item'), count('EU', 'differs'), count('EU', 'us_unilateral')],
      [341, 5, 605 - 346],
    );
    assert.equal(
      count('WA', 'same_item') + count('WA', 'differs'),
      165,
      'categories 1-9 only (no 0D001/0E001: eccn.ts NUCLEAR_CATEGORY)',
    );
    assert.ok(
      rows.every((x) => Object.keys(x.relations).length > 0),
      'every ECCN is marked',
    );
    assert.deepEqual(rows.find((x) => x.code === '3B001')!.national, [
      'NL:3B1001',
      'NL:3B1001DUV',
      ...JP_CODES_FOR_3B001,
    ]);
    assert.deepEqual(rows.find((x) => x.code === '3B993')!.national, ['NL:3B1001', 'NL:3B1001MET']);
  });
});
