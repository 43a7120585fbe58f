/**
 * UN Security Council Consolidated List XML (schema https://www.un.org/sc/resources/sc-sanctions.xsd):
 * CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL and ENTITIES/ENTITY. Alias QUALITY "Good" (or the
 * older "a.k.a.") is a strong alias, "Low" a weak one (the Committees' guidance: low-quality
 * aliases are insufficient to identify a person on their own), "f.k.a." a former name.
 */
import type { ListEntry, ListIdentifier, ParsedList, PartialDate } from '../model';
import {
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
import { kids, streamXml, texts, txt, type XmlEl } from './xml';

export function parseUnXml(file: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedList {
  const text = decodeText(file, bytes, options);
  const entries: ListEntry[] = [];
  const warnings: string[] = [];
  const doc = streamXml(text, file, {
    limits: options,
    isRecord: (n, p) => (n === 'INDIVIDUAL' || n === 'ENTITY') && p.length === 3,
    onRecord: (el) => entries.push(readRecord(file, el, warnings)),
  });
  if (doc.root !== 'CONSOLIDATED_LIST')
    throw parseError(
      file,
      'line 1',
      `root element is <${doc.root}>, expected <CONSOLIDATED_LIST> (UN consolidated list)`,
    );
  const generated = doc.rootAttrs.dateGenerated?.slice(0, 10);
  return makeList({
    list: options.list ?? 'un-sc',
    title: 'UN Security Council Consolidated List',
    publisher: 'United Nations Security Council',
    format: 'un-xml',
    entries,
    warnings,
    publishedAt: generated,
  });
}

const QUALITY: Record<string, 'strong_alias' | 'weak_alias' | 'former'> = {
  good: 'strong_alias',
  'a.k.a.': 'strong_alias',
  low: 'weak_alias',
  'f.k.a.': 'former',
};

function readRecord(file: string, el: XmlEl, warnings: string[]): ListEntry {
  const person = el.name === 'INDIVIDUAL';
  const ref = txt(el, 'REFERENCE_NUMBER');
  const dataId = txt(el, 'DATAID');
  const id = ref ?? dataId;
  if (!id) throw parseError(file, `line ${el.line} <${el.name}>`, 'no REFERENCE_NUMBER or DATAID');
  const where = `${file} ${id}`;
  const e = newEntry(id, person ? 'person' : 'organization');
  if (dataId && dataId !== id) e.otherIds = [`DATAID ${dataId}`];
  const parts = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
    .map((n) => txt(el, n))
    .filter((x): x is string => !!x);
  if (!parts.length) throw parseError(file, `line ${el.line} <${el.name}> ${id}`, 'no FIRST_NAME');
  // UN order is given names first, family name last (FIRST_NAME ... FOURTH_NAME).
  addName(
    e,
    parts.join(' '),
    'primary',
    person && parts.length > 1 ? { given: parts.slice(0, -1).join(' '), family: parts.at(-1)! } : {},
  );
  addName(e, txt(el, 'NAME_ORIGINAL_SCRIPT'), 'strong_alias');
  for (const a of kids(el, person ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS')) addAlias(e, a, warnings, where);
  addDetails(e, el);
  for (const v of texts(kids(el, 'NATIONALITY')[0], 'VALUE')) addCountry(e, v, warnings, where);
  for (const a of kids(el, person ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS')) addAddress(e, a, warnings, where);
  for (const d of kids(el, 'INDIVIDUAL_DATE_OF_BIRTH')) addBirthDate(e, d, warnings, where);
  for (const p of kids(el, 'INDIVIDUAL_PLACE_OF_BIRTH')) {
    addUnique(e.birthPlaces, [txt(p, 'CITY'), txt(p, 'STATE_PROVINCE'), txt(p, 'COUNTRY')].filter(Boolean).join(', '));
  }
  for (const d of kids(el, 'INDIVIDUAL_DOCUMENT')) {
    const doc = documentOf(d, warnings, where);
    if (doc) addIdentifier(e, doc);
  }
  return finish(e);
}

/** An alias by its QUALITY (good / a.k.a. strong, low weak, f.k.a. former); an unknown quality is read as weak. */
function addAlias(e: ListEntry, a: XmlEl, warnings: string[], where: string): void {
  const q = (txt(a, 'QUALITY') ?? 'good').toLowerCase();
  const kind = QUALITY[q];
  if (!kind) warnings.push(`${where}: unknown alias QUALITY "${q}", read as weak`);
  addName(e, txt(a, 'ALIAS_NAME'), kind ?? 'weak_alias');
}

/** UN list type, listing date, comments, gender, designation and title. */
function addDetails(e: ListEntry, el: XmlEl): void {
  const list = txt(el, 'UN_LIST_TYPE');
  if (list) e.programs.push(list);
  const listed = txt(el, 'LISTED_ON');
  if (listed) e.listedOn = listed.slice(0, 10);
  const comments = txt(el, 'COMMENTS1');
  if (comments) e.remarks = comments;
  const gender = txt(el, 'GENDER');
  if (gender) e.gender = gender.toLowerCase();
  const positions = [...texts(kids(el, 'DESIGNATION')[0], 'VALUE'), ...texts(kids(el, 'TITLE')[0], 'VALUE')];
  if (positions.length) e.positions = positions;
}

function addAddress(e: ListEntry, a: XmlEl, warnings: string[], where: string): void {
  const street = txt(a, 'STREET');
  const city = txt(a, 'CITY');
  const region = txt(a, 'STATE_PROVINCE');
  const postalCode = txt(a, 'ZIP_CODE');
  const countryText = txt(a, 'COUNTRY');
  if (!street && !city && !region && !countryText) return;
  const country = codeOf(countryText, warnings, where);
  const full = [street, city, region, postalCode, countryText].filter(Boolean).join(', ');
  e.addresses.push(compact({ full, street, city, region, postalCode, country }));
}

/** A date of birth; one with text that is not understood is a warning, not a guess. */
function addBirthDate(e: ListEntry, d: XmlEl, warnings: string[], where: string): void {
  const date = birthDate(d);
  if (date) addDate(e, date);
  else if (d.children.some((c) => c.name !== 'TYPE_OF_DATE' && txt(c)))
    warnings.push(
      `${where}: date of birth at line ${d.line} not understood (${d.children
        .map((c) => txt(c))
        .filter(Boolean)
        .join(' ')})`,
    );
}

function documentOf(d: XmlEl, warnings: string[], where: string): ListIdentifier | undefined {
  const number = txt(d, 'NUMBER');
  if (!number) return undefined;
  const kind = `${txt(d, 'TYPE_OF_DOCUMENT') ?? ''}`.toLowerCase();
  const type = /pas(s|a)port/.test(kind) ? 'passport' : /national|identi/.test(kind) ? 'national_id' : 'other';
  const country = codeOf(txt(d, 'ISSUING_COUNTRY') ?? txt(d, 'COUNTRY_OF_ISSUE'), warnings, where);
  const note = [
    txt(d, 'TYPE_OF_DOCUMENT'),
    txt(d, 'TYPE_OF_DOCUMENT2'),
    txt(d, 'DATE_OF_ISSUE') && `issued ${txt(d, 'DATE_OF_ISSUE')}`,
    txt(d, 'NOTE'),
  ]
    .filter(Boolean)
    .join('; ');
  return compact({ type, value: number, country, note });
}

/** TYPE_OF_DATE EXACT (DATE or YEAR), APPROXIMATELY (circa), BETWEEN (FROM_YEAR..TO_YEAR). */
function birthDate(d: XmlEl): PartialDate | undefined {
  const type = txt(d, 'TYPE_OF_DATE')?.toUpperCase();
  const from = txt(d, 'FROM_YEAR');
  const to = txt(d, 'TO_YEAR');
  const base = parseDate(txt(d, 'DATE')) ?? parseDate(txt(d, 'YEAR')) ?? parseDate(txt(d, 'NOTE'));
  if (type === 'BETWEEN' && from && to) return { date: from, to };
  if (!base) return from && to ? { date: from, to } : undefined;
  return type === 'APPROXIMATELY' ? { ...base, approximate: true } : base;
}
