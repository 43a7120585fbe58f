import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../../test/support/shared';
import { isCountryCode } from '../../common/countries';
import { detectFormat } from './detect';
import { parseListFile } from './index';

const SNAPSHOTS: [string[], string][] = [
  [['ofac', 'sdn-csv', '2024-05-03', 'sdn.csv'], 'ofac-csv'],
  [['ofac', 'sdn-aux', '2026-08-01', 'alt.csv'], 'ofac-csv'],
  [['ofac', 'non-sdn-cons', '2025-12-19', 'cons_prim.csv'], 'ofac-csv'],
  [['ofac', 'cons-enhanced', '2025-01-10', 'CONS_ENHANCED.ZIP'], 'ofac-enhanced-xml'],
  [['un', '2026-08-01', 'consolidated.xml'], 'un-xml'],
  [['eu-fsf', 'sample-2026-08-05', 'eu_fsf_sample.xml'], 'eu-fsf-xml'],
  [['uk-fcdo', 'sample-2026-09-10', 'UK_Sanctions_List_sample.xml'], 'uk-fcdo-xml'],
  [['uk-ofsi', '2025-04-10', 'ofsi_conlist.xlsx'], 'uk-ofsi-xlsx'],
  [['au-dfat', '2026-07-23', 'regulation8_consolidated.xlsx'], 'au-dfat-xlsx'],
  [['us-bis-dpl', '2023-11-28', 'dpl.txt'], 'bis-dpl'],
  [['us-csl', '2022-05-16', 'consolidated.csv.gz'], 'csl-csv'],
  [['us-csl', 'sample-2025-06-25', 'consolidated.csv'], 'csl-csv'],
  [['ftm', 'opensanctions-zala', '2026-04-29', 'entities.ftm.json'], 'ftm-jsonl'],
];

test('detectFormat recognises every snapshot from its name and content', () => {
  for (const [path, format] of SNAPSHOTS)
    assert.equal(detectFormat(path.at(-1)!, readFileSync(sharedData('lists', ...path))), format, path.join('/'));
  assert.equal(
    detectFormat('list.csv', readFileSync(sharedData('lists', 'ofac', 'sdn-csv', '2024-05-03', 'sdn.csv'))),
    'ofac-csv',
    'by content',
  );
  assert.equal(detectFormat('notes.txt', new TextEncoder().encode('hello')), undefined);
});

test('parseListFile: a folder of OFAC CSV files becomes one list; unknown formats are refused', () => {
  const dir = ['ofac', 'non-sdn-cons', '2025-12-19'];
  const files = ['cons_prim.csv', 'cons_alt.csv', 'cons_add.csv', 'cons_comments.csv'].map((n) => ({
    name: n,
    bytes: readFileSync(sharedData('lists', ...dir, n)),
  }));
  const lists = parseListFile(files);
  assert.deepEqual(
    lists.map((l) => [l.list, l.entries.length]),
    [['us-ofac-cons', 442]],
  );
  assert.throws(() => parseListFile([{ name: 'x.bin', bytes: new Uint8Array([1, 2, 3]) }]), {
    name: 'DomainError',
    kind: 'invalid_input',
    message: /x\.bin: format not recognised/,
  });
});

test('every snapshot parses with unique source ids, one primary name first, valid ISO country codes', () => {
  for (const [path] of SNAPSHOTS) {
    if (path.includes('sdn-aux') || path.includes('non-sdn-cons')) continue;
    for (const l of parseListFile([{ name: path.at(-1)!, bytes: readFileSync(sharedData('lists', ...path)) }])) {
      const where = `${path.join('/')} ${l.list}`;
      assert.ok(l.entries.length > 0, where);
      assert.equal(new Set(l.entries.map((e) => e.sourceId)).size, l.entries.length, `${where}: duplicate sourceId`);
      for (const e of l.entries) {
        assert.equal(e.names[0]?.kind, 'primary', `${where} ${e.sourceId}`);
        assert.equal(e.names.filter((n) => n.kind === 'primary').length, 1, `${where} ${e.sourceId}`);
        for (const c of [
          ...e.countries,
          ...e.addresses.flatMap((a) => (a.country ? [a.country] : [])),
          ...e.identifiers.flatMap((i) => (i.country ? [i.country] : [])),
        ]) {
          assert.ok(isCountryCode(c), `${where} ${e.sourceId}: ${c}`);
        }
      }
    }
  }
});
