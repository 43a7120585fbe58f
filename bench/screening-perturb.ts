/**
 * A seeded generator of the ways real customer files and other lists write a listed name
 * differently. Used by bench/screening-aliases.ts and bench/screening-un.ts (`--perturb`);
 * never by the matcher or its tests, so nothing in the matcher is tuned on its output rows.
 *
 * Each perturbation takes a name and a random source and returns the changed name, or null
 * when it does not apply (no digit to spell out, a one-token name to drop from...):
 *
 * | kind           | what it does                                                               |
 * |----------------|----------------------------------------------------------------------------|
 * | typo           | one letter replaced by a neighbour on a QWERTY keyboard                     |
 * | transposition  | two adjacent letters swapped                                               |
 * | drop_token     | one token other than the first removed (names of three tokens or more)     |
 * | truncate_last  | the last token cut to its first 1-4 letters ("… MANSOUR" → "… MAN")         |
 * | digits_words   | a number written in words ("44" → "forty four") or words as digits         |
 * | ordinal        | "1st" ↔ "first", "2nd" ↔ "second" …                                        |
 * | article        | a leading article added or removed ("The", "Al-", "El ")                    |
 * | join_split     | two tokens joined, or a long token split in two                            |
 * | translit       | one transliteration convention swapped (ou/u, y/i, sh/sch, kh/h, ph/f …)   |
 * | other_script   | the whole name written in Cyrillic, Arabic or Hebrew letters, phonetically |
 *
 * Seeded (mulberry32): the same seed gives the same rows, so before/after runs compare.
 */
import { seeded } from '../test/support/seeded';

export type Rng = () => number;

/** Seeded (mulberry32, test/support/seeded.ts). */
export const rng = (seed: number): Rng => seeded(seed);

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function neighbours(ch: string): string[] {
  const lower = ch.toLowerCase();
  for (let row = 0; row < KEYBOARD.length; row++) {
    const i = KEYBOARD[row]!.indexOf(lower);
    if (i < 0) continue;
    const out = [KEYBOARD[row]![i - 1], KEYBOARD[row]![i + 1], KEYBOARD[row - 1]?.[i], KEYBOARD[row + 1]?.[i]].filter(
      (c): c is string => Boolean(c),
    );
    return out.map((c) => (ch === lower ? c : c.toUpperCase()));
  }
  return [];
}

/** Positions of letters inside words of 4+ letters, skipping the first letter (typos rarely hit it). */
function letterPositions(name: string): number[] {
  const out: number[] = [];
  for (const m of name.matchAll(/\p{L}{4,}/gu)) for (let i = 1; i < m[0].length; i++) out.push(m.index + i);
  return out;
}

