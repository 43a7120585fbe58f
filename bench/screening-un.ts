/**
 * Recall on real UN-listed persons (../shared/bench/screening/positives_un_untreated.csv)
 * screened against the UN consolidated list of 2026-08-01: a person counts as found when
 * the top hit is a UN entry carrying the same name.
 *
 * `--perturb [seed]` screens every positive again under each perturbation of
 * bench/screening-perturb.ts (typos, dropped and truncated tokens, other scripts...) and
 * reports recall per kind; only positives still on the list take part.
 *
 *   node --import tsx bench/screening-un.ts [--misses] [--perturb [seed]]
 */
import { readFileSync } from 'node:fs';
import { parseUnXml } from '@dualuse/core/screening';
import { InMemoryCandidateIndex, normaliseText, Screener, type PartyQuery } from '@dualuse/core/matching';
import { loadJapaneseReadings } from '@dualuse/app';
import { sharedBench, sharedData } from '../test/support/shared';
import { KINDS, perturb, rng } from './screening-perturb';
import { readCsv } from './support';

await loadJapaneseReadings();
const file = sharedData('lists', 'un', '2026-08-01', 'consolidated.xml');
const list = parseUnXml('consolidated.xml', new Uint8Array(readFileSync(file)));
const index = new InMemoryCandidateIndex([{ list: list.list, listVersion: '2026-08-01', entries: list.entries }]);
const screener = new Screener(index);
const rows = readCsv(sharedBench('screening', 'positives_un_untreated.csv'));
const listedNames = new Set(list.entries.flatMap((e) => e.names.map((n) => normaliseText(n.full))));
const query = (r: Record<string, string>, name: string): PartyQuery => ({
  name,
  type: 'person',
  birthDate: r.date_of_birth || undefined,
  countries: r.nationality ? [r.nationality.toUpperCase()] : [],
});
/** The top hit is a UN entry carrying `wanted` among its names. */
const foundAtTop = (name: string, r: Record<string, string>, wanted: string) => {
  const top = screener.screen(query(r, name))[0];
  const entry = top && index.entry(top.list, top.entryId);
  return { top, found: Boolean(entry && entry.names.some((n) => normaliseText(n.full) === wanted)) };
};
let found = 0;
let stillListed = 0;
let foundListed = 0;
const misses: string[] = [];
for (const r of rows) {
  const wanted = normaliseText(r.full_name!);
  const { top, found: ok } = foundAtTop(r.full_name!, r, wanted);
  const listed = listedNames.has(wanted);
  if (listed) stillListed++;
  if (ok) {
    found++;
    if (listed) foundListed++;
  } else
    misses.push(
      `${listed ? '' : '(no longer on this list) '}${r.full_name} (${r.date_of_birth}) → ${top ? `${top.name} ${top.score}` : 'no hit'}`,
    );
}
console.log(`UN list 2026-08-01: ${list.entries.length} entries; positives: ${rows.length}`);
console.log(`recall (top hit is the listing): ${found}/${rows.length} = ${((100 * found) / rows.length).toFixed(1)} %`);
console.log(
  `recall among positives still on this list (a name of theirs is listed): ${foundListed}/${stillListed} = ${((100 * foundListed) / stillListed).toFixed(1)} %; ${rows.length - stillListed} were delisted before this snapshot`,
);
if (process.argv.includes('--misses')) for (const m of misses) console.log('MISS', m);

const p = process.argv.indexOf('--perturb');
if (p > 0) {
  const seed = Number(process.argv[p + 1]) || 17;
  let all = 0;
  let allFound = 0;
  const perturbedMisses: string[] = [];
  for (const kind of KINDS) {
    const r = rng(seed);
    let n = 0;
    let ok = 0;
    for (const row of rows) {
      const wanted = normaliseText(row.full_name!);
      if (!listedNames.has(wanted)) continue;
      const v = perturb(row.full_name!, r, kind);
      if (!v) continue;
      n++;
      if (foundAtTop(v.name, row, wanted).found) ok++;
      else perturbedMisses.push(`${kind}: ${v.name} ← ${row.full_name}`);
    }
    all += n;
    allFound += ok;
    console.log(`perturbed ${kind.padEnd(14)} ${ok}/${n} = ${n ? ((100 * ok) / n).toFixed(1) : '-'} %`);
  }
  console.log(
    `perturbed listings (seed ${seed}): recall ${allFound}/${all} = ${((100 * allFound) / all).toFixed(1)} %`,
  );
  if (process.argv.includes('--misses')) for (const m of perturbedMisses) console.log('PMISS', m);
}
