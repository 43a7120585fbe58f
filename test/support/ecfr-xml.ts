/**
 * Small hand-written files in the eCFR XML schema the regulations reader relies on
 * (docs/regulations.md): part 738 with HTML-style tables, part 740 with GPOTABLE markup.
 * Not real data — the shape only, with a handful of rows.
 */
export const chartHtml = (rows: string) => `<?xml version="1.0" encoding="UTF-8"?>
<DIV5 N="738" TYPE="PART"><HEAD>PART 738—COMMERCE CONTROL LIST OVERVIEW AND THE COUNTRY CHART</HEAD>
<DIV9 N="Supplement No. 1 to Part 738" TYPE="APPENDIX"><HEAD>Supplement No. 1 to Part 738—Commerce Country Chart</HEAD>
<DIV><TABLE><THEAD>
<TR><TH rowspan="2">Countries</TH><TH colspan="3">Chemical and biological weapons</TH><TH colspan="2">Nuclear nonproliferation</TH><TH colspan="2">National security</TH><TH>Missile tech</TH><TH colspan="2">Regional stability</TH><TH>Firearms convention</TH><TH colspan="3">Crime control</TH><TH colspan="2">Anti-terrorism</TH></TR>
<TR><TH>CB 1</TH><TH>CB 2</TH><TH>CB 3</TH><TH>NP 1</TH><TH>NP 2</TH><TH>NS 1</TH><TH>NS 2</TH><TH>MT 1</TH><TH>RS 1</TH><TH>RS 2</TH><TH>FC 1</TH><TH>CC 1</TH><TH>CC 2</TH><TH>CC 3</TH><TH>AT 1</TH><TH>AT 2</TH></TR>
</THEAD><TBODY>${rows}</TBODY>
<TFOOT><TR><TD colspan="17"><SU>1</SU> See § 746.1(b) for United Nations Security Council Sanctions under the EAR.</TD></TR>
<TR><TD colspan="17"><SU>5</SU> Refer to Switzerland for licensing requirements for Liechtenstein under the EAR.</TD></TR></TFOOT></TABLE></DIV></DIV9></DIV5>`;
export const X = (marks: string) =>
  marks
    .split('')
    .map((c) => `<TD>${c === 'X' ? 'X' : ''}</TD>`)
    .join('');
// 16 cells in the chart's order CB1 CB2 CB3 NP1 NP2 NS1 NS2 MT1 RS1 RS2 FC1 CC1 CC2 CC3 AT1 AT2.
export const ROWS = [
  `<TR><TD>Afghanistan</TD>${X('XXXX.XXXXX.X.X..')}</TR>`,
  `<TR><TD>Canada</TD>${X('X.........X.....')}</TR>`,
  `<TR><TD>Iran<SU>1</SU></TD><TD colspan="16">See § 746.7 of the EAR to determine whether a license is required in order to export or reexport to this destination.</TD></TR>`,
  `<TR><TD>Korea, North<SU>1</SU></TD>${X('XXXXXXXXXXXXXXXX')}</TR>`,
  `<TR><TD>Liechtenstein<SU>5</SU></TD>${X('X....X.XX.......')}</TR>`,
].join('\n');

export const groupsXml = `<?xml version="1.0"?><DIV5 N="740"><DIV9><HEAD>Supplement No. 1 to Part 740—Country Groups</HEAD>
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
