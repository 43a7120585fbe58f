/**
 * The official eCFR XML of the EAR country tables, as the eCFR versioner API serves it:
 *   /api/versioner/v1/full/{date}/title-15.xml?part=738   → Supplement No. 1 to Part 738
 *   /api/versioner/v1/full/{date}/title-15.xml?part=740   → Supplement No. 1 to Part 740
 * The schema relied on (docs/regulations.md; a hand-written file in it is tested): the supplement
 * is a DIVn whose HEAD starts "Supplement No. 1 to Part 738" (or 740). Its tables are either
 * HTML-style (TABLE > THEAD/TBODY/TFOOT > TR > TH/TD, `colspan`) or GPO style (GPOTABLE > BOXHD >
 * CHED, ROW > ENT, TNOTE). Column heads read "CB 1" … "AT 2" (chart) or carry "[A:1]" … "[E:2]"
 * (groups); footnote markers are SU or sup; the first cell of a row is the destination. A chart
 * row whose only cell spans the columns with text ("See part 746 ...") is a referral, kept as
 * such. Country Group B is a list under a heading "Country Group B—Countries" (LI or P items).
 */
import { invalidInput } from '../common/errors';
import { earCountryCode } from './ear-names';
import {
  CHART_COLUMNS,
  isEarGroup,
  type ChartColumn,
  type ChartRowData,
  type EarGroup,
  type EarTablesData,
  type GroupRowData,
} from './model';
import { childNodes, descendants, division, footnoteMarks, parseXmlTree, text, type Node } from './xml-tree';

interface Cell {
  node: Node;
  text: string;
  span: number;
}
interface Table {
  heads: string[];
  rows: { line: number; cells: Cell[] }[];
  notes: Node[];
}

const span = (n: Node) => Math.max(1, Number(n.attrs.COLSPAN ?? 1) || 1);

function readTable(t: Node): Table {
  const heads: string[] = [];
  const rows: Table['rows'] = [];
  const notes: Node[] = [];
  if (t.name === 'GPOTABLE') {
    for (const n of descendants(t)) {
      if (n.name === 'CHED') heads.push(text(n));
      else if (n.name === 'ROW')
        rows.push({
          line: n.line,
          cells: childNodes(n)
            .filter((c) => c.name === 'ENT')
            .map((c) => ({ node: c, text: text(c), span: 1 })),
        });
      else if (n.name === 'TNOTE') notes.push(n);
    }
    return { heads, rows, notes };
  }
  for (const n of descendants(t)) {
    if (n.name !== 'TR') continue;
    const cells = childNodes(n).filter((c) => c.name === 'TD' || c.name === 'TH');
    const inFoot = isWithin(t, n, 'TFOOT');
    if (inFoot) notes.push(...cells);
    else if (cells.every((c) => c.name === 'TH') || isWithin(t, n, 'THEAD')) heads.push(...cells.map((c) => text(c)));
    else rows.push({ line: n.line, cells: cells.map((c) => ({ node: c, text: text(c), span: span(c) })) });
  }
  return { heads, rows, notes };
}

function isWithin(root: Node, target: Node, name: string): boolean {
  const walk = (n: Node, inside: boolean): boolean | undefined => {
    for (const c of childNodes(n)) {
      if (c === target) return inside;
      const r = walk(c, inside || c.name === name);
      if (r !== undefined) return r;
    }
    return undefined;
  };
  return walk(root, false) ?? false;
}

const tables = (n: Node) => [...descendants(n)].filter((x) => x.name === 'TABLE' || x.name === 'GPOTABLE');

function destination(
  file: string,
  line: number,
  cell: Cell | undefined,
): { country: string; name: string; footnotes: number[] } {
  const name = cell ? text(cell.node) : '';
  const country = earCountryCode(name);
  if (!country)
    throw invalidInput(
      `${file}: line ${line}: destination '${name}' is not a country name dualuse knows (add the EAR spelling to ear-names.ts)`,
      `${file}:line ${line}`,
    );
  return { country, name, footnotes: cell ? footnoteMarks(cell.node) : [] };
}

