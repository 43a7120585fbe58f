// EU Annex I texts in the OCA CSV layout: the shared excerpt (3A001.a, 3B001, Category 5 Part 2
// of Delegated Reg. (EU) 2024/2547), exact values, and refusals that name the line.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { sharedData } from '../../../../test/support/shared';
import { parseCclJson } from './ccl-json';
import { curatedControlListVersions } from './data/versions';
import { looksLikeEuAnnexICsv, parseEuAnnexICsv, withOwnTexts } from './eu-annex-i-csv';
import { findParagraph } from './model';

const text = readFileSync(
  sharedData('controls', 'eu-annex-i-oca', '2024-09-05', 'trade.compliance.code.excerpt.csv'),
  'utf8',
);
const opts = {
  file: 'excerpt.csv',
  effectiveFrom: '2024-11-15',
  version: 'Annex I (Sept 2024)',
  act: 'Reg. (EU) 2021/821 as amended by Delegated Reg. (EU) 2024/2547',
};
const v = parseEuAnnexICsv(text, opts);

describe('EU Annex I CSV (OCA layout)', () => {
  test('the excerpt: its eight entries with their Annex I words', () => {
    assert.ok(looksLikeEuAnnexICsv(text));
    assert.deepEqual(
      v.entries.map((e) => e.code),
      ['3A001', '3B001', '5A002', '5A003', '5A004', '5B002', '5D002', '5E002'],
    );
    const b = v.entries.find((e) => e.code === '3B001')!;
    assert.match(b.heading, /^Equipment for the manufacturing of semiconductor devices or materials, as follows/);
    assert.equal(findParagraph(b, '3B001.b.1')!.text, 'Not used;');
    assert.equal(findParagraph(v.entries[0]!, '3A001.a.1.a')!.text, 'A total dose of 5 × 10^3 Gy (silicon) or higher;');
    assert.deepEqual(
      [b.textSource, b.textCitation],
      ['own', 'Reg. (EU) 2021/821 as amended by Delegated Reg. (EU) 2024/2547, Annex I entry 3B001'],
    );
    // SOURCE.md: the conversion folded 3B001.f.4 into f.3 (no f.4 row) — we keep what the file says.
    assert.equal(findParagraph(b, '3B001.f.4'), undefined);
  });

  test('overlaid on the EU entries derived by number: own text where loaded, US text labelled elsewhere', () => {
    const us = parseCclJson(readFileSync(sharedData('controls', 'us-ccl-ecfr', 'ccl_parsed.json'), 'utf8'), {
      effectiveFrom: '2025-01-16',
      version: 'eCFR snapshot',
    });
    const eu = curatedControlListVersions(us).find((x) => x.list === 'eu-annex-i' && x.effectiveFrom === '2024-11-15')!;
    const merged = withOwnTexts(eu, v.entries, 'own texts of 8 entries');
    assert.equal(merged.entries.length, eu.entries.length);
    const by = (c: string) => merged.entries.find((e) => e.code === c)!;
    assert.deepEqual(
      [by('3B001').textSource, by('3B002').textSource, by('3B002').textFrom?.code],
      ['own', 'us_counterpart', '3B002'],
    );
    assert.notEqual(by('3B001').heading, us.entries.find((e) => e.code === '3B001')!.heading);
  });

  test('refusals name the line', () => {
    assert.throws(() => parseEuAnnexICsv('a,b\n', opts), /excerpt\.csv line 1: header must be/);
    const lines = text.split('\n');
    assert.throws(
      () => parseEuAnnexICsv([lines[0], lines[5]].join('\n'), opts),
      /line 2: paragraph 3A001\.a\. comes before \(or without\) its entry 3A001/,
    );
    assert.throws(
      () => parseEuAnnexICsv([...lines.slice(0, 6), lines[5]].join('\n'), opts),
      /line 7: paragraph 3A001\.a appears twice/,
    );
    assert.throws(
      () => parseEuAnnexICsv(`${lines[0]}\nx,3Z001,product_trade_compliance.regime_eu_dual,t\n`, opts),
      /line 2: '3Z001' is not an Annex I code/,
    );
    assert.throws(() => parseEuAnnexICsv(`${lines[0]}\n"x,3A001\n`, opts), /excerpt\.csv/);
  });
});
