/**
 * FollowTheMoney entities, one JSON object per line (OpenSanctions exports `entities.ftm.json`;
 * model: https://followthemoney.tech/explorer/schemata/). Thing schemata (Person, Organization,
 * Company, LegalEntity, PublicBody, Vessel, Airplane) become entries; Sanction, Passport and
 * Identification records are folded into the entity they describe; interval schemata
 * (Ownership, Directorship, Family, UnknownLink...) are returned as `links`.
 * OpenSanctions data is CC BY-NC 4.0: the user imports their own licensed export.
 */
import type { EntityType, ListEntry, ListLink, ParsedList } from '../model';
import { addCountries, addDate, addIdentifier, addName, addUnique, finish, makeList, newEntry } from './build';
import { parseDate } from './dates';
import { checkJson, DEFAULT_MAX_ROWS, decodeText, parseError, tooManyRows, type ParseOptions } from './input';

const TYPES: Record<string, EntityType> = {
  Person: 'person',
  Organization: 'organization',
  Company: 'organization',
  LegalEntity: 'organization',
  PublicBody: 'organization',
  Vessel: 'vessel',
  Airplane: 'aircraft',
};
const IDS: Record<string, string> = {
  passportNumber: 'passport',
  idNumber: 'national_id',
  innCode: 'tax_id',
  taxNumber: 'tax_id',
  vatCode: 'tax_id',
  ogrnCode: 'registration',
  registrationNumber: 'registration',
  imoNumber: 'imo',
  mmsi: 'mmsi',
  leiCode: 'lei',
  swiftBic: 'swift_bic',
  callSign: 'call_sign',
  email: 'email',
  phone: 'phone',
  website: 'website',
  okpoCode: 'registration',
  dunsCode: 'duns',
};
/** The two ends of each interval schema, FtM property names. */
const ENDS: Record<string, [string, string]> = {
  Ownership: ['owner', 'asset'],
  Directorship: ['director', 'organization'],
  Family: ['person', 'relative'],
  Associate: ['person', 'associate'],
  UnknownLink: ['subject', 'object'],
  Membership: ['member', 'organization'],
  Employment: ['employee', 'employer'],
  Representation: ['agent', 'client'],
  Succession: ['predecessor', 'successor'],
};

type Props = Record<string, string[]>;
interface FtmEntity {
  id: string;
  schema: string;
  caption?: string;
  properties: Props;
  last_seen?: string;
}

export function parseFtm(file: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedList {
  const records = readRecords(file, decodeText(file, bytes, options), options);
  const warnings: string[] = [];
  const entries = new Map<string, ListEntry>();
  for (const r of records) if (TYPES[r.schema]) entries.set(r.id, toEntry(r, warnings, `${file} ${r.id}`));
  const links: ListLink[] = [];
  let latest = '';
  for (const r of records) {
    if (r.last_seen && r.last_seen > latest) latest = r.last_seen;
    if (r.schema === 'Sanction') applySanction(entries, r.properties);
    else if (r.schema === 'Passport' || r.schema === 'Identification') applyIdDocument(entries, r);
    else if (ENDS[r.schema]) {
      const link = linkOf(r, ENDS[r.schema]!);
      if (link) links.push(link);
      else warnings.push(`${file} ${r.id}: ${r.schema} without ${ENDS[r.schema]!.join('/')}`);
    }
  }
  const list = makeList({
    list: options.list ?? 'opensanctions-ftm',
    title: 'OpenSanctions (FollowTheMoney export)',
    publisher: 'OpenSanctions',
    format: 'ftm-jsonl',
    entries: [...entries.values()].map(finish),
    warnings,
    publishedAt: latest.slice(0, 10) || undefined,
  });
  if (links.length) list.links = links;
  return list;
}

/** One entity per non-blank line, each checked for shape, field length and the row limit. */
function readRecords(file: string, text: string, options: ParseOptions): FtmEntity[] {
  const records: FtmEntity[] = [];
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    if (!line.trim()) continue;
    const r = readRecord(file, line, lineNo);
    checkJson(file, `line ${lineNo} `, r, options);
    if (records.length >= maxRows) throw tooManyRows(file, `line ${lineNo}`, maxRows);
    records.push(r);
  }
  return records;
}

