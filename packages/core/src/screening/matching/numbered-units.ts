/**
 * Numbered units of one organisation: "206th Research Institute" and "201 Research Institute" of the same academy are
 * two parties whose names differ by a number only (compare-names.ts scales their score down).
 */
import type { NormalisedName } from './normalise';

/** An ordinal written in digits: "206th", "701st", "23rd", "2nd". */
const ORDINAL = /\d(?:st|nd|rd|th)\b/i;
const numbersOf = (n: NormalisedName) => n.tokens.filter((t) => t.charCodeAt(0) <= 57 && /^\d+$/.test(t));

/**
 * An organisation's numbered units: one name writes a number as an ordinal ("206th Research Institute", "7th Research
 * Academy") and each name has a number the other lacks: another institute, academy or brigade of the same parent, not
 * this one. Ordinals only: a series number ("Trust 2004-1" / "2004-2") is how one issuer's vehicles are told apart,
 * and the public name pairs label such swaps as one party.
 */
export function unitsDifferIn(query: NormalisedName, candidate: NormalisedName): boolean {
  if (!ORDINAL.test(query.original) && !ORDINAL.test(candidate.original)) return false;
  const q = numbersOf(query);
  const c = numbersOf(candidate);
  return q.some((n) => !c.includes(n)) && c.some((n) => !q.includes(n));
}
