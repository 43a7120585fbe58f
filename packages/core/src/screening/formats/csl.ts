/**
 * trade.gov Consolidated Screening List (CSL), CSV and JSON downloads
 * (https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.{csv,json}).
 * One file holds 11+ federal lists; each `source` becomes its own ParsedList so Entity List,
 * MEU and UVL hits keep their identity and the Entity List's licence requirement and review
 * policy (15 CFR 744 Supp. No. 4) travel with the entry.
 * CSV: 29 columns, multi-valued cells `;`-separated; `ids` items are
 * "[country, ][expiration, ][issue, ]number, type". JSON: `{ "results": [ ... ] }` with arrays.
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
import { columns, parseCsv } from './csv';
import { parseDate } from './dates';
import { checkJson, clean, decodeText, DEFAULT_MAX_ROWS, parseError, tooManyRows, type ParseOptions } from './input';
import { identifierType } from './ofac-remarks';

/** CSL `source` abbreviation → our list id. */
const LISTS: Record<string, string> = {
  SDN: 'us-ofac-sdn',
  EL: 'us-bis-entity-list',
  MEU: 'us-bis-meu',
  UVL: 'us-bis-uvl',
  DPL: 'us-bis-dpl',
  DTC: 'us-ddtc-debarred',
  ISN: 'us-state-isn',
  SSI: 'us-ofac-ssi',
  PLC: 'us-ofac-plc',
  CMIC: 'us-ofac-cmic',
  CAP: 'us-ofac-capta',
  'NS-MBS LIST': 'us-ofac-ns-mbs',
  'NS-MBS': 'us-ofac-ns-mbs',
  FSE: 'us-ofac-fse',
};
const TYPES: Record<string, EntityType> = {
  individual: 'person',
  entity: 'organization',
  vessel: 'vessel',
  aircraft: 'aircraft',
};

/** A CSL record with every multi-valued field as an array (the JSON shape). */
export interface CslRecord {
  line: string;
  _id?: string;
  source?: string;
  entity_number?: string;
  type?: string;
  name?: string;
  title?: string;
  programs: string[];
  alt_names: string[];
  citizenships: string[];
  nationalities: string[];
  dates_of_birth: string[];
  places_of_birth: string[];
  addresses: {
    address?: string;
    city?: string;
    state?: string;
    postal_code?: string;
    country?: string;
    full?: string;
  }[];
  ids: { type?: string; number?: string; country?: string; issue_date?: string; expiration_date?: string }[];
  federal_register_notice?: string;
  start_date?: string;
  license_requirement?: string;
  license_policy?: string;
  call_sign?: string;
  vessel_flag?: string;
  vessel_owner?: string;
  remarks?: string;
  source_list_url?: string;
  source_information_url?: string;
}

const CSV_COLUMNS = [
  '_id',
  'source',
  'name',
  'type',
  'programs',
  'addresses',
  'alt_names',
  'ids',
  'license_requirement',
  'license_policy',
  'federal_register_notice',
] as const;
const split = (v: string | undefined) =>
  (v ?? '')
    .split(/\s*;\s*/)
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * The Federal Register writes an entry's aliases as an English enumeration ("a.k.a., the following three aliases:
 * -HPSTAR; and -Beijing High Voltage Science Research Center"), and the CSL copies its conjunction into the alias
 * cells: as a prefix ("and Beijing ...") or as an item of its own ("HPSTAR; and; Beijing ..."). Neither is part of
 * a name: the prefix is cut, and an item that is only the conjunction is no alias.
 */
function altNames(names: string[]): string[] {
  return names.map((n) => n.replace(/^and\b[\s,]*/i, '').trim()).filter(Boolean);
}

