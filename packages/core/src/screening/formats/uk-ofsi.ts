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

export function parseOfsiXlsx(file: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedList {
  const rows = readXlsx(file, bytes, options).map((r) => ({ line: r.row, cells: r.cells }));
  const headerAt = rows.findIndex((r) => r.cells.includes('Group ID'));
  const col = columns(file, rows[headerAt >= 0 ? headerAt : 0], REQUIRED);
  const published = rows[0]?.cells[0] === 'Last Updated' ? parseDate(rows[0].cells[1])?.date : undefined;
  const at = (r: { cells: string[] }, name: string) => clean(col[name] === undefined ? undefined : r.cells[col[name]!]);
  const warnings: string[] = [];
  const groups = new Map<string, ListEntry>();
  for (const r of rows.slice(headerAt + 1)) {
    const where = `${file} row ${r.line}`;
    const id = at(r, 'Group ID');
    if (!id) {
      if (r.cells.some((c) => c.trim())) throw parseError(file, `row ${r.line}`, 'Group ID is empty');
      continue;
    }
    const type = (at(r, 'Group Type') ?? '').toLowerCase();
    let e = groups.get(id);
    if (!e) {
      e = newEntry(id, TYPES[type] ?? 'unknown');
      if (!TYPES[type]) warnings.push(`${where}: unknown Group Type "${type}"`);
      groups.set(id, e);
    }
    const given = ['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5']
      .map((n) => at(r, n))
      .filter(Boolean)
      .join(' ');
    const family = at(r, 'Name 6');
    const full = [given, family].filter(Boolean).join(' ');
    if (!full) throw parseError(file, `row ${r.line}`, 'no name in Name 1..6');
    const alias = (at(r, 'Alias Type') ?? '').toLowerCase();
    const quality = (at(r, 'Alias Quality') ?? '').toLowerCase();
    const kind =
      alias === 'primary name'
        ? 'primary'
        : alias === 'fka'
          ? 'former'
          : quality.startsWith('low')
            ? 'weak_alias'
            : 'strong_alias';
    addName(
      e,
      full,
      kind,
      compact({ given: type === 'individual' ? given : undefined, family: type === 'individual' ? family : undefined }),
    );
    addName(
      e,
      at(r, 'Name Non-Latin Script'),
      'strong_alias',
      compact({ lang: at(r, 'Non-Latin Script Language')?.toLowerCase() }),
    );
    const dob = at(r, 'DOB');
    if (dob) {
      const d = parseDate(dob, 'dmy');
      if (d) addDate(e, d);
      else warnings.push(`${where}: DOB "${dob}" not understood`);
    }
    addUnique(e.birthPlaces, [at(r, 'Town of Birth'), at(r, 'Country of Birth')].filter(Boolean).join(', '));
    addCountries(e, at(r, 'Nationality'), warnings, where);
    const passport = at(r, 'Passport Number');
    if (passport) addIdentifier(e, compact({ type: 'passport', value: passport, note: at(r, 'Passport Details') }));
    const nid = at(r, 'National Identification Number');
    if (nid)
      addIdentifier(e, compact({ type: 'national_id', value: nid, note: at(r, 'National Identification Details') }));
    const position = at(r, 'Position');
    if (position) addUnique((e.positions ??= []), position);
    const lines = ['Address 1', 'Address 2', 'Address 3', 'Address 4', 'Address 5', 'Address 6']
      .map((n) => at(r, n))
      .filter(Boolean);
    const postalCode = at(r, 'Post/Zip Code');
    const countryText = at(r, 'Country');
    const addrFull = [...lines, postalCode, countryText].filter(Boolean).join(', ');
    if (addrFull && !e.addresses.some((a) => a.full === addrFull)) {
      const country = codeOf(countryText, warnings, where);
      e.addresses.push(compact({ full: addrFull, street: lines.join(', '), postalCode, country }));
    }
    addUnique(e.programs, at(r, 'Regime'));
    const listed = parseDate(at(r, 'Listed On'), 'dmy');
    if (listed && !e.listedOn) e.listedOn = listed.date;
    const other = at(r, 'Other Information');
    if (other && !e.remarks) {
      e.remarks = other;
      const ref = /\(UK Sanctions List Ref\):\s*([A-Z]{3}\d{4})/.exec(other);
      if (ref) e.otherIds = [`UK Sanctions List Ref ${ref[1]}`];
      const g = /\(Gender\):\s*(\w+)/.exec(other);
      if (g) e.gender = g[1]!.toLowerCase();
    }
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
