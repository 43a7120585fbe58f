/** How much of the tables is imported, curated, modelled history or unknown, as of a date. */
import { CHART_COLUMNS, EAR_GROUPS, type EarTablesData, type FactSource } from './model';
import type { EarTables } from './tables';

export interface TablesStatus {
  jurisdiction: 'US';
  asOf: string;
  version: { id: string; contentDate: string; format: string } | null;
  destinations: number;
  chartCells: Record<FactSource, number>;
  curatedWithQuote: number;
  groupMemberships: { imported: number; destinationsWithoutRow: string[] };
  warnings: number;
}

export function tablesStatus(t: EarTables, data: EarTablesData | undefined, asOf: string): TablesStatus {
  const countries = [
    ...new Set([...(data?.chart ?? []).map((r) => r.country), ...(data?.groups ?? []).map((g) => g.country)]),
  ]
    .filter((c) => c !== 'US')
    .sort();
  const chartCells: Record<FactSource, number> = { imported: 0, curated: 0, history: 0, unknown: 0 };
  let quoted = 0;
  for (const c of countries)
    for (const col of CHART_COLUMNS) {
      const f = t.cell(c, col, asOf);
      chartCells[f.source]++;
      if (f.source === 'curated' && f.quote) quoted++;
    }
  const groupRows = new Set((data?.groups ?? []).map((g) => g.country));
  return {
    jurisdiction: 'US',
    asOf,
    version: t.ref ? { id: t.ref.id, contentDate: t.ref.contentDate, format: t.ref.format } : null,
    destinations: countries.length,
    chartCells,
    curatedWithQuote: quoted,
    groupMemberships: {
      imported: (data?.groups ?? []).reduce(
        (n, g) => n + g.groups.filter((x) => (EAR_GROUPS as readonly string[]).includes(x)).length,
        0,
      ),
      destinationsWithoutRow: countries.filter((c) => !groupRows.has(c)),
    },
    warnings: data?.warnings.length ?? 0,
  };
}
