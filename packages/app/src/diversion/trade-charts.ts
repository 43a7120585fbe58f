/**
 * The chart of each trade hotspot (diversion/trade.ts): its series monthly where the file has
 * months, else annual, with the baseline mean and the robust band (core robustBand) of that same series.
 */
import { detectSpikes, robustBand, type TradeObservation } from '@dualuse/core/diversion';

export type TradeWindow = [string, string];

export interface TradeChart {
  freq: 'M' | 'A';
  baseline: TradeWindow;
  post: TradeWindow;
  points: { period: string; value: number }[];
  baselineMean: number;
  band: number;
}

/** A window in months: an annual window 2019..2021 becomes 2019-01..2021-12. */
const monthly = ([from, to]: TradeWindow): TradeWindow => [
  from.length === 4 ? `${from}-01` : from,
  to.length === 4 ? `${to}-12` : to,
];

type Series = { reporter: string; partner: string; product: string };
const key = (o: Series) => `${o.reporter}\u0000${o.partner}\u0000${o.product}`;

/** The observations of the wanted series, monthly and annual apart. */
function bySeries(wanted: Set<string>, months: TradeObservation[], years: TradeObservation[]) {
  const out = new Map<string, { m: TradeObservation[]; a: TradeObservation[] }>();
  for (const [list, slot] of [
    [months, 'm'],
    [years, 'a'],
  ] as const) {
    for (const o of list) {
      const k = key(o);
      if (!wanted.has(k)) continue;
      (out.get(k) ?? out.set(k, { m: [], a: [] }).get(k)!)[slot].push(o);
    }
  }
  return out;
}

/** One chart per series, in the order given. */
export function tradeCharts(
  series: Series[],
  o: { months: TradeObservation[]; years: TradeObservation[]; baseline: TradeWindow; post: TradeWindow },
): TradeChart[] {
  const found = bySeries(new Set(series.map(key)), o.months, o.years);
  return series.map((s) => {
    const rows = found.get(key(s)) ?? { m: [], a: [] };
    const useMonths = rows.m.length > 0;
    const points = useMonths ? rows.m : rows.a;
    const baseline = useMonths ? monthly(o.baseline) : o.baseline;
    const post = useMonths ? monthly(o.post) : o.post;
    const own = detectSpikes(points, { baseline, post, riskBasis: () => [] })[0];
    // Summed per period: an aggregated reporter (member states → EU27) has one row per state.
    const sums = new Map<string, number>();
    for (const r of points) sums.set(r.period, (sums.get(r.period) ?? 0) + r.value);
    return {
      freq: useMonths ? 'M' : 'A',
      baseline,
      post,
      points: [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([period, value]) => ({ period, value })),
      baselineMean: own?.baselineMean ?? 0,
      band: own ? robustBand(own) : 0,
    };
  });
}
