/**
 * The held-out sample of bench/screening-aliases.ts, shared with its operating curve (bench/screening-alias-curve.ts)
 * so both screen exactly the same queries against exactly the same index. See screening-aliases.ts for what each
 * query kind is and why the sample is drawn this way.
 */
import { InMemoryCandidateIndex, normaliseText, Screener } from '@dualuse/core/matching';
import type { ListEntry, ParsedList } from '@dualuse/core';
import { loadSharedList } from './support';
import { rng, shuffle, type Rng } from './screening-perturb';

export const SNAPSHOTS: [string, string[]][] = [
  ['un-sc', ['un', '2026-08-01', 'consolidated.xml']],
  ['uk-ofsi', ['uk-ofsi', '2025-04-10', 'ofsi_conlist.xlsx']],
  ['au-dfat', ['au-dfat', '2026-07-23', 'regulation8_consolidated.xlsx']],
  ['us-bis-entity-list', ['us-csl', '2022-05-16', 'bis_el_meu_uvl.csv']],
  ['us-ofac-cons', ['ofac', 'cons-enhanced', '2025-01-10', 'CONS_ENHANCED.ZIP']],
];

export function loadList(id: string, parts: string[]): ParsedList | undefined {
  return loadSharedList(parts).find((l) => l.list === id);
}

export const latin = (s: string) => !/[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(s);

/** What a customer file carries beside the name: a date of birth and the countries (nationality, residence). */
export const withIdentifiers = (e: ListEntry, name: string) => ({
  name,
  type: e.type,
  birthDate: e.type === 'person' ? e.birthDates[0]?.date : undefined,
  countries: e.countries,
});

export interface AliasQuery {
  kind: 'alias' | 'cross';
  name: string;
  entry: ListEntry;
  /** For an alias: the entry's Latin names left in the index. */
  others?: string[];
}

export interface AliasSample {
  /** The seeded generator, advanced past the sample (the perturbations draw from it next). */
  r: Rng;
  aliasSample: Set<number>;
  negSample: Set<number>;
  queries: AliasQuery[];
  /** The list as indexed: negatives removed, each sampled alias and every non-Latin name taken out. */
  indexed: ListEntry[];
  /** Removed entries and the Latin name each is screened by (re-listed names left out). */
  negatives: { entry: ListEntry; name: string }[];
  screener: Screener;
}

/** Draw the sample of one list: the same seed gives the same queries, index and negatives. */
export function drawSample(list: ParsedList, seed: number, share: number): AliasSample {
  const r = rng(seed);
  const order = shuffle(
    list.entries.map((_, i) => i),
    r,
  );
  const aliasSample = new Set(order.slice(0, Math.round(order.length * share)));
  const negSample = new Set(order.slice(aliasSample.size, aliasSample.size + Math.round((order.length * share) / 2)));
  const queries: AliasQuery[] = [];
  const indexed: ListEntry[] = [];
  list.entries.forEach((e, i) => {
    if (negSample.has(i)) return;
    const crossNames = e.names.filter((n) => !latin(n.full));
    let names = e.names.filter((n) => latin(n.full));
    for (const n of crossNames) queries.push({ kind: 'cross', name: n.full, entry: e });
    if (aliasSample.has(i) && names.length >= 2) {
      const k = 1 + Math.floor(r() * (names.length - 1));
      names = names.filter((_, j) => j !== k);
      queries.push({
        kind: 'alias',
        name: e.names.filter((n) => latin(n.full))[k]!.full,
        entry: e,
        others: names.map((n) => n.full),
      });
    }
    if (names.length) indexed.push({ ...e, names });
  });
  // A list that carries the same name twice (a re-listing, a branch) makes no negative of it.
  const listedNames = new Set(indexed.flatMap((e) => e.names.map((n) => normaliseText(n.full))));
  const negatives: AliasSample['negatives'] = [];
  for (const i of negSample) {
    const entry = list.entries[i]!;
    const name = entry.names.find((n) => latin(n.full))?.full;
    if (!name || entry.names.some((n) => listedNames.has(normaliseText(n.full)))) continue;
    negatives.push({ entry, name });
  }
  const screener = new Screener(
    new InMemoryCandidateIndex([{ list: list.list, listVersion: 'bench', entries: indexed }]),
  );
  return { r, aliasSample, negSample, queries, indexed, negatives, screener };
}
