/**
 * The working state of one token alignment (compare-names.ts): the two token lists, the running sums of the score,
 * and scratch space reused across calls, so that scoring allocates nothing. Shared by the matchers that pair tokens
 * in compare-names.ts and word-parts.ts.
 */
import type { TokenFacts } from './token-facts';

export type TokenWeight = (token: string) => number;

export interface TokenMatch {
  query: string;
  candidate: string;
  similarity: number;
}

export const MAX_TOKENS = 24;

export interface ScoreContext {
  /** Either side is an organisation: generic-only agreement does not count. */
  organisation: boolean;
  /** The query was read syllable by syllable from Han: every syllable is part of the name. */
  syllabic: boolean;
  legalFormsAgree?: boolean; // none on one side, or the same: "Global Trading Corp" is not "GLOBAL TRADING LLC"
  /** Both sides read as organisations' names, their legal forms agreeing: a word may stand for one it begins. */
  stems?: boolean;
  /** Two persons' names read word by word (not Han syllables, not skeletons): person-names.ts applies. */
  person?: boolean;
  /** Two numbered units of one organisation (numbered-units.ts). */
  unitsDiffer?: boolean;
}

// Scratch space reused across calls (names longer than MAX_TOKENS tokens are truncated).
export const sim = new Float64Array(MAX_TOKENS * MAX_TOKENS);
export const qUsed = new Uint8Array(MAX_TOKENS);
export const cUsed = new Uint8Array(MAX_TOKENS);
/** The candidate token each query token is matched with by the greedy alignment, or -1. */
export const qMatch = new Int8Array(MAX_TOKENS);

export interface Trace {
  matched: TokenMatch[];
  unmatchedQuery: string[];
  unmatchedCandidate: string[];
}

/** One alignment of query tokens `q` with candidate tokens `c`, and the running sums of its score. */
export interface Alignment {
  q: string[];
  c: string[];
  /** The tokens' facts (token-facts.ts), one for each token of `q` and `c`. */
  qf: TokenFacts[];
  cf: TokenFacts[];
  nq: number;
  nc: number;
  weight: TokenWeight;
  trace: Trace | undefined;
  context: ScoreContext;
  /** Similarity-weighted identifying weight of the matched tokens. */
  hit: number;
  /** Identifying weight of every token counted so far. */
  total: number;
  /** Identifying weight the matches carry (see MIN_INFORMATION in compare-names.ts). */
  information: number;
  /** A match on a word that is not generic. */
  distinctive: boolean;
  /** A match on a word that is not common in the lists (COMMON_WEIGHT in person-names.ts). */
  uncommon: boolean;
}

/** The side `aIsQuery` names, and the other: the tokens, their count and which are used. */
export function sides(al: Alignment, aIsQuery: boolean) {
  return aIsQuery
    ? { a: al.q, na: al.nq, aUsed: qUsed, b: al.c, nb: al.nc, bUsed: cUsed }
    : { a: al.c, na: al.nc, aUsed: cUsed, b: al.q, nb: al.nq, bUsed: qUsed };
}

/** Records one matched pair in the trace, query side first. */
export function traceMatch(al: Alignment, aIsQuery: boolean, [a, b]: [string, string], similarity: number): void {
  al.trace?.matched.push(aIsQuery ? { query: a, candidate: b, similarity } : { query: b, candidate: a, similarity });
}

/** A token one side writes as two or more words ("jinping" / "jin ping", "namchongang" / "nam chon gang") must match
 * the words joined this well. */
export const MERGE_FLOOR = 0.9;

/** Matches token `i` of side a with the `n` tokens of side b from `j` on, joined, at similarity `s`. */
export function takeMerge(
  al: Alignment,
  aIsQuery: boolean,
  { i, j, n, s }: { i: number; j: number; n: number; s: number },
) {
  const { a, aUsed, b, bUsed } = sides(al, aIsQuery);
  aUsed[i] = 1;
  let sum = 0;
  for (let k = j; k < j + n; k++) {
    bUsed[k] = 1;
    sum += al.weight(b[k]!);
  }
  const wa = al.weight(a[i]!);
  const wb = sum / n;
  al.hit += s * (wa + wb);
  al.total += wa + wb;
  al.information += s * Math.min(wa, wb);
  traceMatch(al, aIsQuery, [a[i]!, b.slice(j, j + n).join(' ')], s);
}
