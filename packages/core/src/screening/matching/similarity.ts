/** String similarity of single tokens, 0..1. */
import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import { KOREAN_VARIANT, koreanVariants } from './korean';
import { patronymicOfOther } from './patronymics';
import type { TokenFacts } from './token-facts';

let bufA = new Uint8Array(64);
let bufB = new Uint8Array(64);

/** Jaro-Winkler (Winkler 1990) with the usual 0.1 prefix scale over at most 4 characters. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  // Reused buffers: this runs millions of times per batch, allocation would dominate.
  if (la > bufA.length || lb > bufB.length) {
    bufA = new Uint8Array(Math.max(la, bufA.length * 2));
    bufB = new Uint8Array(Math.max(lb, bufB.length * 2));
  }
  const ma = bufA;
  const mb = bufB;
  ma.fill(0, 0, la);
  mb.fill(0, 0, lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (!mb[j] && a.charCodeAt(i) === b.charCodeAt(j)) {
        ma[i] = 1;
        mb[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let t = 0;
  for (let i = 0, j = 0; i < la; i++) {
    if (!ma[i]) continue;
    while (!mb[j]) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) t++;
    j++;
  }
  const jaro = (matches / la + matches / lb + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** 1 − edit distance / longer length. */
export function levenshteinRatio(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

/**
 * How alike two name tokens are. Jaro-Winkler flatters short tokens ("min"/"ming"), so
 * short tokens are judged by edit distance too; a one-letter token is an initial.
 */
export function tokenSimilarity(a: string, b: string): number {
  return similarityIn(similarityRow(a), a, b);
}

/** The memo row of one token: callers comparing it with many tokens fetch it once. */
export function similarityRow(a: string): Map<string, number> {
  let row = memo.get(a);
  if (row === undefined) {
    row = new Map();
    memo.set(a, row);
  }
  return row;
}

/** `tokenSimilarity(a, b)` given `a`'s memo row. */
export function similarityIn(row: Map<string, number>, a: string, b: string): number {
  if (a === b) return 1;
  // An initial (or a CJK character) matches by its first letter only: no need to memoise. A number is no initial:
  // "7" is not "701" (the 7th Research Academy is not the 701st Research Institute).
  if (a.length === 1 || b.length === 1) return a[0] === b[0] && !isDigit(a) ? 0.85 : 0;
  let s = row.get(b);
  if (s === undefined) {
    s = computeTokenSimilarity(a, b);
    row.set(b, s);
  }
  return s;
}

/**
 * `tokenSimilarity(a, b)` when it reaches `floor`, else 0. Most pairs of an alignment are unlike: when their letters
 * in common and their facts (`belowFloor`) say so, 0 without the memo, whose look-ups and growth cost more than this
 * check (a batch of new names meets mostly pairs it has not seen); the memo keeps only the pairs worth computing.
 */
export function similarityAtLeast(a: TokenFacts, b: TokenFacts, floor: number): number {
  const x = a.token;
  const y = b.token;
  if (x === y) return 1;
  if (x.length === 1 || y.length === 1) return x[0] === y[0] && 0.85 >= floor ? 0.85 : 0;
  if (belowFloor(a, b, floor)) return 0;
  const s = similarityIn(similarityRow(x), x, y);
  return s >= floor ? s : 0;
}

/**
 * True only when `computeTokenSimilarity(a, b)` is surely below `floor` (at least 0.5). Jaro-Winkler is at most
 * 0.4 + 0.6 Jaro, and Jaro with m matches (at most the C letters in common) at most (m/la + m/lb + 1) / 3; the edit
 * ratio at most C / max(la, lb) (a transposition needs every letter in common, a neighbouring key all but one). The
 * Korean readings, the conventions and the sounds raise a pair above the floor whatever its letters: checked as they
 * are, as `computeTokenSimilarity` does for every pair spelt this unlike.
 */
export function belowFloor(fa: TokenFacts, fb: TokenFacts, floor: number): boolean {
  const a = fa.token;
  const b = fb.token;
  const la = a.length;
  const lb = b.length;
  const common = commonLetters(a, b);
  const longest = Math.max(la, lb);
  const shortness = Math.min(1, 4 / Math.min(la, lb));
  const jw = 0.4 + 0.6 * Math.min(1, (common / la + common / lb + 1) / 3);
  const lev = common >= longest - 1 ? 1 : common / longest;
  if (jw * (1 - 0.5 * shortness) + lev * 0.5 * shortness >= floor - 1e-9) return false;
  // koreanVariants (the fold alike), sameByConvention and soundsAlike, read from the tokens' facts.
  if (KOREAN_VARIANT >= floor && fa.korean !== null && fa.korean === fb.korean) return false;
  if (CONVENTION_VARIANT >= floor && sameByConvention(a, b, fa, fb)) return false;
  return !(PHONETIC_FLOOR >= floor && la >= 3 && lb >= 3 && soundsAlike(a, b, fa, fb));
}

/** Letters `a` and `b` have in common, counted with repeats (by character code modulo 128: at least as many). */
function commonLetters(a: string, b: string): number {
  countLetters(b);
  let common = 0;
  for (let i = 0; i < a.length; i++) {
    const k = a.charCodeAt(i) & 127;
    if (letterCounts[k]! > 0) {
      common++;
      letterCounts[k]!--;
    }
  }
  for (let i = 0; i < b.length; i++) letterCounts[b.charCodeAt(i) & 127] = 0;
  return common;
}

/**
 * Token pairs recur across candidates and queries ("mohammad" meets "muhammad" thousands of
 * times in a batch): similarities are memoised, and the memo is dropped when it grows large.
 */
const memo = new Map<string, Map<string, number>>();
let memoChecks = 0;
export function trimSimilarityMemo(max = 20_000): void {
  if (++memoChecks % 64 === 0 && memo.size > max) memo.clear();
}

const isDigit = (t: string) => t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57;

function computeTokenSimilarity(a: string, b: string): number {
  if (a.length === 1 || b.length === 1) return a[0] === b[0] && !isDigit(a) ? 0.85 : 0;
  const jw = jaroWinkler(a, b);
  // Two swapped neighbours ("Choe"/"Cheo") are one slip of the fingers, not two edits.
  const lev = Math.max(levenshteinRatio(a, b), transpositionRatio(a, b), neighbourRatio(a, b));
  // Edit distance carries more weight the shorter the tokens are.
  const shortness = Math.min(1, 4 / Math.min(a.length, b.length));
  const spelled = jw * (1 - 0.5 * shortness) + lev * 0.5 * shortness;
  if (spelled >= PATRONYMIC_CAP && patronymicOfOther(a, b)) return PATRONYMIC_CAP;
  if (spelled < KOREAN_VARIANT && koreanVariants(a, b)) return KOREAN_VARIANT;
  if (spelled < CONVENTION_VARIANT && sameByConvention(a, b)) return CONVENTION_VARIANT;
  // Same sound, different spelling (Osama/Usama, Bashar/Bachar): at least 0.88 (looked up only when it can matter).
  return spelled < PHONETIC_FLOOR && a.length >= 3 && b.length >= 3 && soundsAlike(a, b) ? PHONETIC_FLOOR : spelled;
}
const PHONETIC_FLOOR = 0.88;
/** A patronymic and the name it is formed from are different words (patronymics.ts): below the token floor. */
const PATRONYMIC_CAP = 0.7;

/** Letter counts for `mayReach`, by character code modulo 128 (a collision only counts more letters in common). */
const letterCounts = new Int32Array(128);
/** The letters Korean romanisations differ by (eo/o, eu/u, ch/j: `koreanFold`). */
const KOREAN_FOLDED = new Uint8Array(128);
for (const c of 'echj') KOREAN_FOLDED[c.charCodeAt(0)] = 1;

/** Counts a token's letters in `letterCounts`. */
function countLetters(t: string): void {
  for (let i = 0; i < t.length; i++) letterCounts[t.charCodeAt(i) & 127]!++;
}

/**
 * False only when `tokenSimilarity(a, b1 + b2)` is surely below `floor` (the merge floor, 0.9: alignment.ts), checked
 * by letters in common before the joined form is built and looked up: most pairs a merge step tries are unlike, and
 * building and looking up their joined forms was about a sixth of the screening time. Jaro-Winkler is at most
 * 0.4 + 0.6 Jaro, and Jaro with m matches (at most the C letters in common) at most (m/la + m/lb + 1) / 3; an edit
 * ratio of `floor` allows at most (1 - floor) max(la, lb) edits, and needs at least max(la, lb) - C (a transposition:
 * none; a neighbouring key: one). The Korean readings (which differ only in e, c, h and j) and the conventions are
 * checked as they are; a floor at or below the phonetic floor is not checked.
 */
export function mayReach(a: string, b1: string, b2: string, floor: number): boolean {
  if (floor <= PHONETIC_FLOOR) return true;
  const la = a.length;
  const lb = b1.length + b2.length;
  countLetters(b1);
  countLetters(b2);
  let common = 0;
  let korean = la > 1;
  for (let i = 0; i < la; i++) {
    const k = a.charCodeAt(i) & 127;
    if (letterCounts[k]! > 0) {
      common++;
      letterCounts[k]!--;
    } else if (!KOREAN_FOLDED[k]) korean = false;
  }
  // What is left of b's letters: other than e, c, h or j, no Korean reading; then cleared for the next call.
  for (let i = 0; i < lb; i++) {
    const k = (i < b1.length ? b1.charCodeAt(i) : b2.charCodeAt(i - b1.length)) & 127;
    if (letterCounts[k]! > 0 && !KOREAN_FOLDED[k]) korean = false;
    letterCounts[k] = 0;
  }
  const longest = Math.max(la, lb);
  const jaro = (floor - 0.4) / 0.6;
  if (common / la + common / lb >= 3 * jaro - 1 - 1e-9) return true;
  if (longest - common <= Math.max((1 - floor) * longest + 1e-9, 1)) return true;
  const b = b1 + b2;
  return (
    la > 1 &&
    ((korean && KOREAN_VARIANT >= floor && koreanVariants(a, b)) ||
      (CONVENTION_VARIANT >= floor && sameByConvention(a, b)))
  );
}

/**
 * The same sounds written by the conventions of different romanisation tables: French "ou"
 * and "dj" (Djamel, Soufiane) for English "u" and "j", German "sch" and "w" for "sh" and "v",
 * "kh"/"h", "ph"/"f", "ck"/"k", "ee"/"i", and "y"/"i" (Ry/Ri, Yl/Il, Kyu/Kiu). Short tokens
 * (Korean and Chinese syllables) differ by a large share of their letters under one such
 * choice, so edit distance alone would call them different words. Our heuristic.
 *
 * Two more come from the romanisation tables of Russian and Ukrainian, so that a Ukrainian and a Russian spelling of
 * the same person's names agree (Serhii/Sergei, Oleh/Oleg, Andrii/Andrey, Ihor/Igor):
 * - г is "g" in Russian (BGN/PCGN 1947, "Г г — G g") and "h" in Ukrainian (Resolution of the Cabinet of Ministers of
 *   Ukraine No. 55 of 27 January 2010, "Г г — H h"); Russian renders the h of Arabic and Persian names by г too
 *   (Tahir/Tagir, Rahim/Ragim). Folded inside a word after a vowel, l, r, n or m, where it is not part of a digraph
 *   (kh, sh, ch, zh, th, ph, gh).
 * - The endings -ий/-ей/-ій: BGN/PCGN "iy"/"ey", Ukrainian "ii" (й is "i" inside a word in Resolution No. 55),
 *   and customary "-ei"/"-i": one ending.
 */
const CONVENTIONS: [RegExp, string][] = [
  [/sch/g, 'sh'],
  [/dj/g, 'j'],
  [/ou/g, 'u'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/ee/g, 'i'],
  [/y/g, 'i'],
  [/w/g, 'v'],
  [/(?<=[aeioulrnm])h/g, 'g'],
  [/(?<=[a-z]{2})(?:ii|ei|i)$/g, 'i'],
];
const CONVENTION_VARIANT = 0.9;
const foldCache = new Map<string, string>();
/** The first letter a token folds to (`conventionFold`), without folding it. */
export function foldedFirst(t: string): string {
  const c = t[0]!;
  if (c === 'y') return 'i';
  if (c === 'w') return 'v';
  if (c === 'd' && t[1] === 'j') return 'j';
  if (c === 'p' && t[1] === 'h') return 'f';
  if (c === 'k' && t[1] === 'h') return 'h';
  if (c === 'o' && t[1] === 'u') return 'u';
  if (c === 'e' && t[1] === 'e') return 'i';
  return c;
}

/**
 * One spelling under `CONVENTIONS`; cheap checks first (each rule shortens a token by one letter at most). The tokens'
 * facts (token-facts.ts), when the caller has them, stand in for the folds.
 */
function sameByConvention(a: string, b: string, fa?: TokenFacts, fb?: TokenFacts): boolean {
  if (Math.abs(a.length - b.length) > 3) return false;
  if ((fa?.foldFirst ?? foldedFirst(a)) !== (fb?.foldFirst ?? foldedFirst(b))) return false;
  return (fa?.fold ?? conventionFold(a)) === (fb?.fold ?? conventionFold(b));
}

export function conventionFold(token: string): string {
  let f = foldCache.get(token);
  if (f === undefined) {
    f = token;
    for (const [from, to] of CONVENTIONS) f = f.replace(from, to);
    if (foldCache.size > 200_000) foldCache.clear();
    foldCache.set(token, f);
  }
  return f;
}

/**
 * 1 − 1 / longer length when `b` is `a` with exactly one pair of adjacent letters swapped
 * (the transposition of Damerau 1964 as one edit), else 0.
 */
function transpositionRatio(a: string, b: string): number {
  if (a.length !== b.length || a.length < 4) return 0;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i + 1 >= a.length || a[i] !== b[i + 1] || a[i + 1] !== b[i] || a.slice(i + 2) !== b.slice(i + 2)) return 0;
  return 1 - 1 / a.length;
}

