import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseEcfrPart774Xml, looksLikeEcfrXml } from './ecfr-xml';
import { findParagraph, walkParagraphs } from './model';

// A hand-written excerpt in the eCFR XML schema of 15 CFR part 774 Supplement No. 1.
const XML = `<?xml version="1.0" encoding="UTF-8"?>
<DIV5 N="774" TYPE="PART"><HEAD>PART 774—THE COMMERCE CONTROL LIST</HEAD>
<DIV9 N="1" TYPE="APPENDIX"><HEAD>Supplement No. 1 to Part 774—The Commerce Control List</HEAD>
<HD SOURCE="HD1">Category 3—Electronics</HD>
<P><B>3B001 Equipment for the manufacturing of semiconductor devices, as follows (see List of Items Controlled).</B></P>
<P>License Requirements</P>
<P><I>Reason for Control:</I> NS, RS, AT</P>
<TABLE><TR><TH>Control(s)</TH><TH>Country chart (see Supp. No. 1 to part 738)</TH></TR>
<TR><TD>NS applies to 3B001.a.1 to a.3, b, e, f.2 to f.4, g to j</TD><TD>NS Column 2.</TD></TR>
<TR><TD>RS applies to 3B001.a.4, c, d, f.1</TD><TD>To or within Macau or a destination specified in Country Group D:5. See § 742.6(a)(6) of the EAR.</TD></TR>
<TR><TD>AT applies to entire entry</TD><TD>AT Column 1.</TD></TR></TABLE>
<P>List Based License Exceptions (See Part 740 for a Description of All License Exceptions)</P>
<P><I>LVS:</I> $500, except semiconductor manufacturing equipment specified in 3B001.a.4, c, d, f.1</P>
<P><I>GBS:</I> Yes, except .f (lithography equipment)</P>
<P>List of Items Controlled</P>
<FP-1><I>Related Controls:</I> See also 3B903 and 3B991.</FP-1>
<P><I>Related Definitions:</I> N/A</P>
<P><I>Items:</I></P>
<P>f. Lithography commodities as follows:</P>
<P>f.1. Align and expose step and repeat or step and scan equipment having any of the following:</P>
<P>f.1.a. A light source wavelength shorter than 193 nm; <I>or</I></P>
<P>f.1.b. A light source wavelength equal to or longer than 193 nm and having all of the following:</P>
<P>f.1.b.1. The capability to produce a pattern with a “Minimum Resolvable Feature size” (MRF) of 45 nm or less; <I>and</I></P>
<P>f.1.b.2. A maximum 'dedicated chuck overlay' value of less than or equal to 1.50 nm;</P>
<P><I>Technical Notes:</I></P>
<P><I>1. For the purposes of 3B001.f.1.b, the K factor = 0.25.</I></P>
<P>f.2. Imprint lithography equipment capable of production features of 45 nm or less;</P>
<P><B>3B993 Additional equipment, not controlled by 3B001 (see List of Items Controlled).</B></P>
<P><I>Reason for Control:</I> RS, AT</P>
<P><I>Items:</I></P>
<P>a. Equipment (see 3B001.f for comparison).</P>
</DIV9></DIV5>`;

test('the eCFR XML gives the same model as the JSON scrape', () => {
  assert.ok(looksLikeEcfrXml(XML));
  const v = parseEcfrPart774Xml(XML, { effectiveFrom: '2026-09-01', version: 'eCFR 2026-09-01' });
  assert.deepEqual(
    v.entries.map((e) => e.code),
    ['3B001', '3B993'],
  );
  const e = v.entries[0]!;
  assert.match(e.heading, /^Equipment for the manufacturing/);
  assert.deepEqual(e.reasons, ['NS', 'RS', 'AT']);
  assert.deepEqual(e.chartColumns, ['AT1', 'NS2']);
  assert.match(e.controls[1]!.destination!, /Macau/);
  assert.equal(e.licenceExceptions.find((x) => x.code === 'LVS')?.valueUsd, 500);
  assert.equal(e.relatedControls, 'See also 3B903 and 3B991.');
  assert.deepEqual(
    [...walkParagraphs(e.paragraphs)].map((p) => p.label),
    ['f', 'f.1', 'f.1.a', 'f.1.b', 'f.1.b.1', 'f.1.b.2', 'f.2'],
  );
  assert.ok(
    findParagraph(e, '3B001.f.1.b.2')!.notes.some((n) => n.kind === 'technical_note' && /K factor = 0.25/.test(n.text)),
  );
  assert.deepEqual(v.entries[1]!.reasons, ['RS', 'AT']);
});

test('not part 774, or not XML, is refused with a reason', () => {
  assert.throws(
    () => parseEcfrPart774Xml('<DIV5><P>nothing</P></DIV5>', { effectiveFrom: '2026-01-01', version: 'x' }),
    /no ECCN found/,
  );
  assert.throws(
    () => parseEcfrPart774Xml('<DIV5><P>broken</DIV5>', { effectiveFrom: '2026-01-01', version: 'x' }),
    /not well-formed/,
  );
});

test('superior and inferior characters (<E T="51">, <E T="52">, <SU>) keep their position: 10¹³, cm², H₂', () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<DIV5 N="774" TYPE="PART"><DIV9 N="1" TYPE="APPENDIX">
<P><B>3A001 Electronic items as follows (see List of Items Controlled).</B></P>
<P><I>Reason for Control:</I> NS, AT</P>
<P><I>Items:</I></P>
<P>a. Components as follows:</P>
<P>a.1. Rated for a fluence of neutrons of 5 × 10<E T="51">13</E> n/cm<E T="51">2</E> or higher; <I>or</I></P>
<P>a.2. Filled with H<E T="52">2</E> at 10<E T="51">−3</E> Pa<SU>a</SU>;</P>
</DIV9></DIV5>`;
  const v = parseEcfrPart774Xml(xml, { effectiveFrom: '2025-01-16', version: 'test' });
  const entry = v.entries.find((e) => e.code === '3A001')!;
  assert.match(findParagraph(entry, '3A001.a.1')!.text, /5 × 10¹³ n\/cm² or higher/);
  assert.match(findParagraph(entry, '3A001.a.2')!.text, /H₂ at 10⁻³ Pa\^a;/);
  assert.match(entry.text, /10¹³/);
});
