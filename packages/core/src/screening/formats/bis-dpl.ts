/**
 * BIS Denied Persons List, tab-delimited export (dpl.txt; 15 CFR 764.3(a)(2) denial orders):
 * header Name, Street_Address, City, State, Country, Postal_Code, Effective_Date,
 * Expiration_Date, Standard_Order, Last_Update, Action, FR_Citation; every field quoted.
 * One row per (person, address): rows with the same Name and Effective_Date are one denial
 * order and become one entry with several addresses. US dates are month-first.
 */
import type { ListEntry, ParsedList } from '../model';
import { addUnique, codeOf, compact, finish, makeList, newEntry, addName } from './build';
import { columns, parseCsv } from './csv';
import { parseDate } from './dates';
import { clean, decodeText, parseError, type ParseOptions } from './input';

const REQUIRED = [
  'Name',
  'Street_Address',
  'City',
  'State',
  'Country',
  'Postal_Code',
  'Effective_Date',
  'Expiration_Date',
  'Standard_Order',
  'Last_Update',
  'Action',
  'FR_Citation',
] as const;

export function parseBisDpl(file: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedList {
  const rows = parseCsv(decodeText(file, bytes, options), file, '\t', options);
  const col = columns(file, rows[0], REQUIRED);
  const warnings: string[] = [];
  const byKey = new Map<string, ListEntry>();
  let latest = '';
  for (const r of rows.slice(1)) {
    if (r.cells.length !== rows[0]!.cells.length)
      throw parseError(
        file,
        `line ${r.line}`,
        `expected ${rows[0]!.cells.length} tab-separated fields, found ${r.cells.length}`,
      );
    const at = (k: Column) => clean(r.cells[col[k]]);
    const name = at('Name');
    if (!name) throw parseError(file, `line ${r.line}`, 'Name is empty');
    const effective = parseDate(at('Effective_Date'), 'mdy')?.date;
    const id = `${name}|${effective ?? at('Effective_Date') ?? ''}`;
    const e = byKey.get(id) ?? newDenial(id, name, effective, at);
    byKey.set(id, e);
    const street = at('Street_Address');
    const city = at('City');
    const region = at('State');
    const postalCode = at('Postal_Code');
    const country = codeOf(at('Country'), warnings, `${file} line ${r.line}`);
    const full = [street, city, region, postalCode, at('Country')].filter(Boolean).join(', ');
    if (full) e.addresses.push(compact({ full, street, city, region, postalCode, country }));
    if (country) addUnique(e.countries, country);
    // One real row carries the placeholder Last_Update 3033-09-30; it must not date the file.
    const updated = at('Last_Update');
    if (updated && /^\d{4}-\d{2}-\d{2}$/.test(updated) && updated < '2100' && updated > latest) latest = updated;
  }
  return makeList({
    list: options.list ?? 'us-bis-dpl',
    title: 'Denied Persons List',
    publisher: 'US Commerce BIS',
    format: 'bis-dpl-txt',
    entries: [...byKey.values()].map(finish),
    warnings,
    publishedAt: latest || undefined,
  });
}

type Column = (typeof REQUIRED)[number];

/** The entry for the first row of an order: name, listing date, Federal Register notice and order remarks. */
function newDenial(id: string, name: string, effective: string | undefined, at: (k: Column) => string | undefined) {
  // The DPL does not say whether a party is a person or a company.
  const e = newEntry(id, 'unknown');
  addName(e, name, 'primary');
  e.programs.push('DPL');
  if (effective) e.listedOn = effective;
  const fr = at('FR_Citation');
  if (fr) e.federalRegisterNotice = fr;
  const expires = at('Expiration_Date');
  const remarks = [
    at('Action'),
    expires && `expires ${expires}`,
    at('Standard_Order') === 'Y' ? 'standard order' : undefined,
  ].filter(Boolean);
  if (remarks.length) e.remarks = remarks.join('; ');
  return e;
}
