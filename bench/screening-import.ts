/**
 * Parse time of every list snapshot in shared/data/lists through `parseListFile` (format
 * detection, decompression, decoding and parsing included). Prints the median of N runs and
 * entries per second; asserts nothing (timings are not tests).
 *
 *   node --import tsx bench/screening-import.ts [runs=3]
 */
import { readFileSync } from 'node:fs';
import { parseListFile } from '@dualuse/core/screening';
import { sharedData } from '../test/support/shared';

const runs = Number(process.argv[2] ?? 3);
const SNAPSHOTS: [string, string[][]][] = [
  ['OFAC sdn.csv 2024-05-03', [['ofac', 'sdn-csv', '2024-05-03', 'sdn.csv']]],
  [
    'OFAC cons_* CSV 2025-12-19',
    ['cons_prim.csv', 'cons_alt.csv', 'cons_add.csv', 'cons_comments.csv'].map((n) => [
      'ofac',
      'non-sdn-cons',
      '2025-12-19',
      n,
    ]),
  ],
  ['OFAC CONS_ENHANCED.ZIP 2025-01-10', [['ofac', 'cons-enhanced', '2025-01-10', 'CONS_ENHANCED.ZIP']]],
  ['UN consolidated.xml 2026-08-01', [['un', '2026-08-01', 'consolidated.xml']]],
  ['EU FSF sample', [['eu-fsf', 'sample-2026-08-05', 'eu_fsf_sample.xml']]],
  ['UK FCDO XML sample', [['uk-fcdo', 'sample-2026-09-10', 'UK_Sanctions_List_sample.xml']]],
  ['UK OFSI xlsx 2025-04-10', [['uk-ofsi', '2025-04-10', 'ofsi_conlist.xlsx']]],
  ['AU DFAT xlsx 2026-07-23', [['au-dfat', '2026-07-23', 'regulation8_consolidated.xlsx']]],
  ['BIS DPL 2023-11-28', [['us-bis-dpl', '2023-11-28', 'dpl.txt']]],
  ['CSL consolidated.csv.gz 2022-05-16', [['us-csl', '2022-05-16', 'consolidated.csv.gz']]],
  ['FtM zala excerpt', [['ftm', 'opensanctions-zala', '2026-04-29', 'entities.ftm.json']]],
];

console.log(`runs per snapshot: ${runs}`);
console.log(['snapshot', 'MB', 'entries', 'median ms', 'entries/s', 'MB/s'].join('\t'));
for (const [label, paths] of SNAPSHOTS) {
  const files = paths.map((p) => ({ name: p.at(-1)!, bytes: new Uint8Array(readFileSync(sharedData('lists', ...p))) }));
  const mb = files.reduce((n, f) => n + f.bytes.length, 0) / 1024 / 1024;
  const times: number[] = [];
  let entries = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const lists = parseListFile(files);
    times.push(performance.now() - t0);
    entries = lists.reduce((n, l) => n + l.entries.length, 0);
  }
  const ms = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  console.log(
    [
      label,
      mb.toFixed(2),
      entries,
      ms.toFixed(0),
      Math.round((entries / ms) * 1000),
      (mb / (ms / 1000)).toFixed(1),
    ].join('\t'),
  );
}
