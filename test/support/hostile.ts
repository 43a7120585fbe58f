/**
 * Generators of hostile input files for the fuzz tests: seeded truncations, NUL bytes, huge
 * fields, wrong encodings and compression bombs built cheaply (no gigabyte is ever allocated
 * to build one).
 */
import { constants, createDeflateRaw } from 'node:zlib';
import { zipSync } from 'fflate';
import { seeded } from './seeded';

export { seeded };

const enc = new TextEncoder();

/** `count` cuts of `bytes` at random offsets strictly inside the file. */
export function truncations(bytes: Uint8Array, count: number, rnd: () => number): { at: number; bytes: Uint8Array }[] {
  const out = [];
  for (let i = 0; i < count; i++) {
    const at = 1 + Math.floor(rnd() * (bytes.length - 2));
    out.push({ at, bytes: bytes.subarray(0, at) });
  }
  return out;
}

/** A NUL byte written over a random position of the first data line (after the header). */
export function withNul(bytes: Uint8Array, rnd: () => number): Uint8Array {
  const copy = new Uint8Array(bytes);
  const nl = copy.indexOf(10);
  const from = nl >= 0 && nl + 2 < copy.length ? nl + 1 : 0;
  const end = Math.min(copy.length, from + 200);
  copy[from + Math.floor(rnd() * Math.max(1, end - from))] = 0;
  return copy;
}

/** Text with its non-ASCII characters as Latin-1 bytes: what a spreadsheet's "CSV" export makes. */
export function latin1(text: string): Uint8Array {
  const b = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) b[i] = text.charCodeAt(i) & 0xff;
  return b;
}

/** `text` as UTF-16LE with a BOM (another wrong encoding for a UTF-8 reader). */
export function utf16(text: string): Uint8Array {
  const b = new Uint8Array(2 + text.length * 2);
  b[0] = 0xff;
  b[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    b[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    b[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return b;
}

export const huge = (chars: number, ch = 'A') => ch.repeat(chars);
export const utf8 = (s: string) => enc.encode(s);

/**
 * Raw DEFLATE of `mib` MiB of zeros: once the window holds only zeros, every further MiB
 * compresses (ended by a sync flush, so byte-aligned) to the same bytes, which are repeated, not
 * recomputed. Computed once per process.
 */
let piece: { first: Buffer; repeat: Buffer } | undefined;
async function zeroPieces(): Promise<{ first: Buffer; repeat: Buffer }> {
  if (piece) return piece;
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (c: Buffer) => out.push(c));
  const flushOne = () =>
    new Promise<Buffer>((resolve) => {
      const before = out.length;
      z.write(Buffer.alloc(1 << 20));
      z.flush(constants.Z_SYNC_FLUSH, () => resolve(Buffer.concat(out.splice(before))));
    });
  const a = await flushOne();
  const b = await flushOne();
  const c = await flushOne();
  z.destroy();
  if (!b.equals(c)) throw new Error('zeroDeflate: flushed pieces differ; cannot build the bomb this way');
  piece = { first: Buffer.concat([a, b]), repeat: b };
  return piece;
}

async function zeroDeflate(mib: number): Promise<Buffer> {
  const { first, repeat } = await zeroPieces();
  const parts = [first];
  for (let i = 2; i < mib; i++) parts.push(repeat);
  parts.push(Buffer.from([0x03, 0x00])); // final empty fixed-Huffman block
  return Buffer.concat(parts);
}

/** A gzip file of ~1 KB per MiB of zeros it inflates to (1 GiB ≈ 1 MB), trailer matching. */
export async function gzipBomb(mib: number): Promise<Uint8Array> {
  const body = await zeroDeflate(mib);
  const size = (mib * (1 << 20)) >>> 0;
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(0, 0); // CRC-32 is not checked before the size limits stop the inflater
  trailer.writeUInt32LE(size, 4);
  return Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]), body, trailer]);
}

/**
 * A zip whose entry `name` inflates to `mib` MiB of zeros while its headers declare `declared`
 * bytes (the lie defeats a check of declared sizes alone); `stored` entries (uncompressed) go
 * before it, e.g. the parts of a workbook so the archive is taken for an xlsx.
 */
export async function zipBomb(
  name: string,
  mib: number,
  declared = 1000,
  stored: Record<string, Uint8Array> = {},
): Promise<Uint8Array> {
  const entries: { name: Buffer; method: number; data: Uint8Array; size: number }[] = Object.entries(stored).map(
    ([n, d]) => ({ name: Buffer.from(n), method: 0, data: d, size: d.length }),
  );
  entries.push({ name: Buffer.from(name), method: 8, data: await zeroDeflate(mib), size: declared });
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(e.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(e.name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, e.name, e.data);
    centrals.push(central, e.name);
    offset += 30 + e.name.length + e.data.length;
  }
  const cdSize = centrals.reduce((n, b) => n + b.length, 0);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cdSize, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, eocd]);
}

/** An honest zip of many small highly-compressible entries (the declared sizes add up). */
export const zipOf = (files: Record<string, Uint8Array>) => zipSync(files, { level: 9 });
