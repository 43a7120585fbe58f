/**
 * How much a token identifies a party, 0..1. Without list statistics: vocabulary classes
 * (particles, generic organisation words, legal forms, initials, numbers). With them
 * (`corpusWeight`), the inverse document frequency over every listed name, so a token as
 * common as "mohammad" or "trading" weighs little however it is spelt.
 */
import { GENERIC_ORG_WORDS, LEGAL_FORMS, PARTICLES } from './vocabulary';
import type { TokenWeight } from './compare-names';

const LEGAL_TOKENS = new Set(Object.entries(LEGAL_FORMS).flatMap(([k, v]) => [k, ...v.flatMap((f) => f.split(' '))]));

export function vocabularyWeight(token: string): number {
  if (PARTICLES.has(token)) return 0.25;
  if (token.length === 1) return 0.3;
  if (/^\d+$/.test(token)) return 0.5;
  if (LEGAL_TOKENS.has(token)) return 0.2;
  if (GENERIC_ORG_WORDS.has(token)) return 0.35;
  return 1;
}

export const defaultWeight: TokenWeight = vocabularyWeight;

/**
 * Place names as the loaded lists write them in addresses (a city before the country, a
 * country): in an organisation's name they say where it is, not who it is, so a shared place
 * never carries a match ("Shenzhen Cloud Compute" is not "… Center Shenzhen"). Collected by
 * the candidate index from the lists' own address fields; our heuristic.
 */
const PLACE_WORDS = new Set<string>();
export function addPlaceWords(tokens: Iterable<string>): void {
  for (const t of tokens) if (t.length >= 3 && !/\d/.test(t)) PLACE_WORDS.add(t);
}

/**
 * A token that cannot identify an organisation alone: a generic, legal or place word, a particle, an initial, a number.
 */
export function isGenericToken(token: string): boolean {
  return PLACE_WORDS.has(token) || vocabularyWeight(token) < 1;
}

/**
 * Blends vocabulary weight with IDF: idf = ln(N / df) / ln(N), floored so a common given
 * name still counts for something.
 */
export function corpusWeight(documentFrequency: (token: string) => number, documents: number): TokenWeight {
  const logN = Math.log(Math.max(documents, 2));
  const cache = new Map<string, number>();
  return (token) => {
    let w = cache.get(token);
    if (w === undefined) {
      const df = documentFrequency(token);
      const idf = df === 0 ? 1 : Math.max(0.15, Math.min(1, Math.log(documents / df) / logN + 0.2));
      w = Math.min(vocabularyWeight(token), idf);
      cache.set(token, w);
    }
    return w;
  };
}
