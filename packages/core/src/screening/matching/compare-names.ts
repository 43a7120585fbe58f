/**
 * Scores one name against another, order-insensitively, weighting each token by how much
 * it identifies (rare surname: much; "trading", "al", an initial: little), and explains
 * the score token by token.
 *
 * Screening compares every query with dozens of listed names, so the scorer allocates
 * nothing unless asked for an explanation (`trace`): the winner is explained afterwards.
 */
import type { NormalisedName } from './normalise';
import { jaroWinkler, levenshteinRatio, similarityIn, similarityRow, tokenSimilarity } from './similarity';
import { isGenericToken } from './weights';
import { abjadWordPair } from './abjad';

export type TokenWeight = (token: string) => number;

export interface TokenMatch {
  query: string;
  candidate: string;
  similarity: number;
}

export interface NameComparison {
  score: number;
  method: 'tokens' | 'joined' | 'skeleton' | 'reversed_patronymic';
  queryReading: string;
  candidateReading: string;
  matched: TokenMatch[];
  /** Tokens with no counterpart; on both sides they are a conflict ("Sergey Ivanovich" vs "Sergey Viktorovich"). */
  unmatchedQuery: string[];
  unmatchedCandidate: string[];
}

/** Below this, two tokens are different words. */
const TOKEN_FLOOR = 0.8;
/** A token one side writes as two ("jinping" / "jin ping") must match this well. */
const MERGE_FLOOR = 0.9;
/** Weight kept by tokens only one side has (a middle name, a patronymic, a branch suffix). */
const ONE_SIDED = 0.45;
/** How hard tokens present on both sides but unmatched pull the score down. */
const CONFLICT = 0.6;
/**
 * Identifying weight a match must carry to count in full: about one distinctive token.
 * Below it the score shrinks in proportion, so "GLOBAL TRADING" matching "GLOBAL TRADING"
 * (two generic words) or a lone common given name never reaches the threshold by itself.
 */
const MIN_INFORMATION = 0.9;
const MAX_TOKENS = 24;
/**
 * A last token cut short ("… AL JA" for "… AL JAHANI", a field length limit, a hurried
 * clerk) matches the token it begins, at this similarity: like an initial, a little above.
 */
const PREFIX_SIMILARITY = 0.86;
/**
 * Organisations whose names differ (tokens left over on either side) and agree only on
 * generic, legal or place words ("Shenzhen", "Cloud", "Computing") are not the same party:
 * the score is scaled down below any sensible threshold.
 */
const GENERIC_ONLY = 0.75;

export interface ScoreContext {
  /** Either side is an organisation: generic-only agreement does not count. */
  organisation: boolean;
  /** The query was read syllable by syllable from Han: every syllable is part of the name. */
  syllabic: boolean;
}

// Scratch space reused across calls (names longer than MAX_TOKENS tokens are truncated).
const sim = new Float64Array(MAX_TOKENS * MAX_TOKENS);
const qUsed = new Uint8Array(MAX_TOKENS);
const cUsed = new Uint8Array(MAX_TOKENS);

interface Trace {
  matched: TokenMatch[];
  unmatchedQuery: string[];
  unmatchedCandidate: string[];
}

