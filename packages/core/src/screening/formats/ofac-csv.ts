/**
 * OFAC legacy delimited files (OFAC "dat_spec": SDN.CSV, ALT.CSV, ADD.CSV, SDN_COMMENTS.CSV and
 * the non-SDN CONS_PRIM/ALT/ADD/COMMENTS.CSV): no header, `"`-quoted fields, the literal
 * `-0-` for null, a trailing Ctrl-Z (0x1A) end-of-file byte. OFAC's files were historically
 * Windows-1252, so a non-UTF-8 file is read as 1252 rather than refused.
 */
import type { EntityType, ListEntry, ParsedList } from '../model';
import { addCountry, addIdentifier, addName, finish, makeList, newEntry } from './build';
import { parseCsv, type CsvRow } from './csv';
import { applyRemarks } from './ofac-remarks';
import { baseName, clean, decodeText, parseError, type InputFile, type ParseOptions } from './input';

type Role = 'prim' | 'alt' | 'add' | 'comments';
const WIDTH: Record<Role, number> = { prim: 12, alt: 5, add: 6, comments: 2 };

/** Which member of the trio a file name is, and whether it is the SDN or the consolidated set. */
export function ofacCsvRole(name: string): { role: Role; cons: boolean } | undefined {
  const m = /^(cons_|sdn_)?(sdn|prim|alt|add|comments)\.(?:csv|txt)$/i.exec(baseName(name));
  if (!m) return undefined;
  const stem = m[2]!.toLowerCase();
  const role: Role = stem === 'sdn' || stem === 'prim' ? 'prim' : (stem as Role);
  if (role === 'comments' && !m[1]) return undefined;
  return { role, cons: m[1]?.toLowerCase() === 'cons_' };
}

const nul = (v: string | undefined) => (v === undefined || v.trim() === '-0-' ? undefined : clean(v));

/** Rows of one OFAC legacy file, with width and ent_num checked. */
export function readOfacRows(file: string, bytes: Uint8Array, role: Role, options: ParseOptions = {}): CsvRow[] {
  let text = decodeText(file, bytes, options, true);
  // OFAC ends each file with a DOS end-of-file byte (Ctrl-Z, 0x1A) after the last CRLF.
  const eof = text.lastIndexOf(String.fromCharCode(26));
  if (eof >= 0 && text.slice(eof + 1).trim() === '') text = text.slice(0, eof);
  const rows = parseCsv(text, file, ',', options);
  for (const r of rows) {
    if (r.cells.length !== WIDTH[role]) {
      throw parseError(
        file,
        `line ${r.line}`,
        `expected ${WIDTH[role]} fields (OFAC ${role} layout), found ${r.cells.length}`,
      );
    }
    if (!/^\d+$/.test(r.cells[0]!.trim()))
      throw parseError(file, `line ${r.line}`, `ent_num "${r.cells[0]}" is not a number`);
  }
  return rows;
}

const TYPES: Record<string, EntityType> = { individual: 'person', vessel: 'vessel', aircraft: 'aircraft' };

/**
 * The trio (or sdn.csv alone). Files are matched by name: sdn.csv / cons_prim.csv is required,
 * alt/add/comments are optional and joined on ent_num.
 */
