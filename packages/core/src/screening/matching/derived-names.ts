/**
 * Names hidden inside a listed name. Publishers write aliases and qualifiers into the name
 * field itself: "Huawei Technologies Co., Ltd. (Huawei)", "Chitron Electronics Company Ltd.,
 * a.k.a. Chi-Chung Electronics Company Ltd.", "Huawei Technologies Co., Ltd. (Huawei).
 * Affiliated Entity: Huawei Marine Networks Co., Ltd.", "Chengdu Huawei Technologies Co.,
 * Ltd., Chengdu, Sichuan". Each such name is screened as the entry's own alias, and the hit
 * says which listed name it was read from. Our reading of the publishers' conventions:
 * - text after "a.k.a."/"f.k.a."/"also known as"/"formerly" is another name;
 * - text after "Affiliated Entity:" is the affiliate's own name (the row lists it);
 * - a trailing parenthesis is a short name or acronym, unless it is a country or only
 *   generic, legal or place words ("(Pakistan)", "(Private)", "(GROUP)");
 * - a name is also read without its parentheses ("Huawei Device (Dongguan) Co., Ltd.");
 * - a city and region after the legal form are an address, not part of the name.
 */
import { countryCode } from '../../common/countries';
import { normaliseText } from './normalise';
import { isGenericToken } from './weights';

const AKA =
  /\s*[,;(]?\s*\b(?:a\.?\s?k\.?\s?a\.?|f\.?\s?k\.?\s?a\.?|n\.?\s?k\.?\s?a\.?|also known as|formerly(?: known as)?)\s*[,:]?\s*/i;
const AFFILIATE = /\.?\s*\bAffiliated Entity:\s*/i;
const TRAILING_PAREN = /\s*\(([^()]*)\)\s*\.?\s*$/;
const ANY_PAREN = /\s*\([^()]*\)/g;
const AFTER_LEGAL_FORM =
  /^(.*?\b(?:co\.?,?\s*ltd|company limited|limited|llc|inc|gmbh|ltda|corporation|corp))\.?\s*,\s*[^,]+(?:,\s*[^,]*)*$/i;

const tidy = (s: string) =>
  s
    .replace(/^[\s,;.:-]+|[\s,;:-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A parenthesis worth screening as a name of its own. */
function nameLike(text: string): boolean {
  const t = tidy(text);
  if (t.length < 2 || t.includes(':') || countryCode(t)) return false;
  const tokens = normaliseText(t).split(' ').filter(Boolean);
  return tokens.length > 0 && tokens.some((x) => !isGenericToken(x));
}

/** Other names read from inside `full`, the listed name itself excluded. */
export function derivedNames(full: string): string[] {
  const out = new Set<string>();
  const add = (s: string | undefined) => {
    const t = s ? tidy(s) : '';
    if (t.length >= 2 && t !== full) out.add(t);
  };
  const pieces = full.split(AFFILIATE);
  if (pieces.length > 1) add(pieces.at(-1));
  for (const piece of pieces.length > 1 ? [pieces.at(-1)!] : [full]) {
    const parts = piece.split(AKA).map(tidy).filter(Boolean);
    for (const part of parts.length > 1 ? parts : [piece]) {
      add(part);
      const trailing = TRAILING_PAREN.exec(part);
      if (trailing && nameLike(trailing[1]!)) add(trailing[1]);
      const bare = part.replace(ANY_PAREN, '');
      if (bare !== part) add(bare);
      const located = AFTER_LEGAL_FORM.exec(bare);
      if (located) add(located[1]);
    }
  }
  out.delete(full);
  return [...out];
}
