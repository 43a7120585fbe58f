/**
 * FCDO UK Sanctions List, CSV form (https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.csv):
 * an optional "Report Date" line, a header, then one row per name; rows of one designation share
 * "Unique ID". Column titles follow the XML element names (Name 1..Name 6, Name type, Alias
 * strength, Regime Name, D.O.B, Nationality(/ies), Passport number, IMO number...); headers are
 * matched case- and punctuation-insensitively, with the spellings FCDO has used.
 */
import type { EntityType, ListEntry, ParsedList } from '../model';
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
import { parseCsv, type CsvRow } from './csv';
import { parseDate } from './dates';
import { clean, decodeText, parseError, type ParseOptions } from './input';
import { ukNameKind } from './uk-fcdo-xml';

const TYPES: Record<string, EntityType> = { individual: 'person', entity: 'organization', ship: 'vessel' };
const key = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Field → accepted header spellings (normalised by `key`). */
const FIELDS: Record<string, string[]> = {
  id: ['Unique ID', 'UniqueID'],
  group: ['OFSI Group ID'],
  un: ['UN Reference Number'],
  nameType: ['Name type', 'NameType'],
  strength: ['Alias strength', 'AliasStrength'],
  nonLatin: ['Name non-latin script', 'NameNonLatinScript'],
  regime: ['Regime Name', 'Regime'],
  kind: ['Individual, Entity, Ship', 'IndividualEntityShip', 'Designation Type', 'Entity type'],
  designated: ['Date Designated', 'DateDesignated'],
  other: ['Other Information', 'OtherInformation'],
  reasons: ['UK Statement of Reasons', 'UKStatementofReasons'],
  postal: ['Address Postal Code', 'AddressPostalCode'],
  country: ['Address Country', 'AddressCountry'],
  dob: ['D.O.B', 'DOB', 'Date of birth'],
  nationality: ['Nationality(/ies)', 'Nationality', 'Nationalities'],
  passport: ['Passport number', 'PassportNumber'],
  passportInfo: ['Passport additional information'],
  nid: ['National Identifier number', 'NationalIdentifierNumber'],
  nidInfo: ['National Identifier additional information'],
  gender: ['Gender'],
  town: ['Town of birth'],
  birthCountry: ['Country of birth'],
  registration: ['Business registration number (s)', 'Business Registration Number'],
  imo: ['IMO number', 'IMONumber'],
  flag: ['Current believed flag of ship'],
  email: ['Email address'],
  phone: ['Phone number'],
  website: ['Website'],
};
const REQUIRED = ['id', 'nameType'];

type Columns = Record<string, number | undefined>;
/** A row's cleaned cell for a field (FIELDS key, name1..name6, addr1..addr6). */
type At = (field: string) => string | undefined;

