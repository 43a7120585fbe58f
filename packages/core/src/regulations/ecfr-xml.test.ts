/**
 * The eCFR XML reader on small hand-written files in the schema it relies on (ecfr-xml.ts,
 * docs/regulations.md): the HTML-style tables the versioner API serves, and GPOTABLE markup.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readEarTables } from './read';
import { chartHtml, groupsXml, ROWS, X } from '../../../../test/support/ecfr-xml';

const read = (chart: string, groups = groupsXml) =>
  readEarTables(
    { 'title-15-part-738.xml': chart, 'title-15-part-740.xml': groups },
    { contentDate: '2026-09-24', url: 'https://www.ecfr.gov/api/versioner/v1/full/2026-09-24/title-15.xml' },
  );

describe('eCFR XML of the country tables (hand-written files in the documented schema)', () => {
  test('chart rows, marks by column name, footnote markers, a referral row, footnotes', () => {
    const { data } = read(chartHtml(ROWS));
    const row = (c: string) => data.chart.find((r) => r.country === c)!;
    assert.deepEqual(row('CA').marks, ['CB1', 'FC1']);
    assert.deepEqual(row('AF').marks, ['CB1', 'CB2', 'CB3', 'NP1', 'NS1', 'NS2', 'MT1', 'RS1', 'RS2', 'CC1', 'CC3']);
    assert.deepEqual(row('LI').footnotes, [5]);
    assert.equal(row('IR').marks.length, 0);
    assert.match(row('IR').referral!, /See § 746\.7/);
    assert.deepEqual(data.notCaptured, []);
    assert.deepEqual(
      data.footnotes.map((f) => f.number),
      [1, 5],
    );
    assert.equal(data.source.format, 'ecfr-xml');
  });
  test('groups from GPOTABLE tables and the Country Group B list', () => {
    const { data } = read(chartHtml(ROWS));
    const g = (c: string) => data.groups.find((r) => r.country === c)!.groups;
    assert.deepEqual(g('CA'), ['A:1', 'A:2', 'A:3', 'A:4', 'A:5', 'B']);
    assert.deepEqual(g('AF'), ['B', 'D:3', 'D:5']);
    assert.deepEqual(g('KP'), ['D:1', 'D:2', 'D:3', 'D:4', 'D:5', 'E:1']);
    assert.match(data.groupNotes[0]!, /except for Malta, Russia and Ukraine/);
  });
  test('the same tables give the same content hash; a changed cell another', () => {
    const a = read(chartHtml(ROWS)).contentHash;
    assert.equal(read(chartHtml(ROWS)).contentHash, a);
    assert.notEqual(
      read(chartHtml(ROWS.replace('<TR><TD>Canada</TD><TD>X</TD>', '<TR><TD>Canada</TD><TD></TD>'))).contentHash,
      a,
    );
  });
  test('bad input is refused with file, line and reason', () => {
    assert.throws(
      () => read(chartHtml(`<TR><TD>Atlantis</TD>${X('X...............')}</TR>`)),
      /title-15-part-738\.xml: line \d+: destination 'Atlantis' is not a country name/,
    );
    assert.throws(
      () => read(chartHtml(`<TR><TD>Canada</TD><TD>Y</TD>${X('...............')}</TR>`)),
      /line \d+: Canada, column CB1: 'Y' is neither X nor empty/,
    );
    assert.throws(
      () => read(chartHtml(ROWS).replace('<TH>AT 2</TH>', '')),
      /column heads are .*; expected the 16 columns/,
    );
    assert.throws(
      () => read('<DIV5><HEAD>PART 738</HEAD></DIV5>'),
      /not the EAR country tables|no division headed "Supplement No. 1 to Part 738"/,
    );
    assert.throws(
      () => read(`<!DOCTYPE x [<!ENTITY a "aaaa">]>${chartHtml(ROWS)}`),
      /DOCTYPE is not accepted|not the EAR country tables/,
    );
    assert.throws(
      () => read(chartHtml(ROWS).slice(0, 2000)),
      /not well-formed XML|Supplement No. 1 to Part 738 has no table|column heads/,
    );
    assert.throws(() => readEarTables({ 'x.xml': chartHtml(ROWS) }, { contentDate: '2026-09-24' }), /part 740 missing/);
  });
});
