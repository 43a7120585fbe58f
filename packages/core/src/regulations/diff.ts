/** What changed between two versions of the country tables: chart cells and group memberships. */
import { CHART_COLUMNS, type EarTablesData } from './model';

export interface TablesDiff {
  chart: { country: string; column: string; from: boolean | null; to: boolean | null }[];
  groups: { country: string; group: string; change: 'added' | 'removed' }[];
  rows: { country: string; change: 'added' | 'removed'; table: 'chart' | 'groups' }[];
}

export function diffTables(a: EarTablesData, b: EarTablesData): TablesDiff {
  const out: TablesDiff = { chart: [], groups: [], rows: [] };
  diffChart(a, b, out);
  diffGroups(a, b, out);
  const order = (s: { country: string }, t: { country: string }) => s.country.localeCompare(t.country);
  out.chart.sort(order);
  out.groups.sort(order);
  out.rows.sort(order);
  return out;
}

/** Chart cells that changed; a column a version did not capture compares as unknown (null). */
function diffChart(a: EarTablesData, b: EarTablesData, out: TablesDiff): void {
  const ca = new Map(a.chart.map((r) => [r.country, r]));
  const cb = new Map(b.chart.map((r) => [r.country, r]));
  for (const c of new Set([...ca.keys(), ...cb.keys()])) {
    const x = ca.get(c);
    const y = cb.get(c);
    if (!x || !y) {
      out.rows.push({ country: c, change: x ? 'removed' : 'added', table: 'chart' });
      continue;
    }
    for (const col of CHART_COLUMNS) {
      const f = a.notCaptured.includes(col) ? null : x.marks.includes(col);
      const t = b.notCaptured.includes(col) ? null : y.marks.includes(col);
      if (f !== t) out.chart.push({ country: c, column: col, from: f, to: t });
    }
  }
}

/** Country Group memberships added and removed, and countries with a Country Groups row in one version only. */
function diffGroups(a: EarTablesData, b: EarTablesData, out: TablesDiff): void {
  const ga = new Map(a.groups.map((g) => [g.country, g.groups as string[]]));
  const gb = new Map(b.groups.map((g) => [g.country, g.groups as string[]]));
  for (const c of new Set([...ga.keys(), ...gb.keys()])) {
    const x = ga.get(c);
    const y = gb.get(c);
    if (!x || !y) out.rows.push({ country: c, change: x ? 'removed' : 'added', table: 'groups' });
    for (const g of y ?? []) if (!(x ?? []).includes(g)) out.groups.push({ country: c, group: g, change: 'added' });
    for (const g of x ?? []) if (!(y ?? []).includes(g)) out.groups.push({ country: c, group: g, change: 'removed' });
  }
}
