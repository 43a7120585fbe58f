/**
 * Batch input that forgives form and reports substance. A customer file in CSV (comma,
 * semicolon or tab separated, with or without a byte-order mark, quoted fields holding
 * newlines) or JSON Lines is read row by row: a row that is still invalid after every
 * unambiguous reading (see party-dates.ts) becomes one error naming its line and field, and
 * the other rows go on. `strict` keeps all-or-nothing: the first bad row fails the file.
 * A file without a usable header is not a batch at all and always fails.
 */
import { DomainError, invalidInput } from '../common/errors';
import { parseCsv } from './formats/csv';
import { partyFrom, type PartyInput } from './parties';

export interface RowError {
  line: number;
  error: { field: string; message: string };
}

export interface Batch<T> {
  rows: T[];
  /** The input line of each row. */
  lines: number[];
  errors: RowError[];
  /** Header columns the reader does not use (said, not silently dropped). */
  ignoredColumns?: string[];
}

/** The columns a party row is read from (see partyFrom); any other column is reported as ignored. */
export const PARTY_COLUMNS: readonly string[] = [
  'name',
  'full_name',
  'type',
  'schema',
  'countries',
  'country',
  'nationality',
  'birthdate',
  'date_of_birth',
  'dob',
  'aliases',
  'identifiers',
  'externalid',
  'id',
];

/**
 * The field a row error is about: its pointer after "… line N" ("date_of_birth", "items/0/origin"), or the pointer's
 * last segment.
 */
function rowError(line: number, error: unknown): RowError {
  if (!(error instanceof DomainError)) throw error;
  const pointer = typeof error.details.pointer === 'string' ? error.details.pointer : '';
  const inFile = /line \d+\s*\/?(.*)$/.exec(pointer);
  const field = (inFile ? inFile[1] : pointer.split('/').pop()) || 'row';
  return { line, error: { field, message: error.message } };
}

/** Runs `read` on each row; collects errors unless `strict`, when the first one is thrown. */
export function collectRows<R, T>(
  rows: { line: number; value: R }[],
  read: (value: R, line: number) => T,
  strict: boolean,
): Batch<T> {
  const out: Batch<T> = { rows: [], lines: [], errors: [] };
  for (const r of rows) {
    try {
      out.rows.push(read(r.value, r.line));
      out.lines.push(r.line);
    } catch (error) {
      if (strict) throw error;
      out.errors.push(rowError(r.line, error));
    }
  }
  return out;
}

/** The separator of a delimited file: whichever of `,` `;` tab the header line uses most, outside quotes. */
export function detectDelimiter(text: string): string {
  const header = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

export function readPartiesCsv(text: string, file: string, strict = false): Batch<PartyInput> {
  const body = text.replace(/^\uFEFF/, '');
  const rows = parseCsv(body, file, detectDelimiter(body));
  const header = rows.shift();
  if (!header) throw invalidInput(`${file}: empty file`);
  const names = header.cells.map((h) => h.trim().toLowerCase());
  if (!names.includes('name') && !names.includes('full_name'))
    throw invalidInput(
      `${file} line ${header.line}: no 'name' or 'full_name' column (columns read: ${names.map((n) => `'${n}'`).join(', ')}; ` +
        `separators tried: comma, semicolon, tab)`,
    );
  const batch = collectRows(
    rows.map((r) => ({ line: r.line, value: r.cells })),
    (cells, line) => ({
      ...partyFrom(Object.fromEntries(names.map((n, i) => [n, cells[i] ?? ''])), `${file} line ${line}`),
      line,
    }),
    strict,
  );
  const ignored = names.filter((n) => n && !PARTY_COLUMNS.includes(n));
  return ignored.length ? { ...batch, ignoredColumns: ignored } : batch;
}

/** Non-blank lines of a JSON Lines file, each parsed to an object (or a row error). */
export function jsonLines(text: string): { line: number; value: string }[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((value, i) => ({ line: i + 1, value }))
    .filter((l) => l.value.trim());
}

export function parseJsonObject(text: string, where: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalidInput(`${where}: not JSON (${(error as Error).message})`, `${where}/row`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw invalidInput(`${where}: expected a JSON object`, `${where}/row`);
  return value as Record<string, unknown>;
}

export function readPartiesJsonl(text: string, file: string, strict = false): Batch<PartyInput> {
  return collectRows(
    jsonLines(text),
    (value, line) => ({ ...partyFrom(parseJsonObject(value, `${file} line ${line}`), `${file} line ${line}`), line }),
    strict,
  );
}