/** Weighted greedy alignment of tokens; returns the score, and fills `trace` when given. */
function tokenScore(
  q: string[],
  c: string[],
  weight: TokenWeight,
  trace?: Trace,
  context: ScoreContext = { organisation: false, syllabic: false },
): number {
  const nq = Math.min(q.length, MAX_TOKENS);
  const nc = Math.min(c.length, MAX_TOKENS);
  for (let i = 0; i < nq; i++) {
    qUsed[i] = 0;
    const qi = q[i]!;
    const row = similarityRow(qi);
    for (let j = 0; j < nc; j++) {
      const s = similarityIn(row, qi, c[j]!);
      sim[i * MAX_TOKENS + j] = s >= TOKEN_FLOOR ? s : 0;
    }
  }
  cUsed.fill(0, 0, nc);
  let hit = 0;
  let total = 0;
  let information = 0;
  let distinctive = false;
  // Greedy: best remaining pair first (ties: lowest query index, then lowest candidate index).
  for (;;) {
    let bi = -1;
    let bj = -1;
    let bs = 0;
    for (let i = 0; i < nq; i++) {
      if (qUsed[i]) continue;
      for (let j = 0; j < nc; j++) {
        const s = sim[i * MAX_TOKENS + j]!;
        if (s > bs && !cUsed[j]) {
          bs = s;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) break;
    qUsed[bi] = 1;
    cUsed[bj] = 1;
    const wq = weight(q[bi]!);
    const wc = weight(c[bj]!);
    hit += bs * (wq + wc);
    total += wq + wc;
    const specific = !isGenericToken(q[bi]!) && !isGenericToken(c[bj]!);
    // A brand is not common for being listed often ("Huawei" on 150 Entity List rows): in an
    // organisation's name a specific word identifies in full, whatever its frequency in the lists.
    information += bs * (context.organisation && specific ? 1 : Math.min(wq, wc));
    if (specific) distinctive = true;
    trace?.matched.push({ query: q[bi]!, candidate: c[bj]!, similarity: bs });
  }
  // The last token of either side cut short: a prefix of a token the other side left unmatched.
  const prefix = (
    a: string[],
    na: number,
    aUsed: Uint8Array,
    b: string[],
    nb: number,
    bUsed: Uint8Array,
    aIsQuery: boolean,
  ) => {
    const i = na - 1;
    const cut = a[i]!;
    if (i < 1 || aUsed[i] || cut.length < 2 || /\d/.test(cut)) return;
    for (let j = 0; j < nb; j++) {
      const whole = b[j]!;
      if (bUsed[j] || whole.length < cut.length + 2 || !whole.startsWith(cut)) continue;
      aUsed[i] = bUsed[j] = 1;
      // Weighed as what is left of the token: its own weight scaled by the share of it written.
      const wa = weight(whole) * Math.max(0.3, cut.length / whole.length);
      hit += PREFIX_SIMILARITY * 2 * wa;
      total += 2 * wa;
      information += PREFIX_SIMILARITY * wa;
      trace?.matched.push(
        aIsQuery
          ? { query: cut, candidate: whole, similarity: PREFIX_SIMILARITY }
          : { query: whole, candidate: cut, similarity: PREFIX_SIMILARITY },
      );
      return;
    }
  };
  prefix(q, nq, qUsed, c, nc, cUsed, true);
  prefix(c, nc, cUsed, q, nq, qUsed, false);
  // A token one side writes as two: "jinping" / "jin ping", either way round.
  const merge = (
    a: string[],
    na: number,
    aUsed: Uint8Array,
    b: string[],
    nb: number,
    bUsed: Uint8Array,
    aIsQuery: boolean,
  ) => {
    for (let i = 0; i < na; i++) {
      if (aUsed[i]) continue;
      const la = a[i]!.length;
      for (let j = 0; j + 1 < nb; j++) {
        if (bUsed[j] || bUsed[j + 1]) continue;
        // Jaro-Winkler (and edit distance) cannot reach MERGE_FLOOR when one side is under
        // half the other's length: skip the concatenation and the memo.
        const lb = b[j]!.length + b[j + 1]!.length;
        if (2 * Math.min(la, lb) < Math.max(la, lb)) continue;
        const s = tokenSimilarity(a[i]!, b[j]! + b[j + 1]!);
        if (s < MERGE_FLOOR) continue;
        aUsed[i] = bUsed[j] = bUsed[j + 1] = 1;
        const wa = weight(a[i]!);
        const wb = (weight(b[j]!) + weight(b[j + 1]!)) / 2;
        hit += s * (wa + wb);
        total += wa + wb;
        information += s * Math.min(wa, wb);
        const pair = `${b[j]} ${b[j + 1]}`;
        trace?.matched.push(
          aIsQuery
            ? { query: a[i]!, candidate: pair, similarity: s }
            : { query: pair, candidate: a[i]!, similarity: s },
        );
        break;
      }
    }
  };
  let freeQ = 0;
  let freeC = 0;
  for (let i = 0; i < nq; i++) freeQ += qUsed[i] ? 0 : 1;
  for (let j = 0; j < nc; j++) freeC += cUsed[j] ? 0 : 1;
  if (freeQ >= 1 && freeC >= 2) merge(q, nq, qUsed, c, nc, cUsed, true);
  if (freeC >= 1 && freeQ >= 2) merge(c, nc, cUsed, q, nq, qUsed, false);
  let wuq = 0;
  let wuc = 0;
  for (let i = 0; i < nq; i++) {
    if (qUsed[i]) continue;
    wuq += weight(q[i]!);
    trace?.unmatchedQuery.push(q[i]!);
  }
  for (let j = 0; j < nc; j++) {
    if (cUsed[j]) continue;
    wuc += weight(c[j]!);
    trace?.unmatchedCandidate.push(c[j]!);
  }
  const bothSides = wuq > 0 && wuc > 0;
  // Han syllables read one by one are all part of the name: a syllable left over is not a middle name.
  total += bothSides ? wuq + wuc : ONE_SIDED * wuc + (context.syllabic ? 1 : ONE_SIDED) * wuq;
  let score = total === 0 ? 0 : hit / total;
  if (bothSides) score *= 1 - (CONFLICT * Math.min(wuq, wuc)) / (Math.min(wuq, wuc) + hit / 2 + 1e-9);
  if (context.organisation && !distinctive && (wuq > 0 || wuc > 0)) score *= GENERIC_ONLY;
  return score * Math.min(1, information / MIN_INFORMATION);
}

function contextOf(query: NormalisedName, candidate: NormalisedName): ScoreContext {
  return { organisation: query.organisation || candidate.organisation, syllabic: query.syllabic === true };
}

/**
 * Arabic patronymics are ordered: "Omar bin Abdullah" (Omar, son of Abdullah) is not
 * "Abdullah bin Omar". When both names carry "bin" and the names around it are swapped,
 * the token match is a different person (the given name, ism, before the nasab).
 */
function patronymicReversed(q: string[], c: string[]): boolean {
  const qi = q.indexOf('bin');
  const ci = c.indexOf('bin');
  if (qi <= 0 || ci <= 0 || qi + 1 >= q.length || ci + 1 >= c.length) return false;
  const [qb, qa, cb, ca] = [q[qi - 1]!, q[qi + 1]!, c[ci - 1]!, c[ci + 1]!];
  return tokenSimilarity(qb, cb) < TOKEN_FLOOR && tokenSimilarity(qb, ca) >= 0.9 && tokenSimilarity(qa, cb) >= 0.9;
}
const REVERSED_PATRONYMIC = 0.6;

/** A name written as one run-together token ("SergeiLavrov") against the same name spaced. */
function joinedScore(query: NormalisedName, candidate: NormalisedName): number {
  if ((query.tokens.length === 1) === (candidate.tokens.length === 1)) return 0;
  const q = query.tokens.join('');
  const c = candidate.tokens.join('');
  if (Math.abs(q.length - c.length) > 3) return 0;
  const s = jaroWinkler(q, c) * 0.97;
  return s >= 0.9 ? s : 0;
}

/**
 * Abjad scripts: consonant skeletons, when one side was read from Arabic or Hebrew — the
 * whole name's, and word by word against a Latin name (abjad.ts).
 */
function skeletonScore(query: NormalisedName, candidate: NormalisedName, weight: TokenWeight): number {
  if (!query.abjad && !candidate.abjad) return 0;
  const qs = query.skeleton;
  const cs = candidate.skeleton;
  const whole = qs.length >= 2 && cs.length >= 2 ? levenshteinRatio(qs, cs) * 0.95 : 0;
  const words = abjadWordPair(query, candidate, weight);
  const byWord = words ? tokenScore(words.abjad, words.latin, words.weight) * 0.95 : 0;
  return Math.max(whole, byWord);
}

/** The score alone, allocation-free: for ranking many candidates. */
export function scoreNames(query: NormalisedName, candidate: NormalisedName, weight: TokenWeight): number {
  const t =
    tokenScore(query.tokens, candidate.tokens, weight, undefined, contextOf(query, candidate)) *
    (patronymicReversed(query.tokens, candidate.tokens) ? REVERSED_PATRONYMIC : 1);
  return Math.max(t, joinedScore(query, candidate), skeletonScore(query, candidate, weight));
}

/** The score with its explanation. */
export function compareNames(query: NormalisedName, candidate: NormalisedName, weight: TokenWeight): NameComparison {
  const base = { queryReading: query.reading, candidateReading: candidate.reading };
  const trace: Trace = { matched: [], unmatchedQuery: [], unmatchedCandidate: [] };
  const reversed = patronymicReversed(query.tokens, candidate.tokens);
  const t =
    tokenScore(query.tokens, candidate.tokens, weight, trace, contextOf(query, candidate)) *
    (reversed ? REVERSED_PATRONYMIC : 1);
  const j = joinedScore(query, candidate);
  const k = skeletonScore(query, candidate, weight);
  if (j > t && j >= k) {
    return {
      ...base,
      method: 'joined',
      score: j,
      matched: [{ query: query.tokens.join(''), candidate: candidate.tokens.join(''), similarity: j }],
      unmatchedQuery: [],
      unmatchedCandidate: [],
    };
  }
  if (k > t) {
    return {
      ...base,
      method: 'skeleton',
      score: k,
      matched: [{ query: query.skeleton, candidate: candidate.skeleton, similarity: k }],
      unmatchedQuery: [],
      unmatchedCandidate: [],
    };
  }
  return { ...base, method: reversed ? 'reversed_patronymic' : 'tokens', score: t, ...trace };
}
