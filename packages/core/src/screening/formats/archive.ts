/**
 * Zip archives (xlsx, OFAC *_ENHANCED.ZIP) with bomb defences, read from the central directory
 * (APPNOTE.TXT 6.3 §4.3.12, §4.3.16): the entry count and the declared sizes are checked before
 * anything is inflated, then each wanted entry is inflated as a stream with a running output
 * limit and a ratio limit (inflate.ts), because declared sizes can lie. Encrypted entries,
 * ZIP64 and methods other than stored/deflate are refused by name.
 */
import { DEFAULT_MAX_ZIP_ENTRIES, checkSize, parseError, type ParseOptions } from './input';
import { inflateLimited, limitsOf } from './inflate';

export { gunzip, isGzip } from './inflate';

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressed: number;
  size: number;
  local: number;
}

/** End of central directory: the last 22+ bytes (a comment of up to 65,535 bytes may follow). */
function directory(file: string, b: Uint8Array, maxEntries: number): Entry[] {
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (u32(b, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    throw parseError(
      file,
      undefined,
      'not a readable zip archive (no end-of-central-directory record); truncated or corrupt?',
    );
  const count = u16(b, eocd + 10);
  const cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff)
    throw parseError(file, undefined, 'ZIP64 archives are not supported');
  if (count > maxEntries)
    throw parseError(file, undefined, `zip archive has more than ${maxEntries} entries (${count}; zip bomb?)`);
  const entries: Entry[] = [];
  const decoder = new (
    globalThis as unknown as { TextDecoder: new () => { decode(b: Uint8Array): string } }
  ).TextDecoder();
  let at = cdOffset;
  for (let k = 0; k < count; k++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50)
      throw parseError(
        file,
        undefined,
        `central directory entry ${k + 1} of ${count} is damaged; truncated or corrupt?`,
      );
    const nameLen = u16(b, at + 28);
    entries.push({
      flags: u16(b, at + 8),
      method: u16(b, at + 10),
      compressed: u32(b, at + 20),
      size: u32(b, at + 24),
      local: u32(b, at + 42),
      name: decoder.decode(b.subarray(at + 46, at + 46 + nameLen)),
    });
    at += 46 + nameLen + u16(b, at + 30) + u16(b, at + 32);
  }
  return entries;
}

function entryData(file: string, b: Uint8Array, e: Entry): Uint8Array {
  if (e.flags & 1) throw parseError(file, e.name, 'encrypted zip entries are not supported');
  if (e.local + 30 > b.length || u32(b, e.local) !== 0x04034b50)
    throw parseError(file, e.name, 'local header missing; truncated or corrupt?');
  const start = e.local + 30 + u16(b, e.local + 26) + u16(b, e.local + 28);
  if (start + e.compressed > b.length)
    throw parseError(file, e.name, `entry data runs past the end of the file (${b.length} bytes); truncated?`);
  return b.subarray(start, start + e.compressed);
}

export function unzip(
  file: string,
  bytes: Uint8Array,
  options: ParseOptions = {},
  want?: (name: string) => boolean,
): Record<string, Uint8Array> {
  checkSize(file, bytes.length, options);
  const limits = limitsOf(options);
  const entries = directory(file, bytes, options.maxZipEntries ?? DEFAULT_MAX_ZIP_ENTRIES).filter(
    (e) => !e.name.endsWith('/') && (!want || want(e.name)),
  );
  let declared = 0;
  for (const e of entries) {
    declared += e.size;
    if (declared > limits.maxOut)
      throw parseError(
        file,
        e.name,
        `zip entries inflate to more than ${limits.maxOut} bytes by their declared sizes (zip bomb?)`,
      );
    if (e.size > 8 * 1024 * 1024 && e.size / Math.max(e.compressed, 1) > limits.maxRatio)
      throw parseError(file, e.name, `declared compression ratio above ${limits.maxRatio}:1 (zip bomb?)`);
  }
  const out: Record<string, Uint8Array> = {};
  let total = 0;
  for (const e of entries) {
    const data = entryData(file, bytes, e);
    let inflated: Uint8Array;
    if (e.method === 0) inflated = data;
    else if (e.method === 8) inflated = inflateLimited({ file, what: e.name, limits, already: total }, data);
    else throw parseError(file, e.name, `compression method ${e.method} is not supported (stored or deflate only)`);
    // Declared and actual size must agree: a lying header is a damaged or hostile archive.
    if (inflated.length !== e.size)
      throw parseError(
        file,
        e.name,
        `inflated to ${inflated.length} bytes but the archive declares ${e.size}; truncated or corrupt`,
      );
    total += inflated.length;
    if (total > limits.maxOut)
      throw parseError(file, e.name, `zip entries inflate to more than ${limits.maxOut} bytes (zip bomb?)`);
    out[e.name] = inflated;
  }
  return out;
}

export const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
