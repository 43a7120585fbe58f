/**
 * Decompression with limits checked while inflating, never after: the input is fed to fflate's
 * streaming inflater in small slices, so at most one slice's worth of output (≤ 16 KiB × the
 * 1032:1 ceiling of DEFLATE, RFC 1951) exists before the running total and the ratio are checked.
 * A 1 MB gzip that would inflate to 3 GB is stopped after a few MB instead of after inflating.
 */
import { Gunzip, Inflate } from 'fflate';
import { DEFAULT_MAX_BYTES, parseError, type ParseOptions } from './input';

/** Inflated/compressed ratio above which a stream is refused (real list files: 5–17:1). */
export const DEFAULT_MAX_RATIO = 100;
/** Below this much output the ratio is not judged: a small, very repetitive file is harmless. */
const RATIO_FLOOR = 8 * 1024 * 1024;
const SLICE = 16 * 1024;

export interface InflateLimits {
  /** Largest total output, bytes. */
  maxOut: number;
  maxRatio: number;
}

export const limitsOf = (options: ParseOptions): InflateLimits => ({
  maxOut: options.maxUnzippedBytes ?? options.maxBytes ?? DEFAULT_MAX_BYTES,
  maxRatio: options.maxRatio ?? DEFAULT_MAX_RATIO,
});

type Stream = { push(data: Uint8Array, final?: boolean): void; ondata: (data: Uint8Array, final: boolean) => void };

/** What is being inflated (file, and the entry or "gzip data" inside it) and its limits. */
export interface InflateJob {
  file: string;
  what: string;
  limits: InflateLimits;
  /** Output produced by earlier entries of the same archive (the total is capped). */
  already?: number;
}

/** Runs `input` through a streaming inflater, failing as soon as the output passes `limits`. */
function run({ file, what, limits, already = 0 }: InflateJob, stream: Stream, input: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let consumed = 0;
  stream.ondata = (chunk) => {
    total += chunk.length;
    if (already + total > limits.maxOut)
      throw parseError(
        file,
        what,
        `inflates to more than ${limits.maxOut} bytes (decompression bomb?); the limit is maxUnzippedBytes / DUALUSE_MAX_IMPORT_BYTES`,
      );
    if (total > RATIO_FLOOR && total / Math.max(consumed, 1) > limits.maxRatio) {
      throw parseError(
        file,
        what,
        `compression ratio above ${limits.maxRatio}:1 after ${consumed} compressed bytes (decompression bomb?)`,
      );
    }
    chunks.push(chunk);
  };
  try {
    if (input.length === 0) stream.push(input, true);
    for (let at = 0; at < input.length; at += SLICE) {
      consumed = Math.min(at + SLICE, input.length);
      stream.push(input.subarray(at, consumed), consumed === input.length);
    }
  } catch (e) {
    if (e instanceof Error && e.name === 'DomainError') throw e;
    throw parseError(
      file,
      what,
      `cannot be inflated (${e instanceof Error ? e.message : String(e)}); truncated or corrupt?`,
    );
  }
  return concat(chunks, total);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Raw DEFLATE (a zip entry's data). */
export function inflateLimited(job: InflateJob, data: Uint8Array): Uint8Array {
  return run(job, new Inflate() as unknown as Stream, data);
}

/** A gzip file (RFC 1952), its trailer's ISIZE checked against what was inflated. */
export function gunzip(file: string, bytes: Uint8Array, options: ParseOptions = {}): Uint8Array {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > max)
    throw parseError(file, undefined, `file is ${bytes.length} bytes, more than the ${max}-byte limit`);
  const out = run({ file, what: 'gzip data', limits: limitsOf(options) }, new Gunzip() as unknown as Stream, bytes);
  // ISIZE (RFC 1952 §2.3.1) is the uncompressed size mod 2^32: a mismatch means a damaged file.
  const n = bytes.length;
  const isize =
    n >= 4 ? (bytes[n - 4]! | (bytes[n - 3]! << 8) | (bytes[n - 2]! << 16) | (bytes[n - 1]! << 24)) >>> 0 : -1;
  if (isize !== out.length % 2 ** 32)
    throw parseError(
      file,
      undefined,
      `gzip data inflated to ${out.length} bytes but its trailer says ${isize}: truncated or corrupt`,
    );
  return out;
}

export const isGzip = (b: Uint8Array) => b[0] === 0x1f && b[1] === 0x8b;
