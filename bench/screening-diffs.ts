/**
 * Added / removed / changed entries between the dated snapshots of a list, computed from the
 * parsed files (what `dualuse lists diff` reports after importing them).
 *
 *   node --import tsx bench/screening-diffs.ts
 */
import { readFileSync } from 'node:fs';
import { parseListFile } from '@dualuse/core/screening';
import { sharedData } from '../test/support/shared';

const parse = (...parts: string[]) =>
  parseListFile([
    { name: parts[parts.length - 1]!, bytes: new Uint8Array(readFileSync(sharedData('lists', ...parts))) },
  ])[0]!;
const series: [string, string[][]][] = [
  ['OFAC SDN', ['2024-02-20', '2024-02-23', '2024-05-03'].map((d) => ['ofac', 'sdn-csv', d, 'sdn.csv'])],
  ['UN consolidated', ['2026-02-27', '2026-08-01'].map((d) => ['un', d, 'consolidated.xml'])],
  ['BIS DPL', ['2022-09-07', '2023-11-28'].map((d) => ['us-bis-dpl', d, 'dpl.txt'])],
];
for (const [name, paths] of series) {
  const lists = paths.map((p) => parse(...p));
  for (let i = 1; i < lists.length; i++) {
    const a = new Map(lists[i - 1]!.entries.map((e) => [e.sourceId, JSON.stringify(e)]));
    const b = new Map(lists[i]!.entries.map((e) => [e.sourceId, JSON.stringify(e)]));
    const added = [...b.keys()].filter((k) => !a.has(k)).length;
    const removed = [...a.keys()].filter((k) => !b.has(k)).length;
    const changed = [...b.keys()].filter((k) => a.has(k) && a.get(k) !== b.get(k)).length;
    console.log(
      `${name} ${paths[i - 1]!.at(-2)} → ${paths[i]!.at(-2)}: ${a.size} → ${b.size} entries; +${added} −${removed} ~${changed}`,
    );
  }
}
