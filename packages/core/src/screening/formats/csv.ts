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
  const maxField = limits.maxFieldChars ?? DEFAULT_MAX_FIELD_CHARS;
  const maxRows = limits.maxRows ?? DEFAULT_MAX_ROWS;
  const rows: CsvRow[] = [];
  const d = delimiter.charCodeAt(0);
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let start = 1;
  let i = 0;
  let quoted = false;
  let touched = false;
  const n = text.length;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') {
      if (rows.length >= maxRows) throw tooManyRows(file, `line ${start}`, maxRows);
      rows.push({ line: start, cells });
    }
    cells = [];
    cell = '';
    touched = false;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      const next = text.indexOf('"', i);
      const stop = next < 0 ? n : next;
      const chunk = text.slice(i, stop);
      for (let k = chunk.indexOf('\n'); k >= 0; k = chunk.indexOf('\n', k + 1)) line++;
      cell += chunk;
      if (cell.length > maxField)
        throw tooLong(file, `line ${start}, field ${cells.length + 1}`, cell.length, maxField);
      i = stop;
      continue;
    }
    if (c === 34 && cell.trim() === '') {
      quoted = true;
      touched = true;
      cell = '';
      i++;
    } else if (c === d) {
      cells.push(cell);
      cell = '';
      i++;
    } else if (c === 10 || c === 13) {
      endRow();
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      i++;
      line++;
      start = line;
    } else {
      // Copy the run up to the next delimiter, line end, or a quote that opens the cell.
      let j = i;
      let blank = cell.trim() === '';
      while (j < n) {
        const k = text.charCodeAt(j);
        if (k === d || k === 10 || k === 13 || (k === 34 && blank)) break;
        if (k !== 32 && k !== 9) blank = false;
        j++;
      }
      if (j === i) j++;
      cell += text.slice(i, j);
      if (cell.length > maxField)
        throw tooLong(file, `line ${start}, field ${cells.length + 1}`, cell.length, maxField);
      i = j;
    }
  }
  if (quoted)
    throw parseError(
      file,
      `line ${start}`,
      'unterminated quoted field: the file is truncated or a quote is unbalanced',
    );
  if (touched || cell !== '' || cells.length > 0) {
    // A last record without its line break that is also short (fewer cells than the first row,
    // or the header alone) is the signature of a file cut in transit: refused, not half-read.
    endRow();
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
