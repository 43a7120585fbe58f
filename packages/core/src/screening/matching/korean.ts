/**
 * Korean names romanised by different systems: McCune-Reischauer (lists of the DPRK's
 * entries: "Ch'ŏl", "Chu", "Ŭn", read "chol", "chu", "un" once breves and apostrophes go)
 * and the Revised Romanization of 2000 ("Cheol", "Ju", "Eun"), besides popular spellings
 * ("Jo" for "Cho"). Two tokens that both read as Korean syllables and differ only by those
 * choices are one name. Our heuristic, from the two systems' tables: the vowels ŏ/eo and
 * ŭ/eu, and an initial unaspirated ch/j (MR writes ㅈ as ch at the start of a word, RR as j).
 * Sources: G. M. McCune and E. O. Reischauer, "The Romanization of the Korean Language, Based upon Its Phonetic
 * Structure", Transactions of the Korea Branch of the Royal Asiatic Society 29 (1939); The Romanization of Korean,
 * Ministry of Culture and Tourism proclamation No. 2000-8 (7 July 2000), summarised by the National Institute of
 * Korean Language (https://www.korean.go.kr/eng_hangeul/principle/005.html: ㅈ j and ㅊ ch, ㅓ eo and ㅡ eu).
 * Blocking keys on the fold: blocking-keys.ts (`h:`).
 */

/** One Korean syllable: optional initial, a vowel, an optional final. */
const SYLLABLE =
  '(?:kk|tt|pp|ss|jj|ch|[gknrldtmbpsjh])?(?:yeo|yae|wae|eo|eu|ae|ya|yo|yu|ye|wa|wo|we|wi|ui|oe|[aeiou])(?:ng|[knlmp])?';
const SYLLABLES = new RegExp(`^(?:${SYLLABLE}){1,3}$`);
const ONE_SYLLABLE = new RegExp(`^${SYLLABLE}$`);

/** A token that reads as one Korean syllable ("chon", "gang"; korean-syllables.ts). */
export const isKoreanSyllable = (token: string): boolean => token.length >= 2 && ONE_SYLLABLE.test(token);

/** The spelling both systems share, or null when the token does not read as Korean syllables. */
export function koreanFold(token: string): string | null {
  if (token.length < 2 || !SYLLABLES.test(token)) return null;
  return token.replace(/eo/g, 'o').replace(/eu/g, 'u').replace(/^ch/, 'j');
}

/** Similarity of two tokens that are one Korean syllable string in two romanisations. */
export const KOREAN_VARIANT = 0.9;

export function koreanVariants(a: string, b: string): boolean {
  if (a[0] !== b[0] && !/^(ch|j)/.test(a) && !/^(ch|j)/.test(b) && a[0] !== 'e' && b[0] !== 'e') return false;
  const fa = koreanFold(a);
  return fa !== null && fa === koreanFold(b);
}
