/**
 * Comparisons of two names as wholes rather than token by token (compare-names.ts combines them): the order of an
 * Arabic patronymic, and a name written as one run-together word.
 */
import type { NormalisedName } from './normalise';
import { jaroWinkler, tokenSimilarity } from './similarity';

/** Below this, two tokens are different words (as in compare-names.ts). */
const TOKEN_FLOOR = 0.8;

/**
 * Arabic patronymics are ordered: "Omar bin Abdullah" (Omar, son of Abdullah) is not
 * "Abdullah bin Omar". When both names carry "bin" and the names around it are swapped,
 * the token match is a different person (the given name, ism, before the nasab).
 */
export function patronymicReversed(q: string[], c: string[]): boolean {
  const qi = q.indexOf('bin');
  const ci = c.indexOf('bin');
  if (qi <= 0 || ci <= 0 || qi + 1 >= q.length || ci + 1 >= c.length) return false;
  const [qb, qa, cb, ca] = [q[qi - 1]!, q[qi + 1]!, c[ci - 1]!, c[ci + 1]!];
  return tokenSimilarity(qb, cb) < TOKEN_FLOOR && tokenSimilarity(qb, ca) >= 0.9 && tokenSimilarity(qa, cb) >= 0.9;
}
export const REVERSED_PATRONYMIC = 0.6;

/** A name written as one run-together token ("SergeiLavrov") against the same name spaced. */
export function joinedScore(query: NormalisedName, candidate: NormalisedName): number {
  if ((query.tokens.length === 1) === (candidate.tokens.length === 1)) return 0;
  const q = query.tokens.join('');
  const c = candidate.tokens.join('');
  if (Math.abs(q.length - c.length) > 3) return 0;
  const s = jaroWinkler(q, c) * 0.97;
  return s >= 0.9 ? s : 0;
}
