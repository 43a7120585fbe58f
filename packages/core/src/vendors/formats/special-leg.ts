/**
 * The OpenSanctions "special legislation" source CSVs (datasets/us/special_leg/source_files/*.csv):
 * one schema for lists that US statutes name directly or that an agency publishes as a PDF —
 * NDAA FY2019 §889, NDAA FY2023 §5949, NDAA FY2024 §154, the DoD §1286 list, State's INKSNA
 * designations and §353. Header: schema,name,aliases,topics,program,authority,reason,report-date,
 * start-date,end-date,country,notes,source_url. The `program` column says which list a row
 * belongs to; one file may hold only one list (each source file is one).
 */
import type { ListEntry, ParsedList } from '../../screening/model';
import { addCountry, addName, finish, makeList, newEntry } from '../../screening/formats/build';
import { columns, parseCsv } from '../../screening/formats/csv';
import { parseDate } from '../../screening/formats/dates';
import { clean, decodeText, parseError, type ParseOptions } from '../../screening/formats/input';

export const SPECIAL_LEG_HEADER = /^\uFEFF?schema,name,aliases,topics,program,authority,/;

const REQUIRED = ['schema', 'name', 'aliases', 'program', 'report-date', 'start-date', 'end-date', 'country'] as const;

interface ListId {
  program: RegExp;
  list: string;
  title: string;
  publisher: string;
}
/** Which list a `program` text names; the publisher is the body that issues the list (not the file's curator). */
const LISTS: ListId[] = [
  {
    program: /^Section 889\b/,
    list: 'us-ndaa-889',
    title: 'NDAA FY2019 §889 covered telecommunications and video surveillance companies',
    publisher: 'US Congress',
  },
  {
    program: /^Section 5949\b/,
    list: 'us-ndaa-5949',
    title: 'NDAA FY2023 §5949 covered semiconductor companies',
    publisher: 'US Congress',
  },
  {
    program: /^Section 154\b/,
    list: 'us-ndaa-154',
    title: 'NDAA FY2024 §154 battery companies',
    publisher: 'US Congress',
  },
  {
    program: /^Section 1286\b/,
    list: 'us-dod-1286',
    title: 'DoD §1286 list of foreign institutions and talent programs',
    publisher: 'US Department of Defense',
  },
  {
    program: /Nonproliferation Sanctions \(ISN\)/,
    list: 'us-dos-inksna',
    title: 'State Department nonproliferation (INKSNA) designations',
    publisher: 'US Department of State',
  },
  {
    program: /^Section 353\b/,
    list: 'us-dos-353',
    title: 'State Department §353 corrupt and undemocratic actors',
    publisher: 'US Department of State',
  },
];

const TYPES: Record<string, ListEntry['type']> = {
  Company: 'organization',
  Organization: 'organization',
  Person: 'person',
};

type Row = Record<(typeof REQUIRED)[number] | 'notes' | 'source_url' | 'reason', string | undefined>;

export function parseSpecialLeg(file: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedList {
  const rows = parseCsv(decodeText(file, bytes, options), file, ',', options);
  const col = columns(file, rows[0], REQUIRED);
  const body = rows.slice(1).map((r) => {
    const at = (k: string) => (col[k] === undefined ? undefined : clean(r.cells[col[k]!]));
    const row = Object.fromEntries([...REQUIRED, 'notes', 'source_url', 'reason'].map((k) => [k, at(k)])) as Row;
    return { line: r.line, row };
  });
  const id = listOf(file, body);
  const warnings: string[] = [];
  const byName = new Map<string, ListEntry>();
  for (const { line, row } of rowsOfList(file, id, body, warnings)) {
    const { name, type } = checkRow(file, id, { line, row });
    if (byName.has(name)) {
      warnings.push(`${file} line ${line}: "${name}" occurs again; kept once`);
      continue;
    }
    byName.set(name, entryOf(`${file} line ${line}`, { name, type, row }, warnings));
  }
  return makeList({
    list: options.list ?? id.list,
    title: id.title,
    publisher: id.publisher,
    format: 'us-special-leg-csv',
    entries: [...byName.values()],
    warnings,
  });
}

type BodyRow = { line: number; row: Row };

/** The list a file holds, named by its first row's program. */
function listOf(file: string, body: BodyRow[]): ListId {
  if (!body.length) throw parseError(file, 'line 2', 'no rows after the header');
  const id = LISTS.find((l) => l.program.test(body[0]!.row.program ?? ''));
  if (!id)
    throw parseError(
      file,
      `line ${body[0]!.line}`,
      `program "${body[0]!.row.program ?? ''}" is not a list this importer knows (${LISTS.map((l) => l.list).join(', ')})`,
    );
  return id;
}

/**
 * The §1286 file holds one block per annual edition; each edition is DoD's complete list of that year, so the newest
 * edition is the list (our reading of the editions, stated as a warning). Other lists: every row.
 */
function rowsOfList(file: string, id: ListId, body: BodyRow[], warnings: string[]): BodyRow[] {
  const editions = [...new Set(body.map((b) => b.row['report-date'] ?? ''))].sort();
  const newest = editions.at(-1) ?? '';
  const rows = id.list === 'us-dod-1286' ? body.filter((b) => (b.row['report-date'] ?? '') === newest) : body;
  if (rows.length < body.length)
    warnings.push(
      `${file}: ${body.length - rows.length} row(s) of earlier editions (${editions.slice(0, -1).join(', ')}) are not part of the ${newest} edition and were kept out`,
    );
  return rows;
}

/** A row's name and entry type; a row of another list, without a name or of an unknown schema is an error. */
function checkRow(file: string, id: ListId, { line, row }: BodyRow): { name: string; type: ListEntry['type'] } {
  if (!id.program.test(row.program ?? ''))
    throw parseError(
      file,
      `line ${line}`,
      `program "${row.program ?? ''}" differs from the file's list ${id.list}: one file, one list`,
    );
  const name = row.name;
  if (!name) throw parseError(file, `line ${line}`, 'name is empty');
  const type = TYPES[row.schema ?? ''];
  if (!type)
    throw parseError(file, `line ${line}`, `schema "${row.schema ?? ''}" is not Company, Organization or Person`);
  return { name, type };
}

/** One row as a list entry; `where` is "file line N" for country warnings. */
function entryOf(where: string, r: { name: string; type: ListEntry['type']; row: Row }, warnings: string[]): ListEntry {
  const { name, type, row } = r;
  const e = newEntry(name, type);
  addName(e, name, 'primary');
  for (const a of (row.aliases ?? '').split(/\s*;\s*/)) if (a && a !== name) addName(e, a, 'strong_alias');
  e.programs.push(row.program!);
  addCountry(e, row.country, warnings, where);
  // Listed on: the report / Federal Register date when it is a full date, else the start date; a
  // start date after the report (§154's "October 1, 2027") is when the prohibition begins, kept in remarks.
  const listed = [row['report-date'], row['start-date']]
    .map((d) => d && parseDate(d, 'mdy')?.date)
    .find((d) => d && /^\d{4}-\d{2}-\d{2}$/.test(d));
  if (listed && (!row['report-date'] || listed <= (parseDate(row['report-date'], 'mdy')?.date ?? listed)))
    e.listedOn = listed;
  const remarks = [
    row.reason,
    row.notes,
    row['report-date'] && `report ${row['report-date']}`,
    row['start-date'] && `from ${row['start-date']}`,
    row['end-date'] && `until ${row['end-date']}`,
  ].filter(Boolean);
  if (remarks.length) e.remarks = remarks.join('; ');
  if (row.source_url) e.sourceUrl = row.source_url;
  return finish(e);
}
