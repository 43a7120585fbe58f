/**
 * The DoD Section 1260H list of "Chinese military companies" as OpenSanctions keeps it
 * (datasets/us/dod_chinese_milcorps/sanctions.csv, transcribed from DoD's PDFs): header
 * Name, Clean Name, Alias, Previous Name, Parent Name, Note, Start date, End date, Source Url;
 * one row per listing period. A company is on the list while it has a period without an End
 * date; its rows are one entry (names, parents, the editions it appeared in).
 */
import type { ListEntry, ParsedList } from '../../screening/model';
import { addName, finish, makeList, newEntry } from '../../screening/formats/build';
import { columns, parseCsv } from '../../screening/formats/csv';
import { clean, decodeText, parseError, type ParseOptions } from '../../screening/formats/input';

export const MILCORPS_HEADER = /^\uFEFF?Name,Clean Name,Alias,Previous Name,Parent Name,/;
const REQUIRED = ['Name', 'Clean Name', 'Alias', 'Previous Name', 'Parent Name', 'Start date', 'End date'] as const;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

type Group = { entry: ListEntry; open: boolean; starts: Set<string>; urls: Set<string> };

export function parseMilcorps(file: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedList {
  const rows = parseCsv(decodeText(file, bytes, options), file, ',', options);
  const col = columns(file, rows[0], REQUIRED);
  const warnings: string[] = [];
  const byName = new Map<string, Group>();
  for (const r of rows.slice(1)) {
    const at = (k: string) => (col[k] === undefined ? undefined : clean(r.cells[col[k]!]));
    addPeriod(byName, at, `line ${r.line}`, file);
  }
  const entries: ListEntry[] = [];
  let delisted = 0;
  for (const g of byName.values()) {
    if (g.open) entries.push(listedEntry(g));
    else delisted++;
  }
  if (delisted)
    warnings.push(
      `${file}: ${delisted} compan(ies) whose every listing period has an End date are no longer listed and were kept out`,
    );
  return makeList({
    list: options.list ?? 'us-dod-1260h',
    title: 'DoD Section 1260H list of Chinese military companies',
    publisher: 'US Department of Defense',
    format: 'us-dod-1260h-csv',
    entries,
    warnings,
  });
}

/** One listing period (a row) added to its company's group. */
function addPeriod(byName: Map<string, Group>, at: (k: string) => string | undefined, line: string, file: string) {
  const name = at('Clean Name') ?? at('Name');
  if (!name) throw parseError(file, line, 'Clean Name and Name are empty');
  const start = at('Start date');
  const end = at('End date');
  for (const [k, v] of [
    ['Start date', start],
    ['End date', end],
  ] as const)
    if (v && !ISO.test(v)) throw parseError(file, line, `${k} "${v}" is not an ISO date (YYYY-MM-DD)`);
  let g = byName.get(name);
  if (!g) {
    g = { entry: newEntry(name, 'organization'), open: false, starts: new Set(), urls: new Set() };
    addName(g.entry, name, 'primary');
    byName.set(name, g);
  }
  for (const a of (at('Alias') ?? '').split(/\s*;\s*/)) addName(g.entry, a, 'strong_alias');
  addName(g.entry, at('Previous Name'), 'former');
  const parent = at('Parent Name');
  if (parent && !g.entry.related?.some((x) => x.name === parent))
    (g.entry.related ??= []).push({ relation: 'parent', name: parent });
  if (!end) g.open = true;
  if (start) g.starts.add(start);
  const url = at('Source Url');
  if (url) g.urls.add(url);
}

/** A company still listed: its editions, first listing date and newest source. */
function listedEntry(g: Group): ListEntry {
  const starts = [...g.starts].sort();
  g.entry.programs.push('Section 1260H');
  if (starts[0]) g.entry.listedOn = starts[0];
  g.entry.remarks = `listed in the edition(s) of ${starts.join(', ')}`;
  const url = [...g.urls].sort().at(-1);
  if (url) g.entry.sourceUrl = url;
  return finish(g.entry);
}
