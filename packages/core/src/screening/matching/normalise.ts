/**
 * Names to comparable tokens: case, punctuation, diacritics and spacing normalised, other
 * scripts romanised (every reading), honorifics dropped, abbreviations expanded, legal
 * forms recognised at either end and mapped to one canonical form.
 */
import anyAscii from 'any-ascii';
import type { EntityType } from '../model';
import { chineseOrganisationReading } from './chinese';
import { numbersAsDigits } from './numbers';
import { ABJADS, romanise, skeleton, type Script } from './transliterate';
import { registeredForm } from './registered-forms';
import { ABBREVIATIONS, HONORIFICS, LEGAL_FORMS, ORG_ARTICLES, ORG_LINKING_WORDS, SYNONYMS } from './vocabulary';
import { vocabularyWeight } from './weights';

export interface NormalisedName {
  /** The name as given. */
  original: string;
  /** The romanised reading these tokens come from. */
  reading: string;
  script: Script;
  /** Meaningful tokens, in order. */
  tokens: string[];
  /** Canonical legal form found at either end ("llc", "jsc"...), removed from `tokens`. */
  legalForm: string | null;
  /** Consonant skeleton of the reading, compared when either side was read from Arabic or Hebrew. */
  skeleton: string;
  /** Read from an abjad (Arabic, Hebrew): short vowels are missing from the reading. */
  abjad: boolean;
  /**
   * Han, Hangul and Kana names also get a reading whose tokens are the characters
   * themselves: two names in the same such script are compared character by character,
   * because romanisation merges distinct syllables (정 and 종 are both "jong").
   */
  characters: boolean;
  /** Read as an organisation's name (articles, linking words, number words normalised). */
  organisation: boolean;
  /** Han read syllable by syllable: every token is one character of the name. */
  syllabic?: boolean;
  /**
   * A name of unknown type read as a person's too, where reading it as an organisation's changed its words: number
   * words are surnames and nicknames in person names ("Sergey Yurievich TEN", "TANGO TWO"), "al" begins them
   * ("AL-HASAN"). A name with a legal form (not one read from a stump) is an organisation's and gets no such
   * reading. Compared only with names known to be persons' (`comparable`): two names of unknown type are compared as
   * organisations', where "206th" and "207th" are different numbers, not one letter apart.
   */
  personOnly?: boolean;
}

const CJK: ReadonlySet<Script> = new Set(['han', 'hangul', 'kana']);