export function parseOfacCsv(files: InputFile[], options: ParseOptions = {}): ParsedList {
  const byRole = new Map<Role, InputFile>();
  let cons = false;
  for (const f of files) {
    const r = ofacCsvRole(f.name);
    if (!r)
      throw parseError(
        f.name,
        undefined,
        'not an OFAC legacy CSV file name (sdn.csv, alt.csv, add.csv, sdn_comments.csv, cons_*.csv)',
      );
    byRole.set(r.role, f);
    cons ||= r.cons;
  }
  const prim = byRole.get('prim');
  if (!prim)
    throw parseError(
      files[0]?.name ?? 'ofac',
      undefined,
      `${cons ? 'cons_prim.csv' : 'sdn.csv'} is required with the alias/address files`,
    );
  const warnings: string[] = [];
  const byId = new Map<string, ListEntry>();
  const remarks = new Map<string, string>();
  for (const r of readOfacRows(prim.name, prim.bytes, 'prim', options)) {
    const [id, name, type, program, title, callSign, vessType, tonnage, grt, flag, owner, remark] = r.cells.map(nul);
    const where = `${prim.name} line ${r.line}`;
    if (!name) throw parseError(prim.name, `line ${r.line}`, 'SDN_Name is empty');
    if (byId.has(id!)) throw parseError(prim.name, `line ${r.line}`, `ent_num ${id} appears twice`);
    const e = newEntry(id!, type ? (TYPES[type.toLowerCase()] ?? 'unknown') : 'organization');
    if (type && !TYPES[type.toLowerCase()]) warnings.push(`${where}: unknown SDN_Type "${type}"`);
    addName(e, name, 'primary');
    for (const p of (program ?? '').split(/\]\s*\[/)) {
      const v = p.replace(/[[\]]/g, '').trim();
      if (v && !e.programs.includes(v)) e.programs.push(v);
    }
    if (title) e.positions = [title];
    if (callSign) addIdentifier(e, { type: 'call_sign', value: callSign });
    if (flag) addCountry(e, flag, warnings, where);
    if (owner) (e.related ??= []).push({ relation: 'vessel_owner', name: owner });
    const vessel = [vessType && `type ${vessType}`, tonnage && `tonnage ${tonnage}`, grt && `GRT ${grt}`].filter(
      Boolean,
    );
    if (vessel.length) remarks.set(`${id}:vessel`, `Vessel ${vessel.join(', ')}`);
    if (remark) remarks.set(id!, remark);
    byId.set(id!, e);
  }
  const com = byRole.get('comments');
  if (com) {
    for (const r of readOfacRows(com.name, com.bytes, 'comments', options)) {
      const id = r.cells[0]!.trim();
      // The overflow continues the Remarks text exactly where the field limit cut it.
      if (byId.has(id)) remarks.set(id, (remarks.get(id) ?? '') + (nul(r.cells[1]) ?? ''));
      else warnings.push(`${com.name} line ${r.line}: ent_num ${id} not in ${prim.name}`);
    }
  }
  for (const [id, e] of byId) {
    const text = remarks.get(id);
    const rest = text ? applyRemarks(e, text, warnings, `${prim.name} ent_num ${id}`) : [];
    const vessel = remarks.get(`${id}:vessel`);
    if (vessel) rest.unshift(vessel);
    if (rest.length) e.remarks = rest.join('; ');
  }
  const alt = byRole.get('alt');
  if (alt) {
    for (const r of readOfacRows(alt.name, alt.bytes, 'alt', options)) {
      const [id, , kind, name] = r.cells.map(nul);
      const e = byId.get(id!);
      if (!e) {
        warnings.push(`${alt.name} line ${r.line}: ent_num ${id} not in ${prim.name}`);
        continue;
      }
      // alt.csv holds OFAC's strong aliases; f.k.a. is a former name.
      addName(e, name, kind?.toLowerCase() === 'fka' ? 'former' : 'strong_alias');
    }
  }
  const add = byRole.get('add');
  if (add) {
    for (const r of readOfacRows(add.name, add.bytes, 'add', options)) {
      const [id, , street, city, country, note] = r.cells.map(nul);
      const e = byId.get(id!);
      if (!e) {
        warnings.push(`${add.name} line ${r.line}: ent_num ${id} not in ${prim.name}`);
        continue;
      }
      if (!street && !city && !country) continue;
      const code = addCountry(e, country, warnings, `${add.name} line ${r.line}`);
      const full = [street, city, country].filter(Boolean).join(', ');
      e.addresses.push({
        full,
        ...(street ? { street } : {}),
        ...(city ? { city } : {}),
        ...(code ? { country: code } : {}),
      });
      if (note) e.remarks = e.remarks ? `${e.remarks}; ${note}` : note;
    }
  }
  const entries = [...byId.values()].map(finish);
  return cons
    ? makeList(
        'us-ofac-cons',
        'OFAC Consolidated Sanctions List (non-SDN)',
        'US Treasury OFAC',
        'ofac-legacy-csv',
        entries,
        warnings,
      )
    : makeList(
        options.list ?? 'us-ofac-sdn',
        'OFAC Specially Designated Nationals and Blocked Persons List',
        'US Treasury OFAC',
        'ofac-legacy-csv',
        entries,
        warnings,
      );
}
