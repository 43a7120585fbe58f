/**
 * Addresses to comparable keys. Registration agents write one office many ways ("Rm 1405B,
 * 14/F" / "Room 1405B 14th Floor" / "Flat 1405B, Floor 14"; "Mongkok" / "Mong Kok"), and the
 * lists themselves carry such variants (OFAC's "IFZA Business Park, DDP, Dubai Silicon Oasis" is
 * one place with and without "DDP"; "Office OT 17-32, 17th Floor, Central Park Towers" and
 * "PO Box 507065, Unit OT 17-32, Central Park Towers"). Reuters (May 2025) found wrong addresses
 * in a quarter of recent Chinese/HK Entity List entries, so matching must tolerate noise and say
 * why it matched. The vocabulary (unit and floor words, districts, UAE free zones) is in
 * address-vocabulary.ts.
 */
import { memoByString } from '../common/memo';
import { normaliseText } from '../screening/matching/index';
import { ABBREVIATIONS, DROP, FLOOR, JOINED, PO_BOX, UNIT, ZONE_PHRASES } from './address-vocabulary';

export interface NormalisedAddress {
  original: string;
  /** Canonical tokens, in order (the PO box is not among them). */
  tokens: string[];
  /** Tokens with a digit, floors included ("floor14", "1405b", "a1"), sorted. */
  numbers: string[];
  /** The door: `numbers` without the floor tokens. */
  doors: string[];
  /** Floor tokens ("floor14"; "floor0" for G/F). */
  floors: string[];
  /** A post-office box ("507065", "shj124903"): a mailbox, not a door, so kept apart. */
  poBox?: string;
  key: string;
}

const isNumberish = (t: string) => /\d/.test(t);
const isFloor = (t: string) => /^floor\d+$/.test(t);

/** Zone names to one token each, on space-padded normalised text. */
const ZONES = ZONE_PHRASES.map(([phrase, token]) => [` ${phrase} `, ` ${token} `] as const);
function replaceZones(padded: string): string {
  for (const [phrase, token] of ZONES) if (padded.includes(phrase)) padded = padded.split(phrase).join(token);
  return padded;
}

/** Memoised: the same addresses recur across a batch (see common/memo.ts). Results are not mutated by callers. */
export const normaliseAddress = memoByString(normaliseAddressOnce);

/** The post-office box, taken out of the text: a mailbox, not a door. */
function splitPoBox(norm: string): { rest: string; poBox?: string } {
  const box = PO_BOX.exec(norm);
  if (!box) return { rest: norm };
  const poBox = box[1]!.replace(/\s+/g, '');
  return { rest: `${norm.slice(0, box.index)} ${norm.slice(box.index + box[0].length)}`, poBox };
}

/** A token read at raw[i] and how many raw tokens it took. */
type Read = [token: string, taken: number];

/** "Tsim Sha Tsui" / "Tsimshatsui", "Mong Kok" / "Mongkok": the longest run that spells a district. */
function joinedDistrict(raw: string[], i: number): Read | undefined {
  const two = i + 1 < raw.length ? raw[i]! + raw[i + 1] : '';
  const three = two && i + 2 < raw.length ? two + raw[i + 2] : '';
  if (three && JOINED.has(three)) return [three, 3];
  if (two && JOINED.has(two)) return [two, 2];
  return undefined;
}

const isDigits = (t: string | undefined) => /^\d+$/.test(t ?? '');

/** A floor written any of the usual ways, as "floorN". */
function floorAt(raw: string[], i: number): Read | undefined {
  const t = raw[i]!;
  const next = raw[i + 1];
  const glued = /^(\d+)(?:st|nd|rd|th)?(?:f|fl|flr)$/.exec(t);
  if (glued) return [`floor${glued[1]}`, 1]; // 13F, 13fl
  const ordinal = /^(\d+)(st|nd|rd|th)?$/.exec(t);
  // 13 F (from 13/F), 13th floor; not the 5 of "Unit 5, Floor 13"
  if (ordinal && next && FLOOR.has(next) && (ordinal[2] || next === 'f' || !isDigits(raw[i + 2])))
    return [`floor${ordinal[1]}`, 2];
  if ((t === 'g' || t === 'ground') && next && FLOOR.has(next)) return ['floor0', 2]; // G/F, ground floor
  if (!FLOOR.has(t) || t === 'f') return undefined;
  if (next && isDigits(next)) return [`floor${next}`, 2]; // floor 13, level 13
  if (next === 'no' && isDigits(raw[i + 2])) return [`floor${raw[i + 2]}`, 3]; // "Level No 1"
  return undefined;
}

