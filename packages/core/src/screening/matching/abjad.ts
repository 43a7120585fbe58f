/**
 * Arabic- and Hebrew-script names against their Latin renderings, word by word. Abjads write
 * consonants and long vowels only, and glue the article to the word ("التكريتي" is
 * "al-Tikriti", read "ltkryty"), so each word is reduced to its consonant skeleton, the
 * article is taken off the abjad side's words, and the words are aligned like tokens
 * (see compare-names.ts), weighted by the Latin side's words. A whole-name skeleton misses
 * long names whose words each differ a little; this does not.
 */
import type { NormalisedName } from './normalise';
import { skeleton } from './transliterate';

/** Latin particles the abjad side glues to the next word or leaves unwritten. */
const LATIN_ARTICLES = new Set(['al', 'el', 'ul', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ud', 'ur', 'us']);

/** A skeleton of one or two consonants ("l", "mr") says little, whatever word it came from. */
const skeletonWeight = (s: string) => (s.length <= 1 ? 0.3 : s.length === 2 ? 0.6 : 1);

/** Skeleton words of the abjad side, the glued article ("l…" of at least three more consonants) removed. */
// Readings are compared with many candidates: their skeleton words are worked out once.
const abjadCache = new WeakMap<NormalisedName, string[]>();
const latinCache = new WeakMap<NormalisedName, { token: string; skeleton: string }[]>();

function abjadWords(name: NormalisedName): string[] {
  let words = abjadCache.get(name);
  if (!words) {
    words = readAbjadWords(name);
    abjadCache.set(name, words);
  }
  return words;
}

function readAbjadWords(name: NormalisedName): string[] {
  return name.reading
    .toLowerCase()
    .split(/\s+/)
    .map((w) => skeleton(w))
    .map((s) => (s.length >= 4 && s.startsWith('l') ? s.slice(1) : s))
    .filter((s) => s.length >= 1);
}

/** Skeleton words of the Latin side, each with the token it comes from (articles left out). */
function latinWords(name: NormalisedName): { token: string; skeleton: string }[] {
  let pairs = latinCache.get(name);
  if (!pairs) {
    // A word of vowels only ("Oo") has no skeleton: kept as written, so it still counts as unmatched.
    pairs = name.tokens.filter((t) => !LATIN_ARTICLES.has(t)).map((t) => ({ token: t, skeleton: skeleton(t) || t }));
    latinCache.set(name, pairs);
  }
  return pairs;
}

/** Each Latin skeleton word's weight. */
function latinWeights(pairs: { token: string; skeleton: string }[], weight: (token: string) => number) {
  const weights = new Map<string, number>();
  for (const { token: t, skeleton: s } of pairs)
    weights.set(s, Math.max(weights.get(s) ?? 0, Math.min(weight(t), skeletonWeight(s))));
  return weights;
}

/** The abjad side first; null when neither or both sides are abjad (then tokens compare as usual). */
export function abjadWordPair(
  a: NormalisedName,
  b: NormalisedName,
  weight: (token: string) => number,
): { abjad: string[]; latin: string[]; weight: (s: string) => number } | null {
  if (a.abjad === b.abjad) return null;
  const [abjad, latin] = a.abjad ? [a, b] : [b, a];
  const pairs = latinWords(latin);
  const aw = abjadWords(abjad);
  // Nothing to align unless one word's skeleton is the same on both sides (most candidates): checked before the
  // word list and the weights are built, which a screening batch would otherwise do for every Arabic-script name.
  const shared = (w: string) => w.length >= 2 && pairs.some((p) => p.skeleton === w);
  if (!aw.length || !pairs.length || !aw.some(shared)) return null;
  const weights = latinWeights(pairs, weight);
  return { abjad: aw, latin: pairs.map((p) => p.skeleton), weight: (s) => weights.get(s) ?? skeletonWeight(s) * 0.6 };
}
