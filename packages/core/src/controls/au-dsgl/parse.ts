/**
 * Australia's Defence and Strategic Goods List (the instrument as the Federal Register of
 * Legislation publishes it, a .docx; docx-lines.ts) → the `au-dsgl` list version: every entry of
 * Part 2 (Dual-use list, Categories 0-9) with the DSGL's own words, paragraphs and notes.
 *
 * The instrument numbers an entry "3.\tA.\t001.\t<heading>" and its paragraphs either by their
 * own label alone ("a.", "1.", the level given by the alternation letter/number) or, where it
 * restarts a line, by the full number ("0.\tB.\t001.\tb.\t4.\t<text>"). A bare label is placed
 * at the deepest level where it is the next label (e.g. "c." after "b.7.b" continues b.7);
 * this is our reading of the layout, not the instrument's, and only the paragraph tree rests on
 * it — the entry text is kept whole. Notes ("Note:", "Technical Note:", "N.B.:") attach to the
 * paragraph they follow. All-or-nothing: any structural doubt throws with the line number.
 */
import { invalidInput } from '../../common/errors';
import { isMultilateral, regimeOf, segmentRank } from '../eccn';
import type { ControlEntry, ControlListVersion, NoteBlock, NoteKind, Paragraph } from '../model';

const PART_2 = 'Part 2—Dual-use list';
const SENSITIVE = 'Sensitive list of dual-use goods and technologies';
const ENTRY = /^(\d)\.\s*([A-E])\.\s*(\d{3})\.\s*(.*)$/;
const GROUP = /^(\d)\.\s*([A-E])\.\s+(\D.*)$/;
const LABEL = /^([a-z]{1,2}|\d{1,2})\.\s+(.*)$/;
const NOTE = /^(Technical Notes?|Notes?(?:\s*\d+)?|N\.\s?B\.?(?:\s*\d+)?)\s*:\s*(.*)$/;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const DSGL_FORMAT = 'au-dsgl-docx';

const norm = (l: string) => l.replace(/\s+/g, ' ').trim();
const isNumber = (s: string) => /^\d+$/.test(s);

