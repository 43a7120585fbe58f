/**
 * Scores one name against another, order-insensitively, weighting each token by how much
 * it identifies (rare surname: much; "trading", "al", an initial: little), and explains
 * the score token by token.
 *
 * Screening compares every query with dozens of listed names, so the scorer allocates
 * nothing unless asked for an explanation (`trace`): the winner is explained afterwards.
 */
import type { NormalisedName } from './normalise';
import { levenshteinRatio, mayReach, similarityAtLeast, tokenSimilarity } from './similarity';
import { readingFacts, tokenFacts, type TokenFacts } from './token-facts';
import { joinedScore, patronymicReversed, REVERSED_PATRONYMIC } from './whole-name';
import { isGenericToken } from './weights';
import { abjadWordPair } from './abjad';
import {
  cUsed,
  MAX_TOKENS,
  MERGE_FLOOR,
  qMatch,
  qUsed,
  sides,
  sim,
  takeMerge,
  type Alignment,
  type ScoreContext,
  type TokenMatch,
  type TokenWeight,
  type Trace,
} from './alignment';
import { matchCutLastToken, matchWordStems } from './word-parts';
import { COMMON_WEIGHT, personFactor } from './person-names';
import { unitsDifferIn } from './numbered-units';
import { matchJoinedSyllables } from './korean-syllables';
import { legalFormsAgree as formsAgree } from './registered-forms';

export type { ScoreContext, TokenMatch, TokenWeight } from './alignment';

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
/** A joined word this long at least (two short name words and more) is looked for as two before the alignment. */
const JOINED_MIN_LENGTH = 6;
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
/**
 * Organisations whose names differ (tokens left over on either side) and agree only on
 * generic, legal or place words ("Shenzhen", "Cloud", "Computing") are not the same party:
 * the score is scaled down below any sensible threshold.
 */
const GENERIC_ONLY = 0.75;
/** Two numbered units of one organisation ("206th Research Institute" / "201 Research Institute"): numbered-units.ts */
const UNITS_DIFFER = 0.85;
const SCRATCH = { qMatch, qUsed, cUsed };

/** Token-by-token similarity, zero below TOKEN_FLOOR; every query token unused. */
function fillSimilarities(al: Alignment): void {
  for (let i = 0; i < al.nq; i++) {
    qUsed[i] = 0;
    qMatch[i] = -1;
    const qi = al.qf[i]!;
    for (let j = 0; j < al.nc; j++) sim[i * MAX_TOKENS + j] = similarityAtLeast(qi, al.cf[j]!, TOKEN_FLOOR);
  }
  cUsed.fill(0, 0, al.nc);
}

/** The best remaining pair (ties: lowest query index, then lowest candidate index), or bi -1. */
function bestRemainingPair(al: Alignment): { bi: number; bj: number; bs: number } {
  let bi = -1;
  let bj = -1;
  let bs = 0;
  for (let i = 0; i < al.nq; i++) {
    if (qUsed[i]) continue;
    for (let j = 0; j < al.nc; j++) {
      const s = sim[i * MAX_TOKENS + j]!;
      if (s > bs && !cUsed[j]) {
        bs = s;
        bi = i;
        bj = j;
      }
    }
  }
  return { bi, bj, bs };
}

/** Greedy: best remaining pair first, until no pair reaches TOKEN_FLOOR. */
function alignGreedily(al: Alignment): void {
  for (;;) {
    const { bi, bj, bs } = bestRemainingPair(al);
    if (bi < 0) break;
    qUsed[bi] = 1;
    cUsed[bj] = 1;
    qMatch[bi] = bj;
    const wq = al.weight(al.q[bi]!);
    const wc = al.weight(al.c[bj]!);
    al.hit += bs * (wq + wc);
    al.total += wq + wc;
    const specific = !isGenericToken(al.q[bi]!) && !isGenericToken(al.c[bj]!);
    // A brand is not common for being listed often ("Huawei" on 150 Entity List rows): in an
    // organisation's name a specific word identifies in full, whatever its frequency in the lists.
    al.information += bs * (al.context.organisation && specific ? 1 : Math.min(wq, wc));
    if (specific) al.distinctive = true;
    if (Math.min(wq, wc) >= COMMON_WEIGHT) al.uncommon = true;
    al.trace?.matched.push({ query: al.q[bi]!, candidate: al.c[bj]!, similarity: bs });
  }
}