function readRecord(file: string, line: string, lineNo: number): FtmEntity {
  let r: FtmEntity;
  try {
    r = JSON.parse(line) as FtmEntity;
  } catch (e) {
    throw parseError(
      file,
      `line ${lineNo}`,
      `not a JSON object (${e instanceof Error ? e.message : String(e)}); truncated?`,
    );
  }
  if (
    !r ||
    typeof r.id !== 'string' ||
    typeof r.schema !== 'string' ||
    typeof r.properties !== 'object' ||
    r.properties === null
  ) {
    throw parseError(file, `line ${lineNo}`, 'expected a FollowTheMoney entity with "id", "schema" and "properties"');
  }
  return r;
}

/** A Sanction adds its programs and earliest listing date to each entity it names. */
function applySanction(entries: Map<string, ListEntry>, p: Props): void {
  for (const target of p.entity ?? []) {
    const e = entries.get(target);
    if (!e) continue;
    for (const prog of [...(p.program ?? []), ...(p.programId ?? [])]) addUnique(e.programs, prog);
    const listed = (p.listingDate ?? p.startDate ?? [])
      .map((d) => parseDate(d)?.date)
      .filter((d): d is string => !!d)
      .sort()[0];
    if (listed && (!e.listedOn || listed < e.listedOn)) e.listedOn = listed;
  }
}

/** A Passport or Identification adds its numbers to its holder. */
function applyIdDocument(entries: Map<string, ListEntry>, r: FtmEntity): void {
  const p = r.properties;
  const e = entries.get(p.holder?.[0] ?? '');
  if (!e) return;
  for (const n of p.number ?? [])
    addIdentifier(e, {
      type: r.schema === 'Passport' ? 'passport' : 'national_id',
      value: n,
      ...(p.country?.[0] ? { note: `country ${p.country[0]}` } : {}),
    });
}

/** An interval schema as a link between its two ends (the other properties kept); undefined without both ends. */
function linkOf(r: FtmEntity, [a, b]: [string, string]): ListLink | undefined {
  const p = r.properties;
  const from = p[a]?.[0];
  const to = p[b]?.[0];
  if (!from || !to) return undefined;
  const properties: Props = {};
  for (const [k, v] of Object.entries(p)) if (k !== a && k !== b) properties[k] = v;
  return { sourceId: r.id, schema: r.schema, from, to, properties };
}

function toEntry(r: FtmEntity, warnings: string[], where: string): ListEntry {
  const p = r.properties;
  const e = newEntry(r.id, TYPES[r.schema]!);
  addNames(e, r);
  if (!e.names.length) throw parseError(where.split(' ')[0]!, r.id, `${r.schema} without a name`);
  for (const k of ['nationality', 'citizenship', 'country', 'jurisdiction', 'flag', 'mainCountry'])
    for (const c of p[k] ?? []) addCountries(e, c, warnings, where);
  for (const d of p.birthDate ?? []) addDate(e, parseDate(d));
  for (const b of p.birthPlace ?? []) addUnique(e.birthPlaces, b);
  for (const a of p.address ?? []) e.addresses.push({ full: a });
  for (const [k, type] of Object.entries(IDS)) for (const v of p[k] ?? []) addIdentifier(e, { type, value: v });
  for (const prog of p.program ?? []) addUnique(e.programs, prog);
  addDetails(e, p);
  return finish(e);
}

/** The caption (when it is one of the names) is primary; names and aliases strong, previous names former. */
function addNames(e: ListEntry, r: FtmEntity): void {
  const p = r.properties;
  const primary = r.caption && (p.name ?? []).includes(r.caption) ? r.caption : p.name?.[0];
  addName(e, primary ?? r.caption, 'primary');
  for (const n of p.name ?? []) addName(e, n, 'strong_alias');
  for (const n of p.alias ?? []) addName(e, n, 'strong_alias');
  for (const n of p.previousName ?? []) addName(e, n, 'former');
  for (const n of p.weakAlias ?? []) addName(e, n, 'weak_alias');
}

function addDetails(e: ListEntry, p: Props): void {
  if (p.gender?.[0]) e.gender = p.gender[0].toLowerCase();
  if (p.position?.length) e.positions = [...p.position];
  if (p.notes?.length) e.remarks = p.notes.join(' | ');
  if (p.sourceUrl?.[0]) e.sourceUrl = p.sourceUrl[0];
}