export function parseCslCsv(file: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedList[] {
  const rows = parseCsv(decodeText(file, bytes, options), file, ',', options);
  const col = columns(file, rows[0], CSV_COLUMNS);
  const width = rows[0]!.cells.length;
  const records = rows.slice(1).map((r): CslRecord => {
    if (r.cells.length !== width)
      throw parseError(file, `line ${r.line}`, `expected ${width} fields as in the header, found ${r.cells.length}`);
    const at = (k: string) => clean(col[k] === undefined ? undefined : r.cells[col[k]!]);
    return {
      line: `line ${r.line}`,
      _id: at('_id'),
      source: at('source'),
      entity_number: at('entity_number'),
      type: at('type'),
      name: at('name'),
      title: at('title'),
      programs: split(at('programs')),
      alt_names: altNames(split(at('alt_names'))),
      citizenships: split(at('citizenships')),
      nationalities: split(at('nationalities')),
      dates_of_birth: split(at('dates_of_birth')),
      places_of_birth: split(at('places_of_birth')),
      addresses: split(at('addresses')).map((full) => ({ full })),
      ids: split(at('ids')).map((s) => {
        const p = s.split(/\s*,\s*/);
        const type = p.pop();
        const number = p.pop();
        const country = p[0] && /^[A-Z]{2}$/.test(p[0]) ? p[0] : undefined;
        return compact({ type, number, country });
      }),
      federal_register_notice: at('federal_register_notice'),
      start_date: at('start_date'),
      license_requirement: at('license_requirement'),
      license_policy: at('license_policy'),
      call_sign: at('call_sign'),
      vessel_flag: at('vessel_flag'),
      vessel_owner: at('vessel_owner'),
      remarks: at('remarks'),
      source_list_url: at('source_list_url'),
      source_information_url: at('source_information_url'),
    };
  });
  return buildLists(file, records, 'csl-csv');
}

export function parseCslJson(file: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedList[] {
  let doc: unknown;
  try {
    doc = JSON.parse(decodeText(file, bytes, options));
  } catch (e) {
    if (e instanceof Error && e.name === 'DomainError') throw e;
    throw parseError(file, undefined, `not valid JSON (${e instanceof Error ? e.message : String(e)}); truncated?`);
  }
  const results = (doc as { results?: unknown })?.results;
  if (!Array.isArray(results))
    throw parseError(file, '/results', 'expected an object with a "results" array (CSL JSON)');
  if (results.length > (options.maxRows ?? DEFAULT_MAX_ROWS))
    throw tooManyRows(file, '/results', options.maxRows ?? DEFAULT_MAX_ROWS);
  checkJson(file, '', doc, options);
  const arr = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? split(v) : []);
  const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? clean(String(v)) : undefined);
  const records = results.map((r: Record<string, unknown>, i): CslRecord => {
    if (!r || typeof r !== 'object') throw parseError(file, `/results/${i}`, 'not an object');
    const rec: CslRecord = {
      line: `/results/${i}`,
      programs: arr(r.programs),
      alt_names: altNames(arr(r.alt_names)),
      citizenships: arr(r.citizenships),
      nationalities: arr(r.nationalities),
      dates_of_birth: arr(r.dates_of_birth),
      places_of_birth: arr(r.places_of_birth),
      addresses: Array.isArray(r.addresses) ? (r.addresses as CslRecord['addresses']) : [],
      ids: Array.isArray(r.ids) ? (r.ids as CslRecord['ids']) : [],
    };
    for (const k of [
      '_id',
      'id',
      'source',
      'entity_number',
      'type',
      'name',
      'title',
      'federal_register_notice',
      'start_date',
      'license_requirement',
      'license_policy',
      'call_sign',
      'vessel_flag',
      'vessel_owner',
      'remarks',
      'source_list_url',
      'source_information_url',
    ] as const) {
      const v = str(r[k]);
      if (v) (rec as unknown as Record<string, string>)[k === 'id' ? '_id' : k] = v;
    }
    return rec;
  });
  return buildLists(file, records, 'csl-json');
}

