/**
 * OFAC classic XML (SDN.XML / CONSOLIDATED.XML, schema http://tempuri.org/sdnList.xsd, OFAC
 * "SDN XML specification"): sdnList/publshInformation (sic) and sdnList/sdnEntry with uid,
 * firstName, lastName, sdnType, programList, idList, akaList (type a.k.a./f.k.a./n.k.a.,
 * category strong/weak), addressList, nationalityList, citizenshipList, dateOfBirthList,
 * placeOfBirthList and vesselInfo. Unlike the legacy CSV, weak a.k.a.s are in akaList with
 * category "weak".
 */
import type { EntityType, ListEntry, ListIdentifier, NameKind, ParsedList } from '../model';
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
import { applyRemarks, identifierType } from './ofac-remarks';
import { all, child, streamXml, txt, type XmlEl } from './xml';

const TYPES: Record<string, EntityType> = {
  individual: 'person',
  entity: 'organization',
  vessel: 'vessel',
  aircraft: 'aircraft',
};

export function parseOfacXml(file: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedList {
  const text = decodeText(file, bytes, options);
  const entries: ListEntry[] = [];
  const warnings: string[] = [];
  let published: string | undefined;
  let declared: number | undefined;
  const doc = streamXml(text, file, {
    limits: options,
    isRecord: (n, p) => p.length === 2 && (n === 'sdnEntry' || n === 'publshInformation' || n === 'publishInformation'),
    onRecord: (el) => {
      if (el.name === 'sdnEntry') entries.push(readEntry(file, el, warnings));
      else {
        published = parseDate(txt(el, 'Publish_Date'), 'mdy')?.date;
        // publshInformation/Record_Count: the number of sdnEntry records OFAC published.
        const count = txt(el, 'Record_Count');
        if (count && /^\d+$/.test(count)) declared = Number(count);
      }
    },
  });
  if (doc.root !== 'sdnList')
    throw parseError(file, 'line 1', `root element is <${doc.root}>, expected <sdnList> (OFAC SDN XML)`);
  const cons = /^cons/i.test(file.replace(/^.*[\\/]/, ''));
  const list = cons
    ? makeList({
        list: 'us-ofac-cons',
        title: 'OFAC Consolidated Sanctions List (non-SDN)',
        publisher: 'US Treasury OFAC',
        format: 'ofac-xml',
        entries,
        warnings,
        publishedAt: published,
      })
    : makeList({
        list: options.list ?? 'us-ofac-sdn',
        title: 'OFAC Specially Designated Nationals and Blocked Persons List',
        publisher: 'US Treasury OFAC',
        format: 'ofac-xml',
        entries,
        warnings,
        publishedAt: published,
      });
  if (declared !== undefined) list.declaredCount = declared;
  return list;
}

const fullName = (el: XmlEl) => [txt(el, 'lastName'), txt(el, 'firstName')].filter(Boolean).join(', ');

function readEntry(file: string, el: XmlEl, warnings: string[]): ListEntry {
  const id = txt(el, 'uid');
  if (!id) throw parseError(file, `line ${el.line} <sdnEntry>`, 'no uid');
  const where = `${file} uid ${id}`;
  const type = (txt(el, 'sdnType') ?? '').toLowerCase();
  const e = newEntry(id, TYPES[type] ?? 'unknown');
  if (!TYPES[type]) warnings.push(`${where}: unknown sdnType "${type}"`);
  addNames(e, el);
  if (!e.names.length) throw parseError(file, `line ${el.line} <sdnEntry> ${id}`, 'no lastName');
  for (const p of all(child(el, 'programList'), 'program')) addUnique(e.programs, txt(p));
  const title = txt(el, 'title');
  if (title) e.positions = [title];
  for (const i of all(child(el, 'idList'), 'id')) addIdentifier(e, identifierOf(i, warnings, where));
  for (const n of [
    ...all(child(el, 'nationalityList'), 'nationality'),
    ...all(child(el, 'citizenshipList'), 'citizenship'),
  ])
    addCountry(e, txt(n, 'country'), warnings, where);
  for (const d of all(child(el, 'dateOfBirthList'), 'dateOfBirthItem')) {
    const pd = parseDate(txt(d, 'dateOfBirth'));
    if (pd) addDate(e, pd);
    else if (txt(d, 'dateOfBirth')) warnings.push(`${where}: dateOfBirth "${txt(d, 'dateOfBirth')}" not understood`);
  }
  for (const p of all(child(el, 'placeOfBirthList'), 'placeOfBirthItem'))
    addUnique(e.birthPlaces, txt(p, 'placeOfBirth'));
  for (const a of all(child(el, 'addressList'), 'address')) addAddress(e, a, warnings, where);
  const vessel = child(el, 'vesselInfo');
  if (vessel) addVessel(e, vessel, warnings, where);
  const remarks = txt(el, 'remarks');
  if (remarks) {
    const rest = applyRemarks(e, remarks, warnings, where);
    if (rest.length) e.remarks = rest.join('; ');
  }
  return finish(e);
}

/** The primary name and the akaList (category weak → weak alias, f.k.a. → former, else strong). */
function addNames(e: ListEntry, el: XmlEl): void {
  const person = e.type === 'person';
  // OFAC writes "LAST, First" for people, the whole name in lastName for everything else.
  addName(
    e,
    fullName(el),
    'primary',
    person ? compact({ given: txt(el, 'firstName'), family: txt(el, 'lastName') }) : {},
  );
  if (!e.names.length) return;
  for (const a of all(child(el, 'akaList'), 'aka')) {
    const kind: NameKind =
      txt(a, 'category') === 'weak' ? 'weak_alias' : /^f\.k\.a/i.test(txt(a, 'type') ?? '') ? 'former' : 'strong_alias';
    addName(e, fullName(a), kind, person ? compact({ given: txt(a, 'firstName'), family: txt(a, 'lastName') }) : {});
  }
}

function identifierOf(i: XmlEl, warnings: string[], where: string): ListIdentifier {
  const label = txt(i, 'idType') ?? '';
  const note = [
    label,
    txt(i, 'issueDate') && `issued ${txt(i, 'issueDate')}`,
    txt(i, 'expirationDate') && `expires ${txt(i, 'expirationDate')}`,
  ]
    .filter(Boolean)
    .join('; ');
  return compact({
    type: identifierType(label) ?? 'other',
    value: (txt(i, 'idNumber') ?? '').replace(/^IMO\s*/i, ''),
    country: codeOf(txt(i, 'idCountry'), warnings, where),
    note,
  });
}

function addAddress(e: ListEntry, a: XmlEl, warnings: string[], where: string): void {
  const street = ['address1', 'address2', 'address3']
    .map((k) => txt(a, k))
    .filter(Boolean)
    .join(', ');
  const countryText = txt(a, 'country');
  const full = [street, txt(a, 'city'), txt(a, 'stateOrProvince'), txt(a, 'postalCode'), countryText]
    .filter(Boolean)
    .join(', ');
  const country = addCountry(e, countryText, warnings, where);
  if (full)
    e.addresses.push(
      compact({
        full,
        street,
        city: txt(a, 'city'),
        region: txt(a, 'stateOrProvince'),
        postalCode: txt(a, 'postalCode'),
        country,
      }),
    );
}

function addVessel(e: ListEntry, vessel: XmlEl, warnings: string[], where: string): void {
  const call = txt(vessel, 'callSign');
  if (call) addIdentifier(e, { type: 'call_sign', value: call });
  addCountry(e, txt(vessel, 'vesselFlag'), warnings, where);
  const owner = txt(vessel, 'vesselOwner');
  if (owner) (e.related ??= []).push({ relation: 'vessel_owner', name: owner });
}