/** A token one side writes as two: "jinping" / "jin ping", either way round. */
function matchSplitTokens(al: Alignment, aIsQuery: boolean): void {
  const { a, na, aUsed, b, nb, bUsed } = sides(al, aIsQuery);
  for (let i = 0; i < na; i++) {
    if (aUsed[i]) continue;
    const la = a[i]!.length;
    for (let j = 0; j + 1 < nb; j++) {
      if (bUsed[j] || bUsed[j + 1]) continue;
      // Jaro-Winkler (and edit distance) cannot reach MERGE_FLOOR when one side is under half the other's length, nor
      // with too few letters in common (`mayReach`): skip the concatenation and the memo.
      const lb = b[j]!.length + b[j + 1]!.length;
      if (2 * Math.min(la, lb) < Math.max(la, lb) || !mayReach(a[i]!, b[j]!, b[j + 1]!, MERGE_FLOOR)) continue;
      const s = tokenSimilarity(a[i]!, b[j]! + b[j + 1]!);
      if (s < MERGE_FLOOR) continue;
      takeMerge(al, aIsQuery, { i, j, n: 2, s });
      break;
    }
  }
}

/** The best similarity token `i` of side a has with any single token of side b (from the matrix). */
function bestSingle(al: Alignment, aIsQuery: boolean, i: number): number {
  let best = 0;
  const n = aIsQuery ? al.nc : al.nq;
  for (let k = 0; k < n; k++) best = Math.max(best, sim[aIsQuery ? i * MAX_TOKENS + k : k * MAX_TOKENS + i]!);
  return best;
}

/**
 * Two words written as one ("MOHAMMADESSA" for "Mohammad Essa", "BENHELAL" for "Ben Helal"), matched before the
 * greedy alignment: otherwise the joined word pairs with the first of the two for looking like it, and the second
 * is left over as a conflict. Only when the joined pair is closer than any single token, and near its length.
 */
function matchJoinedTokens(al: Alignment, aIsQuery: boolean): void {
  const { a, na, aUsed, b, nb, bUsed } = sides(al, aIsQuery);
  for (let i = 0; i < na; i++) {
    const la = a[i]!.length;
    if (aUsed[i] || la < JOINED_MIN_LENGTH) continue;
    for (let j = 0; j + 1 < nb; j++) {
      if (bUsed[j] || bUsed[j + 1] || Math.abs(la - b[j]!.length - b[j + 1]!.length) > 1) continue;
      // Most pairs tried are unlike: the letters they have in common say so without the concatenation and the memo.
      if (!mayReach(a[i]!, b[j]!, b[j + 1]!, MERGE_FLOOR)) continue;
      const s = tokenSimilarity(a[i]!, b[j]! + b[j + 1]!);
      if (s < MERGE_FLOOR || s <= bestSingle(al, aIsQuery, i)) continue;
      takeMerge(al, aIsQuery, { i, j, n: 2, s });
      if (!isGenericToken(a[i]!)) al.distinctive = true;
      break;
    }
  }
}

/** How many tokens of the first `n` are not used yet. */
function freeCount(used: Uint8Array, n: number): number {
  let free = 0;
  for (let i = 0; i < n; i++) free += used[i] ? 0 : 1;
  return free;
}

/** Identifying weight of the tokens left unmatched on one side (and listed in the trace). */
function leftoverWeight(al: Alignment, isQuery: boolean): number {
  const { a, na, aUsed } = sides(al, isQuery);
  const out = al.trace ? (isQuery ? al.trace.unmatchedQuery : al.trace.unmatchedCandidate) : undefined;
  let w = 0;
  for (let i = 0; i < na; i++) {
    if (aUsed[i]) continue;
    w += al.weight(a[i]!);
    out?.push(a[i]!);
  }
  return w;
}

/**
 * A name that is one word, the same on both sides: a published name ("ANO", "MIT", "BEN", what is left of "LLC Center"
 * once its legal form is read off) must find itself, however common the word. Only identical words: a one-word name
 * spelt differently ("Ahmad" / "Ahmed") or a word of a longer name is partial agreement and keeps the floor.
 */
function sameSingleWord(al: Alignment): boolean {
  return al.nq === 1 && al.nc === 1 && al.q[0] === al.c[0] && al.context.legalFormsAgree !== false;
}

