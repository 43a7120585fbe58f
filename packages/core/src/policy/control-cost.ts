/**
 * The cost of a proposed control (issue 15 item 1): the trade it touches — rows whose HS/CN code falls
 * under a covered prefix and whose partner is a destination — per exporter × destination × period;
 * the level before and after the effective date and a comparable past control; and who bears it:
 * each exporter's share, split into adopters (bound by the control) and others (whose exports would
 * continue and could replace the adopters'). Values stay in the dataset's currency; nothing is converted.
 */
import { adopts, coveredCodes, type CoveredCode, type DraftControl } from './draft-control';
import type { Correspondence } from './correspondence';
import type { TradeRow } from './trade-data';

export interface CostCell {
  exporter: string;
  destination: string;
  period: string;
  value: number;
}

export interface ExporterShare {
  exporter: string;
  adopts: boolean;
  value: number;
  /** Share of the trade touched, 0–1. */
  share: number;
}

export interface Trend {
  name: string;
  date: string;
  /** Mean value per period in the 12 monthly (or 1 annual) periods before / from the date; null without data. */
  before: number | null;
  after: number | null;
  /** after ÷ before; null when either is missing or before is 0. */
  ratio: number | null;
}

export interface ControlCost {
  control: DraftControl;
  covered: CoveredCode[];
  total: number;
  rowsTouched: number;
  cells: CostCell[];
  byPeriod: { period: string; value: number; byExporter: Record<string, number> }[];
  byDestination: Record<string, number>;
  exporters: ExporterShare[];
  adoptersShare: number;
  othersShare: number;
  trends: Trend[];
  periods: { first: string | null; last: string | null };
}

export interface CostOptions {
  chpl?: Map<string, string>;
  correspondence?: readonly Correspondence[];
  /** Inclusive period window (YYYY or YYYY-MM, compared as strings on the period's own granularity). */
  from?: string;
  to?: string;
}

const inWindow = (period: string, from?: string, to?: string) =>
  (!from || period >= from.slice(0, period.length)) && (!to || period <= to.slice(0, period.length));

/** A prefix test over a sorted prefix list: O(prefix lengths), not O(codes). */
function prefixMatcher(prefixes: string[]): (hs: string) => boolean {
  const byLen = new Map<number, Set<string>>();
  for (const p of prefixes) byLen.set(p.length, (byLen.get(p.length) ?? new Set()).add(p));
  const lens = [...byLen.keys()];
  return (hs) => lens.some((l) => hs.length >= l && byLen.get(l)!.has(hs.slice(0, l)));
}

export function computeControlCost(control: DraftControl, rows: readonly TradeRow[], o: CostOptions = {}): ControlCost {
  const covered = coveredCodes(control, o);
  const matches = prefixMatcher(covered.map((c) => c.hs));
  const destinations = new Set(control.destinations);
  const cells = new Map<string, CostCell>();
  const memo = new Map<string, boolean>();
  let rowsTouched = 0;
  for (const r of rows) {
    if (!destinations.has(r.partner) || !inWindow(r.period, o.from, o.to)) continue;
    let hit = memo.get(r.hs);
    if (hit === undefined) memo.set(r.hs, (hit = matches(r.hs)));
    if (!hit) continue;
    rowsTouched++;
    const key = `${r.reporter}|${r.partner}|${r.period}`;
    const cell = cells.get(key);
    if (cell) cell.value += r.value;
    else cells.set(key, { exporter: r.reporter, destination: r.partner, period: r.period, value: r.value });
  }
  return summarise(control, covered, [...cells.values()], rowsTouched);
}

function summarise(control: DraftControl, covered: CoveredCode[], cells: CostCell[], rowsTouched: number): ControlCost {
  cells.sort(
    (a, b) =>
      a.period.localeCompare(b.period) ||
      a.exporter.localeCompare(b.exporter) ||
      a.destination.localeCompare(b.destination),
  );
  const periods = new Map<string, { value: number; byExporter: Record<string, number> }>();
  const byDestination: Record<string, number> = {};
  const byExporter = new Map<string, number>();
  let total = 0;
  for (const c of cells) {
    total += c.value;
    const p = periods.get(c.period) ?? { value: 0, byExporter: {} };
    p.value += c.value;
    p.byExporter[c.exporter] = (p.byExporter[c.exporter] ?? 0) + c.value;
    periods.set(c.period, p);
    byDestination[c.destination] = (byDestination[c.destination] ?? 0) + c.value;
    byExporter.set(c.exporter, (byExporter.get(c.exporter) ?? 0) + c.value);
  }
  const exporters = [...byExporter]
    .map(([exporter, value]) => ({
      exporter,
      adopts: adopts(control, exporter),
      value,
      share: total ? value / total : 0,
    }))
    .sort((a, b) => b.value - a.value);
  const adoptersShare = exporters.filter((e) => e.adopts).reduce((s, e) => s + e.share, 0);
  const byPeriod = [...periods]
    .map(([period, p]) => ({ period, ...p }))
    .sort((a, b) => a.period.localeCompare(b.period));
  const trendAt = (name: string, date: string) => trend(byPeriod, name, date);
  return {
    control,
    covered,
    total,
    rowsTouched,
    cells,
    byPeriod,
    byDestination,
    exporters,
    adoptersShare,
    othersShare: exporters.filter((e) => !e.adopts).reduce((s, e) => s + e.share, 0),
    trends: [
      trendAt(`effective date of ${control.name}`, control.effectiveDate),
      ...(control.comparable ? [trendAt(control.comparable.name, control.comparable.date)] : []),
    ],
    periods: { first: byPeriod[0]?.period ?? null, last: byPeriod.at(-1)?.period ?? null },
  };
}

/** Mean per period over the 12 months (or the year) before the date's period and from it on (same length). */
function trend(byPeriod: { period: string; value: number }[], name: string, date: string): Trend {
  const monthly = byPeriod.some((p) => p.period.length === 7);
  const shift = (ym: string, months: number) => {
    const [y, m] = ym.split('-').map(Number) as [number, number];
    const t = y * 12 + (m - 1) + months;
    return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
  };
  const at = monthly ? date.slice(0, 7) : date.slice(0, 4);
  const [b0, a1] = monthly ? [shift(at, -12), shift(at, 11)] : [String(Number(at) - 1), at];
  const series = new Map(byPeriod.map((p) => [p.period, p.value]));
  // Periods with no touched trade count as zero only inside the span the data covers.
  const span = byPeriod.length ? [byPeriod[0]!.period, byPeriod.at(-1)!.period] : ['', ''];
  const meanOver = (from: string, to: string) => {
    const keys: string[] = [];
    for (let p = from; p <= to; p = monthly ? shift(p, 1) : String(Number(p) + 1))
      if (p >= span[0]! && p <= span[1]!) keys.push(p);
    return keys.length ? keys.reduce((s, k) => s + (series.get(k) ?? 0), 0) / keys.length : null;
  };
  const before = meanOver(b0, monthly ? shift(at, -1) : b0);
  const after = meanOver(at, a1);
  return { name, date, before, after, ratio: before && after !== null ? after / before : null };
}