/** Rows of a QWERTY keyboard, the layout customer files are typed on. */
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEY_AT = new Map<string, [number, number]>();
KEY_ROWS.forEach((row, r) => [...row].forEach((ch, c) => KEY_AT.set(ch, [r, c])));
const neighbourKeys = (x: string, y: string) => {
  const p = KEY_AT.get(x);
  const q = KEY_AT.get(y);
  return !!p && !!q && Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1]) === 1;
};

/**
 * 1 − ½ / length when `b` is `a` with one letter replaced by a key next to it (a slip of the
 * finger, half an edit: the commonest typing error, Damerau 1964), else 0. Our heuristic.
 */
function neighbourRatio(a: string, b: string): number {
  if (a.length !== b.length || a.length < 4) return 0;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i >= a.length || !neighbourKeys(a[i]!, b[i]!) || a.slice(i + 1) !== b.slice(i + 1)) return 0;
  return 1 - 0.5 / a.length;
}

const phoneticCache = new Map<string, [string, string]>();
export function phonetic(token: string): [string, string] {
  let keys = phoneticCache.get(token);
  if (!keys) {
    keys = doubleMetaphone(token);
    if (phoneticCache.size > 200_000) phoneticCache.clear();
    phoneticCache.set(token, keys);
  }
  return keys;
}

/** Double Metaphone (Philips 2000): primary or alternate keys agree (the tokens' facts' keys, when given). */
export function soundsAlike(a: string, b: string, fa?: TokenFacts, fb?: TokenFacts): boolean {
  const [pa, sa] = fa?.sounds ?? phonetic(a);
  const [pb, sb] = fb?.sounds ?? phonetic(b);
  return pa.length >= 2 && (pa === pb || pa === sb || sa === pb);
}
