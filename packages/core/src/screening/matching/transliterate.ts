/**
 * Romanisation of names written in other scripts, producing every reading a list or a
 * customer file may use for the same name: Cyrillic "Евгений" is "Evgeniy" and "Yevgeniy";
 * Han "习近平" is "Xi Jin Ping" and "Xijinping", and when the name is Korean, "金正恩" is read
 * in Sino-Korean as "Kim Jong Un"; Hangul gets the popular (McCune-Reischauer-like) and the
 * Revised romanisations. Arabic and Hebrew are written without most vowels, so their
 * romanisation is a consonant skeleton and is compared as such (see `skeleton`).
 */
import anyAscii from 'any-ascii';
// hanja is CommonJS with a default export object; its translate module has named exports.
import { translate as hanjaToHangul } from 'hanja/lib/translate.js';
import { pinyinSyllables } from './chinese';

export type Script =
  | 'latin'
  | 'cyrillic'
  | 'greek'
  | 'armenian'
  | 'georgian'
  | 'arabic'
  | 'hebrew'
  | 'han'
  | 'hangul'
  | 'kana'
  | 'thai'
  | 'other';

const SCRIPT_RANGES: [Script, RegExp][] = [
  ['cyrillic', /[\u0400-\u04FF\u0500-\u052F]/],
  ['greek', /[\u0370-\u03FF\u1F00-\u1FFF]/],
  ['armenian', /[\u0530-\u058F]/],
  ['georgian', /[\u10A0-\u10FF]/],
  ['arabic', /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/],
  ['hebrew', /[\u0590-\u05FF]/],
  ['hangul', /[\uAC00-\uD7AF\u1100-\u11FF\u3130-\u318F]/],
  ['kana', /[\u3040-\u30FF]/],
  ['han', /[\u4E00-\u9FFF\u3400-\u4DBF\uF900-\uFAFF]/],
  ['thai', /[\u0E00-\u0E7F]/],
];

/** The dominant non-Latin script of a text, or 'latin'. Kana wins over Han (Japanese). */
export function detectScript(text: string): Script {
  let found: Script = 'latin';
  for (const [script, re] of SCRIPT_RANGES) {
    if (re.test(text)) {
      if (script === 'kana') return 'kana';
      if (found === 'latin') found = script;
    }
  }
  return found;
}

/** Scripts whose romanisation lacks short vowels: compare consonant skeletons. */
export const ABJADS: ReadonlySet<Script> = new Set(['arabic', 'hebrew']);

// Hangul jamo, in Unicode's order, romanised two ways: [popular/McCune-Reischauer-like, Revised].
const INITIALS = [
  ['k', 'g'],
  ['kk', 'kk'],
  ['n', 'n'],
  ['t', 'd'],
  ['tt', 'tt'],
  ['r', 'r'],
  ['m', 'm'],
  ['p', 'b'],
  ['pp', 'pp'],
  ['s', 's'],
  ['ss', 'ss'],
  ['', ''],
  ['j', 'j'],
  ['jj', 'jj'],
  ['ch', 'ch'],
  ['k', 'k'],
  ['t', 't'],
  ['p', 'p'],
  ['h', 'h'],
];
const VOWELS = [
  ['a', 'a'],
  ['ae', 'ae'],
  ['ya', 'ya'],
  ['yae', 'yae'],
  ['o', 'eo'],
  ['e', 'e'],
  ['yo', 'yeo'],
  ['ye', 'ye'],
  ['o', 'o'],
  ['wa', 'wa'],
  ['wae', 'wae'],
  ['oe', 'oe'],
  ['yo', 'yo'],
  ['u', 'u'],
  ['wo', 'wo'],
  ['we', 'we'],
  ['wi', 'wi'],
  ['yu', 'yu'],
  ['u', 'eu'],
  ['ui', 'ui'],
  ['i', 'i'],
];
const FINALS = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];
/** Surnames whose customary spelling no system produces (이 → Lee, 박 → Park). */
const KOREAN_SURNAMES: Record<string, string[]> = {
  이: ['lee', 'yi', 'rhee'],
  리: ['ri', 'lee'],
  박: ['park', 'pak'],
  김: ['kim'],
  최: ['choi', 'choe'],
  정: ['jung', 'chung', 'jeong'],
  강: ['kang'],
  조: ['cho', 'jo'],
  윤: ['yoon', 'yun'],
  장: ['jang', 'chang'],
  임: ['lim', 'im'],
  한: ['han'],
  오: ['oh', 'o'],
  서: ['seo', 'suh'],
  신: ['shin', 'sin'],
  권: ['kwon'],
  황: ['hwang'],
  안: ['ahn', 'an'],
  송: ['song'],
  류: ['ryu', 'yoo'],
  유: ['yoo', 'yu'],
  홍: ['hong'],
  전: ['jeon', 'chun'],
  고: ['ko', 'go'],
  문: ['moon', 'mun'],
  손: ['son', 'sohn'],
  양: ['yang'],
  배: ['bae'],
  백: ['baek', 'paek'],
  허: ['heo', 'hur'],
  노: ['noh', 'roh'],
};