/** The score once every match is made: unmatched tokens dilute it, conflicts pull it down. */
function finalScore(al: Alignment): number {
  const wuq = leftoverWeight(al, true);
  const wuc = leftoverWeight(al, false);
  const bothSides = wuq > 0 && wuc > 0;
  // Han syllables read one by one are all part of the name: a syllable left over is not a middle name.
  al.total += bothSides ? wuq + wuc : ONE_SIDED * wuc + (al.context.syllabic ? 1 : ONE_SIDED) * wuq;
  let score = al.total === 0 ? 0 : al.hit / al.total;
  if (bothSides) score *= 1 - (CONFLICT * Math.min(wuq, wuc)) / (Math.min(wuq, wuc) + al.hit / 2 + 1e-9);
  if (al.context.organisation && !al.distinctive && (wuq > 0 || wuc > 0)) score *= GENERIC_ONLY;
  if (al.context.person) score *= personFactor(al, SCRATCH, wuq);
  if (al.context.unitsDiffer) score *= UNITS_DIFFER;
  // Two names of 2+ words agreeing word for word (no conflicting legal form) are one name, however common its words:
  // "Jemaah Islamiyah" must find itself. The information floor is for partial agreement (a lone given name).
  if (wuq === 0 && wuc === 0 && al.nq >= 2 && al.nc >= 2 && al.context.legalFormsAgree !== false) return score;
  if (sameSingleWord(al)) return score;
  return score * Math.min(1, al.information / MIN_INFORMATION);
}

/** What `tokenScore` compares: two token lists, the weights, and optionally a trace to fill. */
interface TokenScoreInput {
  q: string[];
  c: string[];
  /** The tokens' facts (token-facts.ts), when the caller has them. */
  qf?: TokenFacts[];
  cf?: TokenFacts[];
  weight: TokenWeight;
  trace?: Trace;
  context?: ScoreContext;
}

/** Weighted greedy alignment of tokens; returns the score, and fills `trace` when given. */
function tokenScore({ q, c, qf, cf, weight, trace, context }: TokenScoreInput): number {
  const al: Alignment = {
    q,
    c,
    qf: qf ?? q.map(tokenFacts),
    cf: cf ?? c.map(tokenFacts),
    nq: Math.min(q.length, MAX_TOKENS),
    nc: Math.min(c.length, MAX_TOKENS),
    weight,
    trace,
    context: context ?? { organisation: false, syllabic: false },
    hit: 0,
    total: 0,
    information: 0,
    distinctive: false,
    uncommon: false,
  };
  fillSimilarities(al);
  if (al.nq >= 2 || al.nc >= 2) {
    matchJoinedSyllables(al, true);
    matchJoinedSyllables(al, false);
    matchJoinedTokens(al, true);
    matchJoinedTokens(al, false);
  }
  alignGreedily(al);
  matchCutLastToken(al, true);
  matchCutLastToken(al, false);
  const freeQ = freeCount(qUsed, al.nq);
  const freeC = freeCount(cUsed, al.nc);
  if (freeQ >= 1 && freeC >= 2) matchSplitTokens(al, true);
  if (freeC >= 1 && freeQ >= 2) matchSplitTokens(al, false);
  matchWordStems(al, true);
  matchWordStems(al, false);
  return finalScore(al);
}

function contextOf(query: NormalisedName, candidate: NormalisedName): ScoreContext {
  const legalFormsAgree = formsAgree(query.legalForm, candidate.legalForm);
  const organisation = query.organisation || candidate.organisation;
  const stems = query.organisation && candidate.organisation && legalFormsAgree;
  const syllabic = query.syllabic === true;
  const unitsDiffer = organisation && unitsDifferIn(query, candidate);
  return { organisation, syllabic, legalFormsAgree, stems, person: !organisation && !syllabic, unitsDiffer };
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
  const byWord = words ? tokenScore({ q: words.abjad, c: words.latin, weight: words.weight }) * 0.95 : 0;
  return Math.max(whole, byWord);
}

/** What `tokenScore` compares for two readings: their tokens, the tokens' facts and the pair's context. */
function readingsInput(query: NormalisedName, candidate: NormalisedName, weight: TokenWeight): TokenScoreInput {
  return {
    q: query.tokens,
    c: candidate.tokens,
    qf: readingFacts(query),
    cf: readingFacts(candidate),
    weight,
    context: contextOf(query, candidate),
  };
}

/** The score alone, allocation-free: for ranking many candidates. */
export function scoreNames(query: NormalisedName, candidate: NormalisedName, weight: TokenWeight): number {
  const t =
    tokenScore(readingsInput(query, candidate, weight)) *
    (patronymicReversed(query.tokens, candidate.tokens) ? REVERSED_PATRONYMIC : 1);
  return Math.max(t, joinedScore(query, candidate), skeletonScore(query, candidate, weight));
}

/** The score with its explanation. */
export function compareNames(query: NormalisedName, candidate: NormalisedName, weight: TokenWeight): NameComparison {
  const base = { queryReading: query.reading, candidateReading: candidate.reading };
  const trace: Trace = { matched: [], unmatchedQuery: [], unmatchedCandidate: [] };
  const reversed = patronymicReversed(query.tokens, candidate.tokens);
  const t = tokenScore({ ...readingsInput(query, candidate, weight), trace }) * (reversed ? REVERSED_PATRONYMIC : 1);
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
