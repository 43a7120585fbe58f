/**
 * Look-ups for OFAC's Advanced Sanctions Data Standard (SDN_ADVANCED.XML / CONS_ADVANCED.XML):
 * everything in the file is a numeric reference into `ReferenceValueSets` (AliasType,
 * FeatureType, Country...), into `Locations` or into `IDRegDocuments`. Each reference is
 * resolved here, and one that does not resolve is a format error naming the element, its
 * line and the attribute, never a silently dropped value.
 */
import { isCountryCode } from '../../common/countries';
import type { ListIdentifier, PartialDate } from '../model';
import { codeOf, compact } from './build';
import { parseError } from './input';
import { identifierType } from './ofac-remarks';
import { child, kids, txt, type XmlEl } from './xml';

/** Where an element is, for errors: "line 12 in /Sanctions/DistinctParties/DistinctParty/Profile". */
export const at = (el: XmlEl, path: string) => `line ${el.line} in ${path}`;

export class AdvancedRefs {
  private readonly sets = new Map<string, Map<string, XmlEl>>();
  private readonly places = new Map<string, Place>();
  private readonly docs = new Map<string, ListIdentifier[]>();

  constructor(
    readonly file: string,
    readonly warnings: string[],
  ) {}

  /** `ReferenceValueSets/<Type>Values/<Type ID="...">`, kept whole (attributes matter: ISO2, PartyTypeID...). */
  load(sets: XmlEl): void {
    for (const set of sets.children) {
      for (const v of set.children) {
        if (!v.attrs.ID) continue;
        let m = this.sets.get(v.name);
        if (!m) this.sets.set(v.name, (m = new Map()));
        m.set(v.attrs.ID, v);
      }
    }
  }

  /** The reference value that `el`'s attribute `attr` points to in the `type` set. */
  get(type: string, el: XmlEl, attr: string, path: string): XmlEl {
    const id = el.attrs[attr];
    if (!id) throw parseError(this.file, at(el, path), `<${el.name}> has no ${attr} attribute`);
    const v = this.sets.get(type)?.get(id);
    if (!v) throw parseError(this.file, at(el, path), `${attr}="${id}" is not in ReferenceValueSets/${type}Values`);
    return v;
  }

  text(type: string, el: XmlEl, attr: string, path: string): string {
    return txt(this.get(type, el, attr, path)) ?? '';
  }

  addLocation(el: XmlEl, path: string): void {
    const id = el.attrs.ID;
    if (!id) throw parseError(this.file, at(el, path), '<Location> has no ID attribute');
    this.places.set(id, readLocation(this, el, path));
  }

  place(ref: XmlEl, path: string): Place {
    const id = ref.attrs.LocationID ?? '';
    const p = this.places.get(id);
    if (!p)
      throw parseError(
        this.file,
        at(ref, path),
        `LocationID="${id}" is not in Locations (locations must come before DistinctParties)`,
      );
    return p;
  }

  addDocument(el: XmlEl, path: string): void {
    const identity = el.attrs.IdentityID;
    if (!identity) throw parseError(this.file, at(el, path), '<IDRegDocument> has no IdentityID attribute');
    const label = this.text('IDRegDocType', el, 'IDRegDocTypeID', path);
    const issuer = el.attrs['IssuedBy-CountryID'] ? placeCountry(this, el, 'IssuedBy-CountryID', path) : {};
    const country =
      issuer.code ??
      (issuer.name === 'undetermined'
        ? undefined
        : codeOf(issuer.name, this.warnings, `${this.file} IDRegDocument ${el.attrs.ID ?? ''}`));
    const validity = el.attrs.ValidityID ? this.text('Validity', el, 'ValidityID', path) : undefined;
    const dates: string[] = [];
    for (const d of kids(el, 'DocumentDate')) {
      const kind = this.text('IDRegDocDateType', d, 'IDRegDocDateTypeID', `${path}/DocumentDate`);
      const when = periodDate(child(d, 'DatePeriod'));
      if (when)
        dates.push(
          `${/^expir/i.test(kind) ? 'expires' : /^issue/i.test(kind) ? 'issued' : kind.toLowerCase()} ${when.date}`,
        );
    }
    const note = [
      label,
      validity && !/^valid$/i.test(validity) ? validity.toLowerCase() : undefined,
      ...dates,
      txt(el, 'Comment'),
    ]
      .filter(Boolean)
      .join('; ');
    const value = (txt(el, 'IDRegistrationNo') ?? '').replace(/^IMO\s*/i, '');
    const list = this.docs.get(identity) ?? [];
    list.push(compact({ type: identifierType(label) ?? 'other', value, country, note }));
    this.docs.set(identity, list);
  }

