/**
 * A reference matcher for the operating curve of bench/screening-alias-curve.ts — a plain, well-known BASELINE, not
 * ours: token-sort Jaro-Winkler (the words of each name normalised — case, diacritics, punctuation, any script
 * romanised by any-ascii through normaliseText — sorted, joined, and compared whole with Jaro-Winkler, prefix scale 0.1
 * over at most 4 characters). An entry's score is the best over its listed names. No weights, no legal forms, no
 * transliteration tables, no identifiers.
 */
import { jaroWinkler, normaliseText } from '@dualuse/core/matching';
import type { ListEntry } from '@dualuse/core';

export const tokenSort = (name: string) => normaliseText(name).split(' ').filter(Boolean).sort().join(' ');

/** The baseline score of a query (token-sorted) against one entry: the best over its names. */
export function baselineEntryScore(sortedQuery: string, entry: ListEntry, sortedNames: Map<ListEntry, string[]>) {
  let names = sortedNames.get(entry);
  if (!names) sortedNames.set(entry, (names = entry.names.map((n) => tokenSort(n.full))));
  let best = 0;
  for (const n of names) best = Math.max(best, jaroWinkler(sortedQuery, n));
  return best;
}

/** Every name of a list, token-sorted once, for the baseline screened against all of them (no retrieval). */
export class BaselineAllNames {
  private readonly names: string[];

  constructor(entries: ListEntry[]) {
    this.names = [...new Set(entries.flatMap((e) => e.names.map((n) => tokenSort(n.full))))];
  }

  /** The best baseline score of the query against any listed name. */
  best(sortedQuery: string): number {
    let best = 0;
    for (const n of this.names) {
      const s = jaroWinkler(sortedQuery, n);
      if (s > best) best = s;
    }
    return best;
  }
}
