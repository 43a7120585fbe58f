/**
 * Reads the official eCFR XML of 15 CFR part 774 (ecfr.gov versioner API
 * `/api/versioner/v1/full/{date}/title-15.xml?part=774`, or the govinfo bulk title XML) into
 * the same ControlListVersion as the JSON scrape. In that XML an ECCN starts with a
 * paragraph whose bold lead is the code ("<P><B>3A090 Integrated circuits ...</B></P>"),
 * control tables are TABLE/TR/TD (or GPOTABLE/ROW/ENT), field labels and notes are italic
 * (<I> or <E T="03">). We render each block as one line in the Markdown-ish form that
 * ccl-entry.ts reads (italic → *...*, table row → | a | b |), so both sources share one parser.
 */
import { SaxesParser } from 'saxes';
import { invalidInput } from '../common/errors';
import type { CclImportOptions } from './ccl-json';
import { toEntry } from './ccl-json';
import { isEccn } from './eccn';
import type { ControlListVersion } from './model';

const BLOCKS = new Set(['P', 'FP', 'FP-1', 'FP-2', 'HD', 'HD1', 'HD2', 'HD3', 'HEAD', 'NOTE', 'PSPACE']);
const ROWS = new Set(['TR', 'ROW']);
const CELLS = new Set(['TD', 'TH', 'ENT', 'CHED']);
const ITALIC = (name: string, attrs: Record<string, string>) =>
  name === 'I' || (name === 'E' && (attrs.T === '03' || attrs.T === '04'));
/**
 * Superior and inferior characters: `<E T="51">` / `<E T="52">` (GPO eCFR XML User Guide §3.33) and footnote
 * references `<SU>`. Kept as Unicode super/subscripts ("5 × 10¹³ n/cm²"), or as ^(…) / _(…) where there is none.
 */
const SCRIPT = (name: string, attrs: Record<string, string>): 'sup' | 'sub' | undefined =>
  name === 'SU' || (name === 'E' && attrs.T === '51') ? 'sup' : name === 'E' && attrs.T === '52' ? 'sub' : undefined;
const SUP: Record<string, string> = Object.fromEntries(
  [...'0123456789+-−()=n'].map((c, i) => [c, '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁽⁾⁼ⁿ'[i]!]),
);
const SUB: Record<string, string> = Object.fromEntries(
  [...'0123456789+-−()='].map((c, i) => [c, '₀₁₂₃₄₅₆₇₈₉₊₋₋₍₎₌'[i]!]),
);

export function scriptText(raw: string, kind: 'sup' | 'sub'): string {
  const text = raw.trim();
  const table = kind === 'sup' ? SUP : SUB;
  if ([...text].every((c) => table[c])) return [...text].map((c) => table[c]).join('');
  const mark = kind === 'sup' ? '^' : '_';
  return text.length === 1 ? `${mark}${text}` : `${mark}(${text})`;
}

export function looksLikeEcfrXml(text: string): boolean {
  const head = text.slice(0, 2000);
  return (
    /^\s*(<\?xml[^>]*>\s*)?<(ECFR|DIV1|DIV5|DIV9|ROOT|CFRDOC)\b/.test(head) || (/<DIV\d/.test(head) && /774/.test(head))
  );
}

interface Raw {
  code: string;
  heading: string;
  lines: string[];
}

export function parseEcfrPart774Xml(text: string, options: CclImportOptions): ControlListVersion {
  const raws: Raw[] = [];
  let current: Raw | undefined;
  let line = '';
  let row: string[] | undefined;
  let cell: string | undefined;
  let boldStart: number | undefined;
  let script: { kind: 'sup' | 'sub'; start: number } | undefined;

  const emit = (l: string) => {
    const t = l.replace(/\s+/g, ' ').trim();
    if (!t) return;
    // An ECCN begins with a bold "3A090 Heading" at the start of a block.
    const m = /^\*?\*?(\d[A-E]\d{3})\s+(.*)$/.exec(t);
    if (m && isEccn(m[1]!) && boldHeading) {
      current = { code: m[1]!, heading: m[2]!.replace(/\*+$/, '').trim(), lines: [] };
      raws.push(current);
      return;
    }
    current?.lines.push(t);
  };
  let boldHeading = false;
  const append = (s: string) => {
    if (cell !== undefined) cell += s;
    else line += s;
  };
  const closeScript = () => {
    if (!script) return;
    const { kind, start } = script;
    script = undefined;
    if (cell !== undefined) cell = cell.slice(0, start) + scriptText(cell.slice(start), kind);
    else line = line.slice(0, start) + scriptText(line.slice(start), kind);
  };

  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag) => {
    const name = tag.name.toUpperCase();
    const attrs = tag.attributes as Record<string, string>;
    const kind = SCRIPT(name, attrs);
    if (kind) script = { kind, start: (cell ?? line).length };
    else if (ROWS.has(name)) row = [];
    else if (CELLS.has(name)) cell = '';
    else if (BLOCKS.has(name)) {
      emit(line);
      line = '';
      boldHeading = false;
    } else if (ITALIC(name, attrs)) append('*');
    else if (name === 'B' || (name === 'E' && attrs.T === '02')) boldStart = (cell ?? line).trim().length;
  });
  parser.on('text', (t) => append(t));
  parser.on('closetag', (tag) => {
    const name = tag.name.toUpperCase();
    const attrs = tag.attributes as Record<string, string>;
    if (SCRIPT(name, attrs)) closeScript();
    else if (CELLS.has(name) && row) {
      row.push((cell ?? '').replace(/\s+/g, ' ').trim());
      cell = undefined;
    } else if (ROWS.has(name) && row) {
      emit(`| ${row.join(' | ')} |`);
      row = undefined;
    } else if (BLOCKS.has(name)) {
      emit(line);
      line = '';
      boldHeading = false;
    } else if (ITALIC(name, attrs)) append('*');
    else if (name === 'B' || (name === 'E' && attrs.T === '02')) {
      if (boldStart === 0) boldHeading = true;
      boldStart = undefined;
    }
  });
  try {
    parser.write(text).close();
  } catch (error) {
    throw invalidInput(`the eCFR XML is not well-formed: ${(error as Error).message}`);
  }
  emit(line);
  if (raws.length === 0)
    throw invalidInput(
      'no ECCN found in the XML: is it part 774 of title 15 (Supplement No. 1, the Commerce Control List)?',
    );

  const version: ControlListVersion = {
    list: 'us-ccl',
    jurisdiction: 'US',
    version: options.version,
    effectiveFrom: options.effectiveFrom,
    source: {
      format: 'ecfr-xml',
      description: 'eCFR XML of 15 CFR part 774',
      ...(options.sha256 ? { sha256: options.sha256 } : {}),
    },
    entries: [],
    categoryNotes: [],
    warnings: [],
  };
  const seen = new Set<string>();
  for (const r of raws) {
    // Cross-references in bold ("see 3A001") can look like headings; the first occurrence wins.
    if (seen.has(r.code)) {
      version.warnings.push(`${r.code} appears twice as a heading; the second occurrence was ignored`);
      continue;
    }
    seen.add(r.code);
    version.entries.push(toEntry(r.code, r.heading, r.lines.join('\n\n')));
  }
  return version;
}