function footnotesOf(notes: Node[]): { number: number; text: string }[] {
  const out: { number: number; text: string }[] = [];
  for (const n of notes) {
    const marks = footnoteMarks(n);
    const body = text(n);
    const lead = /^(\d+)\s+(.*)$/.exec(body);
    const number = marks[0] ?? (lead ? Number(lead[1]) : NaN);
    if (Number.isInteger(number)) out.push({ number, text: (lead && !marks.length ? lead[2]! : body).trim() });
  }
  return out;
}

const SUPP_738 = /^Supplement No\.? 1 to Part 738\b/i;
const SUPP_740 = /^Supplement No\.? 1 to Part 740\b/i;

/** The Country Chart of one part-738 XML document. */
export function parseChartXml(xml: string, file: string): Pick<EarTablesData, 'chart' | 'footnotes'> {
  const supp = division(parseXmlTree(xml, file), SUPP_738);
  if (!supp)
    throw invalidInput(
      `${file}: no division headed "Supplement No. 1 to Part 738" (is this the eCFR XML of part 738?)`,
      file,
    );
  const t = tables(supp)[0];
  if (!t) throw invalidInput(`${file}: Supplement No. 1 to Part 738 has no table`, file);
  const table = readTable(t);
  const columns = table.heads
    .map((h) => h.replace(/\s+/g, ''))
    .filter((h): h is ChartColumn => (CHART_COLUMNS as readonly string[]).includes(h));
  if (columns.length !== CHART_COLUMNS.length || new Set(columns).size !== columns.length)
    throw invalidInput(
      `${file}: the chart's column heads are ${columns.join(' ') || 'none'}; expected the 16 columns CB 1 … AT 2`,
      file,
    );
  const chart: ChartRowData[] = [];
  for (const r of table.rows) {
    if (!r.cells.length || !r.cells[0]!.text) continue;
    const row = chartRow(file, r, columns);
    if (chart.some((x) => x.country === row.country))
      throw invalidInput(
        `${file}: line ${r.line}: ${row.name} (${row.country}) appears twice`,
        `${file}:line ${r.line}`,
      );
    chart.push(row);
  }
  return { chart, footnotes: footnotesOf(table.notes) };
}

/**
 * One destination's row of the chart: the columns marked X, or a referral (one cell of words spanning the columns,
 * e.g. "See part 746"). Anything else in a cell is refused with its line and column.
 */
function chartRow(file: string, r: Table['rows'][number], columns: ChartColumn[]): ChartRowData {
  const d = destination(file, r.line, r.cells[0]);
  const rest = r.cells.slice(1);
  const row: ChartRowData = { ...d, marks: [] };
  const words = rest.filter((c) => c.text && !/^X$/i.test(c.text));
  if (words.length === 1 && rest.filter((c) => c.text).length === 1 && (words[0]!.span > 1 || rest.length === 1)) {
    row.referral = words[0]!.text;
    return row;
  }
  let at = 0;
  for (const c of rest) {
    if (c.text && !/^X$/i.test(c.text))
      throw invalidInput(
        `${file}: line ${r.line}: ${d.name}, column ${columns[at] ?? at + 1}: '${c.text.slice(0, 80)}' is neither X nor empty`,
        `${file}:line ${r.line}`,
      );
    if (c.text) for (let k = 0; k < c.span; k++) if (columns[at + k]) row.marks.push(columns[at + k]!);
    at += c.span;
  }
  if (at > columns.length)
    throw invalidInput(
      `${file}: line ${r.line}: ${d.name} has ${at} cells for ${columns.length} columns`,
      `${file}:line ${r.line}`,
    );
  return row;
}

