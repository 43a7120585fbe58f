/**
 * Addresses to comparable keys. Registration agents write one office many ways ("Rm 1405B,
 * 14/F" / "Room 1405B 14th Floor" / "Flat 1405B, Floor 14"; "Mongkok" / "Mong Kok"), and the
 * lists themselves carry such variants (OFAC's "IFZA Business Park, DDP, Dubai Silicon Oasis" is
 * one place with and without "DDP"). Reuters (May 2025) found wrong addresses in a quarter of
 * recent Chinese/HK Entity List entries, so matching must tolerate noise and say why it matched.
 */
import { normaliseText } from '../screening/matching/normalise';

/** Unit words: all mean "the unit inside the building". */
const UNIT = new Set(['rm', 'room', 'flat', 'unit', 'suite', 'ste', 'apt', 'apartment', 'shop', 'office', 'off', 'kantor']);
const FLOOR = new Set(['floor', 'fl', 'flr', 'f', 'level', 'lvl', 'storey', 'etazh', 'et']);
const ABBREVIATIONS: Record<string, string> = {
  rd: 'road', st: 'street', str: 'street', ul: 'street', ulitsa: 'street', ave: 'avenue', av: 'avenue', blvd: 'boulevard', bldg: 'building', bld: 'building', blk: 'block',
  ctr: 'centre', center: 'centre', twr: 'tower', hse: 'house', ind: 'industrial', indl: 'industrial', hk: 'hong kong', kln: 'kowloon', sq: 'square', pl: 'place',
  dist: 'district', prosp: 'prospekt', pr: 'prospekt', pkt: 'prospekt', nab: 'naberezhnaya', per: 'pereulok', d: 'dom',
};
/** Words that carry nothing for identity. */
const DROP = new Set(['no', 'nos', 'number', 'the', 'of', 'at', 'and', 'sar', 'prc']);
/** Place names written as one word or two ("Mong Kok"): joined when the pair occurs. */
const JOINED = new Set(['mongkok', 'wanchai', 'causewaybay', 'tsimshatsui', 'kwuntong', 'shamshuipo', 'kowloonbay', 'sheungwan', 'laichikok', 'kwaichung', 'tsuenwan', 'shatin', 'yaumatei', 'hunghom', 'sanpokong', 'chaiwan', 'quarrybay', 'northpoint', 'jebelali', 'alqusais', 'deira', 'burdubai', 'almaktoum', 'altwar']);

export interface NormalisedAddress {
  original: string;
  /** Canonical tokens, in order. */
  tokens: string[];
  /** Tokens that identify the door: numbers, "floor14", "1405b", "a1". */
  numbers: string[];
  key: string;
}

const isNumberish = (t: string) => /\d/.test(t);

export function normaliseAddress(text: string): NormalisedAddress {
  // "27610-001" and "27610 - 001" are the same unit; "6/F" a floor: split before normalising.
  const raw = normaliseText(text.replace(/(\d)\s*-\s*(\d)/g, '$1 $2')).split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    let t = raw[i]!;
    const next = raw[i + 1];
    const ordinal = /^(\d+)(st|nd|rd|th)?$/.exec(t);
    const glued = /^(\d+)(?:st|nd|rd|th)?(?:f|fl|flr)$/.exec(t);
    if (glued) t = `floor${glued[1]}`; // 13F, 13fl
    else if (ordinal && next && FLOOR.has(next)) {
      t = `floor${ordinal[1]}`; // 13 F (from 13/F), 13th floor
      i++;
    } else if (FLOOR.has(t) && t !== 'f' && next && /^\d+$/.test(next)) {
      t = `floor${next}`; // floor 13, level 13
      i++;
    } else if (UNIT.has(t)) t = 'unit';
    else if (ABBREVIATIONS[t]) t = ABBREVIATIONS[t]!;
    if (DROP.has(t)) continue;
    const prev = out[out.length - 1];
    if (prev && JOINED.has(prev + t)) out[out.length - 1] = prev + t;
    else out.push(...t.split(' '));
  }
  // Repeated unit words ("Office OT 17-32" → "unit ot 17 32") and a trailing country/city repeat add nothing.
  const tokens = out.filter((t, i) => !(t === 'unit' && out[i - 1] === 'unit'));
  const numbers = [...new Set(tokens.filter(isNumberish))].sort();
  return { original: text, tokens, numbers, key: tokens.join(' ') };
}

export interface AddressMatch {
  score: number;
  why: string;
}

/**
 * Same place? Identical keys, or the same door numbers (all of them, non-empty) with the
 * words of one address nearly all present in the other: one side may add a district or an
 * area code ("DDP"). Different numbers are different doors, however similar the words.
 */
export function compareAddresses(a: NormalisedAddress, b: NormalisedAddress): AddressMatch | null {
  if (a.key === b.key) return a.key ? { score: 1, why: `same normalised address "${a.key}"` } : null;
  if (!a.numbers.length || a.numbers.join(' ') !== b.numbers.join(' ')) return null;
  const wa = new Set(a.tokens.filter((t) => !isNumberish(t)));
  const wb = new Set(b.tokens.filter((t) => !isNumberish(t)));
  const shared = [...wa].filter((t) => wb.has(t));
  const smaller = Math.min(wa.size, wb.size);
  if (smaller < 2) return null;
  const containment = shared.length / smaller;
  if (containment < 0.85) return null;
  const onlyA = [...wa].filter((t) => !wb.has(t));
  const onlyB = [...wb].filter((t) => !wa.has(t));
  const extra = [...onlyA, ...onlyB].map((t) => `"${t}"`).join(', ');
  const score = Math.round((0.7 + 0.3 * (shared.length / Math.max(wa.size, wb.size))) * 100) / 100;
  return { score, why: `same door numbers (${a.numbers.join(', ')}) and ${shared.length}/${smaller} words shared${extra ? `; only on one side: ${extra}` : ''}` };
}

/** Blocking key for large sets: addresses can only match when their door numbers agree. */
export const addressBlock = (a: NormalisedAddress): string => (a.numbers.length ? a.numbers.join(' ') : `=${a.key}`);