function romaniseHangulSyllable(ch: string, style: 0 | 1): string {
  const code = ch.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return anyAscii(ch).toLowerCase();
  const initial = INITIALS[Math.floor(code / 588)]!;
  const vowel = VOWELS[Math.floor((code % 588) / 28)]!;
  return initial[style]! + vowel[style]! + FINALS[code % 28]!;
}

/**
 * Each Hangul word romanised syllable by syllable, separated by spaces (Korean names are written that way in lists).
 */
function romaniseHangul(text: string): string[] {
  const out = new Set<string>();
  for (const style of [0, 1] as const) {
    const words = text.split(/\s+/).filter(Boolean);
    const spaced = words.map((w) => [...w].map((c) => romaniseHangulSyllable(c, style)).join(' ')).join(' ');
    out.add(spaced);
    // Customary surname spelling for the first syllable of a 2-4 syllable name.
    const first = words[0]?.[0];
    if (words.length === 1 && first && KOREAN_SURNAMES[first] && words[0]!.length <= 4) {
      const rest = [...words[0]!.slice(1)].map((c) => romaniseHangulSyllable(c, style)).join(' ');
      for (const s of KOREAN_SURNAMES[first]!) out.add(`${s} ${rest}`);
    }
  }
  return [...out];
}

/**
 * Japanese names in kanji are read in Japanese (田中花子 is Tanaka Hanako, not the pinyin
 * Tian Zhong Hua Zi); that takes a dictionary, which the application loads and registers
 * here (the core does no I/O). The reader returns the reading in kana, words separated by spaces.
 */
export type KanjiReader = (text: string) => string | null;
let kanjiReader: KanjiReader | null = null;
export function registerKanjiReader(reader: KanjiReader | null): void {
  kanjiReader = reader;
}

/** Kana readings romanised, with and without long vowels written out (Tarou / Taro). */
function japaneseReadings(kana: string): string[] {
  const romaji = anyAscii(kana).toLowerCase();
  const short = romaji.replace(/ou/g, 'o').replace(/uu/g, 'u').replace(/oo/g, 'o').replace(/ei\b/g, 'e');
  return short === romaji ? [romaji] : [romaji, short];
}

/**
 * Han and kana: the Japanese reading when the party may be Japanese, the pinyin, and for a
 * party that may be Korean the Sino-Korean reading of the same characters.
 */
function romaniseHanOrKana(text: string, script: Script, countries: readonly string[]): string[] {
  const readings: string[] = [];
  const maybeJapanese = script === 'kana' || countries.length === 0 || countries.includes('JP');
  const kana = maybeJapanese && kanjiReader ? kanjiReader(text) : null;
  if (script === 'kana' && !kana) readings.push(anyAscii(text));
  if (kana) readings.push(...japaneseReadings(kana));
  if (script !== 'han') return readings;
  readings.push(pinyinSyllables(text));
  // The same characters read as a Korean name (hanja), for Korean persons listed in Han —
  // unless the party is known to be from elsewhere (a Chinese company is read in pinyin only).
  const maybeKorean = countries.length === 0 || countries.includes('KR') || countries.includes('KP');
  const korean = maybeKorean ? hanjaToHangul(text, 'SUBSTITUTION') : text;
  if (korean !== text && detectScript(korean) === 'hangul')
    readings.push(...romaniseHangul(korean.replace(/\s+/g, '')));
  return readings;
}

