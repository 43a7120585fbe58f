/**
 * Words written in part: a last word cut short, and in organisations' names a word standing for a longer word it
 * begins. Matched after the alignment (compare-names.ts), among the tokens it left unmatched.
 */
import { sides, traceMatch, type Alignment } from './alignment';

/**
 * A last token cut short ("… AL JA" for "… AL JAHANI", a field length limit, a hurried
 * clerk) matches the token it begins, at this similarity: like an initial, a little above.
 */
const PREFIX_SIMILARITY = 0.86;
/** The last token of one side cut short: a prefix of a token the other side left unmatched. */
export function matchCutLastToken(al: Alignment, aIsQuery: boolean): void {
  const { a, na } = sides(al, aIsQuery);
  if (na >= 2 && a[na - 1]!.length >= 2) matchPrefix(al, aIsQuery, na - 1);
}

/**
 * In an organisation's name a word may stand for a longer word it begins, anywhere in the name: an abbreviation
 * ("IMP & Export" for "Import & Export", "Telecom" for "Telecommunications") or the stem of a derived word ("Air" of
 * "Airlines", "Iran" of "Iranian"). Only words the alignment and the split-word matching left unmatched ("Orla nt"
 * is one word split, not a stem), of three letters at least, weighed like a cut last token; and not when the legal
 * forms say these are two companies ("Russ Cargo GmbH" / "Russian Cargo Oy"): a stem is weaker evidence than a
 * word. Not when either name is a person's, where a longer name beginning like another is another name ("Johnston" /
 * "John", "Ahmad" / "Ahmadinejad").
 */
export function matchWordStems(al: Alignment, aIsQuery: boolean): void {
  const { a, na, aUsed } = sides(al, aIsQuery);
  if (!al.context.stems || na < 2) return;
  for (let i = 0; i < na; i++) if (!aUsed[i] && a[i]!.length >= 3) matchPrefix(al, aIsQuery, i);
}

/** Token `i` of side a, when it begins a token side b left unmatched, matched with it at PREFIX_SIMILARITY. */
function matchPrefix(al: Alignment, aIsQuery: boolean, i: number): void {
  const { a, aUsed, b, nb, bUsed } = sides(al, aIsQuery);
  const cut = a[i]!;
  if (aUsed[i] || /\d/.test(cut)) return;
  for (let j = 0; j < nb; j++) {
    const whole = b[j]!;
    if (bUsed[j] || whole.length < cut.length + 2 || !whole.startsWith(cut)) continue;
    aUsed[i] = bUsed[j] = 1;
    // Weighed as what is left of the token: its own weight scaled by the share of it written.
    const wa = al.weight(whole) * Math.max(0.3, cut.length / whole.length);
    al.hit += PREFIX_SIMILARITY * 2 * wa;
    al.total += 2 * wa;
    al.information += PREFIX_SIMILARITY * wa;
    traceMatch(al, aIsQuery, [cut, whole], PREFIX_SIMILARITY);
    return;
  }
}
