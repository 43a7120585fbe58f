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

export function parseEntryBody(code: string, details: string): ParsedEntryBody {
  const lines = details.replace(/!\[\]\([^)]*\)/g, '').split('\n');
  const itemsAt = lines.findIndex((l) => /^\*Items:\*/.test(l.trim()));
  const head = itemsAt < 0 ? lines : lines.slice(0, itemsAt);
  const itemLines =
    itemsAt < 0 ? [] : [lines[itemsAt]!.trim().replace(/^\*Items:\*\s*/, ''), ...lines.slice(itemsAt + 1)];

  const out: Omit<ParsedEntryBody, keyof ParagraphTree> = {
    reasons: [],
    controls: [],
    chartColumns: [],
    licenceExceptions: [],
    relatedControls: '',
    relatedDefinitions: '',
    headerNotes: [],
  };
  let section: 'requirements' | 'exceptions' | 'items' = 'requirements';
  let lastException: LicenceExceptionNote | undefined;
  let lastNote: NoteBlock | undefined;
  let lastField: 'relatedControls' | 'relatedDefinitions' | undefined;

  for (const raw of head) {
    const line = raw.trim();
    if (!line) continue;
    if (/^List Based License Exceptions/i.test(line) || /^Special Conditions for STA/i.test(line)) {
      section = 'exceptions';
      lastNote = undefined;
      continue;
    }
    if (/^List of Items Controlled/i.test(line)) {
      section = 'items';
      lastException = undefined;
      continue;
    }
    if (line.startsWith('|')) {
      const row = tableRow(line);
      if (row) out.controls.push(row);
      continue;
    }
    const field = FIELD.exec(line);
    const name = field?.[1]?.trim();
    if (field && name && /^Reasons? for Control$/i.test(name)) {
      out.reasons = field[2]!
        .split(/[,;]/)
        .map((r) => plainText(r).replace(/\.$/, ''))
        .filter(Boolean);
      continue;
    }
    if (field && name && /^Related Controls?$/i.test(name)) {
      out.relatedControls = plainText(field[2]!);
      lastField = 'relatedControls';
      continue;
    }
    if (field && name && /^Related Definitions?$/i.test(name)) {
      out.relatedDefinitions = plainText(field[2]!);
      lastField = 'relatedDefinitions';
      continue;
    }
    const header = noteHeader(plainText(line));
    if (header || (field && name && /note/i.test(name))) {
      const title = header?.title ?? name!;
      lastNote = {
        kind: /requirement/i.test(title) ? 'licence_requirement_note' : (header?.kind ?? 'note'),
        title,
        text: header?.text ?? plainText(field?.[2] ?? ''),
      };
      out.headerNotes.push(lastNote);
      lastException = undefined;
      continue;
    }
    if (field && name && section === 'exceptions' && /^[A-Z/]{2,8}$/.test(name)) {
      lastException = exception(name, plainText(field[2]!));
      out.licenceExceptions.push(lastException);
      lastNote = undefined;
      continue;
    }
    const text = plainText(line);
    if (lastNote) lastNote.text += `${lastNote.text ? '\n' : ''}${text}`;
    else if (lastException) lastException.text += `\n${text}`;
    else if (section === 'items' && lastField) out[lastField] += `\n${text}`;
  }
  out.chartColumns = [...new Set(out.controls.flatMap((c) => c.columns))].sort();
  return { ...out, ...buildParagraphTree(code, itemLines) };
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
