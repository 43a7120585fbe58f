/**
 * The eCFR XML reader on small hand-written files in the schema it relies on (ecfr-xml.ts,
 * docs/regulations.md): the HTML-style tables the versioner API serves, and GPOTABLE markup.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readEarTables } from './read';

const chartHtml = (rows: string) => `<?xml version="1.0" encoding="UTF-8"?>
<DIV5 N="738" TYPE="PART"><HEAD>PART 738—COMMERCE CONTROL LIST OVERVIEW AND THE COUNTRY CHART</HEAD>
<DIV9 N="Supplement No. 1 to Part 738" TYPE="APPENDIX"><HEAD>Supplement No. 1 to Part 738—Commerce Country Chart</HEAD>
<DIV><TABLE><THEAD>
<TR><TH rowspan="2">Countries</TH><TH colspan="3">Chemical and biological weapons</TH><TH colspan="2">Nuclear nonproliferation</TH><TH colspan="2">National security</TH><TH>Missile tech</TH><TH colspan="2">Regional stability</TH><TH>Firearms convention</TH><TH colspan="3">Crime control</TH><TH colspan="2">Anti-terrorism</TH></TR>
<TR><TH>CB 1</TH><TH>CB 2</TH><TH>CB 3</TH><TH>NP 1</TH><TH>NP 2</TH><TH>NS 1</TH><TH>NS 2</TH><TH>MT 1</TH><TH>RS 1</TH><TH>RS 2</TH><TH>FC 1</TH><TH>CC 1</TH><TH>CC 2</TH><TH>CC 3</TH><TH>AT 1</TH><TH>AT 2</TH></TR>
</THEAD><TBODY>${rows}</TBODY>
<TFOOT><TR><TD colspan="17"><SU>1</SU> See § 746.1(b) for United Nations Security Council Sanctions under the EAR.</TD></TR>
<TR><TD colspan="17"><SU>5</SU> Refer to Switzerland for licensing requirements for Liechtenstein under the EAR.</TD></TR></TFOOT></TABLE></DIV></DIV9></DIV5>`;
const X = (marks: string) => marks.split('').map((c) => `<TD>${c === 'X' ? 'X' : ''}</TD>`).join('');
// 16 cells in the chart's order CB1 CB2 CB3 NP1 NP2 NS1 NS2 MT1 RS1 RS2 FC1 CC1 CC2 CC3 AT1 AT2.
const ROWS = [
  `<TR><TD>Afghanistan</TD>${X('XXXX.XXXXX.X.X..')}</TR>`,
  `<TR><TD>Canada</TD>${X('X.........X.....')}</TR>`,
  `<TR><TD>Iran<SU>1</SU></TD><TD colspan="16">See § 746.7 of the EAR to determine whether a license is required in order to export or reexport to this destination.</TD></TR>`,
  `<TR><TD>Korea, North<SU>1</SU></TD>${X('XXXXXXXXXXXXXXXX')}</TR>`,
  `<TR><TD>Liechtenstein<SU>5</SU></TD>${X('X....X.XX.......')}</TR>`,
].join('\n');

const groupsXml = `<?xml version="1.0"?><DIV5 N="740"><DIV9><HEAD>Supplement No. 1 to Part 740—Country Groups</HEAD>
<GPOTABLE COLS="7"><BOXHD><CHED H="1">Country</CHED><CHED H="1">[A:1] Wassenaar participating states<SU>1</SU></CHED><CHED H="1">[A:2] Missile Technology Control Regime<SU>2</SU></CHED><CHED H="1">[A:3] Australia Group</CHED><CHED H="1">[A:4] Nuclear Suppliers Group<SU>3</SU></CHED><CHED H="1">[A:5]</CHED><CHED H="1">[A:6]</CHED></BOXHD>
<ROW><ENT I="01">Canada</ENT><ENT>X</ENT><ENT>X</ENT><ENT>X</ENT><ENT>X</ENT><ENT>X</ENT><ENT/></ROW>
<TNOTE><SU>1</SU> Country Group A:1 is a list of the Wassenaar Arrangement Participating States, except for Malta, Russia and Ukraine.</TNOTE></GPOTABLE>
<HD1>Country Group B—Countries</HD1><LI>Afghanistan</LI><LI>Canada</LI>
<GPOTABLE COLS="6"><BOXHD><CHED H="1">Country</CHED><CHED H="1">[D:1] National Security</CHED><CHED H="1">[D:2] Nuclear</CHED><CHED H="1">[D:3] Chemical &amp; Biological</CHED><CHED H="1">[D:4] Missile Technology</CHED><CHED H="1">[D:5] U.S. Arms Embargoed Countries</CHED></BOXHD>
<ROW><ENT I="01">Afghanistan</ENT><ENT/><ENT/><ENT>X</ENT><ENT/><ENT>X</ENT></ROW>
<ROW><ENT I="01">Iran</ENT><ENT/><ENT>X</ENT><ENT>X</ENT><ENT>X</ENT><ENT>X</ENT></ROW>
<ROW><ENT I="01">Korea, North</ENT><ENT>X</ENT><ENT>X</ENT><ENT>X</ENT><ENT>X</ENT><ENT>X</ENT></ROW></GPOTABLE>
<GPOTABLE COLS="3"><BOXHD><CHED H="1">Country</CHED><CHED H="1">[E:1] Terrorist supporting countries</CHED><CHED H="1">[E:2] Unilateral embargo</CHED></BOXHD>
<ROW><ENT I="01">Iran</ENT><ENT>X</ENT><ENT/></ROW><ROW><ENT I="01">Korea, North</ENT><ENT>X</ENT><ENT/></ROW></GPOTABLE>
</DIV9></DIV5>`;

const read = (chart: string, groups = groupsXml) => readEarTables({ 'title-15-part-738.xml': chart, 'title-15-part-740.xml': groups }, { contentDate: '2026-09-24', url: 'https://www.ecfr.gov/api/versioner/v1/full/2026-09-24/title-15.xml' });

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
    assert.deepEqual(data.footnotes.map((f) => f.number), [1, 5]);
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
    assert.notEqual(read(chartHtml(ROWS.replace('<TR><TD>Canada</TD><TD>X</TD>', '<TR><TD>Canada</TD><TD></TD>'))).contentHash, a);
  });
  test('bad input is refused with file, line and reason', () => {
    assert.throws(() => read(chartHtml(`<TR><TD>Atlantis</TD>${X('X...............')}</TR>`)), /title-15-part-738\.xml: line \d+: destination 'Atlantis' is not a country name/);
    assert.throws(() => read(chartHtml(`<TR><TD>Canada</TD><TD>Y</TD>${X('...............')}</TR>`)), /line \d+: Canada, column CB1: 'Y' is neither X nor empty/);
    assert.throws(() => read(chartHtml(ROWS).replace('<TH>AT 2</TH>', '')), /column heads are .*; expected the 16 columns/);
    assert.throws(() => read('<DIV5><HEAD>PART 738</HEAD></DIV5>'), /not the EAR country tables|no division headed "Supplement No. 1 to Part 738"/);
    assert.throws(() => read(`<!DOCTYPE x [<!ENTITY a "aaaa">]>${chartHtml(ROWS)}`), /DOCTYPE is not accepted|not the EAR country tables/);
    assert.throws(() => read(chartHtml(ROWS).slice(0, 2000)), /not well-formed XML|Supplement No. 1 to Part 738 has no table|column heads/);
    assert.throws(() => readEarTables({ 'x.xml': chartHtml(ROWS) }, { contentDate: '2026-09-24' }), /part 740 missing/);
  });
});
