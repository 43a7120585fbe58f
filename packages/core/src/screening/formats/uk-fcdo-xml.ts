/**
 * FCDO UK Sanctions List, XML form (https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml;
 * the only official UK list since OFSI's Consolidated List was retired on 28 Jan 2026):
 * Designations/Designation with UniqueID, Names/Name (Name1..Name6, NameType Primary Name /
 * Primary Name Variation / Alias, AliasStrength "Good quality a.k.a" / "Low quality a.k.a"),
 * IndividualDetails, EntityDetails, ShipDetails. Dates are dd/mm/yyyy.
 */
import type { EntityType, ListEntry, NameKind, ParsedList } from '../model';
import {
  addCountries,
  addCountry,
  addDate,
  addIdentifier,
  addName,
  addUnique,
  codeOf,
  compact,
  finish,
  makeList,
  newEntry,
} from './build';
import { parseDate } from './dates';
import { decodeText, parseError, type ParseOptions } from './input';
import { all, child, kids, streamXml, texts, txt, type XmlEl } from './xml';

const TYPES: Record<string, EntityType> = { individual: 'person', entity: 'organization', ship: 'vessel' };

/** NameType + AliasStrength → kind; shared with the CSV form. */
export function ukNameKind(nameType: string | undefined, strength: string | undefined): NameKind {
  const t = (nameType ?? '').toLowerCase();
  if (t === 'primary name') return 'primary';
  if (/low/i.test(strength ?? '')) return 'weak_alias';
  if (/former|fka/.test(t)) return 'former';
  return 'strong_alias';
}

