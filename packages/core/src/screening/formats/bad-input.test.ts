/** The hostile and broken inputs: each must fail with a precise invalid_input error, never partial data. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { zipSync } from 'fflate';
import { sharedData } from '../../../../../test/support/shared';
import { parseListFile } from './index';

const enc = (s: string) => new TextEncoder().encode(s);
const invalid = (re: RegExp) => ({ name: 'DomainError', kind: 'invalid_input', message: re });
const un = readFileSync(sharedData('lists', 'un', '2026-08-01', 'consolidated.xml'));
const dpl = readFileSync(sharedData('lists', 'us-bis-dpl', '2023-11-28', 'dpl.txt'), 'utf8');

test('truncated files: XML, CSV, gzip, xlsx', () => {
  assert.throws(
    () => parseListFile([{ name: 'consolidated.xml', bytes: un.subarray(0, 1_000_000) }]),
    invalid(/^consolidated\.xml: line \d+ in \/CONSOLIDATED_LIST\/.*malformed XML/),
  );
  const cut = dpl.slice(0, dpl.indexOf('"AARON ABRAHAM VILLA"') + 30);
  assert.throws(
    () => parseListFile([{ name: 'dpl.txt', bytes: enc(cut) }]),
    invalid(/^dpl\.txt: line 3: unterminated quoted field/),
  );
  const gz = readFileSync(sharedData('lists', 'us-csl', '2022-05-16', 'consolidated.csv.gz'));
  assert.throws(
    () => parseListFile([{ name: 'consolidated.csv.gz', bytes: gz.subarray(0, 500_000) }]),
    invalid(/consolidated\.csv\.gz: .*(truncated|corrupt)/),
  );
  const xlsx = readFileSync(sharedData('lists', 'au-dfat', '2026-07-23', 'regulation8_consolidated.xlsx'));
  assert.throws(
    () => parseListFile([{ name: 'dfat.xlsx', bytes: xlsx.subarray(0, 600_000) }], { format: 'au-dfat-xlsx' }),
    invalid(/dfat\.xlsx: .*zip/),
  );
});

test('wrong encoding: Latin-1 XML is refused with its line; OFAC CSV falls back to Windows-1252 as documented', () => {
  const latin1 = Uint8Array.from(
    '<?xml version="1.0"?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS><INDIVIDUAL><FIRST_NAME>Andr\u00e9</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>',
    (c) => c.charCodeAt(0),
  );
  assert.throws(
    () => parseListFile([{ name: 'un.xml', bytes: latin1 }]),
    invalid(/^un\.xml: line 3: not valid UTF-8 \(byte 0xe9/),
  );
  const row = Uint8Array.from('1,"CAF\u00c9 SA",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n', (c) =>
    c.charCodeAt(0),
  );
  const [l] = parseListFile([{ name: 'sdn.csv', bytes: row }]);
  assert.equal(l?.entries[0]?.names[0]?.full, 'CAF\u00c9 SA');
});

test('XML bomb (billion laughs) and external entity are refused before any expansion', () => {
  const laughs = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\n<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&lol3;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>`;
  assert.throws(
    () => parseListFile([{ name: 'bomb.xml', bytes: enc(laughs) }], { format: 'un-xml' }),
    invalid(/^bomb\.xml: line \d+: DOCTYPE declarations are refused/),
  );
  const xxe = `<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<export xmlns="http://eu.europa.ec/fpi/fsd/export"><sanctionEntity euReferenceNumber="EU.1"><nameAlias wholeName="&xxe;"/></sanctionEntity></export>`;
  assert.throws(
    () => parseListFile([{ name: 'xxe.xml', bytes: enc(xxe) }], { format: 'eu-fsf-xml' }),
    invalid(/DOCTYPE declarations are refused/),
  );
  // Without a DOCTYPE an undeclared entity is simply malformed XML.
  assert.throws(
    () => parseListFile([{ name: 'ent.xml', bytes: enc('<CONSOLIDATED_LIST>&xxe;</CONSOLIDATED_LIST>') }]),
    invalid(/malformed XML/),
  );
});

test('wrong or missing columns name the file, line and columns', () => {
  const noDate = dpl.replace('"Effective_Date"', '"Effective"');
  assert.throws(
    () => parseListFile([{ name: 'dpl.txt', bytes: enc(noDate) }], { format: 'bis-dpl' }),
    invalid(/^dpl\.txt: line 1: missing column\(s\) "Effective_Date"/),
  );
  assert.throws(
    () => parseListFile([{ name: 'sdn.csv', bytes: enc('36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA"\r\n') }]),
    invalid(/^sdn\.csv: line 1: expected 12 fields \(OFAC prim layout\), found 4/),
  );
  const csl = '_id,source,name\n1,"Entity List (EL) - Bureau of Industry and Security",X\n';
  assert.throws(
    () => parseListFile([{ name: 'consolidated.csv', bytes: enc(csl) }]),
    invalid(/missing column\(s\) "type", "programs"/),
  );
  assert.throws(
    () =>
      parseListFile(
        [{ name: 'dfat.xlsx', bytes: readFileSync(sharedData('lists', 'uk-ofsi', '2025-04-10', 'ofsi_conlist.xlsx')) }],
        { format: 'au-dfat-xlsx' },
      ),
    invalid(/missing column\(s\) "Reference"/),
  );
});

test('zip bombs: too many entries, too much inflated data; size cap on input', () => {
  const many: Record<string, Uint8Array> = {};
  for (let i = 0; i < 1100; i++) many[`f${i}.xml`] = enc('<a/>');
  assert.throws(() => parseListFile([{ name: 'many.zip', bytes: zipSync(many) }]), invalid(/more than 1000 entries/));
  const big = zipSync({ 'SDN_ENHANCED.XML': new Uint8Array(50 * 1024 * 1024) }, { level: 9 });
  assert.ok(big.length < 200_000);
  assert.throws(
    () => parseListFile([{ name: 'SDN_ENHANCED.ZIP', bytes: big }], { maxUnzippedBytes: 10 * 1024 * 1024 }),
    invalid(/inflate to more than 10485760 bytes/),
  );
  assert.throws(
    () => parseListFile([{ name: 'consolidated.xml', bytes: un }], { maxBytes: 1000 }),
    invalid(/more than the 1000-byte limit/),
  );
});

test('all or nothing: one bad file among good ones fails the whole import', () => {
  const good = { name: 'consolidated.xml', bytes: un };
  const bad = { name: 'dpl.txt', bytes: enc('"Name"\t"City"\n"X"\t"Y"\n') };
  assert.throws(() => parseListFile([good, bad], {}), invalid(/dpl\.txt/));
});