const tokens = (name: string) => name.split(/\s+/).filter(Boolean);

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
export function numberWords(n: number): string | null {
  if (n < 20) return UNITS[n]!;
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 ? ` ${UNITS[n % 10]}` : '');
  return null;
}
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const SUFFIX = (n: number) => (n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th');

/** Latin letters to Cyrillic, Arabic and Hebrew, as a clerk would write a foreign name by ear. */
const TO_SCRIPT: Record<'cyrillic' | 'arabic' | 'hebrew', [RegExp, string][]> = {
  cyrillic: [
    [/sch/g, 'ш'],
    [/sh/g, 'ш'],
    [/ch/g, 'ч'],
    [/kh/g, 'х'],
    [/zh/g, 'ж'],
    [/ts/g, 'ц'],
    [/ya/g, 'я'],
    [/yu/g, 'ю'],
    [/a/g, 'а'],
    [/b/g, 'б'],
    [/c/g, 'к'],
    [/d/g, 'д'],
    [/e/g, 'е'],
    [/f/g, 'ф'],
    [/g/g, 'г'],
    [/h/g, 'х'],
    [/i/g, 'и'],
    [/j/g, 'дж'],
    [/k/g, 'к'],
    [/l/g, 'л'],
    [/m/g, 'м'],
    [/n/g, 'н'],
    [/o/g, 'о'],
    [/p/g, 'п'],
    [/q/g, 'к'],
    [/r/g, 'р'],
    [/s/g, 'с'],
    [/t/g, 'т'],
    [/u/g, 'у'],
    [/v/g, 'в'],
    [/w/g, 'в'],
    [/x/g, 'кс'],
    [/y/g, 'й'],
    [/z/g, 'з'],
  ],
  // Arabic writes long vowels only: short a/e/i/o/u inside a word are dropped, as in print.
  arabic: [
    [/sh/g, 'ش'],
    [/kh/g, 'خ'],
    [/th/g, 'ث'],
    [/ch/g, 'تش'],
    [/ou/g, 'و'],
    [/ee/g, 'ي'],
    [/(?<=\p{L})[aeiou](?=\p{L})/gu, ''],
    [/a/g, 'ا'],
    [/b/g, 'ب'],
    [/c/g, 'ك'],
    [/d/g, 'د'],
    [/e/g, 'ي'],
    [/f/g, 'ف'],
    [/g/g, 'غ'],
    [/h/g, 'ه'],
    [/i/g, 'ي'],
    [/j/g, 'ج'],
    [/k/g, 'ك'],
    [/l/g, 'ل'],
    [/m/g, 'م'],
    [/n/g, 'ن'],
    [/o/g, 'و'],
    [/p/g, 'ب'],
    [/q/g, 'ق'],
    [/r/g, 'ر'],
    [/s/g, 'س'],
    [/t/g, 'ت'],
    [/u/g, 'و'],
    [/v/g, 'ف'],
    [/w/g, 'و'],
    [/x/g, 'كس'],
    [/y/g, 'ي'],
    [/z/g, 'ز'],
  ],
  hebrew: [
    [/sh/g, 'ש'],
    [/ch/g, 'צ׳'],
    [/kh/g, 'ח'],
    [/ts/g, 'צ'],
    [/(?<=\p{L})[aeiou](?=\p{L})/gu, ''],
    [/a/g, 'א'],
    [/b/g, 'ב'],
    [/c/g, 'ק'],
    [/d/g, 'ד'],
    [/e/g, 'א'],
    [/f/g, 'פ'],
    [/g/g, 'ג'],
    [/h/g, 'ה'],
    [/i/g, 'י'],
    [/j/g, 'ג׳'],
    [/k/g, 'ק'],
    [/l/g, 'ל'],
    [/m/g, 'מ'],
    [/n/g, 'נ'],
    [/o/g, 'ו'],
    [/p/g, 'פ'],
    [/q/g, 'ק'],
    [/r/g, 'ר'],
    [/s/g, 'ס'],
    [/t/g, 'ט'],
    [/u/g, 'ו'],
    [/v/g, 'ו'],
    [/w/g, 'ו'],
    [/x/g, 'קס'],
    [/y/g, 'י'],
    [/z/g, 'ז'],
  ],
};

export function toScript(name: string, script: keyof typeof TO_SCRIPT): string {
  let s = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z\s-]/g, '');
  for (const [re, to] of TO_SCRIPT[script]) s = s.replace(re, to);
  return s.replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
}

const TRANSLIT: [RegExp, string][] = [
  [/ou/i, 'u'],
  [/u/i, 'ou'],
  [/y/i, 'i'],
  [/i/i, 'y'],
  [/sch/i, 'sh'],
  [/sh/i, 'sch'],
  [/kh/i, 'h'],
  [/ph/i, 'f'],
  [/ee/i, 'i'],
  [/j/i, 'dj'],
  [/w/i, 'v'],
  [/v/i, 'w'],
  [/ck/i, 'k'],
  [/ai/i, 'ay'],
  [/ei/i, 'ey'],
];

export type PerturbationKind =
  | 'typo'
  | 'transposition'
  | 'drop_token'
  | 'truncate_last'
  | 'digits_words'
  | 'ordinal'
  | 'article'
  | 'join_split'
  | 'translit'
  | 'other_script';

