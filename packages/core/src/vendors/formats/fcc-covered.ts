/**
 * The FCC Covered List (https://www.fcc.gov/supplychain/coveredlist; Secure and Trusted
 * Communications Networks Act of 2019 §2, 47 U.S.C. 1601; 47 CFR 1.50002) as the page's table
 * (columns covered_equipment_or_services, date_of_inclusion_on_covered_list). A row names either
 * a producer's equipment or services ("… produced by Huawei Technologies Company, …") or a
 * category of foreign-produced equipment (UAS, routers, power inverters, advanced robotic
 * devices). Page artefacts ("Visit - ", footnote marks) are removed; a cell that runs two
 * entries together is split; every update date of a row is kept.
 */
import type { ListEntry, ParsedList } from '../../screening/model';
import { addName, finish, makeList, newEntry } from '../../screening/formats/build';
import { columns, parseCsv } from '../../screening/formats/csv';
import { parseDate } from '../../screening/formats/dates';
import { clean, decodeText, parseError, type ParseOptions } from '../../screening/formats/input';
import { fccCategoryOf, FCC_CATEGORY_PROGRAM } from '../fcc-scope';

export const FCC_COVERED_HEADER = /^\uFEFF?covered_equipment_or_services,date_of_inclusion_on_covered_list/;
const REQUIRED = ['covered_equipment_or_services', 'date_of_inclusion_on_covered_list'] as const;

/** "Visit - " link text and the page's footnote marks (††, #, ^, £, ³) are not part of the entry. */
function tidy(text: string): string {
  return text
    .replace(/Visit - /g, '')
    .replace(/\s*(?:††|[#^£³])(?=[\s,.]|$)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The producer or provider a row names: "… by <name>" up to the clause that follows it. */
export function producerOf(text: string): string | undefined {
  const m =
    /\b(?:produced|provided|supplied, directly or indirectly,) by (.+?)(?:,? including\b|,? to the extent\b| or any of its\b| subject to\b| and its wholly\b|,? or any subsidiary\b|\.$)/.exec(
      text,
    );
  return m?.[1]?.trim();
}

function datesOf(cell: string, file: string, line: number): string[] {
  const out = cell.split(/Updated:/).map((d) => parseDate(d.trim(), 'mdy')?.date);
  if (out.some((d) => !d || !/^\d{4}-\d{2}-\d{2}$/.test(d)))
    throw parseError(
      file,
      `line ${line}`,
      `date_of_inclusion_on_covered_list "${cell}" is not "Month D, YYYY" (with optional "Updated:" dates)`,
    );
  return out as string[];
}

export function parseFccCovered(file: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedList {
  const rows = parseCsv(decodeText(file, bytes, options), file, ',', options);
  const col = columns(file, rows[0], REQUIRED);
  const entries: ListEntry[] = [];
  const ids = new Set<string>();
  for (const r of rows.slice(1)) {
    const text = clean(r.cells[col.covered_equipment_or_services]);
    const dateCell = clean(r.cells[col.date_of_inclusion_on_covered_list]);
    if (!text) throw parseError(file, `line ${r.line}`, 'covered_equipment_or_services is empty');
    if (!dateCell) throw parseError(file, `line ${r.line}`, 'date_of_inclusion_on_covered_list is empty');
    const dates = datesOf(dateCell, file, r.line);
    // One cell runs the UAS entry and the FY25 NDAA §1709(a)(1) entry together ('…components."All communications …').
    for (const part of text.split(/(?<=\.)"(?=All )/).map(tidy)) {
      const producer = producerOf(part);
      const category = fccCategoryOf(part);
      const id = `${dates[0]}:${producer ?? category ?? part.slice(0, 60)}`;
      if (ids.has(id)) throw parseError(file, `line ${r.line}`, `entry "${id}" occurs twice`);
      ids.add(id);
      const e = newEntry(id, producer ? 'organization' : 'unknown');
      addName(e, producer ?? part, 'primary');
      e.programs.push('FCC Covered List');
      if (category) e.programs.push(`${FCC_CATEGORY_PROGRAM}${category}`);
      e.listedOn = dates[0]!;
      e.remarks = `${part}${dates.length > 1 ? ` [updated ${dates.slice(1).join(', ')}]` : ''}`;
      entries.push(finish(e));
    }
  }
  return makeList({
    list: options.list ?? 'us-fcc-covered',
    title: 'FCC Covered List (Secure Networks Act §2)',
    publisher: 'US Federal Communications Commission',
    format: 'us-fcc-covered-csv',
    entries,
    warnings: [],
  });
}
