/**
 * One CCL entry as the eCFR renders it (15 CFR 774 Supp. 1): "License Requirements" with the
 * reasons for control and the control table pointing at Country Chart columns, "List Based
 * License Exceptions" (LVS value, GBS, NAC/ACA, ...), "List of Items Controlled" with
 * related controls, definitions and the items. Input is that rendering as Markdown-ish text
 * (the shared ccl_parsed.json) or as lines the eCFR-XML reader produces: same output.
 */
import {
  isChartColumn,
  REASONS,
  type ChartColumn,
  type ControlRow,
  type LicenceExceptionNote,
  type NoteBlock,
} from './model';
import { buildParagraphTree, noteHeader, plainText, type ParagraphTree } from './paragraph-tree';

export interface ParsedEntryBody extends ParagraphTree {
  reasons: string[];
  controls: ControlRow[];
  chartColumns: ChartColumn[];
  licenceExceptions: LicenceExceptionNote[];
  relatedControls: string;
  relatedDefinitions: string;
  headerNotes: NoteBlock[];
}

/** Licence exceptions of the Jan-2025 AI-diffusion rule, which BIS said on 13 May 2025 it would rescind. */
const STATUS_UNCERTAIN = new Set(['AIA', 'ACM', 'LPP', 'ACE']);
const FIELD = /^\*([A-Za-z][A-Za-z/ ]{0,40}?):\*\s*(.*)$/;
const COLUMN = /\b(CB|NP|NS|MT|RS|CC|FC|AT)\s+Column\s+(\d)/gi;

type HeadFields = Omit<ParsedEntryBody, keyof ParagraphTree>;

/** Where the reader is in the head of the entry, and the block a continuation line extends. */
interface HeadState {
  out: HeadFields;
  section: 'requirements' | 'exceptions' | 'items';
  lastException?: LicenceExceptionNote | undefined;
  lastNote?: NoteBlock | undefined;
  lastField?: 'relatedControls' | 'relatedDefinitions' | undefined;
}

export function parseEntryBody(code: string, details: string): ParsedEntryBody {
  const lines = details.replace(/!\[\]\([^)]*\)/g, '').split('\n');
  const itemsAt = lines.findIndex((l) => /^\*Items:\*/.test(l.trim()));
  const head = itemsAt < 0 ? lines : lines.slice(0, itemsAt);
  const itemLines =
    itemsAt < 0 ? [] : [lines[itemsAt]!.trim().replace(/^\*Items:\*\s*/, ''), ...lines.slice(itemsAt + 1)];

  const state: HeadState = {
    out: {
      reasons: [],
      controls: [],
      chartColumns: [],
      licenceExceptions: [],
      relatedControls: '',
      relatedDefinitions: '',
      headerNotes: [],
    },
    section: 'requirements',
  };
  for (const raw of head) {
    const line = raw.trim();
    if (line) readHeadLine(state, line);
  }
  const { out } = state;
  out.chartColumns = [...new Set(out.controls.flatMap((c) => c.columns))].sort();
  return { ...out, ...buildParagraphTree(code, itemLines) };
}

function readHeadLine(s: HeadState, line: string): void {
  if (sectionChange(s, line)) return;
  if (line.startsWith('|')) {
    const row = tableRow(line);
    if (row) s.out.controls.push(row);
    return;
  }
  const field = FIELD.exec(line);
  const name = field?.[1]?.trim();
  if (field && name && namedField(s, name, field[2]!)) return;
  if (noteLine(s, line, field && name ? { name, value: field[2]! } : undefined)) return;
  if (field && name && exceptionField(s, name, field[2]!)) return;
  continueBlock(s, plainText(line));
}

/** "*LVS:* $5000", "*GBS:* Yes": a list-based licence exception, in that section. */
function exceptionField(s: HeadState, name: string, value: string): boolean {
  if (s.section !== 'exceptions' || !/^[A-Z/]{2,8}$/.test(name)) return false;
  s.lastException = exception(name, plainText(value));
  s.out.licenceExceptions.push(s.lastException);
  s.lastNote = undefined;
  return true;
}

