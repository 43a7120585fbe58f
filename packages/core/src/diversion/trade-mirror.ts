/**
 * Mirror statistics: what the EU says it exported to a partner against what the partner says it
 * imported from the EU. Normally close (CIF/FOB, timing); a gap that opens after 2022 means goods
 * declared for the partner never entered its statistics — transit onward, the "missing trade"
 * that mary-lev/eu-export-sanctions documents for Kyrgyzstan (shared/data/trade SOURCE.md).
 */
import type { TradeObservation } from './trade';

export interface MirrorGap {
  partner: string;
  period: string;
  exports: number;
  imports: number;
  /** exports ÷ imports in the period, and its mean over the baseline periods. */
  ratio: number;
  baselineRatio: number;
  flagged: boolean;
  why: string;
}

/**
 * `exports`: one reporter's (e.g. EU27) exports by partner; `imports`: each partner's imports from
 * that reporter, with `reporter` = the partner. Flags a period whose ratio is at least `minRatio`
 * and `minWidening` times the baseline's.
 */
export function mirrorGaps(
  exports: readonly TradeObservation[],
  imports: readonly TradeObservation[],
  options: { baseline: [string, string]; minRatio?: number; minWidening?: number },
): MirrorGap[] {
  const minRatio = options.minRatio ?? 1.5;
  const minWidening = options.minWidening ?? 1.5;
  const key = (partner: string, period: string) => `${partner}\u0000${period}`;
  const imp = new Map<string, number>();
  for (const o of imports) imp.set(key(o.reporter, o.period), (imp.get(key(o.reporter, o.period)) ?? 0) + o.value);
  const exp = new Map<string, number>();
  for (const o of exports) exp.set(key(o.partner, o.period), (exp.get(key(o.partner, o.period)) ?? 0) + o.value);
  const rows: Omit<MirrorGap, 'baselineRatio' | 'flagged' | 'why'>[] = [];
  for (const [k, e] of exp) {
    const i = imp.get(k);
    if (i === undefined || i <= 0) continue;
    const [partner, period] = k.split('\u0000') as [string, string];
    rows.push({ partner, period, exports: e, imports: i, ratio: e / i });
  }
  const inBase = (p: string) => p >= options.baseline[0] && p <= options.baseline[1];
  const out: MirrorGap[] = [];
  for (const r of rows) {
    const base = rows.filter((x) => x.partner === r.partner && inBase(x.period)).map((x) => x.ratio);
    const baselineRatio = base.length ? base.reduce((a, b) => a + b, 0) / base.length : NaN;
    const flagged =
      !inBase(r.period) && r.ratio >= minRatio && base.length > 0 && r.ratio >= minWidening * baselineRatio;
    const m = (x: number) => `${(x / 1e6).toFixed(0)} M`;
    out.push({
      ...r,
      baselineRatio,
      flagged,
      why: `${r.period}: exports reported ${m(r.exports)}, partner's imports ${m(r.imports)} (×${r.ratio.toFixed(2)}; baseline ${options.baseline.join('…')} ×${baselineRatio.toFixed(2)}); unexplained ${m(r.exports - r.imports)}`,
    });
  }
  return out.sort((a, b) => a.partner.localeCompare(b.partner) || a.period.localeCompare(b.period));
}