export const PERTURBATIONS: Record<PerturbationKind, (name: string, r: Rng) => string | null> = {
  typo(name, r) {
    const pos = letterPositions(name);
    if (!pos.length) return null;
    const i = pick(r, pos);
    const n = neighbours(name[i]!);
    return n.length ? name.slice(0, i) + pick(r, n) + name.slice(i + 1) : null;
  },
  transposition(name, r) {
    const pos = letterPositions(name).filter((i) => /\p{L}/u.test(name[i + 1] ?? '') && name[i] !== name[i + 1]);
    if (!pos.length) return null;
    const i = pick(r, pos);
    return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
  },
  drop_token(name, r) {
    const t = tokens(name);
    if (t.length < 3) return null;
    t.splice(1 + Math.floor(r() * (t.length - 1)), 1);
    return t.join(' ');
  },
  truncate_last(name, r) {
    const t = tokens(name);
    const last = t.at(-1)!;
    if (t.length < 2 || last.length < 5) return null;
    t[t.length - 1] = last.slice(0, 1 + Math.floor(r() * 4));
    return t.join(' ');
  },
  digits_words(name) {
    const m = /\b(\d{1,2})\b/.exec(name);
    if (m) {
      const w = numberWords(Number(m[1]));
      return w ? name.replace(m[0], w) : null;
    }
    for (let n = 99; n >= 1; n--) {
      const w = numberWords(n)!;
      const re = new RegExp(`\\b${w.replace(' ', '[ -]')}\\b`, 'i');
      if (re.test(name)) return name.replace(re, String(n));
    }
    return null;
  },
  ordinal(name) {
    const m = /\b(\d{1,2})(st|nd|rd|th)\b/i.exec(name);
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= 10) return name.replace(m[0], ORDINALS[Number(m[1]) - 1]!);
    for (let n = 10; n >= 1; n--) {
      const re = new RegExp(`\\b${ORDINALS[n - 1]}\\b`, 'i');
      if (re.test(name)) return name.replace(re, `${n}${SUFFIX(n)}`);
    }
    return null;
  },
  article(name, r) {
    if (/^(the|al|el)[\s-]/i.test(name)) return name.replace(/^(the|al|el)[\s-]+/i, '');
    if (/\bal-/i.test(name)) return name.replace(/\bal-/i, pick(r, ['el-', 'Al ', 'al', 'ul-']));
    return `${pick(r, ['The ', 'Al-', 'El '])}${name}`;
  },
  join_split(name, r) {
    const t = tokens(name);
    if (t.length >= 2 && r() < 0.5) {
      const i = Math.floor(r() * (t.length - 1));
      t.splice(i, 2, t[i]! + t[i + 1]!.toLowerCase());
      return t.join(' ');
    }
    const long = t.map((x, i) => [x, i] as const).filter(([x]) => x.length >= 8);
    if (!long.length) return null;
    const [x, i] = pick(r, long);
    const at = 3 + Math.floor(r() * (x.length - 5));
    t[i] = `${x.slice(0, at)} ${x.slice(at)}`;
    return t.join(' ');
  },
  translit(name, r) {
    const applicable = TRANSLIT.filter(([re]) => re.test(name));
    if (!applicable.length) return null;
    const [re, to] = pick(r, applicable);
    return name.replace(re, (m) => (m[0] === m[0]!.toUpperCase() ? to.toUpperCase() : to));
  },
  other_script(name, r) {
    if (!/^[\p{Script=Latin}\s'-]+$/u.test(name)) return null;
    return toScript(name, pick(r, ['cyrillic', 'arabic', 'hebrew'] as const));
  },
};

export const KINDS = Object.keys(PERTURBATIONS) as PerturbationKind[];

/** Fisher-Yates, in place. */
export function shuffle<T>(xs: T[], r: Rng): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

/** One perturbation of `name` of the given kind (or of a random applicable kind). */
export function perturb(
  name: string,
  r: Rng,
  kind?: PerturbationKind,
): { kind: PerturbationKind; name: string } | null {
  const order = kind ? [kind] : shuffle([...KINDS], r);
  for (const k of order) {
    const out = PERTURBATIONS[k](name, r);
    if (out && out !== name) return { kind: k, name: out };
  }
  return null;
}
