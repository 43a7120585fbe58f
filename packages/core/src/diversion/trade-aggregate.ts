/**
 * How trade rows add up, so a figure we print is one a user can rebuild from the Eurostat file:
 *
 * - a series (reporter → partner, product) has one value per period: rows of that series in that period are summed
 *   (an aggregated EU27 from member states; several CN8 rows asked for under one code);
 * - a window's mean is the sum over the periods the file covers in that window divided by their number (a series
 *   silent in a covered period traded nothing then; a period nobody reports is not covered);
 * - an annual analysis takes a year's value as the sum of its months where the file has months (SOURCE.md sums
 *   "monthly rows" for its checks), else the annual row as published; a year the file covers only in part
 *   (2022 is Jan–Nov in the CN8 table, 2024 Jan–Aug in the totals) is pro-rated to twelve months, ×12/n, and the
 *   answer says so (`PartialYear`). Eurostat reports no month of the year otherwise, so the factor assumes the
 *   missing months traded at the covered months' mean.
 */
import type { TradeObservation } from './trade';

export interface PartialYear {
  year: string;
  /** Months of the year the file covers, first and last, and how many. */
  from: string;
  to: string;
  months: number;
  /** 12 ÷ months: the factor the year's summed months were multiplied by. */
  factor: number;
  note: string;
}

export interface AnnualRows {
  observations: TradeObservation[];
  partialYears: PartialYear[];
}

export const AGGREGATION_NOTE =
  'per series, rows of one period are summed; a window mean is the sum over the periods the file covers in it ÷ their number; annual values are the sum of the months (else the annual row), a year covered in part is pro-rated ×12/n and listed under partialYears';

const seriesKey = (o: TradeObservation) => `${o.reporter}\u0000${o.partner}\u0000${o.product}`;
const MONTH = /^\d{4}-\d{2}$/;

/** The months the file covers in each year (any series reporting the month covers it). */
function monthsByYear(obs: readonly TradeObservation[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const o of obs) {
    if (!MONTH.test(o.period)) continue;
    const y = o.period.slice(0, 4);
    (out.get(y) ?? out.set(y, new Set()).get(y)!).add(o.period);
  }
  return out;
}

function partialYear(year: string, months: Set<string>): PartialYear | undefined {
  if (months.size >= 12) return undefined;
  const sorted = [...months].sort();
  const factor = 12 / months.size;
  return {
    year,
    from: sorted[0]!,
    to: sorted[sorted.length - 1]!,
    months: months.size,
    factor,
    note: `${year}: the file covers ${months.size} of 12 months (${sorted[0]}…${sorted[sorted.length - 1]}); the year's sum is pro-rated ×12/${months.size} = ×${factor.toFixed(3)}`,
  };
}

/**
 * One value per series and year: months summed (pro-rated when the year is partial), else the annual row. Years
 * outside `years` (a FROM..TO of YYYY) are dropped.
 */
export function annualFromRows(obs: readonly TradeObservation[], years?: [string, string]): AnnualRows {
  const keep = (y: string) => !years || (y >= years[0] && y <= years[1]);
  const coverage = monthsByYear(obs);
  const partial = new Map<string, PartialYear>();
  for (const [y, months] of coverage) {
    const p = keep(y) ? partialYear(y, months) : undefined;
    if (p) partial.set(y, p);
  }
  const monthly = new Map<string, { o: TradeObservation; value: number }>();
  const annual = new Map<string, TradeObservation>();
  for (const o of obs) {
    const y = o.period.slice(0, 4);
    if (!keep(y)) continue;
    const k = `${seriesKey(o)}\u0000${y}`;
    if (MONTH.test(o.period)) {
      const m = monthly.get(k) ?? monthly.set(k, { o, value: 0 }).get(k)!;
      m.value += o.value;
    } else if (/^\d{4}$/.test(o.period)) {
      const a = annual.get(k);
      annual.set(k, a ? { ...a, value: a.value + o.value } : { ...o });
    }
  }
  const out: TradeObservation[] = [];
  for (const [k, { o, value }] of monthly) {
    const y = o.period.slice(0, 4);
    out.push({ ...o, period: y, value: value * (partial.get(y)?.factor ?? 1) });
    annual.delete(k);
  }
  out.push(...annual.values());
  const partialYears = [...partial.values()].sort((a, b) => a.year.localeCompare(b.year));
  return { observations: out, partialYears };
}