export function parseUkFcdoCsv(file: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedList {
  const rows = parseCsv(decodeText(file, bytes, options), file, ',', options);
  const headerAt = rows.findIndex((r) => r.cells.some((c) => key(c) === 'uniqueid'));
  if (headerAt < 0)
    throw parseError(
      file,
      `line ${rows[0]?.line ?? 1}`,
      'no header row with a "Unique ID" column (UK Sanctions List CSV)',
    );
  const header = rows[headerAt]!;
  const col = columnsOf(file, header);
  if (rows.length === headerAt + 1)
    throw parseError(file, `line ${header.line}`, 'no designation after the header: the file is empty or truncated');
  // "Report Date: 10/09/2026" or "Report Date: 23-Sep-2026".
  const report = rows
    .slice(0, headerAt)
    .flatMap((r) => r.cells)
    .join(' ');
  const published = parseDate(/Report Date:\s*(.+)$/i.exec(report.trim())?.[1], 'dmy')?.date;
  const warnings: string[] = [];
  const byId = new Map<string, ListEntry>();
  for (const r of rows.slice(headerAt + 1)) {
    const at: At = (f) => clean(col[f] === undefined ? undefined : r.cells[col[f]!]);
    const where = `${file} line ${r.line}`;
    if (r.cells.length !== header.cells.length)
      throw parseError(
        file,
        `line ${r.line}`,
        `expected ${header.cells.length} fields as in the header, found ${r.cells.length}`,
      );
    const id = at('id');
    if (!id) throw parseError(file, `line ${r.line}`, 'Unique ID is empty');
    const e = byId.get(id) ?? newDesignation(id, at);
    byId.set(id, e);
    addRow(e, at, warnings, where);
  }
  return makeList({
    list: options.list ?? 'uk-fcdo',
    title: 'UK Sanctions List',
    publisher: 'UK Foreign, Commonwealth & Development Office',
    format: 'uk-fcdo-csv',
    entries: [...byId.values()].map(finish),
    warnings,
    publishedAt: published,
  });
}

/** Field → column index from the header's spellings; the Unique ID, name type and Name 6 columns are required. */
function columnsOf(file: string, header: CsvRow): Columns {
  const idx = new Map(header.cells.map((h, i) => [key(h), i]));
  const col: Columns = {};
  for (const [f, names] of Object.entries(FIELDS))
    col[f] = names.map((n) => idx.get(key(n))).find((i) => i !== undefined);
  for (let n = 1; n <= 6; n++) col[`name${n}`] = idx.get(`name${n}`);
  for (let n = 1; n <= 6; n++) col[`addr${n}`] = idx.get(`addressline${n}`);
  const missing = [...REQUIRED, 'name6'].filter((f) => col[f] === undefined);
  if (missing.length)
    throw parseError(file, `line ${header.line}`, `missing column(s) ${missing.join(', ')} (UK Sanctions List CSV)`);
  return col;
}

/** The entry for a designation's first row: its type and other ids. */
function newDesignation(id: string, at: At): ListEntry {
  const kind = (at('kind') ?? '').toLowerCase();
  const e = newEntry(id, TYPES[kind] ?? 'unknown');
  e.otherIds = [at('group') && `OFSI Group ID ${at('group')}`, at('un') && `UN ${at('un')}`].filter(
    (x): x is string => !!x,
  );
  return e;
}

/** One name row: its name, and whatever else it states about the designation. */
function addRow(e: ListEntry, at: At, warnings: string[], where: string): void {
  const given = [1, 2, 3, 4, 5]
    .map((n) => at(`name${n}`))
    .filter(Boolean)
    .join(' ');
  const family = at('name6');
  addName(
    e,
    [given, family].filter(Boolean).join(' '),
    ukNameKind(at('nameType'), at('strength')),
    e.type === 'person' ? compact({ given, family }) : {},
  );
  addName(e, at('nonLatin'), 'strong_alias');
  addUnique(e.programs, at('regime'));
  e.listedOn ??= parseDate(at('designated'), 'dmy')?.date;
  if (!e.listedOn) delete e.listedOn;
  const remarks = [at('other'), at('reasons')].filter(Boolean).join(' | ');
  if (remarks && !e.remarks) e.remarks = remarks;
  for (const d of (at('dob') ?? '').split(/\s*[|;]\s*|\s*\(\d+\)\s*/).filter(Boolean)) {
    const pd = parseDate(d, 'dmy');
    if (pd) addDate(e, pd);
    else warnings.push(`${where}: DOB "${d}" not understood`);
  }
  addCountries(e, at('nationality'), warnings, where);
  const gender = at('gender');
  if (gender) e.gender = gender.toLowerCase();
  addUnique(e.birthPlaces, [at('town'), at('birthCountry')].filter(Boolean).join(', '));
  addAddress(e, at, warnings, where);
  addIdentifiers(e, at);
  if (at('flag')) addCountry(e, at('flag'), warnings, where);
}

function addAddress(e: ListEntry, at: At, warnings: string[], where: string): void {
  const lines = [1, 2, 3, 4, 5, 6].map((n) => at(`addr${n}`)).filter(Boolean);
  const full = [...lines, at('postal'), at('country')].filter(Boolean).join(', ');
  if (full && !e.addresses.some((a) => a.full === full))
    e.addresses.push(
      compact({
        full,
        street: lines.join(', '),
        postalCode: at('postal'),
        country: codeOf(at('country'), warnings, where),
      }),
    );
}

function addIdentifiers(e: ListEntry, at: At): void {
  addIdentifier(e, compact({ type: 'passport', value: at('passport') ?? '', note: at('passportInfo') }));
  addIdentifier(e, compact({ type: 'national_id', value: at('nid') ?? '', note: at('nidInfo') }));
  addIdentifier(e, { type: 'registration', value: at('registration') ?? '' });
  addIdentifier(e, { type: 'imo', value: (at('imo') ?? '').replace(/^IMO\s*/i, '') });
  for (const t of ['email', 'phone', 'website']) addIdentifier(e, { type: t, value: at(t) ?? '' });
}