/** The Country Groups of one part-740 XML document. */
export function parseGroupsXml(xml: string, file: string): Pick<EarTablesData, 'groups' | 'groupNotes'> {
  const supp = division(parseXmlTree(xml, file), SUPP_740);
  if (!supp)
    throw invalidInput(
      `${file}: no division headed "Supplement No. 1 to Part 740" (is this the eCFR XML of part 740?)`,
      file,
    );
  const members = new Map<string, Set<EarGroup>>();
  const groupNotes: string[] = [];
  for (const t of tables(supp)) groupNotes.push(...groupTable(file, readTable(t), members));
  groupB(file, supp, members);
  const groups: GroupRowData[] = [...members]
    .map(([country, gs]) => ({ country, groups: [...gs].sort((x, y) => ORDER.indexOf(x) - ORDER.indexOf(y)) }))
    .sort((x, y) => x.country.localeCompare(y.country));
  return { groups, groupNotes };
}

type Members = Map<string, Set<EarGroup>>;
const add = (members: Members, c: string, g: EarGroup) =>
  void (members.get(c) ?? members.set(c, new Set()).get(c)!).add(g);

/** One table of Country Groups (A, D, E) into `members`; returns its footnotes. A table without groups is skipped. */
function groupTable(file: string, table: Table, members: Members): string[] {
  const ids = table.heads
    .map((h) => /\[?\s*([ADE])\s*:\s*(\d)\s*\]?/.exec(h))
    .map((m) => (m ? `${m[1]}:${m[2]}` : undefined));
  // The first head is the destination column ("Country"); the others are groups.
  const groupCols = ids.slice(1);
  if (!ids.some((x) => x && isEarGroup(x))) return [];
  for (const r of table.rows) {
    if (!r.cells[0]?.text) continue;
    const d = destination(file, r.line, r.cells[0]);
    let at = 0;
    for (const c of r.cells.slice(1)) {
      const g = groupCols[at];
      if (c.text && !/^X$/i.test(c.text))
        throw invalidInput(
          `${file}: line ${r.line}: ${d.name}, ${g ?? `column ${at + 2}`}: '${c.text.slice(0, 80)}' is neither X nor empty`,
          `${file}:line ${r.line}`,
        );
      if (c.text && g && isEarGroup(g)) add(members, d.country, g);
      at += c.span;
    }
    if (!members.has(d.country)) members.set(d.country, new Set());
  }
  return footnotesOf(table.notes).map((n) => `${n.number} ${n.text}`);
}

/** Country Group B: a list of names after its heading, up to the next heading or table. */
function groupB(file: string, supp: Node, members: Members): void {
  const kids = [...descendants(supp)];
  const at = kids.findIndex(
    (n) => /^(HD\d?|P|FP)$/.test(n.name) && /^Country Group B\s*[—–-]+\s*Countries/i.test(text(n)),
  );
  if (at < 0) throw invalidInput(`${file}: no "Country Group B—Countries" list in Supplement No. 1 to Part 740`, file);
  let b = 0;
  for (const n of kids.slice(at + 1)) {
    if (/^HD\d?$/.test(n.name) || n.name === 'TABLE' || n.name === 'GPOTABLE') break;
    if (n.name !== 'LI' && n.name !== 'P' && n.name !== 'FP') continue;
    const name = text(n);
    if (!name || /^note\b/i.test(name)) continue;
    const c = earCountryCode(name);
    if (!c)
      throw invalidInput(
        `${file}: line ${n.line}: Country Group B member '${name}' is not a country name dualuse knows`,
        `${file}:line ${n.line}`,
      );
    add(members, c, 'B');
    b++;
  }
  if (b === 0) throw invalidInput(`${file}: the Country Group B list is empty`, file);
}

const ORDER: readonly string[] = [
  'A:1',
  'A:2',
  'A:3',
  'A:4',
  'A:5',
  'A:6',
  'B',
  'D:1',
  'D:2',
  'D:3',
  'D:4',
  'D:5',
  'E:1',
  'E:2',
];

export const looksLikeEcfrPartXml = (text: string, part: '738' | '740'): boolean =>
  /<(DIV\d|ECFR|GPOTABLE|TABLE)\b/.test(text.slice(0, 4096)) &&
  new RegExp(`Supplement No\\.? 1 to Part ${part}`, 'i').test(text);
