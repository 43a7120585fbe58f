/**
 * Self-recall: every name a list publishes for an entry (primary names and strong aliases; the publishers' own
 * "weak" / low-quality aliases are left out) is screened, written exactly as published, against that list; it must
 * find its own entry at the default threshold. A miss is a listed party that screening its own published name
 * would clear. Exits 1 when any name misses, so it can gate a change.
 *
 *   node --import tsx bench/screening-self.ts [--misses]
 */
import { InMemoryCandidateIndex, Screener } from '@dualuse/core/matching';
import { loadJapaneseReadings } from '@dualuse/app';
import { loadSharedList } from './support';

await loadJapaneseReadings();
const MISSES = process.argv.includes('--misses');
const SNAPSHOTS = [
  ['un', '2026-08-01', 'consolidated.xml'],
  ['us-csl', '2022-05-16', 'bis_el_meu_uvl.csv'],
  ['uk-ofsi', '2025-04-10', 'ofsi_conlist.xlsx'],
];

let missed = 0;
for (const parts of SNAPSHOTS) {
  for (const list of loadSharedList(parts)) {
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
    console.log(`${list.list}: ${misses.length} of ${names} published names do not find their own entry`);
    if (MISSES && misses.length) console.log(misses.join('\n'));
  }
}
process.exitCode = missed ? 1 : 0;