  documents(identityId: string | undefined): ListIdentifier[] {
    return (identityId && this.docs.get(identityId)) || [];
  }
}

/** A resolved `Location`: its parts by LocPartType ("CITY", "ADDRESS1", "Unknown"...) and country. */
export interface Place {
  parts: Record<string, string>;
  countryName?: string;
  /** ISO 3166-1 alpha-2 when the file gives a valid one (Country@ISO2, AreaCode text). */
  code?: string;
}

function placeCountry(refs: AdvancedRefs, el: XmlEl, attr: string, path: string): { name?: string; code?: string } {
  const c = refs.get('Country', el, attr, path);
  const name = txt(c);
  const iso = c.attrs.ISO2?.toUpperCase();
  return compact({ name, code: iso && isCountryCode(iso) ? iso : undefined });
}

function readLocation(refs: AdvancedRefs, el: XmlEl, path: string): Place {
  const place: Place = { parts: {} };
  for (const lc of kids(el, 'LocationCountry')) {
    const c = placeCountry(refs, lc, 'CountryID', `${path}/LocationCountry`);
    if (c.name && c.name !== 'undetermined') Object.assign(place, compact({ countryName: c.name, code: c.code }));
  }
  for (const la of kids(el, 'LocationAreaCode')) {
    const a = refs.get('AreaCode', la, 'AreaCodeID', `${path}/LocationAreaCode`);
    const code = txt(a)?.toUpperCase();
    const name = a.attrs.Description;
    if (!place.countryName && name && name !== 'undetermined') place.countryName = name;
    if (!place.code && code && isCountryCode(code) && name !== 'undetermined') place.code = code;
  }
  for (const lp of kids(el, 'LocationPart')) {
    const type = refs.text('LocPartType', lp, 'LocPartTypeID', `${path}/LocationPart`);
    const values = kids(lp, 'LocationPartValue');
    const value = txt(values.find((v) => v.attrs.Primary === 'true') ?? values[0], 'Value');
    if (value) place.parts[type] = place.parts[type] ? `${place.parts[type]}, ${value}` : value;
  }
  return place;
}

/** One line for a place: free text if the file gives it, else its parts and country. */
export function placeText(p: Place): string {
  const s = p.parts;
  const street = [s.ADDRESS1, s.ADDRESS2, s.ADDRESS3].filter(Boolean).join(', ');
  return [s.Unknown, street, s.CITY, s['STATE/PROVINCE'], s['POSTAL CODE'], s.REGION, p.countryName]
    .filter(Boolean)
    .join(', ');
}

const pad = (n: string) => n.padStart(2, '0');

/** `<Year>`, `<Month>`, `<Day>` → "1962", "1962-07" or "1962-07-15". */
export function ymd(el: XmlEl | undefined): string | undefined {
  const y = txt(el, 'Year');
  if (!y || !/^\d{4}$/.test(y)) return undefined;
  const m = txt(el, 'Month');
  const d = txt(el, 'Day');
  if (!m || !/^\d{1,2}$/.test(m)) return y;
  return d && /^\d{1,2}$/.test(d) ? `${y}-${pad(m)}-${pad(d)}` : `${y}-${pad(m)}`;
}

const lastDay = (ym: string) => new Date(Date.UTC(+ym.slice(0, 4), +ym.slice(5, 7), 0)).getUTCDate();

/**
 * A `DatePeriod` (Start and End, each From..To) at the precision it encodes: OFAC writes a
 * year as Start 1962-01-01 .. End 1962-12-31, a month likewise, "1960 to 1965" as
 * 1960-01-01 .. 1965-12-31; Approximate="true" on Start or End is "circa".
 */
export function periodDate(p: XmlEl | undefined): PartialDate | undefined {
  const start = child(p, 'Start');
  const end = child(p, 'End');
  const from = ymd(child(start, 'From')) ?? ymd(child(start, 'To'));
  if (!from) return undefined;
  const to = ymd(child(end, 'To')) ?? ymd(child(end, 'From')) ?? from;
  const approximate = start?.attrs.Approximate === 'true' || end?.attrs.Approximate === 'true' ? true : undefined;
  return compact({ ...precision(from, to), approximate });
}

function precision(from: string, to: string): PartialDate {
  if (from === to || to < from) return { date: from };
  if (from.length < 10 || to.length < 10) return { date: from, to };
  if (from.endsWith('-01-01') && to.endsWith('-12-31'))
    return from.slice(0, 4) === to.slice(0, 4)
      ? { date: from.slice(0, 4) }
      : { date: from.slice(0, 4), to: to.slice(0, 4) };
  if (from.endsWith('-01') && to.slice(0, 7) === from.slice(0, 7) && +to.slice(8) === lastDay(from))
    return { date: from.slice(0, 7) };
  return { date: from, to };
}
