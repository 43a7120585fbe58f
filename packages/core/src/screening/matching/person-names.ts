/**
 * What a person's names say beyond their words. Their order: an Arabic nasab ("Omar bin Abdullah", Omar son of
 * Abdullah) reads the own given name first and the father's and grandfather's after it, so the same chain behind
 * another own name names a relative (swapped names around "bin": whole-name.ts). How common they are: an agreement on
 * given names shared by thousands does not identify anyone.
 */
import type { TokenWeight } from './alignment';

/** One greedy alignment of query tokens `q` with candidate tokens `c` (compare-names.ts). */
export interface AlignedTokens {
  q: string[];
  c: string[];
  nq: number;
  nc: number;
  weight: TokenWeight;
  /** Similarity-weighted identifying weight of the matched tokens (the smaller side's of each pair). */
  information: number;
  /** A matched pair whose both tokens weigh COMMON_WEIGHT at least. */
  uncommon: boolean;
}

/** Which tokens are matched, and the candidate token each query token is matched with (or -1). */
export interface MatchedTokens {
  qMatch: Int8Array;
  qUsed: Uint8Array;
  cUsed: Uint8Array;
}

/**
 * The father's chain agreeing behind it: three identifying words at least (particles and initials not counted), so
 * that a title or the first part of a compound given name in front of a two-word name ("Sardar Azizollah MALEKI" /
 * "Azizullah MALIKI", "Mohammed Bishr AL-SABBAN" / "Bishr AL-SABBAN") is not read as another person's own name.
 */
const CHAIN = 3;
/**
 * The words that mark a name as an Arabic nasab chain: "bin"/"ibn"/"bint" (son/daughter of), Maghrebi "ben" and
 * "ould", and the article of the nisba ("al-Tikriti"). Elsewhere a first given name may be left out of a name the
 * person goes by ("Alexandre Boris de Pfeffel Johnson" / "Boris de Pfeffel Johnson"): no shift is read there.
 */
const NASAB_MARKERS: ReadonlySet<string> = new Set(['al', 'bin', 'ibn', 'bint', 'ben', 'ould']);
/** An own given name: identifying (not a particle, an initial or a title), a word. */
const OWN_NAME_WEIGHT = 0.5;

/**
 * One name is the other with an own given name put in front, every other word of both agreeing and the chain starting
 * right behind it: "QUSAY SADDAM HUSSEIN AL-TIKRITI" and "SADDAM HUSSEIN AL-TIKRITI", "MOHAMMAD BARZAN IBRAHIM
 * HASAN AL-TIKRITI" and "BARZAN IBRAHIM HASSAN AL-TIKRITI". In a nasab the first word is the person's own name and the
 * rest his father's chain: this is the son of the other, or his father. A chain of CHAIN words at least; a customer
 * file that drops its own first name keeps it in another field, and the perturbations drop other tokens.
 */
export function ownNameShifted(a: AlignedTokens, m: MatchedTokens): boolean {
  if (a.nq < 2 || a.nc < 2 || a.nq === a.nc) return false;
  const queryLonger = a.nq > a.nc;
  const [longUsed, nLong, shortUsed, nShort] = queryLonger
    ? [m.qUsed, a.nq, m.cUsed, a.nc]
    : [m.cUsed, a.nc, m.qUsed, a.nq];
  if (nShort < CHAIN || longUsed[0]) return false;
  const short = queryLonger ? a.c : a.q;
  let chain = 0;
  let nasab = false;
  for (let i = 0; i < nShort; i++) {
    if (!shortUsed[i]) return false;
    if (a.weight(short[i]!) >= OWN_NAME_WEIGHT) chain++;
    if (NASAB_MARKERS.has(short[i]!)) nasab = true;
  }
  if (chain < CHAIN || !nasab) return false;
  for (let i = 1; i < nLong; i++) if (!longUsed[i]) return false;
  const lead = queryLonger ? a.q[0]! : a.c[0]!;
  if (lead.length < 2 || a.weight(lead) < OWN_NAME_WEIGHT) return false;
  // The short name's first word is the long name's second: the chain starts behind the own name.
  return queryLonger ? m.qMatch[1] === 0 : m.qMatch[0] === 1;
}

/** A token at least this identifying (corpusWeight: in fewer than about N^0.4 of N listed names) is not common. */
export const COMMON_WEIGHT = 0.8;
/** Identifying weight common words must carry when the query has words of its own left over: about two rare tokens. */
const COMMON_MIN_INFORMATION = 1.6;
/** A name that is another with an own given name put in front: below any sensible threshold. */
const OWN_NAME_SHIFTED = 0.8;

/**
 * A person's name agreeing with another only on words common in the lists, while the query has words of its own left
 * over ("Ali-Mohammad NAINI" against the listed alias "Ali MOHAMMED", "ABDUL RAHMAN AGHA" against "Abdul Rahman"): the
 * query names someone the common words do not identify, so they must carry more (COMMON_MIN_INFORMATION). And a name
 * that is the other with an own given name put in front ("QUSAY SADDAM HUSSEIN AL-TIKRITI" / "SADDAM HUSSEIN
 * AL-TIKRITI", below) is the son or the father, not the same person.
 */
export function personFactor(al: AlignedTokens, m: MatchedTokens, wuq: number): number {
  let f = 1;
  if (wuq > 0 && !al.uncommon) f *= Math.min(1, al.information / COMMON_MIN_INFORMATION);
  return ownNameShifted(al, m) ? f * OWN_NAME_SHIFTED : f;
}
