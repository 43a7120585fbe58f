/**
 * Australia DFAT Consolidated List (regulation8_consolidated.xlsx, dfat.gov.au "Consolidated
 * List"): one row per name; rows of one listing share a Reference ("2", "2a", "2b"...).
 * "Name Type" is Primary Name / Alias / Original Script, "Alias Strength" Strong / Weak
 * (empty on primary and original-script rows). Control Date is an Excel serial date.
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
import { excelDate, readXlsx } from './xlsx';

const REQUIRED = [
  'Reference',
  'Name of Individual or Entity',
  'Type',
  'Name Type',
  'Alias Strength',
  'Date of Birth',
  'Citizenship',
] as const;
const TYPES: Record<string, EntityType> = { individual: 'person', entity: 'organization', vessel: 'vessel' };

/** A row's cleaned cell for a column title. */
type At = (name: string) => string | undefined;

export function parseDfat(file: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedList {
  const rows = readXlsx(file, bytes, options).map((r) => ({ line: r.row, cells: r.cells }));
  const col = columns(file, rows[0], REQUIRED);
  const warnings: string[] = [];
  const groups = new Map<string, ListEntry>();
  for (const r of rows.slice(1)) {
    const at: At = (name) => clean(col[name] === undefined ? undefined : r.cells[col[name]!]);
    const where = `${file} row ${r.line}`;
    const ref = at('Reference');
    const name = at('Name of Individual or Entity');
    if (!ref && !name) continue;
    const m = ref ? /^(\d+)([a-z]*)$/i.exec(ref) : null;
    if (!m)
      throw parseError(
        file,
        `row ${r.line}`,
        `Reference "${ref ?? ''}" is not a DFAT reference (digits, optional letter suffix)`,
      );
    if (!name) throw parseError(file, `row ${r.line}`, 'empty name');
    const id = m[1]!;
    let e = groups.get(id);
    const typeText = (at('Type') ?? '').toLowerCase();
    if (!e) {
      e = newEntry(id, TYPES[typeText] ?? 'unknown');
      if (!TYPES[typeText]) warnings.push(`${where}: unknown Type "${typeText}"`);
      groups.set(id, e);
    }
    addRow(e, name, at, { warnings, where });
  }
  const entries = [...groups.values()].map(finish);
  for (const e of entries) {
    if (!e.names.some((n) => n.kind === 'primary'))
      warnings.push(`${file} Reference ${e.sourceId}: no Primary Name row; first name used`);
  }
  return makeList({
    list: options.list ?? 'au-dfat',
    title: 'Australian Consolidated Sanctions List',
    publisher: 'Australia DFAT',
    format: 'au-dfat-xlsx',
    entries,
    warnings,
  });
}

/** One name row of a Reference group: its name, then the listing details every row repeats. */
function addRow(e: ListEntry, name: string, at: At, { warnings, where }: { warnings: string[]; where: string }): void {
  const nameType = (at('Name Type') ?? '').toLowerCase();
  const strength = (at('Alias Strength') ?? '').toLowerCase();
  if (nameType === 'primary name') addName(e, name, 'primary');
  else if (nameType === 'original script') addName(e, name, 'strong_alias');
  else addName(e, name, strength === 'weak' ? 'weak_alias' : 'strong_alias');
  // Listing details repeat on every row of the group; de-duplication keeps one copy.
  addBirthDates(e, at('Date of Birth'), warnings, where);
  addUnique(e.birthPlaces, at('Place of Birth'));
  addCountries(e, at('Citizenship'), warnings, where);
  const address = at('Address');
  if (address && !e.addresses.some((a) => a.full === address)) {
    const country = codeOf(address.split(',').at(-1), [], where);
    e.addresses.push(compact({ full: address, country }));
  }
  const imo = at('IMO Number');
  if (imo) addIdentifier(e, { type: 'imo', value: imo.replace(/^IMO\s*/i, '') });
  addUnique(e.programs, at('Committees'));
  const control = at('Control Date');
  if (control && !e.listedOn)
    e.listedOn = /^\d+(\.\d+)?$/.test(control) ? excelDate(Number(control)) : (parseDate(control)?.date ?? control);
  const info = [at('Additional Information'), at('Listing Information'), at('Instrument of Designation')]
    .filter(Boolean)
    .join(' | ');
  if (info && !e.remarks) e.remarks = info;
}

function addBirthDates(e: ListEntry, cell: string | undefined, warnings: string[], where: string): void {
  for (const part of (cell ?? '').split(/\s*[;,]\s*(?=\d|[A-Z])|\s+(?=\d{1,2}\/\d)/)) {
    if (!part.trim()) continue;
    // A DOB cell holding a real date comes back as its Excel serial number.
    const d = /^\d{5}$/.test(part) ? { date: excelDate(Number(part)) } : parseDate(part);
    if (d) addDate(e, d);
    else warnings.push(`${where}: date of birth "${part}" not understood`);
  }
}
