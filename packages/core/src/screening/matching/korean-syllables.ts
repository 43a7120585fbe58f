/**
 * Korean names written syllable by syllable or joined: the UN and OFAC write "NAM CHON GANG" and "NAMCHONGANG" for one
 * company, "Kim Yong Chol" and "Kim Yongchol" for one person. A word written as two is matched in compare-names.ts
 * (any name); a word written as three only when each of the three reads as one Korean syllable (`isKoreanSyllable`,
 * korean.ts), so that three short words of another language are not read as one. Our heuristic, from how the lists
 * write these names.
 */
import { MERGE_FLOOR, sides, takeMerge, type Alignment } from './alignment';
import { isGenericToken } from './weights';
import { tokenSimilarity } from './similarity';
import { isKoreanSyllable } from './korean';

/** Tokens `j`, `j + 1` and `j + 2` are each one Korean syllable. */
export function koreanTriple(tokens: readonly string[], j: number): boolean {
  return (
    j + 2 < tokens.length &&
    isKoreanSyllable(tokens[j]!) &&
    isKoreanSyllable(tokens[j + 1]!) &&
    isKoreanSyllable(tokens[j + 2]!)
  );
}

/**
 * A token of side a that is three Korean syllables of side b written as one ("namchongang" / "nam chon gang"),
 * matched before the greedy alignment: otherwise the joined word pairs with its first syllable for beginning like it
 * and the other two are left over as a conflict.
 */
export function matchJoinedSyllables(al: Alignment, aIsQuery: boolean): void {
  const { a, na, aUsed, b, nb, bUsed } = sides(al, aIsQuery);
  if (nb < 3) return;
  for (let i = 0; i < na; i++) {
    const la = a[i]!.length;
    if (aUsed[i] || la < 6) continue;
    for (let j = 0; j + 2 < nb; j++) {
      if (bUsed[j] || bUsed[j + 1] || bUsed[j + 2]) continue;
      if (Math.abs(la - b[j]!.length - b[j + 1]!.length - b[j + 2]!.length) > 1 || !koreanTriple(b, j)) continue;
      const s = tokenSimilarity(a[i]!, b[j]! + b[j + 1]! + b[j + 2]!);
      if (s < MERGE_FLOOR) continue;
      takeMerge(al, aIsQuery, { i, j, n: 3, s });
      if (!isGenericToken(a[i]!)) al.distinctive = true;
      break;
    }
  }
}
