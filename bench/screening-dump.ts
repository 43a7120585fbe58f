/**
 * Every score the matcher gives, dumped as text and hashed, to prove that a speed change
 * changed no score: run it before and after, the hashes must be equal (`--out FILE` keeps the
 * dump itself for a diff).
 * - every public name pair (name_pairs_public.csv), compareNamePair at full precision;
 * - every cross-script query and the first N negatives (negatives_us_public.csv) screened on
 *   every list: for each candidate the index retrieves, scoreNames of every pair of readings
 *   sharing a blocking key (full precision), then the hits at threshold 0 with their explanations.
 *
 *   node --import tsx bench/screening-dump.ts [--negatives N] [--out FILE]
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import {
  comparable,
  compareNamePair,
  entityTypeOfSchema,
  InMemoryCandidateIndex,
  keysOf,
  prefixKeys,
  prepareQuery,
  queryKeys,
  scoreNames,
  Screener,
  type PartyQuery,
} from '@dualuse/core/matching';
import { partyFrom } from '@dualuse/core/screening';
import { loadJapaneseReadings } from '@dualuse/app';
import { sharedBench } from '../test/support/shared';
import { loadAllLists } from './screening-all-lists';
import { readCsv } from './support';

await loadJapaneseReadings();
const argAt = (name: string) => process.argv[process.argv.indexOf(name) + 1];
const NEGATIVES = process.argv.includes('--negatives') ? Number(argAt('--negatives')) : 5000;
const OUT = process.argv.includes('--out') ? argAt('--out') : undefined;

const hash = createHash('sha256');
const kept: string[] = [];
let lines = 0;
const emit = (line: string) => {
  hash.update(line + '\n');
  lines++;
  if (OUT) kept.push(line);
};

for (const r of readCsv(sharedBench('screening', 'name_pairs_public.csv'))) {
  const c = compareNamePair(r.name1!, r.name2!, entityTypeOfSchema(r.schema));
  emit(`pair|${r.name1}|${r.name2}|${c ? JSON.stringify(c) : 'null'}`);
}
const pairLines = lines;

const index = new InMemoryCandidateIndex(
  loadAllLists().map((l) => ({ list: l.list, listVersion: 'bench', entries: l.entries })),
);
const screener = new Screener(index);
const crossScript = readCsv(sharedBench('screening', 'cross_script_public.csv'), {
  comments: true,
  header: ['query', 'expected', 'minScore', 'description'],
}).map((p): PartyQuery => ({ name: p.query! }));
const negatives = readCsv(sharedBench('screening', 'negatives_us_public.csv'))
  .slice(0, NEGATIVES)
  .map((r, i): PartyQuery => {
    const p = partyFrom(
      { name: r.full_name, date_of_birth: r.date_of_birth, nationality: r.nationality, type: 'person' },
      `negatives line ${i + 2}`,
    );
    return { name: p.name, type: p.type, countries: p.countries, birthDate: p.birthDate };
  });

/** The scores bestName weighs for one query, computed here from the exported parts (not bestName's own loop). */
function dumpCandidates(query: PartyQuery): void {
  const q = prepareQuery(query);
  const latin = q.readings.every((r) => r.reading.script === 'latin');
  const readings = q.readings.map((qr) => ({
    reading: qr.reading,
    keys: new Set([...queryKeys(qr.reading), ...prefixKeys(qr.reading)]),
  }));
  for (const entry of index.candidates(
    q.readings.map((r) => r.reading),
    latin ? 30 : 40,
  )) {
    for (const n of entry.names)
      for (const r of n.readings)
        for (const qr of readings) {
          if (!comparable(qr.reading, r)) continue;
          if (![...keysOf(r), ...prefixKeys(r)].some((k) => qr.keys.has(k))) continue;
          const s = scoreNames(qr.reading, r, screener.weight);
          emit(`score|${query.name}|${entry.list}|${entry.entry.sourceId}|${r.reading}|${qr.reading.reading}|${s}`);
        }
  }
  for (const h of screener.screen(query, { threshold: 0, maxHits: 1000 }))
    emit(`hit|${query.name}|${JSON.stringify(h)}`);
}
for (const q of [...crossScript, ...negatives]) dumpCandidates(q);

if (OUT) writeFileSync(OUT, kept.join('\n') + '\n');
console.log(
  `score dump: ${pairLines} pairs, ${crossScript.length} cross-script and ${negatives.length} negative queries, ${lines} lines; sha256 ${hash.digest('hex')}`,
);