/** Lower-case ASCII words separated by single spaces. */
export function normaliseText(text: string): string {
  return anyAscii(text.normalize('NFKD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`ʻʼ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A legal-form word with the spelling choices of Russian and Ukrainian romanisation folded
 * ("obshchestvo"/"obschestvo", "ogranichennoy"/"ogranichennoi", "otvetstvennostyu"/"-stiu"):
 * lists and customers romanise the same legal form by different tables (GOST, BGN/PCGN,
 * passport), and a form read one way only would count as a distinctive word. Short words
 * stay as written ("asia" is not the legal form "asa"). Our heuristic.
 */
export function legalWordKey(word: string): string {
  if (word.length < 6) return word;
  return word
    .replace(/shch|sch/g, 'sh')
    .replace(/(?:y|i)(?=[aeou])/g, '')
    .replace(/[yj]/g, 'i')
    .replace(/kh/g, 'h');
}

const LEGAL_PHRASES: [string[], string][] = Object.entries(LEGAL_FORMS)
  .flatMap(([canonical, forms]) => forms.map((f) => [f.split(' ').map(legalWordKey), canonical] as [string[], string]))
  .sort((a, b) => b[0].length - a[0].length);
// Every name is checked at both ends: look phrases up by their first and last word (longest first).
const byEnd = (end: (p: string[]) => string) => {
  const m = new Map<string, [string[], string][]>();
  for (const lp of LEGAL_PHRASES) m.set(end(lp[0]), [...(m.get(end(lp[0])) ?? []), lp]);
  return m;
};
const PHRASES_BY_FIRST = byEnd((p) => p[0]!);
const PHRASES_BY_LAST = byEnd((p) => p[p.length - 1]!);

const MULTI_HONORIFICS = [...HONORIFICS].filter((h) => h.includes(' ')).map((h) => h.split(' '));

/**
 * A legal form cut short at the end of a name ("… Joint Stock Com", "… Company Li", "… Group Cor"): a field length
 * limit falls on the last words, which in an organisation's name are usually its legal form, and the stump would
 * otherwise count as a word of the name. Read as the form whose last word it begins, when the form's other words
 * precede it; a form of one word only from a stump of three letters after three words at least, so a short name's
 * last word ("Wang Li", "Tan Ah Lim") is never taken for one.
 */
function cutLegalForm(tokens: string[]): { tokens: string[]; legalForm: string } | null {
  const n = tokens.length;
  const stump = legalWordKey(tokens[n - 1] ?? '');
  if (n < 3 || stump.length < 2 || /\d/.test(stump)) return null;
  const keys = tokens.map(legalWordKey);
  for (const [phrase, canonical] of LEGAL_PHRASES) {
    const last = phrase[phrase.length - 1]!;
    if (last.length <= stump.length || !last.startsWith(stump) || phrase.length >= n) continue;
    // A stump that is a form of its own ("Co") is cut only from a longer phrase ("Open Joint Stock Co").
    const single = phrase.length === 1;
    if (single && (stump.length < 3 || n < 4 || PHRASES_BY_LAST.has(stump))) continue;
    if (!single && !phrase.slice(0, -1).every((p, i) => keys[n - phrase.length + i] === p)) continue;
    return { tokens: tokens.slice(0, n - phrase.length), legalForm: canonical };
  }
  return null;
}

/**
 * Legal forms at either end, in any romanisation (`legalWordKey`), also behind a leading
 * article ("The Closed Joint-Stock Company …").
 */
function stripLegalForms(tokens: string[]): { tokens: string[]; legalForm: string | null; cut: boolean } {
  const cut = cutLegalForm(tokens);
  let legalForm: string | null = cut?.legalForm ?? null;
  if (cut) tokens = cut.tokens;
  let changed = true;
  while (changed && tokens.length > 1) {
    changed = false;
    const keys = tokens.map(legalWordKey);
    // An article before a legal form goes with it: "the" alone is kept for organisationTokens.
    const lead = ORG_ARTICLES.has(tokens[0]!) ? 1 : 0;
    const at = (phrase: string[], from: number) => phrase.every((p, i) => keys[from + i] === p);
    for (const [phrase, canonical] of PHRASES_BY_FIRST.get(keys[lead]!) ?? []) {
      if (phrase.length >= tokens.length - lead || !at(phrase, lead)) continue;
      tokens = tokens.slice(lead + phrase.length);
      legalForm ??= canonical;
      changed = true;
      break;
    }
    if (changed) continue;
    for (const [phrase, canonical] of PHRASES_BY_LAST.get(keys[keys.length - 1]!) ?? []) {
      if (phrase.length >= tokens.length - lead || !at(phrase, keys.length - phrase.length)) continue;
      tokens = tokens.slice(0, tokens.length - phrase.length);
      legalForm ??= canonical;
      changed = true;
      break;
    }
  }
  return { tokens, legalForm, cut: !!cut };
}

/**
 * Titles before a name and generational suffixes after it. A title-like word is kept when dropping it would leave only
 * legal-form, generic or particle words: then it is the name ("MRS GmbH", "MRS International"), not a title.
 */
function stripHonorifics(tokens: string[]): string[] {
  const kept = dropHonorifics(tokens);
  return kept.length < tokens.length && !kept.some((t) => vocabularyWeight(t) === 1) ? tokens : kept;
}

function dropHonorifics(tokens: string[]): string[] {
  let start = 0;
  for (;;) {
    const multi = MULTI_HONORIFICS.find((h) => h.every((p, i) => tokens[start + i] === p));
    if (multi && tokens.length - start > multi.length) start += multi.length;
    else if (tokens.length - start > 1 && HONORIFICS.has(tokens[start]!) && tokens[start]!.length > 1) start += 1;
    else break;
  }
  let end = tokens.length;
  while (end - start > 1 && ['jr', 'sr', 'ii', 'iii', 'iv'].includes(tokens[end - 1]!)) end -= 1;
  return tokens.slice(start, end);
}

/** "C.B.A." or "A B C" is one acronym, not three initials: join runs of single letters. */
function joinInitialRuns(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length;) {
    let j = i;
    while (j < tokens.length && tokens[j]!.length === 1 && /[a-z]/.test(tokens[j]!)) j++;
    if (j - i >= 2) {
      out.push(tokens.slice(i, j).join(''));
      i = j;
    } else {
      out.push(tokens[i]!);
      i++;
    }
  }
  return out;
}

/**
 * A stray letter typed against an article prefix ("Sal-Hamzi", "Bel-Masri" for "al-Hamzi",
 * "el-Masri"): the article without it, as a second reading. Only before a hyphen, so
 * "Salman" or "Belgrade" are never read so.
 */
const GLUED_ARTICLE = /(^|[\s(])\p{L}(al|el|ul)-(?=\p{L}{3})/giu;

/**
 * Organisation tokens: number words as digits, a leading article and linking words dropped,
 * unless that leaves no distinctive word ("AT&T" stays "at and t").
 */
function organisationTokens(tokens: string[]): string[] {
  const digits = numbersAsDigits(tokens);
  const kept = digits.filter((t, i) => !ORG_LINKING_WORDS.has(t) && !(i === 0 && ORG_ARTICLES.has(t)));
  return kept.some((t) => t.length >= 3) ? kept : digits;
}

/** Synonyms and abbreviations spelt out ("bin" for "ben", "company" for "co"). */
const expandWords = (tokens: string[]) => tokens.flatMap((t) => (SYNONYMS[t] ?? ABBREVIATIONS[t] ?? t).split(' '));

/**
 * Every comparable form of one name. `type` decides whether legal forms are stripped:
 * never for persons ("Ao Wei" is a person, not a joint-stock company), always otherwise.
 */
export function normaliseName(
  name: string,
  type: EntityType = 'unknown',
  countries: readonly string[] = [],
): NormalisedName[] {
  const { script, readings } = romanise(name, countries);
  const organisation = type !== 'person';
  const orgReading = script === 'han' && type !== 'person' ? chineseOrganisationReading(name) : null;
  if (orgReading) readings.push(orgReading);
  if (script === 'latin' && GLUED_ARTICLE.test(name)) readings.push(name.replace(GLUED_ARTICLE, '$1$2-'));
  GLUED_ARTICLE.lastIndex = 0;
  const out: NormalisedName[] = [];
  for (const reading of readings) {
    const words = stripHonorifics(joinInitialRuns(normaliseText(reading).split(' ').filter(Boolean)));
    let tokens = words;
    let legalForm: string | null = null;
    let cut = false;
    if (type !== 'person') ({ tokens, legalForm, cut } = stripLegalForms(tokens));
    legalForm = registeredForm(legalForm, countries);
    if (type !== 'person') tokens = organisationTokens(tokens);
    tokens = expandWords(tokens);
    if (tokens.length === 0) continue;
    const n: NormalisedName = {
      original: name,
      reading,
      script,
      tokens,
      legalForm,
      skeleton: skeleton(reading).replace(/ /g, ''),
      abjad: ABJADS.has(script),
      characters: false,
      organisation,
    };
    if (script === 'han' && reading !== orgReading) n.syllabic = true;
    out.push(n);
    // A legal form read from a stump is weaker evidence of an organisation: a person's last name may be the stump.
    const person = type === 'unknown' && (!legalForm || cut) ? expandWords(words) : tokens;
    if (person.join(' ') !== tokens.join(' '))
      out.push({ ...n, tokens: person, legalForm: null, organisation: false, personOnly: true });
  }
  if (CJK.has(script)) {
    const chars = [...name.replace(/[\s\p{P}]/gu, '')];
    if (chars.length)
      out.push({
        original: name,
        reading: name,
        script,
        tokens: chars,
        legalForm: null,
        skeleton: '',
        abjad: false,
        characters: true,
        organisation,
      });
  }
  return out;
}

/** A reading of a name known to be a person's. */
const isPerson = (n: NormalisedName) => !n.organisation && !n.personOnly;

/** Whether two readings should be compared: same-script CJK names by characters only, all others by romanisation. */
export function comparable(a: NormalisedName, b: NormalisedName): boolean {
  if ((a.personOnly && !isPerson(b)) || (b.personOnly && !isPerson(a))) return false;
  const sameCjk = a.script === b.script && CJK.has(a.script);
  return sameCjk ? a.characters && b.characters : !a.characters && !b.characters;
}
