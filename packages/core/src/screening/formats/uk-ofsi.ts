/**
 * UK OFSI Consolidated List of Financial Sanctions Targets, spreadsheet form (ConList.xlsx;
 * retired 28 Jan 2026 in favour of the FCDO UK Sanctions List). Row 1 "Last Updated" + date,
 * row 2 the header, then one row per name: rows sharing a Group ID are one target. Alias Type
 * "Primary name" / "Primary name variation" / "AKA" / "FKA"; Alias Quality "Good quality" /
 * "Low quality" (OFSI guidance: low-quality aliases are weak identifiers).
 */
import type { EntityType, ListEntry, ParsedList } from '../model';
import {
  addCountries,
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
import { columns } from './csv';
import { parseDate } from './dates';
import { clean, parseError, type ParseOptions } from './input';
import { readXlsx } from './xlsx';

const REQUIRED = ['Name 6', 'Name 1', 'Group Type', 'Alias Type', 'Group ID'] as const;
const TYPES: Record<string, EntityType> = { individual: 'person', entity: 'organization', ship: 'vessel' };

/** A row's cleaned cell for a column title. */
type At = (name: string) => string | undefined;

export function parseOfsiXlsx(file: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedList {
  const rows = readXlsx(file, bytes, options).map((r) => ({ line: r.row, cells: r.cells }));
  const headerAt = rows.findIndex((r) => r.cells.includes('Group ID'));
  const col = columns(file, rows[headerAt >= 0 ? headerAt : 0], REQUIRED);
  const published = rows[0]?.cells[0] === 'Last Updated' ? parseDate(rows[0].cells[1])?.date : undefined;
  const warnings: string[] = [];
  const groups = new Map<string, ListEntry>();
  for (const r of rows.slice(headerAt + 1)) {
    const at: At = (name) => clean(col[name] === undefined ? undefined : r.cells[col[name]!]);
    const where = `${file} row ${r.line}`;
    const id = at('Group ID');
    if (!id) {
      if (r.cells.some((c) => c.trim())) throw parseError(file, `row ${r.line}`, 'Group ID is empty');
      continue;
    }
    const type = (at('Group Type') ?? '').toLowerCase();
    let e = groups.get(id);
    if (!e) {
      e = newEntry(id, TYPES[type] ?? 'unknown');
      if (!TYPES[type]) warnings.push(`${where}: unknown Group Type "${type}"`);
      groups.set(id, e);
    }
    if (!addRowName(e, at, type === 'individual')) throw parseError(file, `row ${r.line}`, 'no name in Name 1..6');
    addRowDetails(e, at, warnings, where);
  }
  const entries = [...groups.values()].map(finish);
  return makeList({
    list: options.list ?? 'uk-ofsi',
    title: 'UK OFSI Consolidated List of Financial Sanctions Targets',
    publisher: 'HM Treasury OFSI',
    format: 'uk-ofsi-xlsx',
    entries,
    warnings,
    publishedAt: published,
  });
}

/** The row's name (Name 1..5 given, Name 6 family) and its non-Latin form; false when Name 1..6 are empty. */
function addRowName(e: ListEntry, at: At, individual: boolean): boolean {
  const given = ['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5']
    .map((n) => at(n))
    .filter(Boolean)
    .join(' ');
  const family = at('Name 6');
  const full = [given, family].filter(Boolean).join(' ');
  if (!full) return false;
  const alias = (at('Alias Type') ?? '').toLowerCase();
  const quality = (at('Alias Quality') ?? '').toLowerCase();
  const kind =
    alias === 'primary name'
      ? 'primary'
      : alias === 'fka'
        ? 'former'
        : quality.startsWith('low')
          ? 'weak_alias'
          : 'strong_alias';
  addName(e, full, kind, compact({ given: individual ? given : undefined, family: individual ? family : undefined }));
  addName(
    e,
    at('Name Non-Latin Script'),
    'strong_alias',
    compact({ lang: at('Non-Latin Script Language')?.toLowerCase() }),
  );
  return true;
}

/** Birth, nationality, documents, position, address, regime, listing date and other information of a row. */
function addRowDetails(e: ListEntry, at: At, warnings: string[], where: string): void {
  const dob = at('DOB');
  if (dob) {
    const d = parseDate(dob, 'dmy');
    if (d) addDate(e, d);
    else warnings.push(`${where}: DOB "${dob}" not understood`);
  }
  addUnique(e.birthPlaces, [at('Town of Birth'), at('Country of Birth')].filter(Boolean).join(', '));
  addCountries(e, at('Nationality'), warnings, where);
  const passport = at('Passport Number');
  if (passport) addIdentifier(e, compact({ type: 'passport', value: passport, note: at('Passport Details') }));
  const nid = at('National Identification Number');
  if (nid) addIdentifier(e, compact({ type: 'national_id', value: nid, note: at('National Identification Details') }));
  const position = at('Position');
  if (position) addUnique((e.positions ??= []), position);
  addAddress(e, at, warnings, where);
  addUnique(e.programs, at('Regime'));
  const listed = parseDate(at('Listed On'), 'dmy');
  if (listed && !e.listedOn) e.listedOn = listed.date;
  const other = at('Other Information');
  if (other && !e.remarks) addOtherInformation(e, other);
}

function addAddress(e: ListEntry, at: At, warnings: string[], where: string): void {
  const lines = ['Address 1', 'Address 2', 'Address 3', 'Address 4', 'Address 5', 'Address 6']
    .map((n) => at(n))
    .filter(Boolean);
  const postalCode = at('Post/Zip Code');
  const countryText = at('Country');
  const addrFull = [...lines, postalCode, countryText].filter(Boolean).join(', ');
  if (addrFull && !e.addresses.some((a) => a.full === addrFull)) {
    const country = codeOf(countryText, warnings, where);
    e.addresses.push(compact({ full: addrFull, street: lines.join(', '), postalCode, country }));
  }
}

/** "Other Information" becomes the remarks; the UK Sanctions List Ref and Gender it states are read out. */
function addOtherInformation(e: ListEntry, other: string): void {
  e.remarks = other;
  const ref = /\(UK Sanctions List Ref\):\s*([A-Z]{3}\d{4})/.exec(other);
  if (ref) e.otherIds = [`UK Sanctions List Ref ${ref[1]}`];
  const g = /\(Gender\):\s*(\w+)/.exec(other);
  if (g) e.gender = g[1]!.toLowerCase();
}
