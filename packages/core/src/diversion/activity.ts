/**
 * A buyer's declared activity read into business profiles (data/activities.ts): official codes (NACE Rev. 2, NAICS
 * 2022, ISIC Rev. 4; data/activity-classes.ts) and plain-language trades ("appliance repair", "building supplies").
 * Read from what a party or a registry declares — the `business` of a party, the activities of an imported company —
 * never from its name. Documented in docs/diversion-activities.md.
 */
import { normaliseText } from '../screening/matching/index';
import { ACTIVITY_PROFILES, type ActivityProfile, type ActivityProfileId } from './data/activities';
import { ACTIVITY_CLASSES, type ActivityScheme } from './data/activity-classes';

export type { ActivityScheme } from './data/activity-classes';

/** An activity as a registry or a file states it: an official code of a scheme, or words. */
export type Activity = { scheme: ActivityScheme; code: string } | { scheme: 'text'; text: string };

export interface ActivityReading {
  profile: ActivityProfile;
  /** What was read and how: `NACE 95.22 "Repair of household appliances…"` or `"appliance repair"`. */
  basis: string;
}

/** The written forms of each scheme's codes: NACE with its dot (and optional section letter), NAICS 2–6 digits. */
const CODE_FORMS: Record<ActivityScheme, RegExp> = {
  NACE: /^[A-U]?\s?\d{2}(?:\.\d{1,2})?$/i,
  NAICS: /^\d{2,6}$/,
  ISIC: /^[A-U]?\s?\d{2,4}$/i,
};

/** The code in its scheme's written form, or a sentence saying why it is not one. */
export function checkActivityCode(scheme: ActivityScheme, code: string): string | undefined {
  return CODE_FORMS[scheme].test(code.trim())
    ? undefined
    : `"${code}" is not a ${scheme} code (${scheme === 'NACE' ? 'e.g. 46.52 or G46.52' : scheme === 'NAICS' ? 'e.g. 423690' : 'e.g. 4652'})`;
}

const digits = (code: string) => code.replace(/[^0-9]/g, '');
const PROFILES = new Map<ActivityProfileId, ActivityProfile>(ACTIVITY_PROFILES.map((p) => [p.id, p]));

/** The longest listed class of its scheme that a code falls under. */
function classOf(scheme: ActivityScheme, code: string) {
  if (checkActivityCode(scheme, code)) return undefined;
  const d = digits(code);
  return ACTIVITY_CLASSES.filter(([s, c]) => s === scheme && d.startsWith(digits(c))).sort(
    (a, b) => digits(b[1]).length - digits(a[1]).length,
  )[0];
}

/** The profile of an official code: the longest listed class of its scheme that the code falls under. */
export function readActivityCode(scheme: ActivityScheme, code: string): ActivityReading | undefined {
  const hit = classOf(scheme, code);
  if (!hit) return undefined;
  return { profile: PROFILES.get(hit[3])!, basis: `${scheme} ${code.trim()} (class ${hit[1]} "${hit[2]}")` };
}

/** An activity in words for a reader: what was declared, and the business profile (ours) it is read as, if any. */
export interface ActivityLabel {
  /** "NACE 95.22 — Repair of household appliances…", or the declared words as written. */
  text: string;
  /** The profile's label ("household appliances repair"), or null when no profile covers it (the rule abstains). */
  profile: string | null;
}

const SCHEME_NAMES: Record<ActivityScheme, string> = { NACE: 'NACE Rev. 2', NAICS: 'NAICS 2022', ISIC: 'ISIC Rev. 4' };

export function describeActivity(a: Activity): ActivityLabel {
  // Words may hold a code too ("Wholesale of electronic parts (NACE 46.52)"), read as the red flag reads them.
  if (a.scheme === 'text') return { text: a.text, profile: readActivities(a.text)[0]?.profile.label ?? null };
  const hit = classOf(a.scheme, a.code);
  const code = `${SCHEME_NAMES[a.scheme]} ${a.code.trim()}`;
  if (!hit) return { text: `${code} (a class our business profiles do not cover)`, profile: null };
  const title = hit[1] === a.code.trim() ? hit[2] : `within ${hit[1]}, ${hit[2]}`;
  return { text: `${code} — ${title}`, profile: PROFILES.get(hit[3])!.label };
}

/**
 * Codes written in a declared business: labelled ("NACE 95.22", "NAICS: 811412", "ISIC Rev.4 4663"), or in a form only
 * one scheme uses — a dotted code opening the text ("I56.10", "46.73 wholesale…") is NACE's, a lone six-digit number
 * NAICS's. A bare four-digit number could be ISIC or NAICS and is not read.
 */
export function codesInText(text: string): { scheme: ActivityScheme; code: string }[] {
  const out: { scheme: ActivityScheme; code: string }[] = [];
  const labelled =
    /\b(NACE|NAICS|ISIC)\b(?:\s*(?:Rev\.?\s*\d|20\d\d))?(?:\s*(?:code|class))?\s*[:#]?\s*([A-U]?\s?\d{2}(?:\.?\d{1,4})?)/gi;
  for (const m of text.matchAll(labelled)) out.push({ scheme: m[1]!.toUpperCase() as ActivityScheme, code: m[2]! });
  if (!out.length) {
    const nace = /^\s*([A-U]?\s?\d{2}\.\d{1,2})\b/i.exec(text);
    if (nace) out.push({ scheme: 'NACE', code: nace[1]! });
    else if (/^\s*\d{6}\s*$/.test(text)) out.push({ scheme: 'NAICS', code: text.trim() });
  }
  return out;
}

const WORDS = ACTIVITY_PROFILES.flatMap((p) => p.words.map((w) => [p, w, ` ${normaliseText(w)} `] as const));

/** Profiles whose plain-language trades occur in the text, as whole words. */
export function tradesInText(text: string): ActivityReading[] {
  const t = ` ${normaliseText(text)} `;
  return WORDS.filter(([, , key]) => t.includes(key)).map(([profile, w]) => ({ profile, basis: `"${w}"` }));
}

/** Every profile a party's declared business and its registry activities point to, one reading per profile. */
export function readActivities(business: string | undefined, declared: readonly Activity[] = []): ActivityReading[] {
  const texts = [...(business ? [business] : []), ...declared.flatMap((a) => (a.scheme === 'text' ? [a.text] : []))];
  const codes = [...declared.flatMap((a) => (a.scheme === 'text' ? [] : [a])), ...texts.flatMap((t) => codesInText(t))];
  const readings = [
    ...codes.flatMap((c) => readActivityCode(c.scheme, c.code) ?? []),
    ...texts.flatMap((t) => tradesInText(t)),
  ];
  const seen = new Set<ActivityProfileId>();
  return readings.filter((r) => !seen.has(r.profile.id) && !!seen.add(r.profile.id));
}

const GOODS = new Map<ActivityProfileId, (heading: string) => boolean>();

/** Whether a profile's goods cover an HS heading (4 digits): chapters, headings, ranges of either, or "*". */
export function plausibleFor(profile: ActivityProfile, heading: string): boolean {
  let test = GOODS.get(profile.id);
  if (!test) {
    const parts = profile.goods.split(/\s+/).map((g) => g.split('-'));
    test = (h: string) =>
      parts.some(([from, to]) => {
        if (from === '*') return true;
        const x = h.slice(0, from!.length);
        return to ? x >= from! && x <= to : x === from;
      });
    GOODS.set(profile.id, test);
  }
  return test(heading);
}