/** "1 September 2024" of the commencement table ("The whole of this instrument"). */
function commencement(lines: readonly string[], file: string): string {
  for (const raw of lines) {
    const m = /The whole of this instrument (\d{1,2}) ([A-Z][a-z]+) (\d{4})/.exec(norm(raw));
    if (m && MONTHS.includes(m[2]!))
      return `${m[3]}-${String(MONTHS.indexOf(m[2]!) + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  }
  throw invalidInput(
    `${file}: no commencement ("The whole of this instrument <date>") found: not the DSGL instrument?`,
  );
}

function instrumentName(lines: readonly string[], file: string): string {
  for (const raw of lines) {
    const m = /^This instrument is the (Defence and Strategic Goods List \d{4})\.$/.exec(norm(raw));
    if (m) return m[1]!;
  }
  throw invalidInput(`${file}: no "This instrument is the Defence and Strategic Goods List YYYY." (section 1.1) found`);
}

interface Building {
  entry: ControlEntry;
  path: Paragraph[];
  note: NoteBlock | undefined;
  noteList?: { isNumber: boolean; rank: number } | undefined;
  lines: string[];
}

/**
 * Is a labelled line an item of the list the open note enumerates ("Note: 3B001.f.2. includes:
 * a. ... b. ...")? Its first item is a label that cannot open a paragraph here, or an "a."/"1."
 * under a paragraph that announces no list (no closing colon); the next items follow it.
 */
function inNoteList(b: Building, label: string): boolean {
  const rank = segmentRank(label);
  if (b.noteList) {
    if (b.noteList.isNumber === isNumber(label) && rank === b.noteList.rank + 1) {
      b.noteList.rank = rank;
      return true;
    }
    return false;
  }
  const depth = place(b, label, false);
  const current = b.path.at(-1);
  const starts =
    depth === undefined || (rank === 1 && depth === b.path.length && current !== undefined && !/:$/.test(current.text));
  if (starts && rank === 1) b.noteList = { isNumber: isNumber(label), rank };
  return starts;
}

/** Where a bare label goes: the deepest level (matching letter/number) where it is the next label. */
function place(b: Building, label: string, gaps: boolean): number | undefined {
  const rank = segmentRank(label);
  let fallback: number | undefined;
  for (let d = b.path.length; d >= 0; d--) {
    if ((d % 2 === 1) !== isNumber(label)) continue;
    const siblings = d === 0 ? b.entry.paragraphs : b.path[d - 1]!.children;
    const last = siblings.at(-1);
    const lastRank = last ? segmentRank(last.label.split('.').pop()!) : 0;
    if (rank === lastRank + 1) return d;
    if (gaps && fallback === undefined && rank > lastRank && rank <= lastRank + 3) fallback = d;
  }
  return fallback;
}

function open(b: Building, depth: number, label: string, text: string): void {
  const parent = depth === 0 ? undefined : b.path[depth - 1]!;
  const full = parent ? `${parent.label}.${label}` : label;
  const p: Paragraph = { code: `${b.entry.code}.${full}`, label: full, text, notes: [], children: [] };
  (parent ? parent.children : b.entry.paragraphs).push(p);
  b.path = [...b.path.slice(0, depth), p];
  b.note = undefined;
  b.noteList = undefined;
}

function addNote(b: Building, title: string, text: string): void {
  const kind: NoteKind = /^Technical/.test(title) ? 'technical_note' : /^N\.\s?B/.test(title) ? 'nb' : 'note';
  b.note = { kind, title, text };
  b.noteList = undefined;
  (b.path.at(-1)?.notes ?? b.entry.notes).push(b.note);
}

function continueText(b: Building, text: string): void {
  if (b.note) b.note.text += `${b.note.text ? '\n' : ''}${text}`;
  else if (b.path.length > 0) b.path.at(-1)!.text += `\n${text}`;
  else b.entry.notes.push({ kind: 'other', title: '', text });
}

/** The state of a read through Part 2: the entries so far, the one being built, the open category note. */
interface Reader {
  file: string;
  citation: string;
  entries: Map<string, ControlEntry>;
  b: Building | undefined;
  category: number | undefined;
  groupNote: NoteBlock | undefined;
  categoryNotes: ControlListVersion['categoryNotes'];
  warnings: string[];
}

/** Parses the lines of the DSGL instrument (docxLines) into the `au-dsgl` version. */
export function parseDsglLines(lines: readonly string[], o: { file: string; sha256?: string }): ControlListVersion {
  const name = instrumentName(lines, o.file);
  const effectiveFrom = commencement(lines, o.file);
  // The table of contents lists "Part 2—Dual-use list<TAB>64"; the Part itself is the bare heading.
  const start = lines.findIndex((l) => norm(l) === PART_2);
  if (start < 0) throw invalidInput(`${o.file}: no "${PART_2}" heading: Part 2 of the DSGL not found`);
  const end = lines.findIndex((l, i) => i > start && norm(l) === SENSITIVE);
  if (end < 0) throw invalidInput(`${o.file}: Part 2 has no end ("${SENSITIVE}" heading missing): truncated?`);
  const r: Reader = {
    file: o.file,
    citation: `${name}${name.endsWith('2024') ? ' (F2024L01024)' : ''}, made under Customs Act 1901 para. 112(2A)(aa), Part 2`,
    entries: new Map(),
    b: undefined,
    category: undefined,
    groupNote: undefined,
    categoryNotes: [],
    warnings: [],
  };
  for (let i = start + 1; i < end; i++) {
    const line = norm(lines[i]!);
    if (line) readLine(r, line, `${o.file} line ${i + 1}`);
  }
  finish(r);
  if (r.entries.size === 0) throw invalidInput(`${o.file}: Part 2 holds no entry`);
  return {
    list: 'au-dsgl',
    jurisdiction: 'AU',
    version: name,
    effectiveFrom,
    source: {
      format: DSGL_FORMAT,
      description: `${name}, Federal Register of Legislation (Word instrument), Part 2 as published`,
      ...(o.sha256 ? { sha256: o.sha256 } : {}),
    },
    entries: [...r.entries.values()],
    categoryNotes: r.categoryNotes,
    warnings: r.warnings,
  };
}

const finish = (r: Reader) => {
  if (r.b) r.b.entry.text = r.b.lines.join('\n');
};

function readLine(r: Reader, line: string, where: string): void {
  const e = ENTRY.exec(line);
  if (e) return entryLine(r, e, line, where);
  const heading = /^Category (\d)\b/.exec(line) ?? GROUP.exec(line);
  if (heading) {
    finish(r);
    r.b = undefined;
    r.category = Number(heading[1]);
    r.groupNote = undefined;
    return;
  }
  if (!r.b) return groupText(r, line, where);
  const b = r.b;
  b.lines.push(line);
  const n = NOTE.exec(line);
  if (n) return addNote(b, n[1]!, n[2]!);
  const l = LABEL.exec(line);
  if (l && b.note && inNoteList(b, l[1]!)) return continueText(b, line);
  const depth = l ? place(b, l[1]!, !b.note) : undefined;
  if (l && depth !== undefined) open(b, depth, l[1]!, l[2]!);
  else continueText(b, line);
}

/** A numbered line: a new entry's heading, or a paragraph restated with its full number. */
function entryLine(r: Reader, e: RegExpExecArray, line: string, where: string): void {
  const code = `${e[1]}${e[2]}${e[3]}`;
  let rest = e[4]!;
  const labels: string[] = [];
  for (let m = LABEL.exec(rest); m; m = LABEL.exec(rest)) {
    labels.push(m[1]!);
    rest = m[2]!;
  }
  if (!r.b || r.b.entry.code !== code) {
    r.b = startEntry(r, where, { code, category: Number(e[1]), group: e[2]!, heading: labels.length > 0 ? '' : rest });
    // An entry made only of paragraphs (9E101 "a. Technology ... b. ...") has no heading line.
    if (labels.length === 0) {
      r.b.lines.push(line);
      return;
    }
    r.warnings.push(`${where}: ${code} has no heading of its own; it starts with paragraph ${labels.join('.')}`);
  }
  r.b.lines.push(line);
  restatedPath(r.b, labels, rest);
}

function startEntry(
  r: Reader,
  where: string,
  head: { code: string; category: number; group: string; heading: string },
): Building {
  if (r.entries.has(head.code))
    throw invalidInput(
      `${where}: entry ${head.code} appears a second time (first entry ends earlier): not a DSGL layout this importer knows`,
    );
  finish(r);
  const regime = regimeOf(head.code);
  const entry: ControlEntry = {
    list: 'au-dsgl',
    jurisdiction: 'AU',
    code: head.code,
    category: head.category,
    group: head.group,
    ...(isMultilateral(regime) ? { regime } : {}),
    heading: head.heading,
    reasons: [],
    controls: [],
    chartColumns: [],
    licenceExceptions: [],
    relatedControls: '',
    relatedDefinitions: '',
    notes: [],
    paragraphs: [],
    text: '',
    textSource: 'own',
    textCitation: `${r.citation}, item ${head.code}`,
  };
  r.entries.set(head.code, entry);
  return { entry, path: [], note: undefined, lines: [] };
}

/** A restated number: its labels are the full path of the paragraph. */
function restatedPath(b: Building, labels: readonly string[], rest: string): void {
  for (let d = 0; d < labels.length; d++) {
    const siblings = d === 0 ? b.entry.paragraphs : b.path[d - 1]!.children;
    const full = [...labels.slice(0, d + 1)].join('.');
    const have = siblings.find((p) => p.label === full);
    if (have) {
      b.path = [...b.path.slice(0, d), have];
      if (d === labels.length - 1 && rest) continueText(b, rest);
      continue;
    }
    open(b, d, labels[d]!, d === labels.length - 1 ? rest : '');
  }
}

/** Notes of a category or product group (e.g. 1C's Technical Note on "metals" and "alloys"). */
function groupText(r: Reader, line: string, where: string): void {
  if (r.category === undefined)
    throw invalidInput(`${where}: text before the first category heading ("${line.slice(0, 60)}")`);
  const n = NOTE.exec(line);
  if (n || !r.groupNote) {
    r.groupNote = {
      kind: n && /^Technical/.test(n[1]!) ? 'technical_note' : n ? 'note' : 'other',
      title: n?.[1] ?? '',
      text: n ? n[2]! : line,
    };
    r.categoryNotes.push({ category: r.category, note: r.groupNote });
  } else r.groupNote.text += `${r.groupNote.text ? '\n' : ''}${line}`;
}
