// No entry presents another jurisdiction's text as its own (issue 11 item 5): walks every entry
// of every list we build — the US CCL, the curated and derived EU/UK/WA/AU/NL/JP lists, the
// DSGL instrument and EU Annex I rows — and checks whose words each one carries.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { sharedData } from '../../../../test/support/shared';
import { docxLines } from './au-dsgl/docx-lines';
import { parseDsglLines } from './au-dsgl/parse';
import { parseCclJson } from './ccl-json';
import { curatedControlListVersions } from './data/versions';
import { parseEuAnnexICsv, withOwnTexts } from './eu-annex-i-csv';
import { TEXT_SOURCES, type ControlListVersion } from './model';

const us = parseCclJson(readFileSync(sharedData('controls', 'us-ccl-ecfr', 'ccl_parsed.json'), 'utf8'), {
  effectiveFrom: '2025-01-16',
  version: 'eCFR snapshot',
});
const dsgl = parseDsglLines(
  docxLines(
    new Uint8Array(readFileSync(sharedData('controls', 'au-dsgl', '2024-09-01', 'F2024L01024.docx'))),
    'F2024L01024.docx',
  ),
  { file: 'F2024L01024.docx' },
);
const annexI = parseEuAnnexICsv(
  readFileSync(sharedData('controls', 'eu-annex-i-oca', '2024-09-05', 'trade.compliance.code.excerpt.csv'), 'utf8'),
  {
    file: 'excerpt.csv',
    effectiveFrom: '2024-11-15',
    version: 'excerpt',
    act: 'Reg. (EU) 2021/821 Annex I as replaced by Delegated Reg. (EU) 2024/2547',
  },
);
const curated = curatedControlListVersions(us);
const eu2024 = curated.find((v) => v.list === 'eu-annex-i' && v.effectiveFrom === '2024-11-15')!;
const all: ControlListVersion[] = [us, ...curated, dsgl, annexI, withOwnTexts(eu2024, annexI.entries, 'excerpt')];

const usByCode = new Map(us.entries.map((e) => [e.code, e]));
const usTexts = new Set(us.entries.map((e) => e.text));

describe('whose text each entry carries', () => {
  test('every entry of every jurisdiction', () => {
    const counts: Record<string, number> = {};
    for (const v of all)
      for (const e of v.entries) {
        const where = `${v.list}@${v.effectiveFrom} ${e.code}`;
        assert.ok(
          e.textSource && (TEXT_SOURCES as readonly string[]).includes(e.textSource),
          `${where}: textSource set`,
        );
        counts[`${e.jurisdiction}:${e.textSource}`] = (counts[`${e.jurisdiction}:${e.textSource}`] ?? 0) + 1;
        if (e.jurisdiction === 'US') {
          assert.equal(e.textSource, 'own', where);
          continue;
        }
        // A US entry's text in a non-US entry must be labelled as such, naming the US entry it comes
        // from. (Single paragraphs may be worded alike in both: the regimes' lists share wording.)
        const carriesUsText = usTexts.has(e.text);
        if (carriesUsText)
          assert.equal(e.textSource, 'us_counterpart', `${where} carries US CCL words: it must say so`);
        if (e.textSource === 'us_counterpart') {
          assert.deepEqual([e.textFrom?.jurisdiction, e.textFrom?.list], ['US', 'us-ccl'], where);
          assert.equal(
            e.text,
            usByCode.get(e.textFrom!.code)?.text,
            `${where}: the text is exactly that of US ${e.textFrom!.code}`,
          );
        }
        if (e.textSource === 'own') {
          assert.ok(
            e.textCitation && !/15 CFR|CCL/.test(e.textCitation),
            `${where}: own text cites its own publication (${e.textCitation})`,
          );
          assert.notEqual(e.text, usByCode.get(e.code)?.text, where);
        }
      }
    // AU: all 375 DSGL entries own; EU: the excerpt's 8 own, the rest labelled US text.
    assert.equal(counts['AU:own'], 375);
    assert.equal(counts['AU:us_counterpart'], 346, 'the derived AU version (used until the DSGL is imported)');
    assert.equal(all.at(-1)!.entries.filter((e) => e.textSource === 'own').length, 8);
    assert.ok(counts['JP:summary']! > 0 && counts['NL:summary']! > 0);
  });

  test('the same item differs in words between lists (EU and AU 3B001 are not the US text)', () => {
    const words = (v: ControlListVersion) => v.entries.find((e) => e.code === '3B001')!.heading;
    assert.notEqual(words(dsgl), usByCode.get('3B001')!.heading);
    assert.notEqual(words(annexI), usByCode.get('3B001')!.heading);
  });
});
