/**
 * What the spelling checks of `similarityAtLeast` (similarity.ts) need of one token, worked out once per token rather
 * than once per pair: its folds under the romanisation conventions and the Korean systems, and its Double Metaphone
 * keys. A listed name's tokens get theirs when the list is indexed (candidate-index.ts), a query's once per reading.
 */
import type { NormalisedName } from './normalise';
import { conventionFold, foldedFirst, phonetic } from './similarity';
import { koreanFold } from './korean';

export interface TokenFacts {
  token: string;
  /** `conventionFold` of the token, and the first letter it folds to. */
  fold: string;
  foldFirst: string;
  /** `koreanFold`: null when the token does not read as Korean syllables. */
  korean: string | null;
  /** Double Metaphone, primary and alternate (`phonetic`). */
  sounds: readonly [string, string];
}

/** Facts shared by every reading carrying the token; dropped when they grow large, like the other token caches. */
const cache = new Map<string, TokenFacts>();

export function tokenFacts(token: string): TokenFacts {
  let f = cache.get(token);
  if (f === undefined) {
    const sounds = phonetic(token);
    f = { token, fold: conventionFold(token), foldFirst: foldedFirst(token), korean: koreanFold(token), sounds };
    if (cache.size > 200_000) cache.clear();
    cache.set(token, f);
  }
  return f;
}

/** A reading's tokens with their facts: listed readings carry them (`facts`), a query's are worked out once. */
export type WithFacts = NormalisedName & { facts?: TokenFacts[] };
const byReading = new WeakMap<NormalisedName, TokenFacts[]>();

export function readingFacts(name: WithFacts): TokenFacts[] {
  if (name.facts) return name.facts;
  let f = byReading.get(name);
  if (f === undefined) {
    f = name.tokens.map(tokenFacts);
    byReading.set(name, f);
  }
  return f;
}
