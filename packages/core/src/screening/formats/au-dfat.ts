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

export function parseDfat(file: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedList {
  const rows = readXlsx(file, bytes, options).map((r) => ({ line: r.row, cells: r.cells }));
  const col = columns(file, rows[0], REQUIRED);
  const at = (r: { cells: string[] }, name: string) => clean(col[name] === undefined ? undefined : r.cells[col[name]!]);
  const warnings: string[] = [];
  const groups = new Map<string, ListEntry>();
  for (const r of rows.slice(1)) {
    const where = `${file} row ${r.line}`;
    const ref = at(r, 'Reference');
    const name = at(r, 'Name of Individual or Entity');
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
    const typeText = (at(r, 'Type') ?? '').toLowerCase();
    if (!e) {
      e = newEntry(id, TYPES[typeText] ?? 'unknown');
      if (!TYPES[typeText]) warnings.push(`${where}: unknown Type "${typeText}"`);
      groups.set(id, e);
    }
    const nameType = (at(r, 'Name Type') ?? '').toLowerCase();
    const strength = (at(r, 'Alias Strength') ?? '').toLowerCase();
    if (nameType === 'primary name') addName(e, name, 'primary');
    else if (nameType === 'original script') addName(e, name, 'strong_alias');
    else addName(e, name, strength === 'weak' ? 'weak_alias' : 'strong_alias');
    // Listing details repeat on every row of the group; de-duplication keeps one copy.
    for (const part of (at(r, 'Date of Birth') ?? '').split(/\s*[;,]\s*(?=\d|[A-Z])|\s+(?=\d{1,2}\/\d)/)) {
      if (!part.trim()) continue;
      // A DOB cell holding a real date comes back as its Excel serial number.
      const d = /^\d{5}$/.test(part) ? { date: excelDate(Number(part)) } : parseDate(part);
      if (d) addDate(e, d);
      else warnings.push(`${where}: date of birth "${part}" not understood`);
    }
    addUnique(e.birthPlaces, at(r, 'Place of Birth'));
    addCountries(e, at(r, 'Citizenship'), warnings, where);
    const address = at(r, 'Address');
    if (address && !e.addresses.some((a) => a.full === address)) {
      const country = codeOf(address.split(',').at(-1), [], where);
      e.addresses.push(compact({ full: address, country }));
    }
    const imo = at(r, 'IMO Number');
    if (imo) addIdentifier(e, { type: 'imo', value: imo.replace(/^IMO\s*/i, '') });
    addUnique(e.programs, at(r, 'Committees'));
    const control = at(r, 'Control Date');
    if (control && !e.listedOn)
      e.listedOn = /^\d+(\.\d+)?$/.test(control) ? excelDate(Number(control)) : (parseDate(control)?.date ?? control);
    const info = [at(r, 'Additional Information'), at(r, 'Listing Information'), at(r, 'Instrument of Designation')]
      .filter(Boolean)
      .join(' | ');
    if (info && !e.remarks) e.remarks = info;
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
