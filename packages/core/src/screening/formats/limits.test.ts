// Limits checked while a file is read, not after (issue 12, items 2, 6 and 7): decompression with
// a running size and ratio limit (a 3.3 GB bomb stops after the first slice), lying zip headers,
// field length, row count, NUL characters and UTF-16 refused with file, position and reason.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { zipSync } from 'fflate';
import { gzipBomb, zipBomb } from '../../../../../test/support/hostile';
import { gunzip, unzip } from './archive';
import { parseCsv } from './csv';
import { parseListFile } from './index';
import { decodeText } from './input';
import { streamXml } from './xml';

const enc = (s: string) => new TextEncoder().encode(s);
const invalid = (message: RegExp) => ({ name: 'DomainError', kind: 'invalid_input', message });

test('a 3.4 MB gzip that inflates to 3.3 GB is stopped by the ratio limit after one 16 KiB slice', async () => {
  const bomb = await gzipBomb(3300);
  assert.ok(bomb.length < 4_000_000);
  const rss = process.memoryUsage.rss();
  assert.throws(
    () => gunzip('x.csv.gz', bomb),
    invalid(
      /^x\.csv\.gz: gzip data: compression ratio above 100:1 after 16384 compressed bytes \(decompression bomb\?\)/,
    ),
  );
  assert.ok(process.memoryUsage.rss() - rss < 256 * 1024 * 1024, 'stopped long before inflating gigabytes');
  // With the ratio limit raised, the running size limit stops it instead.
  assert.throws(
    () => gunzip('x.csv.gz', bomb, { maxRatio: 10_000, maxUnzippedBytes: 32 * 1024 * 1024 }),
    invalid(/inflates to more than 33554432 bytes/),
  );
});

test('a zip entry that declares 1,000 bytes and inflates to 3.3 GB is refused while inflating', async () => {
  const bomb = await zipBomb('SDN_ENHANCED.XML', 3300, 1000);
  assert.throws(
    () => unzip('SDN_ENHANCED.ZIP', bomb),
    invalid(/^SDN_ENHANCED\.ZIP: SDN_ENHANCED\.XML: compression ratio above 100:1/),
  );
  assert.throws(() => parseListFile([{ name: 'SDN_ENHANCED.ZIP', bytes: bomb }]), invalid(/decompression bomb/));
  // A small lie (declared size differs from the data) is a damaged archive.
  const liar = await zipBomb('a.xml', 2, 1000);
  assert.throws(
    () => unzip('a.zip', liar),
    invalid(/inflated to 2097152 bytes but the archive declares 1000; truncated or corrupt/),
  );
});

test('zip: truncation, ZIP64 markers and unknown methods are named', () => {
  const zip = zipSync({ 'a.xml': enc('<a>hello</a>'.repeat(100)) });
  assert.deepEqual(Object.keys(unzip('a.zip', zip)), ['a.xml']);
  assert.throws(
    () => unzip('a.zip', zip.subarray(0, zip.length - 30)),
    invalid(/no end-of-central-directory record\); truncated or corrupt\?/),
  );
  assert.throws(() => unzip('a.zip', zip.subarray(0, 40)), invalid(/truncated or corrupt/));
});

test('field length, row count and NUL are checked while reading CSV, XML and JSON', () => {
  assert.throws(
    () => parseCsv(`a,b\n1,${'x'.repeat(70_000)}\n`, 'f.csv'),
    invalid(/^f\.csv: line 2, field 2: a field of \d+ characters, more than the 65536-character limit/),
  );
  assert.throws(
    () => parseCsv('a\n1\n2\n3\n', 'f.csv', ',', { maxRows: 2 }),
    invalid(/^f\.csv: line 3: more than 2 rows/),
  );
  assert.throws(() => parseCsv('a,b\n1,x\u0000y\n', 'f.csv'), invalid(/^f\.csv: line 2: NUL character at offset 7/));
  assert.throws(
    () => streamXml(`<r><e>${'y'.repeat(70_000)}</e></r>`, 'f.xml', { isRecord: (n) => n === 'e', onRecord: () => {} }),
    invalid(/^f\.xml: line 1 in \/r\/e: a field of/),
  );
  assert.throws(
    () =>
      streamXml('<r><e/><e/><e/></r>', 'f.xml', {
        isRecord: (n) => n === 'e',
        onRecord: () => {},
        limits: { maxRows: 2 },
      }),
    invalid(/more than 2 rows or records/),
  );
  assert.throws(
    () =>
      parseListFile([
        {
          name: 'consolidated.json',
          bytes: enc(
            '{"results":[{"name":"a\\u0000b","source":"Entity List (EL) - Bureau of Industry and Security"}]}',
          ),
        },
      ]),
    invalid(/^consolidated\.json: \/results\/0\/name: NUL character/),
  );
});

test('a CSV cut in transit (last line short and without its line break) is refused', () => {
  assert.throws(
    () => parseCsv('a,b,c\n1,2,3\n4,5', 'f.csv'),
    invalid(/^f\.csv: line 3: the last line ends without a line break after 2 of 3 cells: the file is truncated/),
  );
  assert.throws(
    () => parseCsv('a,b,c', 'f.csv'),
    invalid(/line 1: the last line ends without a line break after 3 of 3 cells/),
  );
  assert.equal(
    parseCsv('a,b,c\n1,2,3', 'f.csv').length,
    2,
    'a complete last line without a line break is valid (RFC 4180 §2.2)',
  );
});

test('an error quoting a cell is cut short: it names the problem, it does not carry the row', () => {
  const long = 'Q'.repeat(60_000);
  assert.throws(
    () =>
      parseListFile([
        { name: 'sdn.csv', bytes: enc(`${long},"X",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n`) },
      ]),
    (e: Error) => e.message.length < 500 && /^sdn\.csv: line 1: ent_num "Q+… \(\d+ characters\)$/.test(e.message),
  );
});

test('UTF-16 and Latin-1 are refused by name, before any format guess', () => {
  const utf16 = new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x61, 0x00]);
  assert.throws(
    () => decodeText('f.xml', utf16),
    invalid(/^f\.xml: line 1: not valid UTF-8: UTF-16 text \(byte-order mark FF FE\)/),
  );
  assert.throws(() => parseListFile([{ name: 'f.xml', bytes: utf16 }]), invalid(/UTF-16 text/));
  assert.throws(
    () => decodeText('s.csv', new Uint8Array([0x61, 0x0a, 0x4d, 0xfc, 0x6c])),
    invalid(/^s\.csv: line 2: not valid UTF-8 \(byte 0xfc at offset 3\)/),
  );
});