export function parseUkFcdoXml(file: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedList {
  const text = decodeText(file, bytes, options);
  const entries: ListEntry[] = [];
  const warnings: string[] = [];
  let generated: string | undefined;
  const doc = streamXml(text, file, {
    limits: options,
    isRecord: (n, p) => p.length === 2 && (n === 'Designation' || n === 'DateGenerated'),
    onRecord: (el) => {
      if (el.name === 'DateGenerated') generated = parseDate(txt(el), 'dmy')?.date;
      else entries.push(readDesignation(file, el, warnings));
    },
  });
  if (doc.root !== 'Designations')
    throw parseError(file, 'line 1', `root element is <${doc.root}>, expected <Designations> (UK Sanctions List XML)`);
  return makeList({
    list: options.list ?? 'uk-fcdo',
    title: 'UK Sanctions List',
    publisher: 'UK Foreign, Commonwealth & Development Office',
    format: 'uk-fcdo-xml',
    entries,
    warnings,
    publishedAt: generated,
  });
}

function readDesignation(file: string, el: XmlEl, warnings: string[]): ListEntry {
  const id = txt(el, 'UniqueID');
  if (!id) throw parseError(file, `line ${el.line} <Designation>`, 'no UniqueID');
  const where = `${file} ${id}`;
  const kind = (txt(el, 'IndividualEntityShip') ?? '').toLowerCase();
  const e = newEntry(id, TYPES[kind] ?? 'unknown');
  if (!TYPES[kind]) warnings.push(`${where}: unknown IndividualEntityShip "${kind}"`);
  const other = [
    txt(el, 'OFSIGroupID') && `OFSI Group ID ${txt(el, 'OFSIGroupID')}`,
    txt(el, 'UNReferenceNumber') && `UN ${txt(el, 'UNReferenceNumber')}`,
  ];
  e.otherIds = other.filter((x): x is string => !!x);
  for (const n of kids(child(el, 'Names'), 'Name')) addDesignationName(e, n);
  for (const n of texts(child(el, 'NonLatinNames'), 'NameNonLatinScript')) addName(e, n, 'strong_alias');
  if (!e.names.length) throw parseError(file, `line ${el.line} <Designation> ${id}`, 'no name');
  addUnique(e.programs, txt(el, 'RegimeName'));
  const designated = parseDate(txt(el, 'DateDesignated'), 'dmy');
  if (designated) e.listedOn = designated.date;
  e.remarks = [txt(el, 'OtherInformation'), txt(el, 'UKStatementofReasons')].filter(Boolean).join(' | ') || undefined;
  if (!e.remarks) delete e.remarks;
  for (const a of kids(child(el, 'Addresses'), 'Address')) addAddress(e, a, warnings, where);
  for (const v of texts(child(el, 'PhoneNumbers'), 'PhoneNumber')) addIdentifier(e, { type: 'phone', value: v });
  for (const v of texts(child(el, 'EmailAddresses'), 'EmailAddress')) addIdentifier(e, { type: 'email', value: v });
  for (const v of texts(child(el, 'Websites'), 'Website')) addIdentifier(e, { type: 'website', value: v });
  const ind = child(child(el, 'IndividualDetails'), 'Individual');
  if (ind) addIndividual(e, ind, warnings, where);
  const ent = child(child(el, 'EntityDetails'), 'Entity');
  if (ent) addEntity(e, ent);
  const ship = child(child(el, 'ShipDetails'), 'Ship');
  if (ship) addShip(e, ship, warnings, where);
  return finish(e);
}

/** Name1..Name5 are given names, Name6 the family name. */
function addDesignationName(e: ListEntry, n: XmlEl): void {
  const given = ['Name1', 'Name2', 'Name3', 'Name4', 'Name5']
    .map((k) => txt(n, k))
    .filter(Boolean)
    .join(' ');
  const family = txt(n, 'Name6');
  addName(
    e,
    [given, family].filter(Boolean).join(' '),
    ukNameKind(txt(n, 'NameType'), txt(n, 'AliasStrength')),
    e.type === 'person' ? compact({ given, family }) : {},
  );
}

function addAddress(e: ListEntry, a: XmlEl, warnings: string[], where: string): void {
  const lines = ['AddressLine1', 'AddressLine2', 'AddressLine3', 'AddressLine4', 'AddressLine5', 'AddressLine6']
    .map((k) => txt(a, k))
    .filter(Boolean);
  const postalCode = txt(a, 'AddressPostalCode');
  const countryText = txt(a, 'AddressCountry');
  const full = [...lines, postalCode, countryText].filter(Boolean).join(', ');
  if (full)
    e.addresses.push(
      compact({ full, street: lines.join(', '), postalCode, country: codeOf(countryText, warnings, where) }),
    );
}

/** <IndividualDetails><Individual>: dates and places of birth, nationalities, gender, positions, documents. */
function addIndividual(e: ListEntry, ind: XmlEl, warnings: string[], where: string): void {
  for (const d of texts(child(ind, 'DOBs'), 'DOB')) {
    const pd = parseDate(d, 'dmy');
    if (pd) addDate(e, pd);
    else warnings.push(`${where}: DOB "${d}" not understood`);
  }
  for (const n of texts(child(ind, 'Nationalities'), 'Nationality')) addCountries(e, n, warnings, where);
  const gender = texts(child(ind, 'Genders'), 'Gender')[0];
  if (gender) e.gender = gender.toLowerCase();
  const positions = texts(child(ind, 'Positions'), 'Position');
  if (positions.length) e.positions = positions;
  for (const p of all(ind, 'Passport'))
    addIdentifier(
      e,
      compact({
        type: 'passport',
        value: txt(p, 'PassportNumber') ?? '',
        note: txt(p, 'PassportAdditionalInformation'),
      }),
    );
  for (const p of all(ind, 'NationalIdentifier'))
    addIdentifier(
      e,
      compact({
        type: 'national_id',
        value: txt(p, 'NationalIdentifierNumber') ?? '',
        note: txt(p, 'NationalIdentifierAdditionalInformation'),
      }),
    );
  for (const l of all(child(ind, 'BirthDetails'), 'Location'))
    addUnique(e.birthPlaces, [txt(l, 'TownOfBirth'), txt(l, 'CountryOfBirth')].filter(Boolean).join(', '));
}

function addEntity(e: ListEntry, ent: XmlEl): void {
  for (const r of texts(ent, 'BusinessRegistrationNumber')) addIdentifier(e, { type: 'registration', value: r });
  for (const p of texts(ent, 'ParentCompany')) (e.related ??= []).push({ relation: 'parent_company', name: p });
  for (const p of texts(ent, 'Subsidiary')) (e.related ??= []).push({ relation: 'subsidiary', name: p });
}

function addShip(e: ListEntry, ship: XmlEl, warnings: string[], where: string): void {
  for (const imo of texts(ship, 'IMONumber')) addIdentifier(e, { type: 'imo', value: imo.replace(/^IMO\s*/i, '') });
  for (const f of texts(ship, 'CurrentBelievedFlagOfShip')) addCountry(e, f, warnings, where);
  for (const o of texts(ship, 'CurrentOwnerOperator')) (e.related ??= []).push({ relation: 'owner_operator', name: o });
}
