// The DSGL 2024 as published (F2024L01024.docx): the Word reader against the shared text
// rendering, the Part 2 entries with their own words, and all-or-nothing refusals.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { sharedData } from '../../../../../test/support/shared';
import { findParagraph } from '../model';
import { docxLines } from './docx-lines';
import { parseDsglLines } from './parse';

const docx = new Uint8Array(readFileSync(sharedData('controls', 'au-dsgl', '2024-09-01', 'F2024L01024.docx')));
const lines = docxLines(docx, 'F2024L01024.docx');
const v = parseDsglLines(lines, { file: 'F2024L01024.docx' });
const entry = (code: string) => v.entries.find((e) => e.code === code)!;

describe('DSGL 2024 (F2024L01024)', () => {
  test('the Word reader gives the text of the shared rendering, line for line', () => {
    // Same rules as dsgl-2024.txt (its SOURCE.md); we differ only in blank lines for page breaks,
    // tab-stop definitions (not text) and "10^-6" where the rendering wrote "10-^6" (both superscript).
    const norm = (ls: readonly string[]) =>
      ls.map((l) => l.replace(/\s+/g, ' ').trim().replaceAll('-^', '^-')).filter(Boolean);
    const txt = readFileSync(sharedData('controls', 'au-dsgl', '2024-09-01', 'dsgl-2024.txt'), 'utf8').split('\n');
    const [a, b] = [norm(lines), norm(txt)];
    assert.equal(a.length, 7243);
    assert.deepEqual(a, b);
  });

  test('name, commencement and Part 2 entries per category', () => {
    assert.deepEqual(
      [v.version, v.effectiveFrom, v.list, v.jurisdiction, v.entries.length],
      ['Defence and Strategic Goods List 2024', '2024-09-01', 'au-dsgl', 'AU', 375],
    );
    const perCategory = Array.from({ length: 10 }, (_, c) => v.entries.filter((e) => e.category === c).length);
    assert.deepEqual(perCategory, [13, 95, 53, 46, 14, 13, 37, 33, 8, 63]);
    assert.deepEqual(v.warnings, [
      'F2024L01024.docx line 7059: 9E101 has no heading of its own; it starts with paragraph a',
    ]);
  });

  test('entries carry the DSGL words, not the US CCL text', () => {
    const e = entry('3B001');
    assert.equal(
      e.heading,
      'Equipment for the manufacturing of semiconductor devices or materials, as follows and specially designed components and accessories therefor:',
    );
    assert.deepEqual(
      [e.textSource, e.textCitation],
      [
        'own',
        'Defence and Strategic Goods List 2024 (F2024L01024), made under Customs Act 1901 para. 112(2A)(aa), Part 2, item 3B001',
      ],
    );
    assert.equal(
      findParagraph(e, '3B001.f.2')!.text,
      'Imprint lithography equipment capable of producing features of 45 nm or less;',
    );
    assert.match(
      findParagraph(e, '3B001.f.2')!.notes[0]!.text,
      /^3B001\.f\.2\. includes:\na\. Micro contact printing tools\nb\. Hot embossing tools/,
    );
    assert.equal(findParagraph(e, '3B001.f.3.b.3')!.text.slice(0, 40), 'A second-layer overlay error of less tha');
    // Category 0 (nuclear) exists in the DSGL, unlike the Wassenaar list: 0A001 has no US counterpart.
    assert.equal(
      entry('0A001').heading,
      '“Nuclear reactors” and specially designed or prepared equipment and components therefor, as follows:',
    );
    assert.deepEqual(
      entry('0B001').paragraphs.map((p) => p.children.length),
      [9, 14, 6, 8, 6, 3, 5, 7, 6, 6],
    );
    assert.ok(
      v.categoryNotes.some((n) => n.category === 1 && /‘metals’ and ‘alloys’ in 1C001 to 1C012/.test(n.note.text)),
      'the 1C group note on metals and alloys',
    );
  });

  test('bad input is refused whole, with where and why', () => {
    assert.throws(() => docxLines(new TextEncoder().encode('not a zip'), 'x.docx'), /x\.docx.*not a \.docx/);
    const noEnd = lines.filter(
      (l) => l.replace(/\s+/g, ' ').trim() !== 'Sensitive list of dual-use goods and technologies',
    );
    assert.throws(() => parseDsglLines(noEnd, { file: 'f' }), /f: Part 2 has no end .*truncated/);
    const i = lines.findIndex((l) => l.startsWith('3.\tB.\t001.\tEquipment'));
    const dup = [...lines.slice(0, i + 400), lines[i]!, ...lines.slice(i + 400)];
    assert.throws(
      () => parseDsglLines(dup, { file: 'f' }),
      new RegExp(`f line ${i + 401}: entry 3B001 appears a second time`),
    );
    assert.throws(
      () => parseDsglLines(lines.slice(0, 40), { file: 'f' }),
      /f: no "This instrument is the Defence and Strategic Goods List YYYY." \(section 1.1\) found/,
    );
    assert.throws(() => parseDsglLines(lines.slice(0, 200), { file: 'f' }), /f: no "Part 2—Dual-use list" heading/);
  });
});
