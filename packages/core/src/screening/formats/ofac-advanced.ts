/**
 * OFAC "Advanced Sanctions Data Standard" XML (SDN_ADVANCED.XML / CONS_ADVANCED.XML, also
 * zipped), namespace https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML
 * (older files: http://www.un.org/sanctions/1.0). Root <Sanctions> holds, in this order:
 * DateOfIssue, ReferenceValueSets, Locations, IDRegDocuments, DistinctParties,
 * ProfileRelationships, SanctionsEntries. A party is DistinctParty/Profile (PartySubTypeID)
 * with Identity/Alias (AliasTypeID, Primary, LowQuality = OFAC's "weak" a.k.a.)/DocumentedName/
 * DocumentedNamePart/NamePartValue (typed through the Identity's NamePartGroups) and Features
 * (FeatureTypeID; value as a DatePeriod, a VersionLocation or a VersionDetail). Programmes and
 * listing dates come later, in SanctionsEntries keyed by ProfileID. Everything is streamed:
 * reference values, locations and documents are resolved as they arrive, each party is built
 * when its element closes and completed by the entries that follow.
 */
import type { EntityType, ListEntry, NameKind, ParsedList } from '../model';
import { addCountry, addDate, addIdentifier, addName, addUnique, compact, finish, makeList, newEntry } from './build';
import { baseName, decodeText, parseError, type ParseOptions } from './input';
import { AdvancedRefs, at, periodDate, placeText, ymd, type Place } from './ofac-advanced-refs';
import { identifierType } from './ofac-remarks';
import { child, kids, streamXml, txt, type XmlEl } from './xml';

const TYPES: Record<string, EntityType> = {
  individual: 'person',
  entity: 'organization',
  vessel: 'vessel',
  aircraft: 'aircraft',
};
const COUNTRY_FEATURES = /^(?:Nationality Country|Citizenship Country|Nationality of Registration|Vessel Flag)$/;
const GIVEN = ['First Name', 'Middle Name', 'Patronymic'];
const FAMILY = ['Last Name', 'Matronymic'];
/** Lists that are the file itself rather than a sub-list of the consolidated file. */
const MAIN_LISTS = /^(?:SDN List|Consolidated List)$/;

interface State {
  refs: AdvancedRefs;
  warnings: string[];
  byProfile: Map<string, ListEntry>;
  lists: Set<string>;
}

