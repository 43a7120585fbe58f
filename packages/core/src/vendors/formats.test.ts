// The vendor-restriction and research-security fixtures (../shared/data/lists/us-vendor-restrictions,
// aspi-defence-universities) parse through the one list entry point, with counts from their SOURCE.md.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { sharedData } from '../../../../test/support/shared';
import { detectFormat, parseListFile } from '../screening/formats/index';
import { fccScopeOf } from './fcc-scope';

const VR = (...p: string[]) => sharedData('lists', 'us-vendor-restrictions', '2026-08-04', ...p);
const file = (path: string) => ({ name: path.replace(/^.*\//, ''), bytes: new Uint8Array(readFileSync(path)) });
const one = (path: string) => {
  const lists = parseListFile([file(path)]);
  assert.equal(lists.length, 1);
  return lists[0]!;
};

describe('vendor-restriction list formats', () => {
  test('special-legislation CSVs: one list per file, named by its program; counts as SOURCE.md states', () => {
    const counts: [string, string, number][] = [
      ['section_889.csv', 'us-ndaa-889', 5],
      ['section_5949.csv', 'us-ndaa-5949', 3],
      ['section_154.csv', 'us-ndaa-154', 6],
      ['inksna.csv', 'us-dos-inksna', 28],
      ['section_353.csv', 'us-dos-353', 167],
    ];
    for (const [f, list, n] of counts) {
      const path = VR('special_leg', 'source_files', f);
      assert.equal(detectFormat(f, new Uint8Array(readFileSync(path))), 'us-special-leg-csv');
      const l = one(path);
      assert.deepEqual([l.list, l.entries.length], [list, n], f);
    }
    const inksna = one(VR('special_leg', 'source_files', 'inksna.csv'));
    assert.equal(inksna.entries.filter((e) => e.type === 'person').length, 14);
    const b154 = one(VR('special_leg', 'source_files', 'section_154.csv'));
    const catl = b154.entries.find((e) => e.names.some((n) => n.full === 'CATL'))!;
    assert.equal(catl.listedOn, '2023-12-22', 'listed on the enactment (report) date, not the 2027 start of the ban');
    assert.match(catl.remarks!, /from October 1, 2027/);
  });

  test('§1286: the newest edition (2025: 156 institutions) is the list; earlier editions are named in a warning', () => {
    const l = one(VR('special_leg', 'source_files', 'section_1286.csv'));
    assert.equal(l.entries.length, 156);
    assert.match(l.warnings.join('\n'), /287 row\(s\) of earlier editions \(2022, 2023, 2024\)/);
    assert.equal(l.entries.filter((e) => e.countries.includes('CN')).length, 108);
    assert.ok(l.entries.some((e) => e.names[0]!.full === 'Harbin Institute of Technology'));
  });

  test('§1260H: 397 rows, 234 companies, those with an open listing period are listed', () => {
    const l = one(VR('dod_chinese_milcorps', 'sanctions.csv'));
    const rows = readFileSync(VR('dod_chinese_milcorps', 'sanctions.csv'), 'utf8');
    assert.equal(l.list, 'us-dod-1260h');
    // SOURCE.md: 234 distinct Clean Names; the rest are companies whose every period has an End date.
    const delisted = Number(/(\d+) compan\(ies\)/.exec(l.warnings.join(' '))?.[1] ?? 0);
    assert.equal(l.entries.length + delisted, 234);
    assert.ok(rows.length > 0);
    const dji = l.entries.find((e) => e.names.some((n) => n.full === 'DJI'))!;
    assert.equal(dji.names[0]!.full, 'Shenzhen DJI Innovation Technology Co., Ltd.');
    const hik = l.entries.find((e) => e.names.some((n) => n.full === 'Hikvision'))!;
    assert.deepEqual(hik.related, [{ relation: 'parent', name: 'China Electronics Technology Group Corporation' }]);
  });

  test('FCC Covered List: 16 rows, one cell split in two → 17 entries; 4 categories; producers named; artefacts removed', () => {
    const l = one(VR('fcc_covered_list', 'table.csv'));
    assert.equal(l.entries.length, 17);
    const cats = l.entries.flatMap((e) => e.programs.filter((p) => p.startsWith('FCC category: ')));
    assert.deepEqual(cats.sort(), [
      'FCC category: advanced_robotic_device',
      'FCC category: power_inverter',
      'FCC category: router',
      'FCC category: uas',
    ]);
    const names = l.entries.filter((e) => e.type === 'organization').map((e) => e.names[0]!.full);
    assert.ok(names.includes('Huawei Technologies Company'));
    assert.ok(names.includes('Hangzhou Hikvision Digital Technology Company'));
    assert.ok(names.includes('AO Kaspersky Lab'));
    assert.ok(names.includes('China Mobile International USA Inc.'));
    assert.ok(!l.entries.some((e) => /Visit - |††/.test(e.remarks ?? '')));
    const uas = l.entries.find((e) => e.programs.includes('FCC category: uas'))!;
    assert.equal(uas.listedOn, '2025-12-22');
    assert.match(uas.remarks!, /updated 2026-01-07, 2026-03-18, 2026-06-15, 2026-07-21/);
    const hik = l.entries.find((e) => e.names[0]!.full === 'Hangzhou Hikvision Digital Technology Company')!;
    const scope = fccScopeOf(hik.remarks!);
    assert.ok(scope.kinds.includes('video_surveillance_equipment'));
    assert.match(scope.useLimitation!, /public safety/);
  });

  test('ASPI defence universities: 159 institutions with 601 aliases in the galaxy', () => {
    const path = sharedData(
      'lists',
      'aspi-defence-universities',
      '2020-08-22',
      'clusters',
      'china-defence-universities.json',
    );
    const l = one(path);
    assert.equal(l.entries.length, 159);
    const hit = l.entries.find((e) => e.names[0]!.full === 'Harbin Institute of Technology')!;
    assert.ok(hit.names.some((n) => n.script === 'Hani'));
    assert.match(hit.remarks!, /supervising agencies: /);
  });

  test('a bad row is refused with file, line and reason', () => {
    const bad =
      'schema,name,aliases,topics,program,authority,reason,report-date,start-date,end-date,country,notes,source_url\nCompany,X,,,Section 999 of nothing,,,,,,,,\n';
    assert.throws(
      () => parseListFile([{ name: 'x.csv', bytes: new TextEncoder().encode(bad) }]),
      /x\.csv.*line 2.*Section 999/,
    );
    const fcc =
      'covered_equipment_or_services,date_of_inclusion_on_covered_list\n"Routers produced abroad.","someday"\n';
    assert.throws(
      () => parseListFile([{ name: 't.csv', bytes: new TextEncoder().encode(fcc) }]),
      /t\.csv.*line 2.*someday/,
    );
  });
});
