/**
 * Blocking keys for the kinds of variation that change a token's own keys (itself, its sound,
 * its skeleton, its first letters) so that a pair scoring well is never retrieved. Each is a
 * class of real-world variation, bounded to a few keys per token (our heuristics):
 *
 * - `d:` deletion neighbourhood of the first letters: a token and the token with one of its
 *   first four letters deleted. Two tokens one typo, insertion, deletion or transposition apart
 *   within their first letters share one ("Enraan"/"Emraan" → "eraan", "Fakz"/"Faiz" → "faz");
 *   typos further on keep the first letters, which the prefix keys cover. Walked only for a query
 *   token no listed name carries, so a correctly spelt query costs nothing more.
 * - `b:` adjacent tokens joined: a given name written as one word on one side and two on the
 *   other ("YONGWON"/"YONG-WON", "Abdulrahman"/"Abdul Rahman"). The listed side indexes each
 *   joined pair as `b:`; the query looks its own long tokens up as `b:` and its joined pairs
 *   up as listed tokens (`t:`). Three Korean syllables joined too ("NAMCHONGANG"/"NAM CHON GANG":
 *   korean-syllables.ts).
 * - joined sound (`joinedSoundKeys`): the Double Metaphone of a query's adjacent pair joined, looked up as a listed
 *   token's sound (`p:`): two words written as one AND spelt differently ("Abu Bakar" / "ABUBAKKAR"), which share no
 *   `b:`/`t:` key for the spelling and no token key for the joining. Arabic kunyas ("Abu X", "father of X") and
 *   theophoric names ("Abd X", "servant of X": "Abdullah" for عبد الله) are one word or two by publisher
 *   (en.wikipedia.org/wiki/Arabic_name), and each publisher transliterates them its own way; the UN list carries one
 *   party as "Abdul Khalil" and "Abdukahlil". Used only as a rare key (candidate-index.ts): a sound at most two
 *   entries carry keeps them past the floor and the limit, and adds no blocking weight, so it displaces no other
 *   candidate (weighted like a sound key, a common pair's sound raised every joined namesake above the entry that
 *   carries the two words apart).
 * - `l:` the name with its last token cut to its initial: a last token cut short by a field
 *   limit or written as an initial ("MOHAMMAD ZA", "ALI MAY", "ABDUL AZIZ A."), which has no
 *   three letters for a prefix key and shares only common tokens otherwise. The query uses it
 *   when its last token is four letters or fewer.
 * - abjad skeletons with "sh" read as "s": Hebrew ש is both, so "שרפ" (srf) must reach
 *   "Sharif" (shrf) — the listed skeleton key gets the folded form too.
 * - `h:` a Korean name in another romanisation ("Jang Myong-Jin"/"CHANG MYONG-CHIN": Revised Romanization
 *   and McCune-Reischauer, korean.ts): a listed token whose Korean fold differs from it is keyed by the fold;
 *   the query looks up its tokens' folds both as `h:` and, when the fold differs, as a listed token (`t:`).
 *   These are alternatives to the token's own spelling (`koreanReach`), not more of the name.
 */
import type { NormalisedName } from './normalise';
import { skeleton } from './transliterate';
import { koreanTriple } from './korean-syllables';
import { tokenFacts } from './token-facts';
import { phonetic } from './similarity';

/** Letters of a token's start whose deletion is a key: typos in the first letters. */
const DELETION_SPAN = 4;
/** Shorter tokens have too many neighbours for a deletion to identify anything. */
const DELETION_MIN_LENGTH = 4;
/** A joined pair shorter than this ("alan", "binali") is too common a word to key on. */
const JOINED_MIN_LENGTH = 6;
/** A joined pair's sound shorter than this ("APL" of "abu ali") is shared by too many unrelated words to key on. */
const JOINED_SOUND_MIN = 4;
/** A last token this short may be cut short or an initial. */
const CUT_LAST_MAX = 4;

/** The token and its one-letter deletions in its first letters, as `d:` keys. */
export function deletionKeys(t: string): string[] {
  if (t.length < DELETION_MIN_LENGTH || /\d/.test(t)) return [];
  const keys = [`d:${t}`];
  for (let i = 0; i < Math.min(DELETION_SPAN, t.length); i++) keys.push(`d:${t.slice(0, i)}${t.slice(i + 1)}`);
  return keys;
}

/** "sh" as "s" in a skeleton; null when there is none to fold. */
const foldSh = (sk: string) => (sk.includes('sh') ? sk.replace(/sh/g, 's') : null);

