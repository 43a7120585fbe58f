/**
 * Trade-flow spikes: series of exports (reporter → partner, product, by period) whose level
 * after the invasion is a multiple of its 2019–2021 baseline. Robust statistics, because trade
 * series are lumpy (one large order makes a month): the baseline is summarised by its median
 * and MAD, a post-period month counts as "above" only outside median + 3 × 1.4826 × MAD, and a
 * series is flagged only when its level multiplied, most post months sit above the band, the
 * excess is material, and there is a risk basis (a partner neighbouring Russia or on a high-risk
 * list; a CHPL code) — the decoy is EU exports to Panama, up ×3.6 on ships, no basis.
 */

export interface TradeObservation {
  reporter: string;
  partner: string;
  product: string;
  /** YYYY-MM (monthly) or YYYY (annual); windows must use the same granularity. */
  period: string;
  value: number;
}

export interface SpikeOptions {
  baseline: [string, string];
  post: [string, string];
  /** Post-period mean ÷ baseline mean at or above which a series "multiplied". Default 3. */
  minRatio?: number;
  /** Smallest excess over the baseline (value units × periods) worth an alert. Default 100,000. */
  minExcess?: number;
  /**
   * A baseline mean below this (value units per period) is raised to it, so a series from nothing reads "new", not
   * "×400,000". Default 1,000.
   */
  baselineFloor?: number;
  /** Share of post periods that must lie above the baseline band. Default 0.5. */
  minShareAbove?: number;
  /**
   * Watch tier (ours, not law): a series with a risk basis, not flagged, whose ratio reached this and whose excess is
   * material. Default 2; at most `minRatio`.
   */
  watchRatio?: number;
  /** Reasons this series carries a diversion risk; none → never flagged. */
  riskBasis: (s: { reporter: string; partner: string; product: string }) => string[];
}

/**
 * flagged: multiplied with a risk basis; watch: a risk basis and grown at least `watchRatio`, below the flag;
 * multiplied: multiplied without a risk basis (never flagged); none: the rest.
 */
export type SpikeTier = 'flagged' | 'watch' | 'multiplied' | 'none';

export interface SeriesSpike {
  reporter: string;
  partner: string;
  product: string;
  baselineMean: number;
  baselineMedian: number;
  baselineMad: number;
  postMean: number;
  /** Sums over the covered periods of each window (mean × periods): what a user adds up from the file. */
  baselineTotal: number;
  postTotal: number;
  baselinePeriods: number;
  /** postMean ÷ baseline mean (baseline mean floored at `baselineFloor`). */
  ratio: number;
  periodsAbove: number;
  postPeriods: number;
  /** Σ(post − baseline mean) over the post periods: the extra trade. */
  excess: number;
  basis: string[];
  flagged: boolean;
  tier: SpikeTier;
  why: string;
}

/**
 * The band a post-period value must exceed to count as "above": median + 3 × 1.4826 × MAD.
 * 1.4826 (1 / Φ⁻¹(3/4)) makes the MAD a consistent estimate of the standard deviation for
 * normal data (Rousseeuw & Croux 1993, JASA 88:1273); the factor 3 is our choice.
 */
export const robustBand = (s: { baselineMedian: number; baselineMad: number }): number =>
  s.baselineMedian + 3 * 1.4826 * s.baselineMad;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2) : 0;
};
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const inWindow = (p: string, [from, to]: [string, string]) => p >= from && p <= to;
const fmt = (x: number) =>
  Math.abs(x) >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : Math.abs(x) >= 1e3 ? `${(x / 1e3).toFixed(1)} k` : x.toFixed(0);

interface Thresholds {
  minRatio: number;
  minExcess: number;
  minShare: number;
  watchRatio: number;
}

function thresholds(options: SpikeOptions): Thresholds {
  const minRatio = options.minRatio ?? 3;
  const watchRatio = options.watchRatio ?? Math.min(2, minRatio);
  if (!(watchRatio >= 1 && watchRatio <= minRatio))
    throw new Error(`watch ratio ${watchRatio} must lie between 1 and the flag ratio ${minRatio}`);
  return { minRatio, minExcess: options.minExcess ?? 100_000, minShare: options.minShareAbove ?? 0.5, watchRatio };
}

