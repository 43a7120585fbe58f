/**
 * RFC 4180 CSV (and BIS's tab-separated variant) with line numbers, so an error can say
 * "line 1234". Quoted fields may hold the delimiter, doubled quotes and newlines. An
 * unterminated quote at end of input is a truncated file and an error.
 */
import {
  DEFAULT_MAX_FIELD_CHARS,
  DEFAULT_MAX_ROWS,
  parseError,
  refuseNul,
  tooLong,
  tooManyRows,
  type ReadLimits,
} from './input';

export interface CsvRow {
  /** 1-based physical line where the record starts. */
  line: number;
  cells: string[];
}

/** Field length, row count and NUL characters are checked while reading (`limits`). */
export function parseCsv(text: string, file: string, delimiter = ',', limits: ReadLimits = {}): CsvRow[] {
  refuseNul(file, text);
  const reader = new CsvReader(text, file, delimiter.charCodeAt(0), limits);
  while (reader.i < reader.n) reader.step();
  return reader.finish();
}

/** The tokenizer's state: one `step` reads a quoted chunk, a delimiter, a line end or a plain run. */
class CsvReader {
  readonly rows: CsvRow[] = [];
  readonly text: string;
  readonly n: number;
  i = 0;
  private readonly file: string;
  private readonly d: number;
  private readonly maxField: number;
  private readonly maxRows: number;
  private cells: string[] = [];
  private cell = '';
  private line = 1;
  private start = 1;
  private quoted = false;
  private touched = false;

  constructor(text: string, file: string, d: number, limits: ReadLimits) {
    this.text = text;
    this.n = text.length;
    this.file = file;
    this.d = d;
    this.maxField = limits.maxFieldChars ?? DEFAULT_MAX_FIELD_CHARS;
    this.maxRows = limits.maxRows ?? DEFAULT_MAX_ROWS;
  }

  step(): void {
    const c = this.text.charCodeAt(this.i);
    if (this.quoted) this.inQuotes(c);
    else if (c === 34 && this.cell.trim() === '') {
      this.quoted = true;
      this.touched = true;
      this.cell = '';
      this.i++;
    } else if (c === this.d) {
      this.cells.push(this.cell);
      this.cell = '';
      this.i++;
    } else if (c === 10 || c === 13) {
      this.endRow();
      if (c === 13 && this.text.charCodeAt(this.i + 1) === 10) this.i++;
      this.i++;
      this.line++;
      this.start = this.line;
    } else this.plainRun();
  }

  /** After the input: an unterminated quote or a short last line without its break is a truncated file. */
  finish(): CsvRow[] {
    const { rows, file } = this;
    if (this.quoted)
      throw parseError(
        file,
        `line ${this.start}`,
        'unterminated quoted field: the file is truncated or a quote is unbalanced',
      );
    if (this.touched || this.cell !== '' || this.cells.length > 0) {
      // A last record without its line break that is also short (fewer cells than the first row,
      // or the header alone) is the signature of a file cut in transit: refused, not half-read.
      this.endRow();
      const last = rows.at(-1)!;
      const first = rows[0]!;
      if (rows.length === 1 || last.cells.length < first.cells.length) {
        throw parseError(
          file,
          `line ${last.line}`,
          `the last line ends without a line break after ${last.cells.length} of ${first.cells.length} cells: the file is truncated`,
        );
      }
    }
    return rows;
  }

  private endRow(): void {
    this.cells.push(this.cell);
    if (this.cells.length > 1 || this.cells[0] !== '') {
      if (this.rows.length >= this.maxRows) throw tooManyRows(this.file, `line ${this.start}`, this.maxRows);
      this.rows.push({ line: this.start, cells: this.cells });
    }
    this.cells = [];
    this.cell = '';
    this.touched = false;
  }

  /** Inside quotes: a doubled quote, the closing quote, or the text up to the next quote. */
  private inQuotes(c: number): void {
    const { text } = this;
    if (c === 34) {
      if (text.charCodeAt(this.i + 1) === 34) {
        this.cell += '"';
        this.i += 2;
      } else {
        this.quoted = false;
        this.i++;
      }
      return;
    }
    const next = text.indexOf('"', this.i);
    const stop = next < 0 ? this.n : next;
    const chunk = text.slice(this.i, stop);
    for (let k = chunk.indexOf('\n'); k >= 0; k = chunk.indexOf('\n', k + 1)) this.line++;
    this.cell += chunk;
    this.checkLength();
    this.i = stop;
  }

  /** Copy the run up to the next delimiter, line end, or a quote that opens the cell. */
  private plainRun(): void {
    const { text, n, d, i } = this;
    let j = i;
    let blank = this.cell.trim() === '';
    while (j < n) {
      const k = text.charCodeAt(j);
      if (k === d || k === 10 || k === 13 || (k === 34 && blank)) break;
      if (k !== 32 && k !== 9) blank = false;
      j++;
    }
    if (j === i) j++;
    this.cell += text.slice(i, j);
    this.checkLength();
    this.i = j;
  }

  private checkLength(): void {
    if (this.cell.length > this.maxField)
      throw tooLong(this.file, `line ${this.start}, field ${this.cells.length + 1}`, this.cell.length, this.maxField);
  }
}

/** Header → column index, failing with the list of missing columns. */
export function columns<K extends string>(
  file: string,
  header: CsvRow | undefined,
  required: readonly K[],
): Record<K, number> & Record<string, number> {
  if (!header) throw parseError(file, 'line 1', 'empty file: no header row');
  const idx: Record<string, number> = {};
  header.cells.forEach((h, i) => (idx[h.trim().replace(/^\uFEFF/, '')] = i));
  const missing = required.filter((k) => idx[k] === undefined);
  if (missing.length) {
    throw parseError(
      file,
      `line ${header.line}`,
      `missing column(s) ${missing.map((m) => `"${m}"`).join(', ')}; found ${header.cells.map((h) => `"${h}"`).join(', ')}`,
    );
  }
  return idx as Record<K, number> & Record<string, number>;
}
