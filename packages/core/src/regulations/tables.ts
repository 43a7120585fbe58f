/**
 * The country tables a determination reads: one imported version, the curated overlay and the
 * modelled history (history.ts), with the source of every fact. Pure: built from stored data.
 * Without a version (`noTables()`) every chart cell and EAR group is unknown: the licensing engine
 * then fails closed and says why.
 */
import { amendmentsAfter } from './history';
import {
  CHART_CITATION,
  CHART_COLUMNS,
  GROUPS_CITATION,
  type CellFact,
  type ChartColumn,
  type ChartRowData,
  type EarTablesData,
} from './model';
import { ALIASES, AT_BLANK, AT_COLUMNS, CURATED_GROUPS, EMBARGOED_ROWS } from './overlay';

export interface TablesVersionRef {
  id: string;
  contentDate: string;
  format: string;
  sha256: string;
}

export interface GroupsFact {
  groups: string[];
  known: boolean;
  source: 'imported' | 'unknown';
  note?: string;
}

export interface EarTables {
  /** The version used ('none' without one). */
  readonly ref: TablesVersionRef | undefined;
  /** One chart cell for a destination as of a date, with its source. */
  cell(country: string, column: ChartColumn, asOf: string): CellFact;
  /** The EAR groups (and curated groups such as EU) a destination is in as of a date. */
  groupsOf(country: string, asOf: string): GroupsFact;
  /** The first entry of `list` (countries and group ids) that `country` matches as of a date. */
  match(country: string, list: readonly string[], asOf: string): string | undefined;
  /** Questions a determination as of `asOf` must carry because of the tables themselves. */
  caveats(asOf: string): string[];
}

const EMBARGO = new Map(EMBARGOED_ROWS.map((r) => [r.country, r]));

function resolve(country: string, asOf: string, table: 'chart' | 'groups' = 'chart'): string {
  const a = ALIASES.find((x) => x.country === country && asOf >= x.from && (x.scope === 'all' || x.scope === table));
  return a ? a.as : country;
}

function curatedGroups(country: string): string[] {
  return Object.entries(CURATED_GROUPS)
    .filter(([, g]) => g.members.includes(country))
    .map(([id]) => id);
}

export function buildTables(data: EarTablesData, ref: TablesVersionRef): EarTables {
  const chart = new Map<string, ChartRowData>(data.chart.map((r) => [r.country, r]));
  const groups = new Map<string, string[]>(data.groups.map((g) => [g.country, g.groups]));
  const memo = new Map<string, GroupsFact>();

  function cell(country: string, column: ChartColumn, asOf: string): CellFact {
    const c = resolve(country, asOf);
    const embargo = EMBARGO.get(c);
    if (embargo)
      return {
        marked: true,
        source: 'curated',
        citation: embargo.citation,
        ...(embargo.quote ? { quote: embargo.quote } : {}),
        note: embargo.note,
      };
    const row = chart.get(c);
    if (!row)
      return {
        marked: undefined,
        source: 'unknown',
        citation: CHART_CITATION,
        note: `no row for ${country} in the Country Chart of ${ref.contentDate}`,
      };
    if (row.referral)
      return {
        marked: undefined,
        source: 'unknown',
        citation: CHART_CITATION,
        quote: row.referral,
        note: `the ${row.name} row refers elsewhere instead of marking columns`,
      };
    let marked: boolean | undefined = row.marks.includes(column);
    let source: CellFact['source'] = 'imported';
    let citation = `${CHART_CITATION}, eCFR ${ref.contentDate}`;
    let note: string | undefined;
    let quote: string | undefined;
    if (data.notCaptured.includes(column)) {
      if (!AT_COLUMNS.includes(column))
        return {
          marked: undefined,
          source: 'unknown',
          citation: CHART_CITATION,
          note: `column ${column} is not captured by the ${ref.format} source`,
        };
      ({ citation, note, quote } = AT_BLANK);
      marked = false;
      source = 'curated';
    }
    for (const a of amendmentsAfter(asOf, ref.contentDate)) {
      if (a.kind === 'chart' && a.country === c && a.columns.includes(column)) {
        marked = !a.marked;
        source = 'history';
        citation = a.citation;
        note = `before ${a.effective}: ${a.note} (reversed for ${asOf})`;
        quote = undefined;
      }
    }
    return { marked, source, citation, ...(quote ? { quote } : {}), ...(note ? { note } : {}) };
  }

  function groupsOf(country: string, asOf: string): GroupsFact {
    const key = `${country}\u0001${asOf}`;
    const hit = memo.get(key);
    if (hit) return hit;
    const c = resolve(country, asOf, 'groups');
    const imported = groups.get(c);
    let fact: GroupsFact;
    if (!imported)
      fact = {
        groups: curatedGroups(c),
        known: false,
        source: 'unknown',
        note: `no row for ${country} in the Country Groups of ${ref.contentDate} (${GROUPS_CITATION})`,
      };
    else {
      const gs = new Set<string>(imported);
      for (const a of amendmentsAfter(asOf, ref.contentDate))
        if (a.kind === 'group' && a.country === c) {
          if (a.added) gs.delete(a.group);
          else gs.add(a.group);
        }
      fact = { groups: [...gs, ...curatedGroups(c)], known: true, source: 'imported' };
    }
    if (memo.size > 10_000) memo.clear();
    memo.set(key, fact);
    return fact;
  }

  return {
    ref,
    cell,
    groupsOf,
    match(country, list, asOf) {
      const c = resolve(country, asOf);
      if (list.includes(c) || list.includes(country)) return list.includes(country) ? country : c;
      const gs = groupsOf(country, asOf).groups;
      return list.find((x) => gs.includes(x));
    },
    caveats(asOf) {
      if (asOf >= ref.contentDate) return [];
      const reversed = amendmentsAfter(asOf, ref.contentDate).map((a) => `${a.note}, ${a.citation}`);
      return [
        `the EAR Country Chart and Country Groups in force on ${asOf} are not imported: this answer uses the eCFR version of ${ref.contentDate}${reversed.length ? ` with these amendments reversed: ${reversed.join('; ')}` : ''}; other amendments in between are not reflected — import the tables of that date (dualuse regulations sync --date ${asOf})`,
      ];
    },
  };
}

/** No version loaded: nothing about the EAR tables is known (the engine fails closed). */
export function noTables(): EarTables {
  const unknown: CellFact = {
    marked: undefined,
    source: 'unknown',
    citation: CHART_CITATION,
    note: 'no version of the EAR country tables is imported',
  };
  return {
    ref: undefined,
    cell: () => unknown,
    groupsOf: (country) => ({
      groups: curatedGroups(country),
      known: false,
      source: 'unknown',
      note: 'no version of the EAR Country Groups is imported',
    }),
    match(country, list) {
      if (list.includes(country)) return country;
      const gs = curatedGroups(country);
      return list.find((x) => gs.includes(x));
    },
    caveats: () => [
      'no version of the EAR Country Chart and Country Groups is imported (dualuse regulations import / sync): every US answer requires a licence until one is',
    ],
  };
}

/** Every cell of a version as of a date, for display and comparison. */
export function chartGrid(
  t: EarTables,
  countries: readonly string[],
  asOf: string,
): { country: string; cells: Record<ChartColumn, CellFact> }[] {
  return countries.map((country) => ({
    country,
    cells: Object.fromEntries(CHART_COLUMNS.map((col) => [col, t.cell(country, col, asOf)])) as Record<
      ChartColumn,
      CellFact
    >,
  }));
}