function buildLists(file: string, records: CslRecord[], format: string): ParsedList[] {
  const lists = new Map<string, ParsedList>();
  const seen = new Map<string, Set<string>>();
  for (const r of records) {
    if (!r.name) throw parseError(file, r.line, 'name is empty');
    if (!r.source) throw parseError(file, r.line, 'source is empty');
    const abbr = /\(([^)]+)\)/.exec(r.source)?.[1]?.toUpperCase() ?? '';
    const listId = LISTS[abbr] ?? `us-csl-${(abbr || r.source).toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    let list = lists.get(listId);
    if (!list) {
      list = makeList({
        list: listId,
        title: r.source.replace(/\s*-\s*[^-]*$/, ''),
        publisher: `US ${r.source.replace(/^.*-\s*/, '')} (via trade.gov CSL)`,
        format,
        entries: [],
        warnings: [],
      });
      if (!LISTS[abbr]) list.warnings.push(`${file} ${r.line}: unknown CSL source "${r.source}"`);
      lists.set(listId, list);
      seen.set(listId, new Set());
    }
    list.entries.push(toEntry(r, seen.get(listId)!, list.warnings, `${file} ${r.line}`));
  }
  return [...lists.values()];
}

function toEntry(r: CslRecord, seen: Set<string>, warnings: string[], where: string): ListEntry {
  const base = r._id ?? r.entity_number ?? r.name!;
  // A handful of _ids repeat inside one source (CAP, 2022); keep both rows, distinguishably.
  let id = base;
  for (let k = 2; seen.has(id); k++) id = `${base}#${k}`;
  seen.add(id);
  const e = newEntry(id, TYPES[(r.type ?? '').toLowerCase()] ?? 'unknown');
  addName(e, r.name, 'primary');
  for (const n of r.alt_names) addName(e, n, 'strong_alias');
  for (const p of r.programs) addUnique(e.programs, p);
  if (r.entity_number && r.entity_number !== id) e.otherIds = [`entity_number ${r.entity_number}`];
  if (r.title) e.positions = [r.title];
  for (const c of [...r.nationalities, ...r.citizenships]) addCountries(e, c, warnings, where);
  for (const d of r.dates_of_birth) addDate(e, parseDate(d));
  for (const p of r.places_of_birth) addUnique(e.birthPlaces, p);
  for (const a of r.addresses) addAddress(e, a, where);
  for (const x of r.ids) addId(e, x, where);
  addVessel(e, r, warnings, where);
  const listed = parseDate(r.start_date);
  if (listed) e.listedOn = listed.date;
  Object.assign(
    e,
    compact({
      subList: r.source,
      remarks: r.remarks,
      licenseRequirement: r.license_requirement,
      licensePolicy: r.license_policy,
      federalRegisterNotice: r.federal_register_notice,
      sourceUrl: r.source_information_url ?? r.source_list_url,
    }),
  );
  return finish(e);
}

function addAddress(e: ListEntry, a: CslRecord['addresses'][number], where: string): void {
  const full = a.full ?? [a.address, a.city, a.state, a.postal_code, a.country].filter(Boolean).join(', ');
  const country = codeOf(a.country ?? full.split(',').at(-1), [], where);
  if (full)
    e.addresses.push(
      compact({ full, street: a.address, city: a.city, region: a.state, postalCode: a.postal_code, country }),
    );
  if (country) addUnique(e.countries, country);
}

/** An `ids` item: gender, or an identifier of a known type with its dates as the note. */
function addId(e: ListEntry, x: CslRecord['ids'][number], where: string): void {
  const label = clean(x.type) ?? '';
  if (/^gender$/i.test(label)) e.gender = (x.number ?? '').toLowerCase();
  const type = identifierType(label);
  if (!type || !x.number) return;
  const note = [label, x.issue_date && `issued ${x.issue_date}`, x.expiration_date && `expires ${x.expiration_date}`]
    .filter(Boolean)
    .join('; ');
  addIdentifier(
    e,
    compact({
      type,
      value: type === 'imo' ? x.number.replace(/^IMO\s*/i, '') : x.number,
      country: codeOf(x.country, [], where),
      note,
    }),
  );
}

function addVessel(e: ListEntry, r: CslRecord, warnings: string[], where: string): void {
  if (r.call_sign) addIdentifier(e, { type: 'call_sign', value: r.call_sign });
  if (r.vessel_flag) addCountry(e, r.vessel_flag, warnings, where);
  if (r.vessel_owner) (e.related ??= []).push({ relation: 'vessel_owner', name: r.vessel_owner });
}