/** Each series' value per period in the windows (rows of one period summed), and the periods the file covers. */
function seriesInWindows(observations: Iterable<TradeObservation>, options: SpikeOptions) {
  const series = new Map<string, Map<string, number>>();
  const periods = new Set<string>();
  for (const o of observations) {
    if (!inWindow(o.period, options.baseline) && !inWindow(o.period, options.post)) continue;
    periods.add(o.period);
    const k = `${o.reporter}\u0000${o.partner}\u0000${o.product}`;
    const m = series.get(k) ?? series.set(k, new Map()).get(k)!;
    m.set(o.period, (m.get(o.period) ?? 0) + o.value);
  }
  // Periods the data covers in each window; a series silent in a covered period traded nothing then.
  const all = [...periods].sort();
  return {
    series,
    basePeriods: all.filter((p) => inWindow(p, options.baseline)),
    postPeriods: all.filter((p) => inWindow(p, options.post)),
  };
}

function tierOf(s: { ratio: number; excess: number; multiplied: boolean; basis: string[] }, t: Thresholds): SpikeTier {
  if (s.multiplied) return s.basis.length ? 'flagged' : 'multiplied';
  return s.basis.length && s.ratio >= t.watchRatio && s.excess >= t.minExcess ? 'watch' : 'none';
}

const WHY: Record<SpikeTier, (basis: string[], t: Thresholds) => string> = {
  flagged: (b) => `; risk basis: ${b.join('; ')}`,
  watch: (b, t) =>
    `; watch: ×${t.watchRatio} or more with a risk basis, below the flag (×${t.minRatio}, half the periods above the band): ${b.join('; ')}`,
  multiplied: () => '; not flagged: no risk basis',
  none: () => '',
};

export function detectSpikes(observations: Iterable<TradeObservation>, options: SpikeOptions): SeriesSpike[] {
  const t = thresholds(options);
  const { series, basePeriods, postPeriods } = seriesInWindows(observations, options);
  const out: SeriesSpike[] = [];
  for (const [k, values] of series) {
    const [reporter, partner, product] = k.split('\u0000') as [string, string, string];
    const base = basePeriods.map((p) => values.get(p) ?? 0);
    const post = postPeriods.map((p) => values.get(p) ?? 0);
    const baselineMean = mean(base);
    const baselineMedian = median(base);
    const baselineMad = median(base.map((x) => Math.abs(x - baselineMedian)));
    const band = robustBand({ baselineMedian, baselineMad });
    const postMean = mean(post);
    const ratio = postMean / Math.max(baselineMean, options.baselineFloor ?? 1_000);
    const periodsAbove = post.filter((x) => x > band).length;
    const baselineTotal = base.reduce((a, x) => a + x, 0);
    const postTotal = post.reduce((a, x) => a + x, 0);
    const excess = postTotal - baselineMean * post.length;
    const basis = options.riskBasis({ reporter, partner, product });
    const multiplied =
      ratio >= t.minRatio && excess >= t.minExcess && post.length > 0 && periodsAbove >= t.minShare * post.length;
    const tier = tierOf({ ratio, excess, multiplied, basis }, t);
    const level = `mean ${fmt(postMean)} per period ${options.post.join('…')} vs ${fmt(baselineMean)} in ${options.baseline.join('…')} (×${ratio.toFixed(1)}; sums ${fmt(postTotal)} over ${post.length} and ${fmt(baselineTotal)} over ${base.length} periods); ${periodsAbove}/${post.length} periods above the baseline band ${fmt(band)} (median ${fmt(baselineMedian)} + 3 robust SD); excess ${fmt(excess)}`;
    out.push({
      reporter,
      partner,
      product,
      baselineMean,
      baselineMedian,
      baselineMad,
      postMean,
      baselineTotal,
      postTotal,
      baselinePeriods: base.length,
      ratio,
      periodsAbove,
      postPeriods: post.length,
      excess,
      basis,
      flagged: tier === 'flagged',
      tier,
      why: `${level}${WHY[tier](basis, t)}`,
    });
  }
  const order: Record<SpikeTier, number> = { flagged: 0, watch: 1, multiplied: 2, none: 3 };
  return out.sort((a, b) => order[a.tier] - order[b.tier] || b.excess - a.excess);
}
