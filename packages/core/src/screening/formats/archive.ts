/**
 * Zip (xlsx, OFAC *_ENHANCED.ZIP) and gzip (CSL consolidated.csv.gz) with bomb defences:
 * entry count and declared uncompressed size are checked from the central directory before
 * anything is inflated, and the inflated total is checked again afterwards (declared sizes
 * can lie).
 */
import { Gunzip, unzipSync } from 'fflate';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_ZIP_ENTRIES, checkSize, parseError, type ParseOptions } from './input';

export function unzip(file: string, bytes: Uint8Array, options: ParseOptions = {}, want?: (name: string) => boolean): Record<string, Uint8Array> {
  checkSize(file, bytes.length, options);
  const maxEntries = options.maxZipEntries ?? DEFAULT_MAX_ZIP_ENTRIES;
  const maxOut = options.maxUnzippedBytes ?? options.maxBytes ?? DEFAULT_MAX_BYTES;
  let entries = 0;
  let declared = 0;
  let out: Record<string, Uint8Array>;
  try {
    out = unzipSync(bytes, {
      filter: (f) => {
        entries++;
        if (entries > maxEntries) throw parseError(file, undefined, `zip archive has more than ${maxEntries} entries (zip bomb?)`);
        if (want && !want(f.name)) return false;
        declared += f.originalSize;
        if (declared > maxOut) throw parseError(file, f.name, `zip entries inflate to more than ${maxOut} bytes (zip bomb?)`);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof Error && e.name === 'DomainError') throw e;
    throw parseError(file, undefined, `not a readable zip archive (${e instanceof Error ? e.message : String(e)}); truncated or corrupt?`);
  }
  let total = 0;
  for (const [name, data] of Object.entries(out)) {
    total += data.length;
    if (total > maxOut) throw parseError(file, name, `zip entries inflate to more than ${maxOut} bytes (zip bomb?)`);
  }
  return out;
}

export function gunzip(file: string, bytes: Uint8Array, options: ParseOptions = {}): Uint8Array {
  checkSize(file, bytes.length, options);
  const maxOut = options.maxUnzippedBytes ?? options.maxBytes ?? DEFAULT_MAX_BYTES;
  // Streamed so a bomb is stopped at the limit instead of after inflating everything.
  const chunks: Uint8Array[] = [];
  let total = 0;
  const stream = new Gunzip((chunk) => {
    total += chunk.length;
    if (total > maxOut) throw parseError(file, undefined, `gzip data inflates to more than ${maxOut} bytes (gzip bomb?)`);
    chunks.push(chunk);
  });
  try {
    stream.push(bytes, true);
  } catch (e) {
    if (e instanceof Error && e.name === 'DomainError') throw e;
    throw parseError(file, undefined, `not a readable gzip file (${e instanceof Error ? e.message : String(e)}); truncated or corrupt?`);
  }
  // ISIZE (RFC 1952 §2.3.1) is the uncompressed size mod 2^32: a mismatch means a damaged file.
  const n = bytes.length;
  const isize = n >= 4 ? (bytes[n - 4]! | (bytes[n - 3]! << 8) | (bytes[n - 2]! << 16) | (bytes[n - 1]! << 24)) >>> 0 : -1;
  if (isize !== total % 2 ** 32) throw parseError(file, undefined, `gzip data inflated to ${total} bytes but its trailer says ${isize}: truncated or corrupt`);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
export const isGzip = (b: Uint8Array) => b[0] === 0x1f && b[1] === 0x8b;
