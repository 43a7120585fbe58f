/**
 * Self-recall: every name a list publishes for an entry (primary names and strong aliases; the publishers' own
 * "weak" / low-quality aliases are left out) is screened, written exactly as published, against that list; it must
 * find its own entry at the default threshold. A miss is a listed party that screening its own published name
 * would clear. Exits 1 when any name misses, so it can gate a change.
 *
 * Every list snapshot the benches load (bench/screening-all-lists.ts: the newest complete snapshot of each list),
 * plus OFAC's Consolidated list in its other published format (enhanced XML, which the alias bench uses) and the
 * OpenSanctions FtM excerpt.
 *
 *   node --import tsx bench/screening-self.ts [--misses] [--only LIST]
 */
import type { ParsedList } from '@dualuse/core';
import { InMemoryCandidateIndex, Screener } from '@dualuse/core/matching';
import { loadJapaneseReadings } from '@dualuse/app';
import { loadAllLists } from './screening-all-lists';
import { loadSharedList } from './support';

await loadJapaneseReadings();
const MISSES = process.argv.includes('--misses');
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const OTHER_FORMATS = [
  ['ofac', 'cons-enhanced', '2025-01-10', 'CONS_ENHANCED.ZIP'],
  ['ftm', 'opensanctions-zala', '2026-04-29', 'entities.ftm.json'],
];

const lists: ParsedList[] = [...loadAllLists(), ...OTHER_FORMATS.flatMap(loadSharedList)];
let missed = 0;
let total = 0;
for (const list of lists) {
  if (ONLY && list.list !== ONLY) continue;
  const screener = new Screener(
    new InMemoryCandidateIndex([{ list: list.list, listVersion: 'self', entries: list.entries }]),
  );
  let names = 0;
  const misses: string[] = [];
  for (const e of list.entries)
    for (const n of e.names) {
      if (n.kind === 'weak_alias') continue;
      names++;
      const hits = screener.screen({ name: n.full }, { maxHits: 50 });
      if (!hits.some((h) => h.entryId === e.sourceId)) misses.push(`  ${e.sourceId} ${e.type} ${n.kind}: ${n.full}`);
    }
  missed += misses.length;
  total += names;
  console.log(
    `${list.list} (${list.format}): ${misses.length} of ${names} published names do not find their own entry`,
  );
  if (MISSES && misses.length) console.log(misses.join('\n'));
}
console.log(`all lists: ${missed} of ${total} published names do not find their own entry`);
process.exitCode = missed ? 1 : 0;
