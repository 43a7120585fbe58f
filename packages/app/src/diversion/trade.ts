/**
 * Trade-flow hotspots from a Eurostat Comext file the caller holds (the layouts parseComext
 * reads, see shared/data/trade SOURCE.md), for POST /diversion/trade and `dualuse diversion trade`.
 * Series whose level multiplied against the pre-2022 baseline are ranked; a series is flagged only
 * with a risk basis (partner neighbouring Russia or on a high-risk list; a CHPL code), so a spike
 * with no basis (EU ships to Panama) is listed as "multiplied, not flagged" with why; a series with a basis that grew
 * less (×watchRatio) is on watch. How rows add up (sums over months, partial years pro-rated) is core
 * trade-aggregate.ts, and the answer says which years were pro-rated. Each hotspot
 * carries its series for a chart (trade-charts.ts). Nothing is stored but the audit record, which
 * names the file by its SHA-256 and the CHPL by its fingerprint.
 */
import { createHash } from 'node:crypto';
import { authorise, DomainError, invalidInput, sha256Hex, type Principal } from '@dualuse/core';
import {
  AGGREGATION_NOTE,
  annualFromRows,
  detectSpikes,
  parseComext,
  type PartialYear,
  type SpikeTier,
  russiaDiversionBasis,
  type SeriesSpike,
  type TradeObservation,
} from '@dualuse/core/diversion';
import { decodeText, gunzip, isGzip } from '@dualuse/core/screening';
import { inTenant } from '@dualuse/store';
import { record } from '../audit/log';
import type { AppContext } from '../common';
import { tradeCharts, type TradeChart, type TradeWindow } from './trade-charts';

export type { TradeChart, TradeWindow };

/** A file the caller holds: its name (for messages and the layout) and its bytes, gzip or not. */
export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface TradeHotspotsInput {
  file: UploadedFile;
  /** Monthly or annual rows (the totals layout has both); both windows must be of that granularity. */
  freq: 'M' | 'A';
  baseline: TradeWindow;
  post: TradeWindow;
  /** Only this reporter (e.g. EU27_2020). */
  reporter?: string | undefined;
  /** Sum member states into one EU27 series (aggregate rows dropped). */
  aggregate?: boolean | undefined;
  /** BIS CHPL, HS6 → tier: adds the product basis and flags only CHPL codes. */
  chpl?: Map<string, string> | undefined;
  minRatio?: number | undefined;
  minExcess?: number | undefined;
  /** Watch tier below the flag: a risk basis and at least this ratio (default 2, at most minRatio). */
  watchRatio?: number | undefined;
  /** Flagged hotspots shown, and as many on watch and as many multiplied-but-unflagged ones. */
  top: number;
  /** Also every series with its ratio and tier (`allSeries`), not only the hotspots. */
  allSeries?: boolean | undefined;
  requestId?: string | null | undefined;
}

export interface TradeHotspot extends SeriesSpike {
  rank: number;
  chart: TradeChart;
}

/** A series as the answer lists every one of them: its sums, its ratio and its tier. */
export interface TradeSeriesRatio {
  reporter: string;
  partner: string;
  product: string;
  ratio: number;
  baselineMean: number;
  postMean: number;
  baselineTotal: number;
  postTotal: number;
  excess: number;
  tier: SpikeTier;
}

/** What the figures are made of: the periods each window covers and the years pro-rated. */
export interface TradeCoverage {
  aggregation: string;
  baseline: { from: string | null; to: string | null; periods: number };
  post: { from: string | null; to: string | null; periods: number };
  partialYears: PartialYear[];
}

export interface TradeHotspots {
  file: string;
  observations: number;
  series: number;
  multiplied: number;
  flagged: number;
  watch: number;
  thresholds: { minRatio: number; minExcess: number; watchRatio: number };
  coverage: TradeCoverage;
  freq: 'M' | 'A';
  baseline: TradeWindow;
  post: TradeWindow;
  reporters: string[];
  hotspots: TradeHotspot[];
  allSeries?: TradeSeriesRatio[];
}

/** The file's text: gzip by its magic bytes, whatever the name (the web page compresses before upload). */
export function uploadedText(file: UploadedFile): string {
  // Inflated as a stream with running size and ratio limits (a bomb stops at a few MB, not 3 GB later).
  try {
    return decodeText(file.name, isGzip(file.bytes) ? gunzip(file.name, file.bytes) : file.bytes);
  } catch (e) {
    if (e instanceof DomainError) throw invalidInput(e.message, '/file');
    throw e;
  }
}

/** SHA-256 of the bytes as uploaded: the input version the audit record names. */
export const fileVersion = (file: UploadedFile): string =>
  `sha256:${createHash('sha256').update(file.bytes).digest('hex')}`;

function parse(text: string, name: string, options: Parameters<typeof parseComext>[2]): TradeObservation[] {
  try {
    return parseComext(text, name, options);
  } catch (e) {
    throw invalidInput((e as Error).message, '/file');
  }
}

const granularity = (w: TradeWindow) =>
  w[0].length === 4 && w[1].length === 4 ? 'A' : w[0].length === 7 && w[1].length === 7 ? 'M' : undefined;

function checkWindows(input: TradeHotspotsInput): void {
  if (granularity(input.baseline) !== input.freq || granularity(input.post) !== input.freq)
    throw invalidInput(
      `baseline and post windows must both be ${input.freq === 'A' ? 'years (YYYY)' : 'months (YYYY-MM)'} for freq ${input.freq}`,
      '/baseline',
    );
}

