/**
 * OFAC "Enhanced XML" (SDN_ENHANCED.XML / CONS_ENHANCED.XML, also shipped zipped), namespace
 * https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML:
 * sanctionsData/entities/entity with names (isPrimary, aliasType A.K.A./F.K.A./N.K.A.,
 * isLowQuality = OFAC's "weak" alias), translations per script, addresses, features (Birthdate
 * with a valueDate range, Place of Birth, Nationality Country, ...), identityDocuments and
 * relationships. Reference values are printed inline, so no look-up table is needed.
 */
import type { EntityType, ListEntry, NameKind, ParsedList } from '../model';
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
import { decodeText, parseError, type ParseOptions } from './input';
import { identifierType } from './ofac-remarks';
import { all, child, kids, streamXml, txt, type XmlEl } from './xml';

const TYPES: Record<string, EntityType> = {
  individual: 'person',
  entity: 'organization',
  vessel: 'vessel',
  aircraft: 'aircraft',
};
const SCRIPTS: Record<string, string> = {
  cyrillic: 'Cyrl',
  'chinese simplified': 'Hans',
  'chinese traditional': 'Hant',
  arabic: 'Arab',
  korean: 'Kore',
  persian: 'Arab',
  hebrew: 'Hebr',
};

export function parseOfacEnhanced(file: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedList {
  const text = decodeText(file, bytes, options);
  const entries: ListEntry[] = [];
  const warnings: string[] = [];
  let asOf: string | undefined;
  let filter = '';
  const doc = streamXml(text, file, {
    limits: options,
    isRecord: (n, p) => (n === 'entity' && p.length === 3) || (n === 'publicationInfo' && p.length === 2),
    onRecord: (el) => {
      if (el.name === 'publicationInfo') {
        asOf = txt(el, 'dataAsOf')?.slice(0, 10);
        filter = all(el, 'sanctionsList')
          .map((s) => txt(s))
          .join(' ');
      } else entries.push(readEntity(file, el, warnings));
    },
  });
  if (doc.root !== 'sanctionsData')
    throw parseError(file, 'line 1', `root element is <${doc.root}>, expected <sanctionsData> (OFAC Enhanced XML)`);
  const cons = /consolidated/i.test(filter) || /^cons/i.test(file.replace(/^.*[\\/]/, ''));
  return cons
    ? makeList({
        list: 'us-ofac-cons',
        title: 'OFAC Consolidated Sanctions List (non-SDN)',
        publisher: 'US Treasury OFAC',
        format: 'ofac-enhanced-xml',
        entries,
        warnings,
        publishedAt: asOf,
      })
    : makeList({
        list: options.list ?? 'us-ofac-sdn',
        title: 'OFAC Specially Designated Nationals and Blocked Persons List',
        publisher: 'US Treasury OFAC',
        format: 'ofac-enhanced-xml',
        entries,
        warnings,
        publishedAt: asOf,
      });
}

function nameKind(n: XmlEl): NameKind {
  if (txt(n, 'isPrimary') === 'true') return 'primary';
  if (txt(n, 'isLowQuality') === 'true') return 'weak_alias';
  return /^F\.K\.A/i.test(txt(n, 'aliasType') ?? '') ? 'former' : 'strong_alias';
}

function readEntity(file: string, el: XmlEl, warnings: string[]): ListEntry {
  const id = el.attrs.id;
  if (!id) throw parseError(file, `line ${el.line} <entity>`, 'no id attribute');
  const where = `${file} entity ${id}`;
  const typeText = (txt(child(el, 'generalInfo'), 'entityType') ?? '').toLowerCase();
  const e = newEntry(id, TYPES[typeText] ?? 'unknown');
  if (!TYPES[typeText]) warnings.push(`${where}: unknown entityType "${typeText}"`);
  for (const n of kids(child(el, 'names'), 'name')) addTranslations(e, n);
  if (!e.names.length) throw parseError(file, `line ${el.line} <entity id="${id}">`, 'no name');
  for (const p of kids(child(el, 'sanctionsPrograms'), 'sanctionsProgram')) addUnique(e.programs, txt(p));
  addLists(e, kids(child(el, 'sanctionsLists'), 'sanctionsList'));
  for (const a of kids(child(el, 'addresses'), 'address')) addAddress(e, a, warnings, where);
  for (const f of kids(child(el, 'features'), 'feature')) readFeature(e, f, warnings, where);
  for (const d of kids(child(el, 'identityDocuments'), 'identityDocument')) {
    const label = txt(d, 'type') ?? '';
    const country = codeOf(txt(d, 'issuingCountry'), warnings, where);
    const note = [label, txt(d, 'isValid') === 'false' ? 'not valid' : undefined].filter(Boolean).join('; ');
    addIdentifier(
      e,
      compact({
        type: identifierType(label) ?? 'other',
        value: (txt(d, 'documentNumber') ?? '').replace(/^IMO\s*/i, ''),
        country,
        note,
      }),
    );
  }
  for (const r of kids(child(el, 'relationships'), 'relationship')) {
    const rel = child(r, 'relatedEntity');
    const name = txt(rel);
    if (name)
      (e.related ??= []).push(compact({ relation: txt(r, 'type') ?? 'related', name, sourceId: rel?.attrs.entityId }));
  }
  return finish(e);
}

/** Each translation of a name; a non-primary translation (original script) of the primary name is a strong alias. */
function addTranslations(e: ListEntry, n: XmlEl): void {
  const kind = nameKind(n);
  for (const t of kids(child(n, 'translations'), 'translation')) {
    const script = SCRIPTS[(txt(t, 'script') ?? '').toLowerCase()];
    const original = txt(t, 'isPrimary') !== 'true';
    addName(
      e,
      txt(t, 'formattedFullName'),
      original && kind === 'primary' ? 'strong_alias' : kind,
      compact(
        e.type === 'person'
          ? { given: txt(t, 'formattedFirstName'), family: txt(t, 'formattedLastName'), script }
          : { script },
      ),
    );
  }
}

/** The earliest publication date of the entity's lists, and the sub-list it is on. */
function addLists(e: ListEntry, lists: XmlEl[]): void {
  const listed = lists
    .map((l) => l.attrs.datePublished)
    .filter((d): d is string => !!d)
    .sort()[0];
  if (listed) e.listedOn = listed;
  // In the consolidated file each entity also names its own list (SSI, NS-PLC, CMIC...).
  const sub = lists.map((l) => txt(l)).find((t) => t && !/^(Consolidated List|SDN List)$/.test(t));
  if (sub) e.subList = sub;
}

/** An address from the parts of its primary translation. */
function addAddress(e: ListEntry, a: XmlEl, warnings: string[], where: string): void {
  const countryText = txt(a, 'country');
  const parts: Record<string, string> = {};
  const tr = kids(child(a, 'translations'), 'translation').find((t) => txt(t, 'isPrimary') === 'true');
  for (const p of all(tr, 'addressPart')) {
    const k = txt(p, 'type') ?? '';
    parts[k] = [parts[k], txt(p, 'value')].filter(Boolean).join(', ');
  }
  const street = [parts.ADDRESS1, parts.ADDRESS2, parts.ADDRESS3].filter(Boolean).join(', ');
  const full = [street, parts.CITY, parts['STATE/PROVINCE'], parts['POSTAL CODE'], parts.REGION, countryText]
    .filter(Boolean)
    .join(', ');
  const country = addCountry(e, countryText, warnings, where);
  if (full)
    e.addresses.push(
      compact({
        full,
        street,
        city: parts.CITY,
        region: parts['STATE/PROVINCE'],
        postalCode: parts['POSTAL CODE'],
        country,
      }),
    );
}

function readFeature(e: ListEntry, f: XmlEl, warnings: string[], where: string): void {
  const type = (txt(f, 'type') ?? '').replace(/[:\s-]+$/, '');
  const value = txt(f, 'value');
  const vd = child(f, 'valueDate');
  if (type === 'Birthdate') {
    const from = txt(vd, 'fromDateBegin');
    const to = txt(vd, 'toDateEnd');
    if (!from) return;
    // A whole year is given as 1962-01-01..1962-12-31 and a month likewise: keep the precision.
    const date =
      from.endsWith('-01-01') && to === `${from.slice(0, 4)}-12-31`
        ? from.slice(0, 4)
        : from.endsWith('-01') && to?.startsWith(from.slice(0, 7))
          ? from.slice(0, 7)
          : from;
    const range =
      txt(vd, 'isDateRange') === 'true' && to && to.slice(0, 4) !== from.slice(0, 4) ? to.slice(0, 4) : undefined;
    addDate(
      e,
      compact({
        date: range ? from.slice(0, 4) : date,
        to: range,
        approximate: txt(vd, 'isApproximate') === 'true' ? true : undefined,
      }),
    );
    return;
  }
  if (!value) return;
  if (type === 'Place of Birth') addUnique(e.birthPlaces, value);
  else if (/^(Nationality Country|Citizenship Country|Nationality of Registration)$/.test(type))
    addCountry(e, value, warnings, where);
  else if (type === 'Gender') e.gender = value.toLowerCase();
  else {
    const idType = identifierType(type);
    if (idType) addIdentifier(e, { type: idType, value: value.replace(/^IMO\s*/i, ''), note: type });
  }
}
