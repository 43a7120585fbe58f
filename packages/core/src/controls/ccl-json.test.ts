import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { sharedData } from '../../../../test/support/shared';
import { parseCclJson } from './ccl-json';
import { findParagraph, walkParagraphs, type ControlEntry } from './model';

const text = readFileSync(sharedData('controls', 'us-ccl-ecfr', 'ccl_parsed.json'), 'utf8');
const ccl = parseCclJson(text, { effectiveFrom: '2025-01-16', version: 'test' });
const entry = (code: string): ControlEntry => {
  const e = ccl.entries.find((x) => x.code === code);
  assert.ok(e, `${code} loaded`);
  return e;
};

describe('US CCL from the shared eCFR JSON', () => {
  test('all 606 source records load: 605 ECCNs (one code repaired) and Category 4’s technical note on APP', () => {
    assert.equal(ccl.entries.length + ccl.categoryNotes.length, 606);
    assert.equal(ccl.entries.length, 605);
    assert.equal(new Set(ccl.entries.map((e) => e.code)).size, 605);
    assert.ok(ccl.warnings.some((w) => /repaired to 3A069/.test(w)));
    assert.equal(ccl.categoryNotes[0]?.category, 4);
    const perCategory = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => ccl.entries.filter((e) => e.category === c).length);
    // SOURCE.md counts (Cat 4: 23 records, one of which is the APP note).
    assert.deepEqual(perCategory, [61, 134, 89, 78, 22, 24, 58, 40, 22, 77]);
  });

  test('reasons for control and chart columns for every entry that has a control table', () => {
    const withReasons = ccl.entries.filter((e) => e.reasons.length > 0);
    // ccl_index.csv: 20 of 606 records have no "Reason for Control" line; 2 of those are the repaired/note records.
    assert.equal(withReasons.length, 588);
    assert.ok(ccl.entries.filter((e) => e.chartColumns.length > 0).length >= 520);
    assert.ok(
      ccl.entries.every((e) =>
        e.chartColumns.every((c) => /^(CB[123]|NP[12]|NS[12]|MT1|RS[12]|CC[123]|FC1|AT[12])$/.test(c)),
      ),
    );
  });

  test('3A090: RS and AT, RS rows by paragraph as text, AT column 1, licence exceptions', () => {
    const e = entry('3A090');
    assert.deepEqual(e.reasons, ['RS', 'AT']);
    assert.deepEqual(e.chartColumns, ['AT1']);
    assert.equal(e.regime, 'us_unilateral');
    const rs = e.controls.filter((c) => c.reason === 'RS');
    assert.deepEqual(
      rs.map((r) => r.appliesTo),
      ['3A090.a', '3A090.b', '3A090.c'],
    );
    assert.match(rs[2]!.destination!, /Macau or a destination specified in Country Group D:5/);
    const lx = Object.fromEntries(e.licenceExceptions.map((x) => [x.code, x]));
    assert.equal(lx.LVS?.availability, 'no');
    assert.equal(lx.GBS?.availability, 'no');
    assert.equal(lx['NAC/ACA']?.availability, 'partial');
    assert.equal(lx.AIA?.statusUncertain, true);
    assert.deepEqual(
      [...walkParagraphs(e.paragraphs)].map((p) => p.label),
      ['a', 'a.1', 'a.2', 'b', 'b.1', 'b.2', 'c'],
    );
    assert.match(findParagraph(e, '3A090.a.1')!.text, /'total processing performance' of 4800 or more/);
    assert.ok(findParagraph(e, '3A090.a')!.notes.some((n) => /^Note 1 to 3A090.a/.test(n.title)));
  });

  test('3B001: paragraph tree down to f.1.b.2 with its technical notes, NS2 + RS text, LVS $500', () => {
    const e = entry('3B001');
    assert.deepEqual(e.reasons, ['NS', 'RS', 'AT']);
    assert.deepEqual(e.chartColumns, ['AT1', 'NS2']);
    assert.equal(e.licenceExceptions.find((x) => x.code === 'LVS')?.valueUsd, 500);
    const f1b = findParagraph(e, '3B001.f.1.b')!;
    assert.deepEqual(
      f1b.children.map((p) => p.label),
      ['f.1.b.1', 'f.1.b.2'],
    );
    assert.match(f1b.children[1]!.text, /dedicated chuck overlay' value of less than or equal to 1.50 nm/);
    assert.ok(f1b.children[1]!.notes.some((n) => n.kind === 'technical_note' && /K factor = 0.25/.test(n.text)));
    assert.match(findParagraph(e, '3B001.f.1.a')!.text, /shorter than 193 nm/);
    assert.equal(e.paragraphs.map((p) => p.label).join(''), 'abcdefghijklmnopqr');
  });

  test('2B001: note lists do not become paragraphs; 5A992.z.1 under an implied z', () => {
    const e = entry('2B001');
    assert.deepEqual(e.chartColumns, ['AT1', 'NP1', 'NS2']);
    assert.deepEqual(
      e.paragraphs.map((p) => p.label),
      ['a', 'b', 'c', 'd', 'e', 'f'],
    );
    assert.deepEqual(
      findParagraph(e, '2B001.b.2')!.children.map((c) => c.label),
      ['b.2.a', 'b.2.b', 'b.2.c'],
    );
    assert.ok(findParagraph(e, '2B001.c.2.c')!.notes.some((n) => /Cylindrical external/.test(n.text)));
    assert.ok(findParagraph(entry('5A992'), '5A992.z.2'));
    assert.equal(entry('5A002').regime, 'wassenaar');
    assert.deepEqual(entry('5A002').reasons, ['NS', 'RS', 'AT', 'EI']);
  });
});
