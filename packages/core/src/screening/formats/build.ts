/**
 * Building `ListEntry` values the same way in every format: de-duplicated names (the
 * strongest kind wins), ISO country codes with unknown names kept as warnings, script
 * detection for names in original script.
 */
import { countryCode } from '../../common/countries';
import type { EntityType, ListEntry, ListIdentifier, ListName, NameKind, ParsedList, PartialDate } from '../model';
import { sameDate } from './dates';
import { clean } from './input';

export function newEntry(sourceId: string, type: EntityType): ListEntry {
  return {
    sourceId,
    type,
    names: [],
    addresses: [],
    countries: [],
    birthDates: [],
    birthPlaces: [],
    identifiers: [],
    programs: [],
  };
}

const RANK: Record<NameKind, number> = { primary: 0, strong_alias: 1, former: 2, weak_alias: 3 };

export function addName(
  e: ListEntry,
  full: string | undefined,
  kind: NameKind,
  extra: Omit<ListName, 'full' | 'kind'> = {},
): void {
  const name = clean(full);
  if (!name) return;
  const existing = e.names.find((n) => n.full === name);
  if (existing) {
    if (RANK[kind] < RANK[existing.kind]) existing.kind = kind;
    return;
  }
  const script = extra.script ?? scriptOf(name);
  const n: ListName = { full: name, kind };
  if (extra.given) n.given = extra.given;
  if (extra.family) n.family = extra.family;
  if (script) n.script = script;
  if (extra.lang) n.lang = extra.lang;
  e.names.push(n);
}

/** Placeholders publishers put in country fields. */
const NO_COUNTRY = /^(?:none identified|unknown|n\/?a|-|none|stateless)$/i;

/** Adds a country by name or code; an unknown name goes to `warnings` with its location. */
export function addCountry(
  e: ListEntry,
  text: string | undefined,
  warnings: string[],
  where: string,
): string | undefined {
  const t = clean(text);
  if (!t || NO_COUNTRY.test(t)) return undefined;
  const code = countryCode(t);
  if (!code) {
    warnings.push(`${where}: unknown country "${t}" kept out of the country codes`);
    return undefined;
  }
  if (!e.countries.includes(code)) e.countries.push(code);
  return code;
}

/** Country code for an address/identifier field, warning on an unknown name. */
export function codeOf(text: string | undefined, warnings: string[], where: string): string | undefined {
  const t = clean(text);
  if (!t || NO_COUNTRY.test(t)) return undefined;
  const code = countryCode(t);
  if (!code) warnings.push(`${where}: unknown country "${t}"`);
  return code;
}

export function addIdentifier(e: ListEntry, id: ListIdentifier): void {
  const value = clean(id.value);
  if (!value) return;
  if (e.identifiers.some((x) => x.type === id.type && x.value === value && x.country === id.country)) return;
  const out: ListIdentifier = { type: id.type, value };
  if (id.country) out.country = id.country;
  const note = clean(id.note);
  if (note) out.note = note;
  e.identifiers.push(out);
}

export function addDate(e: ListEntry, d: PartialDate | undefined): void {
  if (d && !e.birthDates.some((x) => sameDate(x, d))) e.birthDates.push(d);
}

export function addUnique(list: string[], value: string | undefined): void {
  const v = clean(value);
  if (v && !list.includes(v)) list.push(v);
}

/** Primary name first; an entry without any name is a format error the caller reports. */
export function finish(e: ListEntry): ListEntry {
  const i = e.names.findIndex((n) => n.kind === 'primary');
  // Some lists mark two rows "primary" (OFSI); the first stays primary, the rest are strong aliases.
  for (const n of e.names.slice(i + 1)) if (i >= 0 && n.kind === 'primary') n.kind = 'strong_alias';
  if (i > 0) e.names.unshift(...e.names.splice(i, 1));
  else if (i < 0 && e.names[0]) e.names[0].kind = 'primary';
  return e;
}

/** What every parser states about the list it read; `publishedAt` only when the file states it. */
export type ListFields = Pick<ParsedList, 'list' | 'title' | 'publisher' | 'format' | 'entries' | 'warnings'> & {
  publishedAt?: string | undefined;
};

export function makeList({ list, title, publisher, format, entries, warnings, publishedAt }: ListFields): ParsedList {
  const out: ParsedList = { list, title, publisher, format, entries, warnings };
  if (publishedAt) out.publishedAt = publishedAt;
  return out;
}

/** A character outside Latin, Common (digits, punctuation) and Inherited (combining marks). */
export const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

const SCRIPTS: [RegExp, string][] = [
  [/[\u0400-\u04FF]/, 'Cyrl'],
  [/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/, 'Arab'],
  [/[\u0590-\u05FF]/, 'Hebr'],
  [/[\u0370-\u03FF]/, 'Grek'],
  [/[\u0530-\u058F]/, 'Armn'],
  [/[\u10A0-\u10FF]/, 'Geor'],
  [/[\uAC00-\uD7AF\u1100-\u11FF]/, 'Hang'],
  [/[\u3040-\u30FF]/, 'Jpan'],
  [/[\u4E00-\u9FFF\u3400-\u4DBF]/, 'Hani'],
  [/[\u0E00-\u0E7F]/, 'Thai'],
  [/[\u0900-\u097F]/, 'Deva'],
];

/** ISO 15924 code of the first non-Latin script in `text`, undefined for Latin text. */
export function scriptOf(text: string): string | undefined {
  if (!NON_LATIN.test(text)) return undefined;
  for (const [re, code] of SCRIPTS) if (re.test(text)) return code;
  return undefined;
}

/** The object without its undefined / empty-string properties (optional fields stay absent). */
export function compact<T extends object>(o: T): T {
  const out = {} as Record<string, unknown>;
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== '') out[k] = v;
  return out as T;
}

/**
 * A cell that may hold several countries ("(1) Russia (2) Ukraine", "Iran, Syria"): the whole
 * text first (so "Korea, North" stays one), then its parts. Returns the codes found.
 */
export function addCountries(e: ListEntry, text: string | undefined, warnings: string[], where: string): string[] {
  const t = clean(text)
    ?.replace(/^\(\d+\)\s*/, '')
    .replace(/\.$/, '');
  if (!t || NO_COUNTRY.test(t)) return [];
  if (countryCode(t)) return [addCountry(e, t, warnings, where)!];
  const out: string[] = [];
  for (const part of t.split(/\s*\(\d+\)\s*|\s*[,;/]\s*|\.\s+/).filter(Boolean)) {
    // "Trinidad and Tobago" is one country, "Iran and Syria" two.
    const pieces = countryCode(part) ? [part] : part.split(/\s+and\s+/);
    for (const p of pieces) {
      const c = addCountry(e, p, warnings, where);
      if (c) out.push(c);
    }
  }
  return out;
}
