/**
 * Input plumbing shared by every list parser: limits, errors that name file + position +
 * reason, and strict text decoding. A parser either returns complete data or throws one of
 * these errors; it never returns a partial list.
 */
import { DomainError } from '../../common/errors';

export interface ParseOptions {
  /** Largest accepted input (compressed or not), bytes. Default 512 MiB. */
  maxBytes?: number;
  /** Zip archives (xlsx, OFAC *_ENHANCED.ZIP): most entries and largest total uncompressed size. */
  maxZipEntries?: number;
  maxUnzippedBytes?: number;
  /** Largest inflated/compressed ratio of a gzip or zip entry (default 100:1, see inflate.ts). */
  maxRatio?: number;
  /** Longest text of one field (a name, an address, a remark), characters; checked while reading. Default 65,536. */
  maxFieldChars?: number;
  /** Most rows / records one file may hold, checked while reading. Default 2,000,000. */
  maxRows?: number;
  /** Name of the list to use where a format does not say (e.g. OFAC CSV: SDN vs consolidated). */
  list?: string;
}

export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;
export const DEFAULT_MAX_ZIP_ENTRIES = 1000;
/** A name, address or remark of an official list runs to a few KB; 64 Ki characters is not a field. */
export const DEFAULT_MAX_FIELD_CHARS = 65_536;
/** The largest official lists have ~100,000 rows (OFSI xlsx ~60k, CSL ~12k); ten times that is refused. */
export const DEFAULT_MAX_ROWS = 1_000_000;

/** Limits checked while a file is read (CSV, XML, xlsx, JSON lines), not after. */
export type ReadLimits = Pick<ParseOptions, 'maxFieldChars' | 'maxRows'>;

export const tooLong = (file: string, where: string, length: number, max: number) =>
  parseError(file, where, `a field of ${length} characters, more than the ${max}-character limit (maxFieldChars)`);
export const tooManyRows = (file: string, where: string, max: number) =>
  parseError(file, where, `more than ${max} rows or records, the limit for one file (maxRows); refused while reading`);

/** A NUL character is never text: binary data or a UTF-16 file read as UTF-8. */
export function refuseNul(file: string, text: string): void {
  const at = text.indexOf('\0');
  if (at < 0) return;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  throw parseError(file, `line ${line}`, `NUL character at offset ${at}: binary data or a UTF-16 file, not UTF-8 text`);
}

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** A parse failure: `invalid_input`, message "file: where: reason", pointer "file:where". */
export function parseError(file: string, where: string | undefined, rawReason: string): DomainError {
  // A reason that quotes a cell is cut short: an error names the problem, it does not carry row data.
  const reason = rawReason.length > 400 ? `${rawReason.slice(0, 400)}… (${rawReason.length} characters)` : rawReason;
  const pointer = where ? `${file}:${where}` : file;
  return new DomainError('invalid_input', `${where ? `${file}: ${where}` : file}: ${reason}`, { pointer, file });
}

export function checkSize(file: string, size: number, options: ParseOptions = {}): void {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > max) throw parseError(file, undefined, `file is ${size} bytes, more than the ${max}-byte limit`);
}

interface Decoder {
  decode(input: Uint8Array): string;
}
type DecoderCtor = new (label: string, options?: { fatal?: boolean }) => Decoder;
// TextDecoder is a web-platform global (Node, browsers); the core is type-checked without DOM
// or Node types, so it is reached through globalThis with the minimal shape used here.
const TextDecoderImpl = (globalThis as unknown as { TextDecoder: DecoderCtor }).TextDecoder;
const utf8 = new TextDecoderImpl('utf-8', { fatal: true });
const cp1252 = new TextDecoderImpl('windows-1252');

/**
 * Bytes → text, strictly UTF-8 (a leading BOM is dropped). `fallback1252` is for publishers
 * documented to emit Windows-1252 (OFAC's legacy CSV historically did); everyone else gets a
 * precise error naming the first bad byte's line.
 */
export function decodeText(file: string, bytes: Uint8Array, options: ParseOptions = {}, fallback1252 = false): string {
  checkSize(file, bytes.length, options);
  refuseUtf16(file, bytes);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    if (fallback1252) {
      const t = stripBom(cp1252.decode(bytes));
      refuseNul(file, t);
      return t;
    }
    const at = firstBadUtf8(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 10) line++;
    throw parseError(
      file,
      `line ${line}`,
      `not valid UTF-8 (byte 0x${(bytes[at] ?? 0).toString(16)} at offset ${at}); re-export the file as UTF-8`,
    );
  }
  refuseNul(file, text);
  return stripBom(text);
}

/** A UTF-16 byte-order mark (FF FE / FE FF, Unicode §23.8): say so rather than "not valid UTF-8" at byte 0. */
export function refuseUtf16(file: string, bytes: Uint8Array): void {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw parseError(
      file,
      'line 1',
      `not valid UTF-8: UTF-16 text (byte-order mark ${bytes[0] === 0xff ? 'FF FE' : 'FE FF'}); re-export the file as UTF-8`,
    );
  }
}

const stripBom = (t: string) => (t.charCodeAt(0) === 0xfeff ? t.slice(1) : t);

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstBadUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
}

/** Trimmed text or undefined for empty / placeholder cells. */
export function clean(v: string | undefined | null): string | undefined {
  if (v == null) return undefined;
  const t = (/\s\s|[\t\n\r\f\v\u00a0]/.test(v) ? v.replace(/\s+/g, ' ') : v).trim();
  return t === '' ? undefined : t;
}

export const baseName = (name: string) => name.replace(/^.*[\\/]/, '');

/**
 * JSON values from a file: every string no longer than the field limit and free of NUL (which
 * no database text column can hold), named by JSON Pointer below `where`.
 */
export function checkJson(file: string, where: string, value: unknown, limits: ReadLimits = {}): void {
  checkValue({ file, where, max: limits.maxFieldChars ?? DEFAULT_MAX_FIELD_CHARS }, value, '');
}

function checkValue(at: { file: string; where: string; max: number }, value: unknown, pointer: string): void {
  const { file, where, max } = at;
  if (typeof value === 'string') {
    if (value.length > max) throw tooLong(file, `${where}${pointer}`, value.length, max);
    if (value.includes('\0')) throw parseError(file, `${where}${pointer}`, 'NUL character (\\u0000) in a text value');
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => checkValue(at, v, `${pointer}/${i}`));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      checkValue(at, k, pointer);
      checkValue(at, v, `${pointer}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`);
    }
  }
}
