/**
 * What kind of alias a list publisher gives: used by bench/screening-aliases.ts to report
 * alias recall by class, so a miss says whether the matcher failed on a spelling of the same
 * name or was asked to find a name that shares nothing with the ones it knows.
 *
 * Decision (ours, documented in the bench output): an alias is a *name variant* when most of
 * its distinctive words (not legal forms, articles, linking words, particles, honorifics) have
 * a counterpart in one of the entry's other names — the same word, a spelling of it
 * (Jaro-Winkler ≥ 0.85), or a word it begins or is begun by. Other aliases are reported as their
 * own classes and never dropped from the overall figure:
 *
 * | class            | variant | what it is                                                             |
 * |------------------|---------|------------------------------------------------------------------------|
 * | legal_or_article | yes     | the same words; only legal forms, articles or linking words differ     |
 * | reordered        | yes     | the same words in another order                                        |
 * | fragment         | yes     | a part of another name (dropped middle names, a.k.a. fragments)        |
 * | extended         | yes     | another name plus words (a branch, a place, a title)                   |
 * | spelling         | yes     | transliteration or spelling variants of the same words                 |
 * | acronym          | no      | one short word that is the initials of another name                    |
 * | one_word         | no      | a single word found in another name ("Farid" of "Fazal Rahim Farid")   |
 * | conflicting_word | no      | most words shared, but a word on each side has no counterpart: another  |
 * |                  |         | surname (maiden, married), middle name or qualifier ("Valentina         |
 * |                  |         | Ivanovna TYUTINA" / "… MATVIYENKO"); the matcher reads this as conflict |
 * | other_words      | no      | shares a word with another name but most words differ (a new surname,   |
 * |                  |         | a translation, a former name)                                           |
 * | different_name   | no      | shares no distinctive word at all (nickname, kunya, code name, front)   |
 *
 * The classifier looks only at the names, never at the matcher's scores.
 */
import {
  HONORIFICS,
  jaroWinkler,
  LEGAL_FORMS,
  normaliseText,
  ORG_ARTICLES,
  ORG_LINKING_WORDS,
  PARTICLES,
} from '@dualuse/core/matching';

export const ALIAS_CLASSES = [
  'legal_or_article',
  'reordered',
  'fragment',
  'extended',
  'spelling',
  'acronym',
  'one_word',
  'conflicting_word',
  'other_words',
  'different_name',
] as const;
export type AliasClass = (typeof ALIAS_CLASSES)[number];
export const VARIANT_CLASSES: ReadonlySet<AliasClass> = new Set([
  'legal_or_article',
  'reordered',
  'fragment',
  'extended',
  'spelling',
]);

const FILLER = new Set([
  ...Object.entries(LEGAL_FORMS).flatMap(([k, v]) => [k, ...v.flatMap((f) => f.split(' '))]),
  ...ORG_ARTICLES,
  ...ORG_LINKING_WORDS,
  ...PARTICLES,
  ...HONORIFICS,
  'abu',
  'abou',
  'umm',
  'bin',
  'ibn',
  'ben',
]);

export const words = (name: string) => normaliseText(name).split(' ').filter(Boolean);
export const distinctive = (ws: string[]) => ws.filter((w) => !FILLER.has(w) && !(w.length === 1 && /[a-z]/.test(w)));

/** Same word, a spelling of it, or one begins the other (three letters at least). */
export function counterpart(a: string, b: string): 'same' | 'near' | null {
  if (a === b) return 'same';
  if (/\d/.test(a) || /\d/.test(b)) return null;
  if (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a))) return 'near';
  return jaroWinkler(a, b) >= 0.85 ? 'near' : null;
}

function initials(ws: string[]): string {
  return ws
    .filter((w) => !ORG_LINKING_WORDS.has(w) && !ORG_ARTICLES.has(w))
    .map((w) => w[0])
    .join('');
}

type BestMatch = { ow: string[]; od: string[]; found: number; exact: number };

/** The class of `alias` against the entry's other names. */
export function aliasClass(alias: string, others: string[]): AliasClass {
  const aw = words(alias);
  const ad = distinctive(aw);
  const otherWords = others.map(words);
  if (isAcronym(ad, otherWords)) return 'acronym';
  const best = bestMatch(ad, otherWords);
  if (!best || best.found === 0) return 'different_name';
  if (ad.length === 1 && best.od.length === 1) return best.exact ? 'legal_or_article' : 'spelling';
  if (ad.length === 1) return 'one_word';
  if (best.found / ad.length < 2 / 3) return 'other_words';
  return wordsClass(ad, best);
}

/** A single short distinctive word that is the initials of another name. */
function isAcronym(ad: string[], otherWords: string[][]): boolean {
  if (ad.length !== 1 || ad[0]!.length > 7) return false;
  const a = ad[0]!;
  return otherWords.some((ow) => ow.length > 1 && (initials(ow).includes(a) || initials(distinctive(ow)).includes(a)));
}

/** The other name whose distinctive words the alias's words find most counterparts in (exact ones breaking ties). */
function bestMatch(ad: string[], otherWords: string[][]): BestMatch | null {
  let best: BestMatch | null = null;
  for (const ow of otherWords) {
    const od = distinctive(ow);
    const { found, exact } = counterparts(ad, od);
    if (!best || found > best.found || (found === best.found && exact > best.exact)) best = { ow, od, found, exact };
  }
  return best;
}

/** How many of the alias's words have a counterpart among `od` (each used once), and how many of them are the same. */
function counterparts(ad: string[], od: string[]): { found: number; exact: number } {
  const used = new Set<number>();
  let found = 0;
  let exact = 0;
  for (const a of ad) {
    let pick = -1;
    let kind: 'same' | 'near' | null = null;
    od.forEach((o, j) => {
      if (used.has(j) || kind === 'same') return;
      const c = counterpart(a, o);
      if (c && (!kind || c === 'same')) [pick, kind] = [j, c];
    });
    if (pick < 0) continue;
    used.add(pick);
    found++;
    if (kind === 'same') exact++;
  }
  return { found, exact };
}

/** Several words matched: how the two sets of words relate. */
function wordsClass(ad: string[], { od, found, exact }: BestMatch): AliasClass {
  if (found < ad.length && found < od.length) return 'conflicting_word';
  if (found === ad.length && found === od.length && exact === found)
    return ad.join(' ') === od.join(' ') ? 'legal_or_article' : 'reordered';
  if (exact === found && found === ad.length) return 'fragment';
  if (exact === found && found === od.length) return 'extended';
  return 'spelling';
}
