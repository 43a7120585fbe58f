/**
 * Essentially-identical matching latency: one application against 10,000 denials in force.
 * Denied parties are the first 10,000 entities/vessels/persons of the OFAC SDN list (2024-05-03,
 * ../shared) — real names, so the name index has a realistic shape; each denial gets a control
 * entry and a destination cycled from the lists below (benchmark inputs, not facts). Applications:
 * 500, half naming a denied party with one token dropped or its punctuation changed, half naming
 * another SDN party not among the denied (the matcher still has to search).
 *
 *   node --import tsx bench/coalition-matching.ts [denials=10000] [applications=500]
 */
import { readFileSync } from 'node:fs';
import { DenialMatcher, denialFromApplication, type ApplicationInput } from '@dualuse/core/coalition';
import { parseOfacCsv } from '@dualuse/core/screening';
import { sharedData } from '../test/support/shared';
import { percentile } from './support';

const N = Number(process.argv[2] ?? 10_000);
const APPS = Number(process.argv[3] ?? 500);
const file = sharedData('lists', 'ofac', 'sdn-csv', '2024-05-03', 'sdn.csv');
const list = parseOfacCsv([{ name: 'sdn.csv', bytes: new Uint8Array(readFileSync(file)) }]);
const names = list.entries.map((e) => e.names[0]!.full);
if (names.length < N + APPS) throw new Error(`the SDN file has ${names.length} entries, fewer than ${N + APPS}`);
const CODES = ['2B001.b', '2B201.a', '3A001.a', '3B001.f', '5A002.a', '6A003.b', '9A012', '1C010', '2B350', '3A090'];
const DEST = ['CN', 'KG', 'KZ', 'AM', 'AE', 'TR', 'RU', 'IR', 'BY', 'IN'];
const app = (i: number, name: string): ApplicationInput => ({
  agencyId: 'bench',
  reference: `A-${i}`,
  destination: DEST[i % DEST.length]!,
  items: [{ description: 'item', controlEntries: [{ jurisdiction: 'EU', code: CODES[i % CODES.length]! }] }],
  parties: [{ role: 'end_user', name }],
  endUse: 'production of machine parts for civil industry',
});

const denials = names.slice(0, N).map((name, i) =>
  denialFromApplication({
    id: `d${i}`,
    agency: { id: 'de', name: 'BAFA', country: 'DE' },
    application: app(i, name),
    regimeRef: `DE-${i}`,
    criteria: ['EU-CP-2008/944-7'],
    reason: 'bench',
    deniedOn: '2026-01-01',
  }),
);
let t = performance.now();
const matcher = new DenialMatcher(denials);
const buildMs = performance.now() - t;
const variant = (n: string) => {
  const tokens = n.replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  return tokens.length > 2 ? tokens.slice(0, -1).join(' ') : tokens.join(' ').toLowerCase();
};
const times: number[] = [];
let identical = 0;
for (let i = 0; i < APPS; i++) {
  const hit = i % 2 === 0;
  const j = hit ? (i * 7919) % N : N + i;
  const a = app(j, hit ? variant(names[j]!) : names[j]!);
  t = performance.now();
  const m = matcher.match(a, '2026-12-01');
  times.push(performance.now() - t);
  if (hit && m.some((x) => x.denialId === `d${j}` && x.essentiallyIdentical)) identical++;
}
times.sort((a, b) => a - b);
const f = (x: number) => x.toFixed(2);
console.log(`denials in force: ${N}; matcher build: ${buildMs.toFixed(0)} ms`);
console.log(
  `per application (${APPS}): p50 ${f(percentile(times, 50))} ms, p95 ${f(percentile(times, 95))} ms, max ${f(times.at(-1)!)} ms`,
);
console.log(`variants found essentially identical: ${identical}/${APPS / 2} (token dropped or punctuation changed)`);