/** The observations analysed (annual: months summed per year, partial years pro-rated) and the months for charts. */
function observationsOf(input: TradeHotspotsInput) {
  const { file, freq } = input;
  const opts = input.aggregate ? { aggregateAs: 'EU27' } : {};
  // Annual analyses read months too: a year is the sum of its months where the file has them (trade-aggregate.ts).
  const all = parse(uploadedText(file), file.name, { ...(freq === 'M' ? { freq } : {}), ...opts });
  const keep = (o: TradeObservation) => !input.reporter || o.reporter === input.reporter;
  const months = all.filter((o) => keep(o) && /^\d{4}-\d{2}$/.test(o.period));
  const annual = freq === 'A' ? annualFromRows(all.filter(keep), [input.baseline[0], input.post[1]]) : undefined;
  const obs = annual ? annual.observations : months;
  if (!obs.length)
    throw invalidInput(
      `${file.name}: no ${freq === 'A' ? 'annual' : 'monthly'} export rows${input.reporter ? ` for reporter "${input.reporter}"` : ''}`,
      '/file',
    );
  return { all, obs, months, partialYears: annual?.partialYears ?? [] };
}

function windowCoverage(obs: TradeObservation[], [from, to]: TradeWindow) {
  const ps = [...new Set(obs.map((o) => o.period).filter((p) => p >= from && p <= to))].sort();
  return { from: ps[0] ?? null, to: ps[ps.length - 1] ?? null, periods: ps.length };
}

const seriesRatio = (s: SeriesSpike): TradeSeriesRatio => ({
  reporter: s.reporter,
  partner: s.partner,
  product: s.product,
  ratio: s.ratio,
  baselineMean: s.baselineMean,
  postMean: s.postMean,
  baselineTotal: s.baselineTotal,
  postTotal: s.postTotal,
  excess: s.excess,
  tier: s.tier,
});

/** Ranked hotspots with their risk basis and series; audited as `diversion.trade`. */
export async function tradeHotspots(ctx: AppContext, p: Principal, input: TradeHotspotsInput): Promise<TradeHotspots> {
  authorise(p, 'diversion:run');
  checkWindows(input);
  const { all, obs, months, partialYears } = observationsOf(input);
  const thresholds = {
    minRatio: input.minRatio ?? 3,
    minExcess: input.minExcess ?? 100_000,
    watchRatio: input.watchRatio ?? Math.min(2, input.minRatio ?? 3),
  };
  if (thresholds.watchRatio > thresholds.minRatio)
    throw invalidInput(
      `watch ratio ${thresholds.watchRatio} is above the flag ratio ${thresholds.minRatio}: the watch tier lies below the flag`,
      '/watchRatio',
    );
  const spikes = detectSpikes(obs, {
    baseline: input.baseline,
    post: input.post,
    ...thresholds,
    riskBasis: russiaDiversionBasis(input.chpl, !!input.chpl),
  });
  const tier = (t: SpikeTier) => spikes.filter((s) => s.tier === t);
  const [flagged, watch, unflagged] = [tier('flagged'), tier('watch'), tier('multiplied')];
  const chosen = [flagged, watch, unflagged].flatMap((l) => l.slice(0, input.top));
  const charts = tradeCharts(chosen, { months, years: obs, baseline: input.baseline, post: input.post });
  const result: TradeHotspots = {
    file: input.file.name,
    observations: obs.length,
    series: spikes.length,
    multiplied: flagged.length + unflagged.length,
    flagged: flagged.length,
    watch: watch.length,
    thresholds,
    coverage: {
      aggregation: AGGREGATION_NOTE,
      baseline: windowCoverage(obs, input.baseline),
      post: windowCoverage(obs, input.post),
      partialYears,
    },
    freq: input.freq,
    baseline: input.baseline,
    post: input.post,
    reporters: [...new Set(all.map((o) => o.reporter))].sort(),
    hotspots: chosen.map((s, i) => ({ ...s, rank: i + 1, chart: charts[i]! })),
    ...(input.allSeries ? { allSeries: spikes.map(seriesRatio) } : {}),
  };
  await audit(ctx, p, input, result);
  return result;
}

function audit(ctx: AppContext, p: Principal, input: TradeHotspotsInput, r: TradeHotspots) {
  const inputVersions: Record<string, string> = { file: fileVersion(input.file) };
  if (input.chpl) inputVersions.chpl = `sha256:${sha256Hex(JSON.stringify([...input.chpl].sort()))}`;
  return inTenant(ctx.db, p.tenantId, (tx) =>
    record(tx, ctx, p, {
      action: 'diversion.trade',
      subject: null,
      details: {
        file: r.file,
        freq: r.freq,
        baseline: r.baseline,
        post: r.post,
        reporter: input.reporter ?? null,
        aggregate: !!input.aggregate,
        minRatio: input.minRatio ?? null,
        minExcess: input.minExcess ?? null,
        watchRatio: input.watchRatio ?? null,
        partialYears: r.coverage.partialYears.map((y) => y.year),
        observations: r.observations,
        series: r.series,
        multiplied: r.multiplied,
        flagged: r.flagged,
        watch: r.watch,
        hotspots: r.hotspots.map((h) => ({
          reporter: h.reporter,
          partner: h.partner,
          product: h.product,
          ratio: h.ratio,
          tier: h.tier,
        })),
      },
      inputVersions,
      requestId: input.requestId ?? null,
    }),
  );
}
