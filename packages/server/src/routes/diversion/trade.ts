/**
 * POST /diversion/trade: trade-flow hotspots from a Eurostat Comext file the caller uploads
 * (base64, optionally gzip-compressed; the layouts parseComext reads, see shared/data/trade
 * SOURCE.md). Series whose level multiplied against the pre-2022 baseline are ranked; a series is
 * flagged only with a risk basis (partner neighbouring Russia or on a high-risk list; a CHPL code),
 * so a spike with no basis (EU ships to Panama) is listed as "multiplied, not flagged" with why.
 * Each hotspot carries its series for a chart: monthly where the file has months, else annual,
 * with the baseline mean and robust band of that same series. The analysis and its audit record
 * are the use case's (app diversion/trade.ts), shared with `dualuse diversion trade`.
 *
 * A series with a risk basis grown at least `watchRatio` (default 2) but below the flag is on watch.
 * Annual figures sum months (a year the file covers in part pro-rated ×12/n, listed in coverage.partialYears);
 * `allSeries: true` adds every series with its ratio and tier.
 *
 * Response: { file, observations, series, multiplied, flagged, watch, thresholds, coverage: { aggregation,
 *   baseline, post, partialYears[] }, freq, baseline, post, reporters,
 *   hotspots: [{ rank, reporter, partner, product, ratio, baselineMean, postMean, baselineTotal, postTotal,
 *   periodsAbove, postPeriods, excess, basis[], flagged, tier, why, chart: { freq, baseline, post,
 *   points[{period,value}], baselineMean, band } }], allSeries?: [{ ..., ratio, tier }] }
 */
import { tradeHotspots } from '@dualuse/app';
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
    minRatio: z.number().min(1).max(1000).optional().openapi({ description: 'Flag ratio (default 3)' }),
    minExcess: z.number().min(0).optional(),
    watchRatio: z
      .number()
      .min(1)
      .max(1000)
      .optional()
      .openapi({ description: 'Watch tier: a risk basis and at least this ratio, below the flag (default 2)' }),
    top: z.number().int().min(1).max(200).default(25),
    allSeries: z.boolean().optional().openapi({ description: 'Also every series with its ratio and tier' }),
  })
  .strict();

const Tier = z.enum(['flagged', 'watch', 'multiplied', 'none']);
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
    baselineTotal: z.number(),
    postTotal: z.number(),
    baselinePeriods: z.number(),
    basis: z.array(z.string()),
    flagged: z.boolean(),
    tier: Tier,
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

const SeriesRatioSchema = z
  .object({
    reporter: z.string(),
    partner: z.string(),
    product: z.string(),
    ratio: z.number(),
    baselineMean: z.number(),
    postMean: z.number(),
    baselineTotal: z.number(),
    postTotal: z.number(),
    excess: z.number(),
    tier: Tier,
  })
  .openapi('TradeSeriesRatio');

const Covered = z.object({
  from: z.union([z.string(), z.null()]),
  to: z.union([z.string(), z.null()]),
  periods: z.number(),
});
const CoverageSchema = z
  .object({
    aggregation: z.string(),
    baseline: Covered,
    post: Covered,
    partialYears: z.array(
      z.object({
        year: z.string(),
        from: z.string(),
        to: z.string(),
        months: z.number(),
        factor: z.number(),
        note: z.string(),
      }),
    ),
  })
  .openapi('TradeCoverage');

const ResponseSchema = z.object({
  file: z.string(),
  observations: z.number(),
  series: z.number(),
  multiplied: z.number(),
  flagged: z.number(),
  watch: z.number(),
  thresholds: z.object({ minRatio: z.number(), minExcess: z.number(), watchRatio: z.number() }),
  coverage: CoverageSchema,
  freq: z.enum(['M', 'A']),
  baseline: Window,
  post: Window,
  reporters: z.array(z.string()),
  hotspots: z.array(HotspotSchema),
  allSeries: z.array(SeriesRatioSchema).optional(),
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

export function registerDiversionTrade(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(route, async (c) => {
    const { file, chpl, ...req } = c.req.valid('json');
    const out = await tradeHotspots(c.get('app'), c.get('principal'), {
      ...req,
      file: { name: file.name, bytes: new Uint8Array(Buffer.from(file.contentBase64, 'base64')) },
      chpl: chpl ? new Map(chpl.map((r) => [r.hs6, r.tier])) : undefined,
      requestId: c.get('requestId'),
    });
    // The response names what the chart needs; the baseline's median and MAD stay behind its band.
    const hotspots = out.hotspots.map(({ baselineMedian: _median, baselineMad: _mad, ...h }) => h);
    return c.json({ ...out, hotspots }, 200);
  });
}
