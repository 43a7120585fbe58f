/** Looking at the tables: chart and groups as of a date with each fact's source, versions, diff, status. */
import {
  authorise,
  buildTables,
  CHART_COLUMNS,
  chartGrid,
  diffTables,
  EAR_GROUPS,
  earCountryCode,
  invalidInput,
  noTables,
  notFound,
  tablesStatus,
  type CellFact,
  type ChartColumn,
  type EarTablesData,
  type Principal,
  type TablesDiff,
  type TablesStatus,
} from '@dualuse/core';
import {
  controlVersionsAsOf,
  countEntriesByTextSource,
  findRegulationVersion,
  inTenant,
  listRegulationVersions,
  regulationVersionAsOf,
  type RegulationVersionRow,
} from '@dualuse/store';
import type { AppContext } from '../common';
import { isoDate } from '../controls/entries';
import { EAR_TABLES, parseStoredTables, versionView, type RegulationVersionView } from './import';

const today = (ctx: AppContext) => ctx.now().toISOString().slice(0, 10);

async function versionAsOf(ctx: AppContext, p: Principal, asOf: string): Promise<RegulationVersionRow | undefined> {
  return inTenant(ctx.db, p.tenantId, (tx) =>
    regulationVersionAsOf(tx, EAR_TABLES.jurisdiction, EAR_TABLES.kind, asOf),
  );
}

const tablesOf = (row: RegulationVersionRow, data: EarTablesData) =>
  buildTables(data, { id: row.id, contentDate: row.contentDate, format: row.format, sha256: row.contentHash });

export interface ChartView {
  asOf: string;
  version: RegulationVersionView | null;
  /** Questions any answer as of this date carries (no version, or a version newer than the date). */
  caveats: string[];
  columns: readonly ChartColumn[];
  rows: { country: string; name: string; footnotes: number[]; cells: Record<ChartColumn, CellFact> }[];
  footnotes: { number: number; text: string }[];
}

export async function regulationsChart(
  ctx: AppContext,
  p: Principal,
  q: { asOf?: string | undefined; country?: string | undefined },
): Promise<ChartView> {
  authorise(p, 'controls:read');
  const asOf = q.asOf ? isoDate(q.asOf, 'asOf') : today(ctx);
  const country = q.country ? earCountryCode(q.country) : undefined;
  if (q.country && !country) throw invalidInput(`'${q.country}' is not a country code or name`, 'country');
  const row = await versionAsOf(ctx, p, asOf);
  if (!row)
    return { asOf, version: null, caveats: noTables().caveats(asOf), columns: CHART_COLUMNS, rows: [], footnotes: [] };
  const data = parseStoredTables(row);
  const tables = tablesOf(row, data);
  const names = new Map(data.chart.map((r) => [r.country, r]));
  const countries = country ? [country] : data.chart.map((r) => r.country);
  return {
    asOf,
    version: versionView(row),
    caveats: tables.caveats(asOf),
    columns: CHART_COLUMNS,
    rows: chartGrid(tables, countries, asOf).map((g) => ({
      country: g.country,
      name: names.get(g.country)?.name ?? g.country,
      footnotes: names.get(g.country)?.footnotes ?? [],
      cells: g.cells,
    })),
    footnotes: data.footnotes,
  };
}

export interface GroupsView {
  asOf: string;
  version: RegulationVersionView | null;
  caveats: string[];
  groups: readonly string[];
  rows: { country: string; groups: string[]; source: string; note?: string }[];
  notes: string[];
}

export async function regulationsGroups(
  ctx: AppContext,
  p: Principal,
  q: { asOf?: string | undefined },
): Promise<GroupsView> {
  authorise(p, 'controls:read');
  const asOf = q.asOf ? isoDate(q.asOf, 'asOf') : today(ctx);
  const row = await versionAsOf(ctx, p, asOf);
  if (!row) return { asOf, version: null, caveats: noTables().caveats(asOf), groups: EAR_GROUPS, rows: [], notes: [] };
  const data = parseStoredTables(row);
  const tables = tablesOf(row, data);
  const rows = data.groups.map((g) => {
    const f = tables.groupsOf(g.country, asOf);
    return {
      country: g.country,
      groups: f.groups.filter((x) => (EAR_GROUPS as readonly string[]).includes(x)),
      source: f.source,
      ...(f.note ? { note: f.note } : {}),
    };
  });
  return {
    asOf,
    version: versionView(row),
    caveats: tables.caveats(asOf),
    groups: EAR_GROUPS,
    rows,
    notes: data.groupNotes,
  };
}

export async function regulationVersions(ctx: AppContext, p: Principal): Promise<RegulationVersionView[]> {
  authorise(p, 'controls:read');
  return inTenant(ctx.db, p.tenantId, async (tx) =>
    (await listRegulationVersions(tx, EAR_TABLES.jurisdiction, EAR_TABLES.kind)).map(versionView),
  );
}

async function byIdOrDate(ctx: AppContext, p: Principal, ref: string, what: string): Promise<RegulationVersionRow> {
  const row = /^\d{4}-\d{2}-\d{2}$/.test(ref)
    ? await versionAsOf(ctx, p, ref)
    : /^[0-9a-f-]{36}$/i.test(ref)
      ? await inTenant(ctx.db, p.tenantId, (tx) => findRegulationVersion(tx, ref))
      : undefined;
  if (!row) throw notFound(`regulation version ${what} '${ref}' (a version id or a date YYYY-MM-DD)`);
  return row;
}

export async function diffRegulations(
  ctx: AppContext,
  p: Principal,
  q: { from: string; to: string },
): Promise<{ from: RegulationVersionView; to: RegulationVersionView; diff: TablesDiff }> {
  authorise(p, 'controls:read');
  const a = await byIdOrDate(ctx, p, q.from, '--from');
  const b = await byIdOrDate(ctx, p, q.to, '--to');
  return { from: versionView(a), to: versionView(b), diff: diffTables(parseStoredTables(a), parseStoredTables(b)) };
}

/**
 * Per control list in force: how many entries carry the list's own words, the US text of the same number, or our
 * summary.
 */
export interface ControlTextStatus {
  jurisdiction: string;
  list: string;
  version: string;
  effectiveFrom: string;
  own: number;
  us_counterpart: number;
  summary: number;
}

export async function regulationsStatus(
  ctx: AppContext,
  p: Principal,
  q: { asOf?: string | undefined },
): Promise<{ asOf: string; jurisdictions: TablesStatus[]; controlTexts: ControlTextStatus[]; warnings: string[] }> {
  authorise(p, 'controls:read');
  const asOf = q.asOf ? isoDate(q.asOf, 'asOf') : today(ctx);
  const row = await versionAsOf(ctx, p, asOf);
  const data = row ? parseStoredTables(row) : undefined;
  const tables = row && data ? tablesOf(row, data) : noTables();
  const controlTexts = await inTenant(ctx.db, p.tenantId, async (tx) => {
    const versions = await controlVersionsAsOf(tx, asOf);
    const counts = await countEntriesByTextSource(
      tx,
      versions.map((v) => v.id),
    );
    return versions.map((v) => {
      const of = (source: string) => counts.find((c) => c.versionId === v.id && c.textSource === source)?.entries ?? 0;
      return {
        jurisdiction: v.jurisdiction,
        list: v.list,
        version: v.version,
        effectiveFrom: v.effectiveFrom,
        own: of('own'),
        us_counterpart: of('us_counterpart'),
        summary: of('summary'),
      };
    });
  });
  return { asOf, jurisdictions: [tablesStatus(tables, data, asOf)], controlTexts, warnings: data?.warnings ?? [] };
}