/** The name with its last token cut to its initial, when it has two tokens or more. */
const cutLastKey = (tokens: string[]) =>
  tokens.length >= 2 ? `l:${tokens.slice(0, -1).join(' ')} ${tokens[tokens.length - 1]![0]}` : null;

/** Extra keys of a listed reading (see the header); the query side is `queryVariationKeys`. */
export function listedVariationKeys(reading: NormalisedName): string[] {
  if (reading.characters) return [];
  const keys: string[] = [];
  const { tokens } = reading;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    keys.push(...deletionKeys(t));
    const next = tokens[i + 1];
    if (next && t.length + next.length >= JOINED_MIN_LENGTH) keys.push(`b:${t}${next}`);
    if (koreanTriple(tokens, i)) keys.push(`b:${t}${next}${tokens[i + 2]}`);
    const korean = tokenFacts(t).korean;
    if (korean !== null && korean !== t) keys.push(`h:${korean}`);
    if (t.length >= 3) {
      const folded = foldSh(skeleton(t));
      if (folded && folded.length >= 2) keys.push(`s:${folded}`);
    }
  }
  const cut = cutLastKey(tokens);
  if (cut) keys.push(cut);
  return keys;
}

/** Extra keys of a query reading, deletion keys apart (those only for unknown tokens: `deletionKeys`). */
export function queryVariationKeys(reading: NormalisedName): string[] {
  if (reading.characters) return [];
  const keys: string[] = [];
  const { tokens } = reading;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.length >= JOINED_MIN_LENGTH) keys.push(`b:${t}`);
    const next = tokens[i + 1];
    if (next && t.length + next.length >= JOINED_MIN_LENGTH) keys.push(`t:${t}${next}`);
    if (koreanTriple(tokens, i)) keys.push(`t:${t}${next}${tokens[i + 2]}`);
  }
  if (tokens.length >= 2 && tokens[tokens.length - 1]!.length <= CUT_LAST_MAX) keys.push(cutLastKey(tokens)!);
  if (reading.abjad)
    for (const part of skeleton(reading.reading).split(' ')) {
      const folded = foldSh(part);
      if (folded && folded.length >= 2) keys.push(`s:${folded}`);
    }
  return keys;
}

/** A query token's Korean-fold keys (see the header); none when it does not read as Korean syllables. */
function koreanTokenKeys(t: string): string[] {
  const korean = tokenFacts(t).korean;
  if (korean === null) return [];
  return korean === t ? [`h:${korean}`] : [`h:${korean}`, `t:${korean}`];
}

/**
 * A query reading's Korean-fold keys: a listed reading sharing one with it is compared (screen.ts). Latin-script
 * queries only: a Hangul or Han query is read by both systems already (transliterate.ts), and the keys would count
 * each token once more.
 */
export const koreanQueryKeys = (reading: NormalisedName): string[] =>
  reading.script === 'latin' ? reading.tokens.flatMap(koreanTokenKeys) : [];

/**
 * The entries a query reading's Korean-fold keys reach that the token's own spelling does not, each list with the
 * size of the posting it came from (for its weight). Another spelling of a token is an alternative to it, not more of
 * the name: an entry listing both spellings counts the token once, and retrieval does not count these keys in the
 * weight a candidate could collect (candidate-index.ts).
 */
export function koreanReach(reading: NormalisedName, postings: (key: string) => number[] | undefined) {
  const out: [number[], number][] = [];
  for (const t of reading.script === 'latin' ? reading.tokens : []) {
    let seen: Set<number> | undefined;
    for (const key of koreanTokenKeys(t)) {
      const p = postings(key);
      if (!p) continue;
      seen ??= new Set(postings(`t:${t}`));
      const ids = p.filter((id) => !seen!.has(id));
      for (const id of ids) seen.add(id);
      if (ids.length) out.push([ids, p.length]);
    }
  }
  return out;
}

/** A query reading's adjacent pairs joined, as listed tokens' sound keys (`p:`; see the header). */
export function joinedSoundKeys(reading: NormalisedName): string[] {
  if (reading.characters) return [];
  const keys: string[] = [];
  const { tokens } = reading;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const joined = tokens[i]! + tokens[i + 1]!;
    if (joined.length < JOINED_MIN_LENGTH || /\d/.test(joined)) continue;
    for (const sound of new Set(phonetic(joined))) if (sound.length >= JOINED_SOUND_MIN) keys.push(`p:${sound}`);
  }
  return keys;
}
