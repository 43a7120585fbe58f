/**
 * EU Financial Sanctions Files, XML 1.1 (`xmlFullSanctionsList_1_1`, namespace
 * http://eu.europa.ec/fpi/fsd/export): export/sanctionEntity with nameAlias, birthdate,
 * citizenship, address, identification and regulation (programme) children, data in attributes.
 * FSF sets strong="true" on nearly every alias; the real weak/strong call is the alias's
 * <remark> ("low quality alias"), which is what UN-derived entries carry, so that wins.
 */
import type { EntityType, ListEntry, ListIdentifier, ParsedList, PartialDate } from '../model';
import { NON_LATIN, addDate, addIdentifier, addName, addUnique, compact, finish, makeList, newEntry } from './build';
import { parseDate } from './dates';
import { decodeText, parseError, type ParseOptions } from './input';
import { kids, streamXml, texts, type XmlEl } from './xml';

const TYPES: Record<string, EntityType> = { person: 'person', enterprise: 'organization' };
const ID_TYPES: Record<string, string> = {
  passport: 'passport',
  id: 'national_id',
  regnumber: 'registration',
  fiscalcode: 'tax_id',
  swiftbic: 'swift_bic',
  imo: 'imo',
  other: 'other',
};

export function parseEuFsf(file: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedList {
  const text = decodeText(file, bytes, options);
  const entries: ListEntry[] = [];
  const warnings: string[] = [];
  const doc = streamXml(text, file, {
    limits: options,
    isRecord: (n, p) => n === 'sanctionEntity' && p.length === 2,
    onRecord: (el) => entries.push(readEntity(file, el, warnings)),
  });
  if (doc.root !== 'export')
    throw parseError(file, 'line 1', `root element is <${doc.root}>, expected <export> (EU FSF XML 1.1)`);
  return makeList({
    list: options.list ?? 'eu-fsf',
    title: 'EU Consolidated Financial Sanctions List',
    publisher: 'European Commission (FSF)',
    format: 'eu-fsf-xml',
    entries,
    warnings,
    publishedAt: doc.rootAttrs.generationDate?.slice(0, 10),
  });
}

/**
 * FSF marks no alias as the listed name. Take the first Latin-script English (or untagged)
 * alias with name parts, then the first Latin English/untagged one, then the first.
 */
function primaryIndex(aliases: XmlEl[]): number {
  const latin = (n: XmlEl) => !NON_LATIN.test(n.attrs.wholeName ?? '');
  const en = (n: XmlEl) => !n.attrs.nameLanguage || n.attrs.nameLanguage === 'EN';
  const withParts = aliases.findIndex((n) => latin(n) && en(n) && !!n.attrs.lastName && !isWeak(n));
  if (withParts >= 0) return withParts;
  const plain = aliases.findIndex((n) => latin(n) && en(n) && !isWeak(n));
  return plain >= 0 ? plain : 0;
}

const isWeak = (n: XmlEl) => n.attrs.strong === 'false' || /low quality/i.test(texts(n, 'remark').join(' '));

const iso = (code: string | undefined) => (code && /^[A-Z]{2}$/.test(code) && code !== '00' ? code : undefined);

function readEntity(file: string, el: XmlEl, warnings: string[]): ListEntry {
  const a = el.attrs;
  const id = a.euReferenceNumber || a.logicalId;
  if (!id) throw parseError(file, `line ${el.line} <sanctionEntity>`, 'no euReferenceNumber or logicalId');
  const code = kids(el, 'subjectType')[0]?.attrs.code ?? '';
  const e = newEntry(id, TYPES[code] ?? 'unknown');
  if (!TYPES[code]) warnings.push(`${file} ${id}: unknown subjectType "${code}"`);
  e.otherIds = [a.logicalId && `logicalId ${a.logicalId}`, a.unitedNationId && `UN ${a.unitedNationId}`].filter(
    (x): x is string => !!x,
  );
  if (a.designationDate) e.listedOn = a.designationDate;
  for (const r of kids(el, 'regulation')) addUnique(e.programs, r.attrs.programme);
  addAliases(e, el);
  if (!e.names.length) throw parseError(file, `line ${el.line} <sanctionEntity> ${id}`, 'no nameAlias with a name');
  for (const c of kids(el, 'citizenship')) {
    const cc = iso(c.attrs.countryIso2Code);
    if (cc && !e.countries.includes(cc)) e.countries.push(cc);
  }
  for (const b of kids(el, 'birthdate')) {
    addDate(e, birthDateOf(b.attrs));
    addUnique(e.birthPlaces, birthPlaceOf(b.attrs));
  }
  for (const ad of kids(el, 'address')) addAddress(e, ad.attrs);
  for (const i of kids(el, 'identification')) addIdentifier(e, identifierOf(i));
  const remarks = kids(el, 'remark')
    .map((r) => r.text.trim())
    .filter(Boolean);
  if (remarks.length) e.remarks = remarks.join(' ');
  return finish(e);
}

/** Every nameAlias with a name, with its gender and function. */
function addAliases(e: ListEntry, el: XmlEl): void {
  const aliases = kids(el, 'nameAlias').filter((n) =>
    (n.attrs.wholeName || n.attrs.lastName || n.attrs.firstName || '').trim(),
  );
  const primary = primaryIndex(aliases);
  aliases.forEach((n, i) => {
    const whole =
      n.attrs.wholeName || [n.attrs.firstName, n.attrs.middleName, n.attrs.lastName].filter(Boolean).join(' ');
    addName(
      e,
      whole,
      i === primary ? 'primary' : isWeak(n) ? 'weak_alias' : 'strong_alias',
      compact({ given: n.attrs.firstName, family: n.attrs.lastName, lang: n.attrs.nameLanguage?.toLowerCase() }),
    );
    if (n.attrs.gender)
      e.gender ??= n.attrs.gender === 'M' ? 'male' : n.attrs.gender === 'F' ? 'female' : n.attrs.gender;
    if (n.attrs.function) addUnique((e.positions ??= []), n.attrs.function);
  });
}

type Attrs = Record<string, string | undefined>;

function birthDateOf(ba: Attrs): PartialDate | undefined {
  // `birthdate` is Gregorian even for calendarType ISLAMIC (FSF gives the converted date).
  let d = parseDate(ba.birthdate);
  if (!d && ba.yearRangeFrom && ba.yearRangeTo) d = { date: ba.yearRangeFrom, to: ba.yearRangeTo };
  if (!d && ba.year && ba.calendarType !== 'ISLAMIC')
    d = parseDate(ba.monthOfYear ? `${ba.year}-${ba.monthOfYear}` : ba.year);
  if (d && ba.circa === 'true') d.approximate = true;
  return d;
}

function birthPlaceOf(ba: Attrs): string {
  return [
    ba.place,
    ba.city !== '-' ? ba.city : undefined,
    ba.region,
    ba.countryDescription !== 'UNKNOWN' ? ba.countryDescription : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}

/** An address; its country also counts as the entry's country unless the entry is a person. */
function addAddress(e: ListEntry, x: Attrs): void {
  const country = iso(x.countryIso2Code);
  const full = [
    x.street,
    x.poBox && `PO Box ${x.poBox}`,
    x.city,
    x.region,
    x.zipCode,
    x.place,
    country && x.countryDescription,
  ]
    .filter(Boolean)
    .join(', ');
  if (full)
    e.addresses.push(
      compact({ full, street: x.street, city: x.city, region: x.region, postalCode: x.zipCode, country }),
    );
  if (country && e.type !== 'person' && !e.countries.includes(country)) e.countries.push(country);
}

function identifierOf(i: XmlEl): ListIdentifier {
  const x = i.attrs;
  const flags = ['diplomatic', 'knownExpired', 'knownFalse', 'reportedLost', 'revokedByIssuer'].filter(
    (f) => x[f] === 'true',
  );
  const note = [
    x.identificationTypeDescription,
    x.issueDate && `issued ${x.issueDate}`,
    x.validTo && `valid to ${x.validTo}`,
    x.region,
    ...flags,
    ...texts(i, 'remark'),
  ]
    .filter(Boolean)
    .join('; ');
  return compact({
    type: ID_TYPES[x.identificationTypeCode ?? ''] ?? 'other',
    value: x.number || x.latinNumber || '',
    country: iso(x.countryIso2Code),
    note,
  });
}