export function parseOfacAdvanced(file: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedList {
  const text = decodeText(file, bytes, options);
  const warnings: string[] = [];
  const st: State = { refs: new AdvancedRefs(file, warnings), warnings, byProfile: new Map(), lists: new Set() };
  const entries: ListEntry[] = [];
  let issued: string | undefined;
  const doc = streamXml(text, file, {
    limits: options,
    isRecord: (n, p) =>
      (p.length === 2 && (n === 'DateOfIssue' || n === 'ReferenceValueSets')) || (p.length === 3 && RECORDS.has(n)),
    onRecord: (el, p) => {
      const path = `/${p}`;
      if (el.name === 'DateOfIssue') issued = ymd(el);
      else if (el.name === 'ReferenceValueSets') st.refs.load(el);
      else if (el.name === 'Location') st.refs.addLocation(el, path);
      else if (el.name === 'IDRegDocument') st.refs.addDocument(el, path);
      else if (el.name === 'DistinctParty') entries.push(readParty(st, el, path));
      else if (el.name === 'ProfileRelationship') readRelation(st, el, path);
      else if (el.name === 'SanctionsEntry') readSanctionsEntry(st, el, path);
    },
  });
  if (doc.root !== 'Sanctions')
    throw parseError(file, 'line 1', `root element is <${doc.root}>, expected <Sanctions> (OFAC Advanced XML)`);
  // SDN_ADVANCED lists every party on "SDN List"; CONS_ADVANCED only on the non-SDN lists.
  const cons =
    /^cons/i.test(baseName(file)) || (st.lists.size > 0 && ![...st.lists].some((l) => /^SDN List$/i.test(l)));
  return cons
    ? makeList({
        list: 'us-ofac-cons',
        title: 'OFAC Consolidated Sanctions List (non-SDN)',
        publisher: 'US Treasury OFAC',
        format: 'ofac-advanced-xml',
        entries,
        warnings,
        publishedAt: issued,
      })
    : makeList({
        list: options.list ?? 'us-ofac-sdn',
        title: 'OFAC Specially Designated Nationals and Blocked Persons List',
        publisher: 'US Treasury OFAC',
        format: 'ofac-advanced-xml',
        entries,
        warnings,
        publishedAt: issued,
      });
}

const RECORDS = new Set(['Location', 'IDRegDocument', 'DistinctParty', 'ProfileRelationship', 'SanctionsEntry']);

function readParty(st: State, el: XmlEl, path: string): ListEntry {
  const { refs } = st;
  const profile = child(el, 'Profile');
  const ppath = `${path}/Profile`;
  if (!profile)
    throw parseError(refs.file, at(el, path), `<DistinctParty FixedRef="${el.attrs.FixedRef ?? ''}"> has no <Profile>`);
  const id = profile.attrs.ID ?? el.attrs.FixedRef;
  if (!id) throw parseError(refs.file, at(profile, ppath), '<Profile> has no ID attribute');
  const sub = refs.get('PartySubType', profile, 'PartySubTypeID', ppath);
  // Individuals and entities have the sub-type "Unknown"; their kind is the PartyType.
  let kind = (txt(sub) ?? '').toLowerCase();
  if (!TYPES[kind] && sub.attrs.PartyTypeID)
    kind = refs.text('PartyType', sub, 'PartyTypeID', `${ppath} (PartySubType ${sub.attrs.ID})`).toLowerCase();
  const e = newEntry(id, TYPES[kind] ?? 'unknown');
  const where = `${refs.file} profile ${id}`;
  if (!TYPES[kind]) st.warnings.push(`${where}: unknown party type "${kind}"`);
  for (const identity of kids(profile, 'Identity')) {
    readNames(st, e, identity, `${ppath}/Identity`);
    for (const d of refs.documents(identity.attrs.ID)) addIdentifier(e, d);
  }
  if (!e.names.length) throw parseError(refs.file, at(profile, ppath), `<Profile ID="${id}"> has no name`);
  for (const f of kids(profile, 'Feature')) readFeature({ st, e, where }, f, `${ppath}/Feature`);
  const comment = txt(el, 'Comment');
  if (comment) e.remarks = comment;
  st.byProfile.set(id, e);
  return finish(e);
}

function readNames(st: State, e: ListEntry, identity: XmlEl, path: string): void {
  const { refs } = st;
  const groups = namePartGroups(refs, identity, path);
  for (const alias of kids(identity, 'Alias')) {
    const apath = `${path}/Alias`;
    const type = refs.text('AliasType', alias, 'AliasTypeID', apath);
    const kind: NameKind =
      alias.attrs.Primary === 'true'
        ? 'primary'
        : alias.attrs.LowQuality === 'true'
          ? 'weak_alias'
          : /^F\.K\.A/i.test(type)
            ? 'former'
            : 'strong_alias';
    for (const dn of kids(alias, 'DocumentedName')) {
      const { parts, script } = nameParts(refs, groups, dn, `${apath}/DocumentedName/DocumentedNamePart/NamePartValue`);
      const pick = (types: string[]) =>
        parts
          .filter(([t]) => types.includes(t))
          .map(([, v]) => v)
          .join(' ') || undefined;
      const given = e.type === 'person' ? pick(GIVEN) : undefined;
      const family = e.type === 'person' ? pick(FAMILY) : undefined;
      // OFAC writes people "LAST, First" (as in SDN.XML and the Enhanced XML); others as given.
      const full = given || family ? [family, given].filter(Boolean).join(', ') : parts.map(([, v]) => v).join(' ');
      const latin = !script || script === 'Latn';
      // A name in original script is the same name, not the listed (primary) one.
      addName(
        e,
        full,
        kind === 'primary' && !latin ? 'strong_alias' : kind,
        compact({ given, family, script: latin ? undefined : script }),
      );
    }
  }
}

/** NamePartGroup ID → its name part type ("Last Name", "First Name"...), for this Identity. */
function namePartGroups(refs: AdvancedRefs, identity: XmlEl, path: string): Map<string, string> {
  const groups = new Map<string, string>();
  for (const g of kids(child(identity, 'NamePartGroups'), 'MasterNamePartGroup').flatMap((m) =>
    kids(m, 'NamePartGroup'),
  )) {
    groups.set(
      g.attrs.ID ?? '',
      refs.text('NamePartType', g, 'NamePartTypeID', `${path}/NamePartGroups/MasterNamePartGroup/NamePartGroup`),
    );
  }
  return groups;
}

/** A DocumentedName's [part type, value] pairs and the script of its first part that names one. */
function nameParts(refs: AdvancedRefs, groups: Map<string, string>, dn: XmlEl, vpath: string) {
  const parts: [string, string][] = [];
  let script: string | undefined;
  for (const v of kids(dn, 'DocumentedNamePart').flatMap((p) => kids(p, 'NamePartValue'))) {
    const partType = groups.get(v.attrs.NamePartGroupID ?? '');
    if (partType === undefined)
      throw parseError(
        refs.file,
        at(v, vpath),
        `NamePartGroupID="${v.attrs.NamePartGroupID ?? ''}" is not in this Identity's NamePartGroups`,
      );
    if (v.attrs.ScriptID) script ??= refs.get('Script', v, 'ScriptID', vpath).attrs.ScriptCode;
    const value = txt(v);
    if (value) parts.push([partType, value]);
  }
  return { parts, script };
}

/** The party being built, with the parse state and the location its warnings name. */
interface Party {
  st: State;
  e: ListEntry;
  where: string;
}

function readFeature(party: Party, f: XmlEl, path: string): void {
  const { refs } = party.st;
  const label = refs.text('FeatureType', f, 'FeatureTypeID', path).replace(/[:\s-]+$/, '');
  for (const v of kids(f, 'FeatureVersion')) {
    const vpath = `${path}/FeatureVersion`;
    const loc = child(v, 'VersionLocation');
    const place: Place | undefined = loc ? refs.place(loc, `${vpath}/VersionLocation`) : undefined;
    const detail = child(v, 'VersionDetail');
    const value = detail?.attrs.DetailReferenceID
      ? refs.text('DetailReference', detail, 'DetailReferenceID', `${vpath}/VersionDetail`)
      : txt(detail);
    const { e } = party;
    if (label === 'Birthdate') addDate(e, periodDate(child(v, 'DatePeriod')));
    else if (label === 'Location' && place) addAddress(party, place);
    else if (label === 'Place of Birth') addUnique(e.birthPlaces, value ?? (place && placeText(place)));
    else if (COUNTRY_FEATURES.test(label)) addPlaceCountry(party, place, value);
    else if (value) addFeatureValue(e, label, value);
  }
}

/** A feature stated as text: gender, title, call sign, owner, digital currency address or an identifier. */
function addFeatureValue(e: ListEntry, label: string, value: string): void {
  if (label === 'Gender') e.gender = value.toLowerCase();
  else if (label === 'Title') addUnique((e.positions ??= []), value);
  else if (/^(?:Other )?Vessel Call Sign$/.test(label)) addIdentifier(e, { type: 'call_sign', value });
  else if (label === 'Vessel Owner') (e.related ??= []).push({ relation: 'vessel_owner', name: value });
  // As in the legacy remarks: "Digital Currency Address - XBT" → a wallet noted with its currency.
  else if (/^Digital Currency Address - /i.test(label))
    addIdentifier(e, { type: 'crypto_wallet', value, note: label.replace(/^Digital Currency Address - /i, '') });
  else {
    const type = identifierType(label);
    if (type) addIdentifier(e, { type, value: value.replace(/^IMO\s*/i, ''), note: label });
  }
}

function addPlaceCountry({ st, e, where }: Party, place: Place | undefined, value: string | undefined) {
  if (place?.code) {
    if (!e.countries.includes(place.code)) e.countries.push(place.code);
    return place.code;
  }
  return addCountry(e, place?.countryName ?? value, st.warnings, where);
}

function addAddress(party: Party, place: Place): void {
  const s = place.parts;
  const country = addPlaceCountry(party, place, undefined);
  const full = placeText(place);
  const street = [s.ADDRESS1, s.ADDRESS2, s.ADDRESS3].filter(Boolean).join(', ');
  if (full)
    party.e.addresses.push(
      compact({
        full,
        street,
        city: s.CITY,
        region: s['STATE/PROVINCE'] ?? s.REGION,
        postalCode: s['POSTAL CODE'],
        country,
      }),
    );
}

function entryFor(st: State, el: XmlEl, attr: string): ListEntry | undefined {
  return st.byProfile.get(el.attrs[attr] ?? '');
}

/** ProfileRelationship From-ProfileID → To-ProfileID ("Owned or Controlled By", "Associate Of"...). */
function readRelation(st: State, el: XmlEl, path: string): void {
  const relation = st.refs.text('RelationType', el, 'RelationTypeID', path);
  const from = entryFor(st, el, 'From-ProfileID');
  const to = entryFor(st, el, 'To-ProfileID');
  if (!from || !to) {
    st.warnings.push(
      `${st.refs.file} ${at(el, path)}: relationship ${el.attrs.ID ?? ''} links a profile not in this file`,
    );
    return;
  }
  (from.related ??= []).push({ relation, name: to.names[0]!.full, sourceId: to.sourceId });
}

/** SanctionsEntry ProfileID ListID: the list, programmes (SanctionsMeasure of type "Program") and listing date. */
function readSanctionsEntry(st: State, el: XmlEl, path: string): void {
  const { refs } = st;
  const e = entryFor(st, el, 'ProfileID');
  if (!e)
    throw parseError(
      refs.file,
      at(el, path),
      `ProfileID="${el.attrs.ProfileID ?? ''}" is not a DistinctParty Profile in this file`,
    );
  const list = refs.text('List', el, 'ListID', path);
  st.lists.add(list);
  if (!MAIN_LISTS.test(list) && !e.subList) e.subList = list;
  for (const m of kids(el, 'SanctionsMeasure')) {
    if (/^Program$/i.test(refs.text('SanctionsType', m, 'SanctionsTypeID', `${path}/SanctionsMeasure`)))
      addUnique(e.programs, txt(m, 'Comment'));
  }
  for (const ev of kids(el, 'EntryEvent')) {
    const date = ymd(child(ev, 'Date'));
    if (date && (!e.listedOn || date < e.listedOn)) e.listedOn = date;
  }
}
