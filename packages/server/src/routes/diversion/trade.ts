/**
 * POST /diversion/trade: trade-flow hotspots from a Eurostat Comext file the caller uploads
 * (base64, optionally gzip-compressed; the layouts parseComext reads, see shared/data/trade
 * SOURCE.md). Series whose level multiplied against the pre-2022 baseline are ranked; a series is
 * flagged only with a risk basis (partner neighbouring Russia or on a high-risk list; a CHPL code),
 * so a spike with no basis (EU ships to Panama) is listed as "multiplied, not flagged" with why.
 * Each hotspot carries its series for a chart: monthly where the file has months, else annual,
 * with the baseline mean and robust band of that same series (core/src/diversion/trade.ts).
 *
 * Response: { file, observations, series, multiplied, flagged, freq, baseline, post, reporters,
 *   hotspots: [{ rank, reporter, partner, product, ratio, baselineMean, postMean, periodsAbove,
 *   postPeriods, excess, basis[], flagged, why, chart: { freq, baseline, post, points[{period,value}],
 *   baselineMean, band } }] }
 */
import { DomainError, invalidInput } from '@dualuse/core';
import { gunzip, isGzip } from '@dualuse/core/screening';
import { decodeText } from '@dualuse/core/screening';
import {
  detectSpikes,
  parseComext,
  russiaDiversionBasis,
  type SeriesSpike,
  type TradeObservation,
} from '@dualuse/core/diversion';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured } from '../../routing';

const Period = z.string().regex(/^\d{4}(-\d{2})?$/, 'YYYY or YYYY-MM');
const Window = z.tuple([Period, Period]);

const RequestSchema = z
  .object({
    file: z.object({ name: z.string().min(1).max(300), contentBase64: z.string().min(1) }),
    freq: z
      .enum(['M', 'A'])
      .default('M')
      .openapi({ description: 'Analyse monthly or annual rows (the totals layout has both)' }),
    baseline: Window.default(['2019-01', '2021-12']),
    post: Window.default(['2022-03', '2024-12']),
    reporter: z.string().max(200).optional().openapi({ description: 'Only this reporter (e.g. EU27_2020)' }),
    aggregate: z
      .boolean()
      .optional()
      .openapi({ description: 'Sum member states into one EU27 series (aggregate rows dropped)' }),
    chpl: z
      .array(z.object({ hs6: z.string().regex(/^\d{6}$/), tier: z.string().regex(/^[1-4](\.[AB])?$/) }))
      .max(10000)
      .optional()
      .openapi({ description: 'BIS CHPL: adds the product basis and flags only CHPL codes' }),
    minRatio: z.number().min(1).max(1000).optional(),
    minExcess: z.number().min(0).optional(),
    top: z.number().int().min(1).max(200).default(25),
  })
  .strict();

const Point = z.object({ period: z.string(), value: z.number() });
const HotspotSchema = z
  .object({
    rank: z.number(),
    reporter: z.string(),
    partner: z.string(),
    product: z.string(),
    ratio: z.number(),
    baselineMean: z.number(),
    postMean: z.number(),
    periodsAbove: z.number(),
    postPeriods: z.number(),
    excess: z.number(),
    basis: z.array(z.string()),
    flagged: z.boolean(),
    why: z.string(),
    chart: z.object({
      freq: z.enum(['M', 'A']),
      baseline: Window,
      post: Window,
      points: z.array(Point),
      baselineMean: z.number(),
      band: z.number(),
    }),
  })
  .openapi('TradeHotspot');

const ResponseSchema = z.object({
  file: z.string(),
  observations: z.number(),
  series: z.number(),
  multiplied: z.number(),
  flagged: z.number(),
  freq: z.enum(['M', 'A']),
  baseline: Window,
  post: Window,
  reporters: z.array(z.string()),
  hotspots: z.array(HotspotSchema),
});

const route = secured('diversion:run', {
  method: 'post',
  path: '/diversion/trade',
  tags: ['diversion'],
  summary:
    'Trade-flow hotspots in a Eurostat Comext file: growth against the pre-2022 baseline, flagged only with a risk basis',
  request: body(RequestSchema),
  responses: { 200: json(ResponseSchema, 'Ranked hotspots with their risk basis and series') },
});

function decode(name: string, base64: string): string {
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  // Gzip by its magic bytes, whatever the name: the web page compresses before upload. Inflated
  // as a stream with running size and ratio limits (a bomb stops at a few MB, not 3 GB later).
  try {
    return decodeText(name, isGzip(bytes) ? gunzip(name, bytes) : bytes);
  } catch (e) {
    if (e instanceof DomainError) throw invalidInput(e.message, '/file/contentBase64');
    throw e;
  }
}

function parse(text: string, name: string, options: Parameters<typeof parseComext>[2]): TradeObservation[] {
  try {
    return parseComext(text, name, options);
  } catch (e) {
    throw invalidInput((e as Error).message, '/file');
  }
}

