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

interface Joined {
  prim: InputFile;
  byId: Map<string, ListEntry>;
  /** Remarks text by ent_num, and the vessel details by `${ent_num}:vessel`. */
  remarks: Map<string, string>;
  warnings: string[];
}

/**
 * The trio (or sdn.csv alone). Files are matched by name: sdn.csv / cons_prim.csv is required,
 * alt/add/comments are optional and joined on ent_num.
 */
export function parseOfacCsv(files: InputFile[], options: ParseOptions = {}): ParsedList {
  const { byRole, cons } = filesByRole(files);
  const prim = byRole.get('prim');
  if (!prim)
    throw parseError(
      files[0]?.name ?? 'ofac',
      undefined,
      `${cons ? 'cons_prim.csv' : 'sdn.csv'} is required with the alias/address files`,
    );
  const joined: Joined = { prim, byId: new Map(), remarks: new Map(), warnings: [] };
  for (const r of readOfacRows(prim.name, prim.bytes, 'prim', options)) readPrimRow(joined, r);
  const com = byRole.get('comments');
  if (com) for (const r of readOfacRows(com.name, com.bytes, 'comments', options)) joinComment(joined, com.name, r);
  applyRemarkTexts(joined);
  const alt = byRole.get('alt');
  if (alt) for (const r of readOfacRows(alt.name, alt.bytes, 'alt', options)) joinAlias(joined, alt.name, r);
  const add = byRole.get('add');
  if (add) for (const r of readOfacRows(add.name, add.bytes, 'add', options)) joinAddress(joined, add.name, r);
  const entries = [...joined.byId.values()].map(finish);
  const { warnings } = joined;
  return cons
    ? makeList({
        list: 'us-ofac-cons',
        title: 'OFAC Consolidated Sanctions List (non-SDN)',
        publisher: 'US Treasury OFAC',
        format: 'ofac-legacy-csv',
        entries,
        warnings,
      })
    : makeList({
        list: options.list ?? 'us-ofac-sdn',
        title: 'OFAC Specially Designated Nationals and Blocked Persons List',
        publisher: 'US Treasury OFAC',
        format: 'ofac-legacy-csv',
        entries,
        warnings,
      });
}

function filesByRole(files: InputFile[]): { byRole: Map<Role, InputFile>; cons: boolean } {
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
  return { byRole, cons };
}

/** One sdn.csv / cons_prim.csv row: the entry, its programs, vessel fields and remarks text. */
function readPrimRow({ prim, byId, remarks, warnings }: Joined, r: CsvRow): void {
  const [id, name, type, program, title, callSign, vessType, tonnage, grt, flag, owner, remark] = r.cells.map(nul);
  const where = `${prim.name} line ${r.line}`;
  if (!name) throw parseError(prim.name, `line ${r.line}`, 'SDN_Name is empty');
  if (byId.has(id!)) throw parseError(prim.name, `line ${r.line}`, `ent_num ${id} appears twice`);
  const e = newEntry(id!, type ? (TYPES[type.toLowerCase()] ?? 'unknown') : 'organization');
  if (type && !TYPES[type.toLowerCase()]) warnings.push(`${where}: unknown SDN_Type "${type}"`);
  addName(e, name, 'primary');
  addPrograms(e, program);
  if (title) e.positions = [title];
  if (callSign) addIdentifier(e, { type: 'call_sign', value: callSign });
  if (flag) addCountry(e, flag, warnings, where);
  if (owner) (e.related ??= []).push({ relation: 'vessel_owner', name: owner });
  const vessel = [vessType && `type ${vessType}`, tonnage && `tonnage ${tonnage}`, grt && `GRT ${grt}`].filter(Boolean);
  if (vessel.length) remarks.set(`${id}:vessel`, `Vessel ${vessel.join(', ')}`);
  if (remark) remarks.set(id!, remark);
  byId.set(id!, e);
}

/** "[SDGT] [IRGC]" → SDGT, IRGC. */
function addPrograms(e: ListEntry, program: string | undefined): void {
  for (const p of (program ?? '').split(/\]\s*\[/)) {
    const v = p.replace(/[[\]]/g, '').trim();
    if (v && !e.programs.includes(v)) e.programs.push(v);
  }
}

function joinComment({ prim, byId, remarks, warnings }: Joined, file: string, r: CsvRow): void {
  const id = r.cells[0]!.trim();
  // The overflow continues the Remarks text exactly where the field limit cut it.
  if (byId.has(id)) remarks.set(id, (remarks.get(id) ?? '') + (nul(r.cells[1]) ?? ''));
  else warnings.push(`${file} line ${r.line}: ent_num ${id} not in ${prim.name}`);
}

function applyRemarkTexts({ prim, byId, remarks, warnings }: Joined): void {
  for (const [id, e] of byId) {
    const text = remarks.get(id);
    const rest = text ? applyRemarks(e, text, warnings, `${prim.name} ent_num ${id}`) : [];
    const vessel = remarks.get(`${id}:vessel`);
    if (vessel) rest.unshift(vessel);
    if (rest.length) e.remarks = rest.join('; ');
  }
}

/** The entry an alt/add row belongs to, or a warning when its ent_num is not in the primary file. */
function owner({ prim, byId, warnings }: Joined, file: string, r: CsvRow, id: string | undefined) {
  const e = byId.get(id!);
  if (!e) warnings.push(`${file} line ${r.line}: ent_num ${id} not in ${prim.name}`);
  return e;
}

function joinAlias(joined: Joined, file: string, r: CsvRow): void {
  const [id, , kind, name] = r.cells.map(nul);
  const e = owner(joined, file, r, id);
  // alt.csv holds OFAC's strong aliases; f.k.a. is a former name.
  if (e) addName(e, name, kind?.toLowerCase() === 'fka' ? 'former' : 'strong_alias');
}

function joinAddress(joined: Joined, file: string, r: CsvRow): void {
  const [id, , street, city, country, note] = r.cells.map(nul);
  const e = owner(joined, file, r, id);
  if (!e || (!street && !city && !country)) return;
  const code = addCountry(e, country, joined.warnings, `${file} line ${r.line}`);
  const full = [street, city, country].filter(Boolean).join(', ');
  e.addresses.push({
    full,
    ...(street ? { street } : {}),
    ...(city ? { city } : {}),
    ...(code ? { country: code } : {}),
  });
  if (note) e.remarks = e.remarks ? `${e.remarks}; ${note}` : note;
}
