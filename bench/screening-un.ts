/**
 * Recall on real UN-listed persons (../shared/bench/screening/positives_un_untreated.csv)
 * screened against the UN consolidated list of 2026-08-01: a person counts as found when
 * the top hit is a UN entry carrying the same name.
 *
 *   node --import tsx bench/screening-un.ts [--misses]
 */
import { readFileSync } from 'node:fs';
import { parseUnXml } from '@dualuse/core/screening/formats/un-xml';
import { InMemoryCandidateIndex, normaliseText, Screener } from '@dualuse/core/screening/matching/index';
import { loadJapaneseReadings } from '@dualuse/app';
import { sharedBench, sharedData } from '../test/support/shared';
import { readCsv } from './support';


await loadJapaneseReadings();
const file = sharedData('lists', 'un', '2026-08-01', 'consolidated.xml');
const list = parseUnXml('consolidated.xml', new Uint8Array(readFileSync(file)));
const index = new InMemoryCandidateIndex([{ list: list.list, listVersion: '2026-08-01', entries: list.entries }]);
const screener = new Screener(index);
const rows = readCsv(sharedBench('screening', 'positives_un_untreated.csv'));
const listedNames = new Set(list.entries.flatMap((e) => e.names.map((n) => normaliseText(n.full))));
let found = 0;
let stillListed = 0;
let foundListed = 0;
const misses: string[] = [];
for (const r of rows) {
  const hits = screener.screen({ name: r.full_name!, type: 'person', birthDate: r.date_of_birth || undefined, countries: r.nationality ? [r.nationality.toUpperCase()] : [] });
  const top = hits[0];
  const wanted = normaliseText(r.full_name!);
  const entry = top && list.entries.find((e) => e.sourceId === top.entryId);
  const listed = listedNames.has(wanted);
  if (listed) stillListed++;
  if (entry && entry.names.some((n) => normaliseText(n.full) === wanted)) {
    found++;
    if (listed) foundListed++;
  } else misses.push(`${listed ? '' : '(no longer on this list) '}${r.full_name} (${r.date_of_birth}) → ${top ? `${top.name} ${top.score}` : 'no hit'}`);
}
console.log(`UN list 2026-08-01: ${list.entries.length} entries; positives: ${rows.length}`);
console.log(`recall (top hit is the listing): ${found}/${rows.length} = ${((100 * found) / rows.length).toFixed(1)} %`);
console.log(`recall among positives still on this list (a name of theirs is listed): ${foundListed}/${stillListed} = ${((100 * foundListed) / stillListed).toFixed(1)} %; ${rows.length - stillListed} were delisted before this snapshot`);
if (process.argv.includes('--misses')) for (const m of misses) console.log('MISS', m);
