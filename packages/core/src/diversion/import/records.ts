/**
 * Reading the rows of an import file, CSV (header row, RFC 4180) or JSON lines, with the
 * position of every value, so an error says file, line, field and why (`importError`). Import
 * is all-or-nothing: the first bad row throws and the caller stores nothing.
 */
import { checkJson, DEFAULT_MAX_ROWS, parseError, tooManyRows } from '../../screening/formats/input';
import { parseCsv } from '../../screening/formats/csv';
import { countryCode } from '../../common/countries';

export type ImportFormat = 'csv' | 'jsonl';

export interface SourceRow {
  line: number;
  /** CSV: column → cell text (empty cells left out); JSON lines: the parsed object. */
  values: Record<string, unknown>;
}

/**
 * `file: line 12, field consignee_country: unknown country "Atlantis"` (DomainError invalid_input, pointer `file:line
 * 12/consignee_country`).
 */
export const importError = (file: string, line: number | undefined, field: string | undefined, why: string) =>
  parseError(
    file,
    line === undefined ? (field ? `field ${field}` : undefined) : `line ${line}${field ? `, field ${field}` : ''}`,
    why,
  );

/** Format from an explicit choice, else the file name (.csv; .jsonl/.ndjson/.json as JSON lines). */
export function formatOf(file: string, explicit?: string): ImportFormat {
  const f = explicit ?? (/\.csv$/i.test(file) ? 'csv' : /\.(jsonl|ndjson|json)$/i.test(file) ? 'jsonl' : undefined);
  if (f === 'csv' || f === 'jsonl') return f;
  throw importError(
    file,
    undefined,
    undefined,
    explicit
      ? `unknown format "${explicit}" (csv or jsonl)`
      : 'cannot tell the format from the name: use .csv or .jsonl, or say which',
  );
}

export function readRows(file: string, text: string, format: ImportFormat, columns: ReadonlySet<string>): SourceRow[] {
  const rows = format === 'csv' ? csvRows(file, text, columns) : jsonRows(file, text);
  if (!rows.length) throw importError(file, undefined, undefined, 'no record in the file');
  return rows;
}

function csvRows(file: string, text: string, columns: ReadonlySet<string>): SourceRow[] {
  const [head, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''), file);
  if (!head) return [];
  const names = head.cells.map((c) => c.trim().toLowerCase());
  names.forEach((n, i) => {
    if (!columns.has(n))
      throw importError(file, head.line, n || `#${i + 1}`, `unknown column (known: ${[...columns].join(', ')})`);
    if (names.indexOf(n) !== i) throw importError(file, head.line, n, 'column appears twice');
  });
  return rows.map((r) => {
    if (r.cells.length > names.length)
      throw importError(file, r.line, undefined, `${r.cells.length} cells but the header has ${names.length} columns`);
    const values: Record<string, unknown> = {};
    r.cells.forEach((c, i) => {
      if (c.trim() !== '') values[names[i]!] = c.trim();
    });
    return { line: r.line, values };
  });
}

function jsonRows(file: string, text: string): SourceRow[] {
  const out: SourceRow[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((raw, i) => {
      if (!raw.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (e) {
        throw importError(file, i + 1, undefined, `not JSON (${e instanceof Error ? e.message : String(e)})`);
      }
      if (!value || typeof value !== 'object' || Array.isArray(value))
        throw importError(file, i + 1, undefined, 'expected a JSON object');
      // Field lengths and NUL (which no database text can hold) are checked here, with the field's pointer.
      checkJson(file, `line ${i + 1}, field `, value);
      if (out.length >= DEFAULT_MAX_ROWS) throw tooManyRows(file, `line ${i + 1}`, DEFAULT_MAX_ROWS);
      out.push({ line: i + 1, values: value as Record<string, unknown> });
    });
  return out;
}

/** Typed cell readers: CSV gives text, JSON may give the typed value; both are checked. */
export class Cells {
  constructor(
    private readonly file: string,
    private readonly row: SourceRow,
  ) {}
  fail(field: string, why: string): never {
    throw importError(this.file, this.row.line, field, why);
  }
  text(field: string, max = 1000): string | undefined {
    const v = this.row.values[field];
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v !== 'string' && typeof v !== 'number') this.fail(field, `expected text, got ${JSON.stringify(v)}`);
    const s = String(v).trim();
    if (s.length > max) this.fail(field, `longer than ${max} characters`);
    return s || undefined;
  }
  required(field: string, max?: number): string {
    return this.text(field, max) ?? this.fail(field, 'required');
  }
  number(field: string, min = 0): number | undefined {
    const v = this.row.values[field];
    if (v === undefined || v === null || v === '') return undefined;
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.replace(/[\s_]/g, '')) : NaN;
    if (!Number.isFinite(n)) this.fail(field, `"${String(v)}" is not a number`);
    if (n < min) this.fail(field, `${n} is below ${min}`);
    return n;
  }
  date(field: string): string | undefined {
    const s = this.text(field, 40);
    if (s === undefined) return undefined;
    const d = s.slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`)))
      this.fail(field, `"${s}" is not a date YYYY-MM-DD`);
    return d;
  }
  country(field: string): string | undefined {
    const s = this.text(field, 100);
    if (s === undefined) return undefined;
    return countryCode(s) ?? this.fail(field, `unknown country "${s}"`);
  }
  bool(field: string): boolean | undefined {
    const v = this.row.values[field];
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v === 'boolean') return v;
    const s = String(v).trim().toLowerCase();
    if (['true', 'yes', 'y', '1'].includes(s)) return true;
    if (['false', 'no', 'n', '0'].includes(s)) return false;
    return this.fail(field, `"${String(v)}" is not true/false`);
  }
  /** A list: a JSON array, or text separated by ";" or "|". */
  list(field: string, max = 20): string[] | undefined {
    const v = this.row.values[field];
    if (v === undefined || v === null || v === '') return undefined;
    const xs = Array.isArray(v)
      ? v.map((x) =>
          typeof x === 'string' ? x.trim() : this.fail(field, `expected text items, got ${JSON.stringify(x)}`),
        )
      : typeof v === 'string'
        ? v.split(/[;|]/).map((x) => x.trim())
        : this.fail(field, `expected a list, got ${JSON.stringify(v)}`);
    const out = xs.filter(Boolean);
    if (out.length > max) this.fail(field, `more than ${max} values`);
    return out.length ? out : undefined;
  }
}

/** Drops undefined properties, so optional fields stay absent (exactOptionalPropertyTypes). */
export type Compact<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};
export function compact<T extends Record<string, unknown>>(o: T): Compact<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Compact<T>;
}
