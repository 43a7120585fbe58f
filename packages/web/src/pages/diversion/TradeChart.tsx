/**
 * One trade series against its own pre-2022 baseline, drawn by Apache ECharts: the baseline and
 * comparison windows shaded, the baseline mean (dashed) and the robust band above which a period
 * counts as "above" (dotted; median + 3 robust SD, core/src/diversion/trade.ts), the periods above
 * the band marked; zoom with the wheel or the slider, values on hover.
 */
import { useMemo } from 'react';
import { EChart } from '../../components/EChart';
import type { ChartOption } from '../../lib/echarts';
import { eur, seriesLabel, type TradeHotspot } from './trade';

type Chart = TradeHotspot['chart'];

/** The window as the first and last period of the series inside it, or null when none is. */
function windowOf(periods: readonly string[], [from, to]: [string, string]): [string, string] | null {
  const inside = periods.filter((p) => p >= from && p <= to);
  return inside.length ? [inside[0]!, inside[inside.length - 1]!] : null;
}

export const TRADE_SERIES = {
  line: (unit: string) => `Exports per ${unit}`,
  mean: 'Baseline mean',
  band: 'Band (median + 3 robust SD)',
  above: 'Above the band',
};

function tradeOption(chart: Chart, unit: string): ChartOption {
  const periods = chart.points.map((p) => p.period);
  const areas = (['baseline', 'comparison'] as const).flatMap((name) => {
    const w = windowOf(periods, name === 'baseline' ? chart.baseline : chart.post);
    return w ? [[{ name, xAxis: w[0] }, { xAxis: w[1] }]] : [];
  });
  const inPost = (p: string) => p >= chart.post[0] && p <= chart.post[1];
  const flat = (v: number) => periods.map(() => v);
  return {
    animation: false,
    grid: { left: 72, right: 24, top: 40, bottom: 64 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: (v: unknown) => eur(Number(v)) },
    xAxis: { type: 'category', data: periods, boundaryGap: false },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => eur(v) } },
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8 }],
    color: ['#1f5fbf', '#5d6b7e', '#8a5a00', '#b42318'],
    series: [
      {
        name: TRADE_SERIES.line(unit),
        type: 'line',
        data: chart.points.map((p) => p.value),
        showSymbol: false,
        markArea: {
          silent: true,
          itemStyle: { color: 'rgba(93,107,126,0.08)' },
          label: { color: '#5d6b7e' },
          data: areas,
        },
      },
      {
        name: TRADE_SERIES.mean,
        type: 'line',
        data: flat(chart.baselineMean),
        showSymbol: false,
        lineStyle: { type: 'dashed' },
      },
      {
        name: TRADE_SERIES.band,
        type: 'line',
        data: flat(chart.band),
        showSymbol: false,
        lineStyle: { type: 'dotted' },
      },
      {
        name: TRADE_SERIES.above,
        type: 'scatter',
        symbolSize: 7,
        data: chart.points.map((p) => (inPost(p.period) && p.value > chart.band ? p.value : null)),
      },
    ],
  };
}

export function TradeChart({ hotspot }: { hotspot: TradeHotspot }) {
  const { chart } = hotspot;
  const pts = chart.points;
  const monthly = chart.freq === 'M';
  const unit = monthly ? 'month' : 'year';
  const option = useMemo(() => tradeOption(chart, unit), [chart, unit]);
  if (pts.length < 2) return <p className="muted">Too few periods in the file to draw this series.</p>;
  const above = pts.filter((p) => p.period >= chart.post[0] && p.period <= chart.post[1] && p.value > chart.band);
  const label = `${seriesLabel(hotspot)}: ${monthly ? 'monthly' : 'annual'} exports in EUR, ${pts[0]!.period} to ${pts[pts.length - 1]!.period}, against the ${chart.baseline.join('…')} baseline (mean ${eur(chart.baselineMean)} per ${unit}); ${above.length} ${unit}s above the band of ${eur(chart.band)}`;
  return (
    <figure className="trade-chart" data-points={pts.length} data-above={above.length}>
      <EChart option={option} height={340} label={label} testId="trade-chart" />
      <figcaption className="muted">
        Shaded: the baseline and comparison windows. Scroll or drag the slider to zoom; hover for the values.
      </figcaption>
    </figure>
  );
}