/** A window in months: an annual window 2019..2021 becomes 2019-01..2021-12. */
const monthly = ([from, to]: [string, string]): [string, string] => [
  from.length === 4 ? `${from}-01` : from,
  to.length === 4 ? `${to}-12` : to,
];
const granularity = (w: [string, string]) =>
  w[0].length === 4 && w[1].length === 4 ? 'A' : w[0].length === 7 && w[1].length === 7 ? 'M' : undefined;

export function registerDiversionTrade(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(route, async (c) => {
    const req = c.req.valid('json');
    const gran = granularity(req.baseline);
    if (gran !== req.freq || granularity(req.post) !== req.freq)
      throw invalidInput(
        `baseline and post windows must both be ${req.freq === 'A' ? 'years (YYYY)' : 'months (YYYY-MM)'} for freq ${req.freq}`,
        '/baseline',
      );
    const text = decode(req.file.name, req.file.contentBase64);
    const opts = req.aggregate ? { aggregateAs: 'EU27' } : {};
    const keep = (o: TradeObservation) => !req.reporter || o.reporter === req.reporter;
    const all = parse(text, req.file.name, { freq: req.freq, ...opts });
    const obs = all.filter(keep);
    if (!obs.length)
      throw invalidInput(
        `${req.file.name}: no ${req.freq === 'A' ? 'annual' : 'monthly'} export rows${req.reporter ? ` for reporter "${req.reporter}"` : ''}`,
        '/file',
      );
    const chpl = req.chpl ? new Map(req.chpl.map((r) => [r.hs6, r.tier])) : undefined;
    // Thresholds passed explicitly so "multiplied" below applies exactly the ones detectSpikes used.
    const minRatio = req.minRatio ?? 3;
    const minExcess = req.minExcess ?? 100_000;
    const spikes = detectSpikes(obs, {
      baseline: req.baseline,
      post: req.post,
      minRatio,
      minExcess,
      riskBasis: russiaDiversionBasis(chpl, !!chpl),
    });
    const multiplied = (s: SeriesSpike) =>
      s.flagged ||
      (s.postPeriods > 0 && s.ratio >= minRatio && s.excess >= minExcess && s.periodsAbove >= 0.5 * s.postPeriods);
    const flagged = spikes.filter((s) => s.flagged);
    const unflagged = spikes.filter((s) => !s.flagged && multiplied(s));
    const chosen = [...flagged.slice(0, req.top), ...unflagged.slice(0, req.top)];

    // Charts: monthly rows where the file has them (the totals layout keeps months and years apart).
    const months =
      req.freq === 'M'
        ? obs
        : parse(text, req.file.name, { freq: 'M', ...opts }).filter((o) => keep(o) && o.period.length === 7);
    const key = (o: { reporter: string; partner: string; product: string }) =>
      `${o.reporter}\u0000${o.partner}\u0000${o.product}`;
    const wanted = new Set(chosen.map(key));
    const bySeries = new Map<string, { m: TradeObservation[]; a: TradeObservation[] }>();
    for (const [list, slot] of [
      [months, 'm'],
      [obs, 'a'],
    ] as const) {
      for (const o of list) {
        const k = key(o);
        if (!wanted.has(k)) continue;
        (bySeries.get(k) ?? bySeries.set(k, { m: [], a: [] }).get(k)!)[slot].push(o);
      }
    }
    const hotspots = chosen.map((s, i) => {
      const found = bySeries.get(key(s)) ?? { m: [], a: [] };
      const useMonths = found.m.length > 0;
      const series = useMonths ? found.m : found.a;
      const baseline: [string, string] = useMonths ? monthly(req.baseline) : req.baseline;
      const post: [string, string] = useMonths ? monthly(req.post) : req.post;
      const own = detectSpikes(series, { baseline, post, riskBasis: () => [] })[0];
      const band = own ? own.baselineMedian + 3 * 1.4826 * own.baselineMad : 0;
      // Summed per period: an aggregated reporter (member states → EU27) has one row per state.
      const sums = new Map<string, number>();
      for (const o of series) sums.set(o.period, (sums.get(o.period) ?? 0) + o.value);
      const points = [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([period, value]) => ({ period, value }));
      return {
        rank: i + 1,
        reporter: s.reporter,
        partner: s.partner,
        product: s.product,
        ratio: s.ratio,
        baselineMean: s.baselineMean,
        postMean: s.postMean,
        periodsAbove: s.periodsAbove,
        postPeriods: s.postPeriods,
        excess: s.excess,
        basis: s.basis,
        flagged: s.flagged,
        why: s.why,
        chart: {
          freq: useMonths ? ('M' as const) : ('A' as const),
          baseline,
          post,
          points,
          baselineMean: own?.baselineMean ?? 0,
          band,
        },
      };
    });
    const reporters = [...new Set(all.map((o) => o.reporter))].sort();
    return c.json(
      {
        file: req.file.name,
        observations: obs.length,
        series: spikes.length,
        multiplied: flagged.length + unflagged.length,
        flagged: flagged.length,
        freq: req.freq,
        baseline: req.baseline,
        post: req.post,
        reporters,
        hotspots,
      },
      200,
    );
  });
}