/** Alphabets (Cyrillic, Greek, Arabic, Hebrew...): any-ascii, plus the other conventions lists use. */
function romaniseAlphabet(text: string, script: Script): string[] {
  const base = anyAscii(text);
  const readings = [base];
  if (script === 'cyrillic') {
    // Ye/Yo/Ya conventions: Евгений → Evgeniy (any-ascii) and Yevgeniy (BGN/PCGN at word start).
    readings.push(base.replace(/\b(E)(?=[a-z])/g, 'Ye').replace(/\b(e)(?=[a-z])/g, 'ye'));
    readings.push(base.replace(/iy\b/g, 'y').replace(/iy\b/gi, 'y'));
    // A foreign name written in Cyrillic ("Ахмад Джабир" for Ahmad Jabir): х stands for h,
    // дж for j, й after a vowel for y/i: read back the way the Latin original is spelt.
    readings.push(base.replace(/Dzh/g, 'J').replace(/dzh/g, 'j').replace(/Kh/g, 'H').replace(/kh/g, 'h'));
  }
  // Hebrew ו is a consonant (v) or the vowel o/u; in foreign names mostly the vowel.
  if (script === 'hebrew' && /v/.test(base)) readings.push(base.replace(/v/g, 'u'));
  return readings;
}

/**
 * Latin readings of `text`; the first is the default. `countries` (ISO alpha-2 of the party,
 * when known) narrows which readings apply. Latin text comes back unchanged
 * (diacritics are handled by normalisation).
 */
export function romanise(text: string, countries: readonly string[] = []): { script: Script; readings: string[] } {
  const script = detectScript(text);
  if (script === 'latin') return { script, readings: [text] };
  const readings =
    script === 'hangul'
      ? romaniseHangul(text)
      : script === 'han' || script === 'kana'
        ? romaniseHanOrKana(text, script, countries)
        : romaniseAlphabet(text, script);
  // Distinct, in the order first produced.
  return { script, readings: [...new Set(readings)] };
}

/**
 * Consonant skeleton of a romanised name: vowels, glottal marks and doubled letters
 * removed, w/y treated as vowels except at the start. "Mohamed Ali" and Arabic "محمد علي"
 * (any-ascii "mhmd `ly") both give "mhmd l".
 */
export function skeleton(romanised: string): string {
  return (
    romanised
      .toLowerCase()
      // Hebrew ג׳ (read "g'") and Latin "dj"/"dzh" are the j of foreign names, צ׳ ("ts'") their ch.
      .replace(/g['׳’]/g, 'j')
      .replace(/ts['׳’]/g, 'c')
      .replace(/dzh|dj/g, 'j')
      .replace(/[`'ʻʼ’]/g, '')
      // Letters abjads and Latin spellings of foreign names do not tell apart: one consonant each
      // (ق/ك → q/k, خ/ه/х → kh/h, צ׳/تش/ч → ch/tsh).
      .replace(/tsh|tch|ts(?=[^aeiou]|$)/g, 'c')
      .replace(/ch/g, 'c')
      .replace(/kh/g, 'h')
      .replace(/q/g, 'k')
      // Arabic has no p or v (ب for both), Hebrew ב is b or v and פ is p or f: one labial.
      .replace(/[pvf]/g, 'b')
      .split(/\s+/)
      .map((w) =>
        w
          .replace(/(?!^)[aeiouwy]/g, '')
          .replace(/^[aeiou]/, '')
          .replace(/(.)\1+/g, '$1'),
      )
      .filter(Boolean)
      .join(' ')
  );
}
