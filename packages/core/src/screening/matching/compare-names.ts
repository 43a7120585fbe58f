/**
 * Scores one name against another, order-insensitively, weighting each token by how much
 * it identifies (rare surname: much; "trading", "al", an initial: little), and explains
 * the score token by token.
 */
import type { NormalisedName } from './normalise';
import { levenshteinRatio, jaroWinkler, tokenSimilarity } from './similarity';
import { skeleton } from './transliterate';

export type TokenWeight = (token: string) => number;

export interface TokenMatch {
  query: string;
  candidate: string;
  similarity: number;
}

export interface NameComparison {
  score: number;
  method: 'tokens' | 'joined' | 'skeleton';
  queryReading: string;
  candidateReading: string;
  matched: TokenMatch[];
  /** Tokens with no counterpart; on both sides they are a conflict ("Sergey Ivanovich" vs "Sergey Viktorovich"). */
  unmatchedQuery: string[];
  unmatchedCandidate: string[];
}

/** Below this, two tokens are different words. */
const TOKEN_FLOOR = 0.8;
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

function align(q: string[], c: string[]): { matched: [number, number[], number][]; qUsed: boolean[]; cUsed: boolean[] } {
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < q.length; i++) {
    for (let j = 0; j < c.length; j++) {
      const s = tokenSimilarity(q[i]!, c[j]!);
      if (s >= TOKEN_FLOOR) pairs.push([s, i, j]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const qUsed = q.map(() => false);
  const cUsed = c.map(() => false);
  const matched: [number, number[], number][] = [];
  for (const [s, i, j] of pairs) {
    if (qUsed[i] || cUsed[j]) continue;
    qUsed[i] = cUsed[j] = true;
    matched.push([i, [j], s]);
  }
  // A token one side writes as two ("jinping" / "jin ping", "sergeilavrov" / "sergei lavrov").
  for (let i = 0; i < q.length; i++) {
    if (qUsed[i]) continue;
    for (let j = 0; j + 1 < c.length; j++) {
      if (cUsed[j] || cUsed[j + 1]) continue;
      const s = tokenSimilarity(q[i]!, c[j]! + c[j + 1]!);
      if (s >= 0.9) {
        qUsed[i] = cUsed[j] = cUsed[j + 1] = true;
        matched.push([i, [j, j + 1], s]);
        break;
      }
    }
  }
  return { matched, qUsed, cUsed };
}

function tokenScore(q: string[], c: string[], weight: TokenWeight, flip: boolean): Omit<NameComparison, 'method' | 'queryReading' | 'candidateReading'> {
  const { matched, qUsed, cUsed } = align(q, c);
  let hit = 0;
  let total = 0;
  let information = 0;
  const matches: TokenMatch[] = [];
  for (const [i, js, s] of matched) {
    const wq = weight(q[i]!);
    const wc = js.reduce((sum, j) => sum + weight(c[j]!), 0) / js.length;
    hit += s * (wq + wc);
    information += s * Math.min(wq, wc);
    total += wq + wc;
    const cand = js.map((j) => c[j]).join(' ');
    matches.push(flip ? { query: cand, candidate: q[i]!, similarity: s } : { query: q[i]!, candidate: cand, similarity: s });
  }
  const uq = q.filter((_, i) => !qUsed[i]);
  const uc = c.filter((_, j) => !cUsed[j]);
  const wuq = uq.reduce((s, t) => s + weight(t), 0);
  const wuc = uc.reduce((s, t) => s + weight(t), 0);
  const bothSides = wuq > 0 && wuc > 0;
  total += bothSides ? wuq + wuc : ONE_SIDED * (wuq + wuc);
  let score = total === 0 ? 0 : hit / total;
  if (bothSides) score *= 1 - CONFLICT * Math.min(wuq, wuc) / (Math.min(wuq, wuc) + hit / 2 + 1e-9);
  score *= Math.min(1, information / MIN_INFORMATION);
  return { score, matched: matches, unmatchedQuery: flip ? uc : uq, unmatchedCandidate: flip ? uq : uc };
}

export function compareNames(query: NormalisedName, candidate: NormalisedName, weight: TokenWeight): NameComparison {
  const base = { queryReading: query.reading, candidateReading: candidate.reading };
  const t = tokenScore(query.tokens, candidate.tokens, weight, false);
  let best: NameComparison = { ...base, method: 'tokens', ...t };
  // Run-together and split writings of the whole name ("SergeiLavrov").
  if (query.tokens.length !== candidate.tokens.length) {
    const joined = jaroWinkler(query.tokens.join(''), candidate.tokens.join('')) * 0.97;
    if (joined > best.score && joined >= 0.9) {
      best = { ...base, method: 'joined', score: joined, matched: [{ query: query.tokens.join(''), candidate: candidate.tokens.join(''), similarity: joined }], unmatchedQuery: [], unmatchedCandidate: [] };
    }
  }
  // Abjad scripts: compare consonant skeletons when one side was read from Arabic or Hebrew.
  if (query.skeleton !== null || candidate.skeleton !== null) {
    const qs = query.skeleton ?? skeleton(query.reading).replace(/ /g, '');
    const cs = candidate.skeleton ?? skeleton(candidate.reading).replace(/ /g, '');
    if (qs.length >= 2 && cs.length >= 2) {
      const s = levenshteinRatio(qs, cs) * 0.95;
      if (s > best.score) best = { ...base, method: 'skeleton', score: s, matched: [{ query: qs, candidate: cs, similarity: s }], unmatchedQuery: [], unmatchedCandidate: [] };
    }
  }
  return best;
}
