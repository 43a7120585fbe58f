/**
 * The CSV re-serialisation of the eCFR country tables (layout of
 * ../shared/data/regulations/us-ear-ecfr/<date>/, documented in docs/regulations.md):
 *   country_chart.csv            iso2,ear_name,footnotes,<16 chart columns>   cells "X" or empty
 *   country_chart_footnotes.csv  number,text
 *   country_groups.csv           iso2,groups    groups ";"-joined (A:1 ... E:2)
 *   country_groups_notes.txt     the supplement's table notes, one per line (optional)
 * The layout cannot carry AT1/AT2 (its source never captured them) nor a row that refers to
 * part 746 instead of marking columns: those are `notCaptured` / left to the overlay.
 * All-or-nothing: the first bad cell refuses the whole set, naming file, line and column.
 */
import { columns, parseCsv } from '../screening/formats/csv';
import { parseError } from '../screening/formats/input';
import { invalidInput } from '../common/errors';
import { isCountryCode } from '../common/countries';
import {
  CHART_COLUMNS,
  isEarGroup,
  type ChartColumn,
  type ChartRowData,
  type EarGroup,
  type EarTablesData,
  type GroupRowData,
} from './model';

export const CSV_FILES = {
  chart: 'country_chart.csv',
  footnotes: 'country_chart_footnotes.csv',
  groups: 'country_groups.csv',
  notes: 'country_groups_notes.txt',
} as const;
/** Columns the CSV layout's source does not capture (its SOURCE.md: "AT1 and AT2 never appear"). */
const CSV_NOT_CAPTURED: ChartColumn[] = ['AT1', 'AT2'];
/** A real chart has about 200 destinations; far fewer means a truncated file. */
const MIN_ROWS = 150;
const MAX_FIELD = 4_000;

export const looksLikeEarTablesCsv = (files: Record<string, string>): boolean =>
  CSV_FILES.chart in files || CSV_FILES.groups in files;

const country = (file: string, line: number, v: string): string => {
  const c = v.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(c) || !isCountryCode(c))
    throw parseError(file, `line ${line}`, `'${v}' is not an ISO 3166-1 alpha-2 code`);
  return c;
};

function field(file: string, line: number, name: string, v: string | undefined): string {
  if (v === undefined) throw parseError(file, `line ${line}`, `column ${name} is missing (row too short)`);
  if (v.length > MAX_FIELD)
    throw parseError(file, `line ${line}`, `column ${name} is ${v.length} characters, more than ${MAX_FIELD}`);
  if (v.includes('\u0000')) throw parseError(file, `line ${line}`, `column ${name} contains a NUL byte`);
  return v;
}

function chart(text: string): ChartRowData[] {
  const file = CSV_FILES.chart;
  const rows = parseCsv(text, file);
  const idx = columns(file, rows[0], ['iso2', 'ear_name', 'footnotes', ...CHART_COLUMNS]);
  const seen = new Set<string>();
  const out: ChartRowData[] = [];
  for (const r of rows.slice(1)) {
    const c = country(file, r.line, field(file, r.line, 'iso2', r.cells[idx.iso2]));
    if (seen.has(c)) throw parseError(file, `line ${r.line}`, `${c} appears twice`);
    seen.add(c);
    const marks: ChartColumn[] = [];
    for (const col of CHART_COLUMNS) {
      const v = field(file, r.line, col, r.cells[idx[col]]).trim();
      if (v === 'X' || v === 'x') marks.push(col);
      else if (v !== '') throw parseError(file, `line ${r.line}`, `column ${col} is '${v}': a cell is X or empty`);
    }
    const fn = field(file, r.line, 'footnotes', r.cells[idx.footnotes]).trim();
    const footnotes = fn
      ? fn.split(';').map((x) => {
          const n = Number(x.trim());
          if (!Number.isInteger(n) || n < 1)
            throw parseError(file, `line ${r.line}`, `footnote '${x}' is not a footnote number`);
          return n;
        })
      : [];
    const name = field(file, r.line, 'ear_name', r.cells[idx.ear_name]).trim();
    if (!name) throw parseError(file, `line ${r.line}`, 'ear_name is empty');
    out.push({ country: c, name, footnotes, marks });
  }
  if (out.length < MIN_ROWS)
    throw parseError(
      file,
      undefined,
      `only ${out.length} destinations; the Country Chart has about 200 (truncated file?)`,
    );
  return out;
}

function groups(text: string): GroupRowData[] {
  const file = CSV_FILES.groups;
  const rows = parseCsv(text, file);
  const idx = columns(file, rows[0], ['iso2', 'groups']);
  const seen = new Set<string>();
  const out: GroupRowData[] = [];
  for (const r of rows.slice(1)) {
    const c = country(file, r.line, field(file, r.line, 'iso2', r.cells[idx.iso2]));
    if (seen.has(c)) throw parseError(file, `line ${r.line}`, `${c} appears twice`);
    seen.add(c);
    const raw = field(file, r.line, 'groups', r.cells[idx.groups]).trim();
    const gs: EarGroup[] = [];
    for (const g of raw ? raw.split(';').map((x) => x.trim().replace(/^([ADE]):\s*/, '$1:')) : []) {
      if (!isEarGroup(g))
        throw parseError(file, `line ${r.line}`, `'${g}' is not a Country Group of 740 Supp. 1 (${'A:1 … E:2'})`);
      if (!gs.includes(g)) gs.push(g);
    }
    out.push({ country: c, groups: gs });
  }
  if (out.length < MIN_ROWS)
    throw parseError(
      file,
      undefined,
      `only ${out.length} destinations; the Country Groups table has about 200 (truncated file?)`,
    );
  return out;
}

function footnotes(text: string | undefined): EarTablesData['footnotes'] {
  if (text === undefined) return [];
  const file = CSV_FILES.footnotes;
  const rows = parseCsv(text, file);
  const idx = columns(file, rows[0], ['number', 'text']);
  return rows.slice(1).map((r) => {
    const n = Number(field(file, r.line, 'number', r.cells[idx.number]).trim());
    if (!Number.isInteger(n) || n < 1)
      throw parseError(file, `line ${r.line}`, `'${r.cells[idx.number]}' is not a footnote number`);
    return { number: n, text: field(file, r.line, 'text', r.cells[idx.text]).trim() };
  });
}

export interface CsvTablesOptions {
  contentDate: string;
  sha256: string;
}

/** Reads the files (name → text; names as in CSV_FILES) into one version's data. */
export function parseEarTablesCsv(files: Record<string, string>, o: CsvTablesOptions): Omit<EarTablesData, 'warnings'> {
  for (const need of [CSV_FILES.chart, CSV_FILES.groups])
    if (files[need] === undefined)
      throw invalidInput(`the CSV layout needs ${need} beside ${Object.keys(files).join(', ') || 'nothing'}`, need);
  const notes = files[CSV_FILES.notes];
  return {
    jurisdiction: 'US',
    contentDate: o.contentDate,
    source: {
      format: 'ecfr-csv',
      files: Object.keys(files)
        .filter((f) => (Object.values(CSV_FILES) as string[]).includes(f))
        .sort(),
      sha256: o.sha256,
    },
    chart: chart(files[CSV_FILES.chart]!),
    notCaptured: CSV_NOT_CAPTURED,
    footnotes: footnotes(files[CSV_FILES.footnotes]),
    groups: groups(files[CSV_FILES.groups]!),
    groupNotes:
      notes === undefined
        ? []
        : notes
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter(Boolean),
  };
}