/** A plain line continues the open note, licence exception or related-controls field. */
function continueBlock(s: HeadState, text: string): void {
  if (s.lastNote) s.lastNote.text += `${s.lastNote.text ? '\n' : ''}${text}`;
  else if (s.lastException) s.lastException.text += `\n${text}`;
  else if (s.section === 'items' && s.lastField) s.out[s.lastField] += `\n${text}`;
}

function sectionChange(s: HeadState, line: string): boolean {
  if (/^List Based License Exceptions/i.test(line) || /^Special Conditions for STA/i.test(line)) {
    s.section = 'exceptions';
    s.lastNote = undefined;
    return true;
  }
  if (/^List of Items Controlled/i.test(line)) {
    s.section = 'items';
    s.lastException = undefined;
    return true;
  }
  return false;
}

/** "*Reason for Control:*", "*Related Controls:*", "*Related Definitions:*". */
function namedField(s: HeadState, name: string, value: string): boolean {
  if (/^Reasons? for Control$/i.test(name)) {
    s.out.reasons = value
      .split(/[,;]/)
      .map((r) => plainText(r).replace(/\.$/, ''))
      .filter(Boolean);
    return true;
  }
  const key = /^Related Controls?$/i.test(name)
    ? 'relatedControls'
    : /^Related Definitions?$/i.test(name)
      ? 'relatedDefinitions'
      : undefined;
  if (!key) return false;
  s.out[key] = plainText(value);
  s.lastField = key;
  return true;
}

/** A note heading in the head ("Note:", "*License Requirement Note:*") opens a note block. */
function noteLine(s: HeadState, line: string, field: { name: string; value: string } | undefined): boolean {
  const header = noteHeader(plainText(line));
  if (!header && !(field && /note/i.test(field.name))) return false;
  const title = header?.title ?? field!.name;
  s.lastNote = {
    kind: /requirement/i.test(title) ? 'licence_requirement_note' : (header?.kind ?? 'note'),
    title,
    text: header?.text ?? plainText(field?.value ?? ''),
  };
  s.out.headerNotes.push(s.lastNote);
  s.lastException = undefined;
  return true;
}

function tableRow(line: string): ControlRow | undefined {
  const cells = line
    .split('|')
    .slice(1, -1)
    .map((c) => plainText(c.replace(/<br\s*\/?>/gi, ' ')));
  const [left, right] = cells;
  if (!left || /^-+$/.test(left) || /^Controls?(\(s\))?$/i.test(left)) return undefined;
  const reason = /^([A-Z]{2})\b/.exec(left)?.[1] ?? left.split(/\s/)[0]!;
  const appliesTo = /applies to\s+(.*)$/i.exec(left)?.[1] ?? left;
  const columns: ChartColumn[] = [];
  for (const m of (right ?? '').matchAll(COLUMN)) {
    const col = `${m[1]!.toUpperCase()}${m[2]}`;
    if (isChartColumn(col) && !columns.includes(col)) columns.push(col);
  }
  const row: ControlRow = {
    reason: (REASONS as readonly string[]).includes(reason) ? reason : reason,
    appliesTo,
    columns,
  };
  const rest = (right ?? '').replace(COLUMN, '').replace(/^[\s.;,]+|[\s.;,]+$/g, '');
  if (rest) row.destination = right!;
  return row;
}

function exception(code: string, text: string): LicenceExceptionNote {
  const availability: LicenceExceptionNote['availability'] = /^N\/A\b/i.test(text)
    ? 'no'
    : /^(Yes\.?|\$[\d,]+\.?)$/i.test(text)
      ? 'yes'
      : /^N\/A/i.test(text)
        ? 'no'
        : 'partial';
  const e: LicenceExceptionNote = { code, availability, text };
  if (code === 'LVS') {
    const value = /\$\s?([\d,]+)/.exec(text);
    if (value) e.valueUsd = Number(value[1]!.replace(/,/g, ''));
  }
  if (STATUS_UNCERTAIN.has(code)) e.statusUncertain = true;
  return e;
}
