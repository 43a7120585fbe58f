/**
 * Trade-flow hotspots from a Eurostat Comext file the caller holds (the layouts parseComext
 * reads, see shared/data/trade SOURCE.md), for POST /diversion/trade and `dualuse diversion trade`.
 * Series whose level multiplied against the pre-2022 baseline are ranked; a series is flagged only
 * with a risk basis (partner neighbouring Russia or on a high-risk list; a CHPL code), so a spike
 * with no basis (EU ships to Panama) is listed as "multiplied, not flagged" with why. Each hotspot
 * carries its series for a chart (trade-charts.ts). Nothing is stored but the audit record, which
 * names the file by its SHA-256 and the CHPL by its fingerprint.
 */
import { createHash } from 'node:crypto';
import { authorise, DomainError, invalidInput, sha256Hex, type Principal } from '@dualuse/core';
import {
  detectSpikes,
  parseComext,
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
  /** Flagged hotspots shown, and as many multiplied-but-unflagged ones. */
  top: number;
  requestId?: string | null | undefined;
}

export interface TradeHotspot extends SeriesSpike {
  rank: number;
  chart: TradeChart;
}

export interface TradeHotspots {
  file: string;
  observations: number;
  series: number;
  multiplied: number;
  flagged: number;
  freq: 'M' | 'A';
  baseline: TradeWindow;
  post: TradeWindow;
  reporters: string[];
  hotspots: TradeHotspot[];
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

/** Ranked hotspots with their risk basis and series; audited as `diversion.trade`. */
export async function tradeHotspots(ctx: AppContext, p: Principal, input: TradeHotspotsInput): Promise<TradeHotspots> {
  authorise(p, 'diversion:run');
  checkWindows(input);
  const { file, freq } = input;
  const text = uploadedText(file);
  const opts = input.aggregate ? { aggregateAs: 'EU27' } : {};
  const keep = (o: TradeObservation) => !input.reporter || o.reporter === input.reporter;
  const all = parse(text, file.name, { freq, ...opts });
  const obs = all.filter(keep);
  if (!obs.length)
    throw invalidInput(
      `${file.name}: no ${freq === 'A' ? 'annual' : 'monthly'} export rows${input.reporter ? ` for reporter "${input.reporter}"` : ''}`,
      '/file',
    );
  // Thresholds passed explicitly so "multiplied" below applies exactly the ones detectSpikes used.
  const minRatio = input.minRatio ?? 3;
  const minExcess = input.minExcess ?? 100_000;
  const spikes = detectSpikes(obs, {
    baseline: input.baseline,
    post: input.post,
    minRatio,
    minExcess,
    riskBasis: russiaDiversionBasis(input.chpl, !!input.chpl),
  });
  const multiplied = (s: SeriesSpike) =>
    s.flagged ||
    (s.postPeriods > 0 && s.ratio >= minRatio && s.excess >= minExcess && s.periodsAbove >= 0.5 * s.postPeriods);
  const flagged = spikes.filter((s) => s.flagged);
  const unflagged = spikes.filter((s) => !s.flagged && multiplied(s));
  const chosen = [...flagged.slice(0, input.top), ...unflagged.slice(0, input.top)];
  // Charts: monthly rows where the file has them (the totals layout keeps months and years apart).
  const months =
    freq === 'M' ? obs : parse(text, file.name, { freq: 'M', ...opts }).filter((o) => keep(o) && o.period.length === 7);
  const charts = tradeCharts(chosen, { months, years: obs, baseline: input.baseline, post: input.post });
  const result: TradeHotspots = {
    file: file.name,
    observations: obs.length,
    series: spikes.length,
    multiplied: flagged.length + unflagged.length,
    flagged: flagged.length,
    freq,
    baseline: input.baseline,
    post: input.post,
    reporters: [...new Set(all.map((o) => o.reporter))].sort(),
    hotspots: chosen.map((s, i) => ({ ...s, rank: i + 1, chart: charts[i]! })),
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
        observations: r.observations,
        series: r.series,
        multiplied: r.multiplied,
        flagged: r.flagged,
        hotspots: r.hotspots.map((h) => ({
          reporter: h.reporter,
          partner: h.partner,
          product: h.product,
          ratio: h.ratio,
          flagged: h.flagged,
        })),
      },
      inputVersions,
      requestId: input.requestId ?? null,
    }),
  );
}