/** One word to its canonical form: "17th" → "17" ("17th Street" = "17 Street"), unit words, abbreviations. */
function canonicalWord(t: string): string {
  const ordinal = /^(\d+)(st|nd|rd|th)$/.exec(t);
  if (ordinal) return ordinal[1]!;
  if (UNIT.has(t)) return 'unit';
  return ABBREVIATIONS[t] || t;
}

function normaliseAddressOnce(text: string): NormalisedAddress {
  // "27610-001" and "27610 - 001" are the same unit; "6/F" a floor: split before normalising.
  const { rest, poBox } = splitPoBox(` ${normaliseText(text.replace(/(\d)\s*-\s*(\d)/g, '$1 $2'))} `);
  const raw = replaceZones(rest).split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < raw.length;) {
    const district = joinedDistrict(raw, i);
    if (district) {
      out.push(district[0]);
      i += district[1];
      continue;
    }
    const [t, taken] = floorAt(raw, i) ?? [canonicalWord(raw[i]!), 1];
    i += taken;
    if (!DROP.has(t)) out.push(...t.split(' '));
  }
  // Repeated unit words ("Office OT 17-32" → "unit ot 17 32") add nothing.
  const tokens = out.filter((t, i) => !(t === 'unit' && out[i - 1] === 'unit'));
  const numbers = [...new Set(tokens.filter(isNumberish))].sort();
  const key = [...tokens, ...(poBox ? ['pobox', poBox] : [])].join(' ');
  return {
    original: text,
    tokens,
    numbers,
    doors: numbers.filter((t) => !isFloor(t)),
    floors: numbers.filter(isFloor),
    ...(poBox ? { poBox } : {}),
    key,
  };
}

export interface AddressMatch {
  score: number;
  why: string;
}

/**
 * A floor given on one side only is accepted when the other side's door number implies it
 * (Hong Kong unit 606 is on 6/F, 1405B on 14/F, Dubai "OT 17-32" on the 17th floor).
 */
function floorsAgree(a: NormalisedAddress, b: NormalisedAddress): { ok: boolean; note?: string } {
  if (a.floors.join() === b.floors.join()) return { ok: true };
  if (a.floors.length && b.floors.length) return { ok: false };
  const [withFloor, without] = a.floors.length ? [a, b] : [b, a];
  const implied: string[] = [];
  for (const f of withFloor.floors) {
    const n = f.slice(5);
    const door = without.doors.find((d) => d.startsWith(n));
    if (!door) return { ok: false };
    implied.push(`floor ${n} (given on one side only) implied by unit ${door}`);
  }
  return { ok: true, note: implied.join(', ') };
}

/**
 * Same place? Identical keys, or the same door numbers (all of them, non-empty), agreeing
 * floors, and the words of one address nearly all present in the other: one side may add a
 * district, a PO box or an area code ("DDP"). Different numbers are different doors, however
 * similar the words.
 */
export function compareAddresses(a: NormalisedAddress, b: NormalisedAddress): AddressMatch | null {
  if (a.key === b.key) return a.key ? { score: 1, why: `same normalised address "${a.key}"` } : null;
  if (!a.doors.length || a.doors.join(' ') !== b.doors.join(' ')) return null;
  const floors = floorsAgree(a, b);
  if (!floors.ok) return null;
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
  const notes = [
    floors.note,
    a.poBox !== b.poBox ? `PO box ${a.poBox ?? 'none'} / ${b.poBox ?? 'none'}` : undefined,
  ].filter(Boolean);
  const score =
    Math.round((0.7 + 0.3 * (shared.length / Math.max(wa.size, wb.size)) - (floors.note ? 0.05 : 0)) * 100) / 100;
  return {
    score,
    why: `same door numbers (${a.doors.join(', ')}) and ${shared.length}/${smaller} words shared${extra ? `; only on one side: ${extra}` : ''}${notes.length ? `; ${notes.join('; ')}` : ''}`,
  };
}

/** Blocking key for large sets: addresses can only match when their door numbers agree. */
export const addressBlock = (a: NormalisedAddress): string => (a.doors.length ? a.doors.join(' ') : `=${a.key}`);
