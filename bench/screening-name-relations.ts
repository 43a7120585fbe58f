/**
 * What names alone can tell about a pair of names: used by bench/screening-alias-curve.ts to split the negatives of
 * bench/screening-aliases.ts (removed entries screened against the rest of their list) by how close their name is to
 * a name the list still carries, and the aliases (positives) by the same measure, so the two can be set side by side.
 *
 * Rule (ours, documented in the bench output). Compare the distinctive words of the two names (those of
 * bench/screening-alias-classes.ts: legal forms, articles, linking words, particles, honorifics and single letters
 * left out), word for word, identically after normalisation (case, diacritics, punctuation), order ignored:
 *
 * | relation               | what it is                                                                       |
 * |------------------------|----------------------------------------------------------------------------------|
 * | identical              | the same distinctive words ("Acme Trading LLC" / "Trading Acme Ltd")             |
 * | contained              | every distinctive word of one is in the other, in a shape the variant recall     |
 * |                        | counts: the smaller has ≥ 2 words and is the query's fragment, or is ≥ 2/3 of    |
 * |                        | the query's words (the `fragment` and `extended` alias classes)                  |
 * | contained_other        | every distinctive word of one is in the other, other shape (one word; extended   |
 * |                        | by more than a third)                                                            |
 * | one_word_spelled_alike | as many words on each side (≥ 2), all but one the same, and that one a spelling  |
 * |                        | of the other (screening-alias-classes.ts' counterpart: Jaro-Winkler ≥ 0.85 or a  |
 * |                        | prefix): "Ali Hassan Mohammed" / "Ali Hassan Mohamed"                            |
 * | one_word_differs       | the same, the one word not a spelling ("Ali Hassan Omar" / "Ali Hassan Karim")   |
 * | other                  | anything else                                                                    |
 *
 * A name's relation to a list is its strongest relation (in that order) to any listed name. The rule reads only the
 * names, never a matcher's score: a "contained" negative is one a name screener cannot tell, by the words, from an
 * alias the publisher lists as a shorter or longer form of the same party's name.
 */
import { counterpart, distinctive, words } from './screening-alias-classes';

export const RELATIONS = [
  'identical',
  'contained',
  'contained_other',
  'one_word_spelled_alike',
  'one_word_differs',
  'other',
] as const;
export type Relation = (typeof RELATIONS)[number];

const key = (name: string) => distinctive(words(name));

/** The words of `a` and of `b` the other lacks, each shared word used once. */
function residues(a: string[], b: string[]): [string[], string[]] {
  const left = [...b];
  const onlyA: string[] = [];
  for (const w of a) {
    const j = left.indexOf(w);
    if (j >= 0) left.splice(j, 1);
    else onlyA.push(w);
  }
  return [onlyA, left];
}

/** The relation of a query's distinctive words `a` to a listed name's `b`. */
function relationOfWords(a: string[], b: string[]): Relation {
  if (!a.length || !b.length) return 'other';
  const [ra, rb] = residues(a, b);
  const s = a.length - ra.length;
  if (!ra.length && !rb.length) return 'identical';
  if (!ra.length || !rb.length) {
    // The query is the fragment (alias class `fragment`), or the listed name is most of the query (`extended`).
    const variantShape = !ra.length ? a.length >= 2 : b.length / a.length >= 2 / 3;
    return variantShape ? 'contained' : 'contained_other';
  }
  if (ra.length === 1 && rb.length === 1 && s >= 1)
    return counterpart(ra[0]!, rb[0]!) ? 'one_word_spelled_alike' : 'one_word_differs';
  return 'other';
}

/** The relation of `query` to the listed name `listed`. */
export function nameRelation(query: string, listed: string): Relation {
  return relationOfWords(key(query), key(listed));
}

const stronger = (a: Relation, b: Relation) => (RELATIONS.indexOf(a) <= RELATIONS.indexOf(b) ? a : b);

/** The strongest relation of a name to a set of names. */
export function bestRelation(query: string, names: string[]): Relation {
  return names.reduce<Relation>((r, n) => stronger(r, nameRelation(query, n)), 'other');
}

/** A list's names, indexed by distinctive word: every relation but `other` needs a word in common. */
export class ListedNames {
  private readonly keys: string[][] = [];
  private readonly postings = new Map<string, number[]>();

  constructor(names: Iterable<string>) {
    for (const n of names) {
      const k = key(n);
      const id = this.keys.push(k) - 1;
      for (const w of new Set(k)) {
        const p = this.postings.get(w);
        if (p) p.push(id);
        else this.postings.set(w, [id]);
      }
    }
  }

  /** The strongest relation of `query` to any listed name, and that name (its distinctive words). */
  relation(query: string): { relation: Relation; words: string[] } {
    const a = key(query);
    let best: { relation: Relation; words: string[] } = { relation: 'other', words: [] };
    const seen = new Set<number>();
    for (const w of new Set(a))
      for (const id of this.postings.get(w) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const r = relationOfWords(a, this.keys[id]!);
        if (stronger(r, best.relation) === r && r !== best.relation) best = { relation: r, words: this.keys[id]! };
        if (best.relation === 'identical') return best;
      }
    return best;
  }
}
