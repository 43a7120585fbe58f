/**
 * One trade series as an SVG line chart against its own pre-2022 baseline: the baseline window
 * and the comparison window shaded, the baseline mean (dashed) and the robust band above which a
 * period counts as "above" (dotted; median + 3 robust SD, core/src/diversion/trade.ts), and the
 * periods above the band marked. Plain SVG: no chart library for one line.
 */
import { eur, seriesLabel, type TradeHotspot } from './trade';

const W = 880;
const H = 300;
const M = { top: 16, right: 20, bottom: 34, left: 72 };

/** Periods as numbers on one axis: months count from year 0, years are years. */
const at = (period: string): number =>
  period.length === 7 ? Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1 : Number(period);

/** 1, 2, 2.5 or 5 × 10ⁿ: a tick step giving about `count` ticks. */
function niceStep(max: number, count: number): number {
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((f) => f * mag >= raw) ?? 10) * mag;
}

export function TradeChart({ hotspot }: { hotspot: TradeHotspot }) {
  const { chart } = hotspot;
  const pts = chart.points;
  if (pts.length < 2) return <p className="muted">Too few periods in the file to draw this series.</p>;
  const x0 = at(pts[0]!.period);
  const x1 = at(pts[pts.length - 1]!.period);
  const step = niceStep(Math.max(...pts.map((p) => p.value), chart.band, 1), 4);
  const yMax = step * Math.ceil(Math.max(...pts.map((p) => p.value), chart.band, 1) / step);
  const x = (period: string | number) =>
    M.left +
    (((typeof period === 'number' ? period : at(period)) - x0) / Math.max(1, x1 - x0)) * (W - M.left - M.right);
  const y = (v: number) => H - M.bottom - (v / yMax) * (H - M.top - M.bottom);
  const clamp = (v: number) => Math.min(Math.max(v, x0), x1);
  const windowRect = ([from, to]: [string, string], cls: string, label: string) => {
    const a = x(clamp(at(from)));
    const b = x(clamp(at(to)));
    return b > a ? (
      <g className={cls}>
        <rect x={a} y={M.top} width={b - a} height={H - M.top - M.bottom} />
        <text x={a + 4} y={M.top + 12}>
          {label}
        </text>
      </g>
    ) : null;
  };
  const monthly = chart.freq === 'M';
  const years = [...new Set(pts.map((p) => p.period.slice(0, 4)))];
  const inPost = (p: string) => p >= chart.post[0] && p <= chart.post[1];
  const unit = monthly ? 'month' : 'year';
  const label = `${seriesLabel(hotspot)}: ${monthly ? 'monthly' : 'annual'} exports in EUR, ${pts[0]!.period} to ${pts[pts.length - 1]!.period}, against the ${chart.baseline.join('…')} baseline (mean ${eur(chart.baselineMean)} per ${unit})`;
  return (
    <figure className="trade-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} data-testid="trade-chart">
        <title>{label}</title>
        {windowRect(chart.baseline, 'trade-window-baseline', 'baseline')}
        {windowRect(chart.post, 'trade-window-post', 'comparison')}
        {Array.from({ length: Math.round(yMax / step) + 1 }, (_, i) => i * step).map((v) => (
          <g key={v} className="trade-grid">
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} />
            <text x={M.left - 8} y={y(v) + 4} textAnchor="end">
              {eur(v)}
            </text>
          </g>
        ))}
        {years.map((yr) => (
          <text
            key={yr}
            className="trade-axis"
            x={x(monthly ? Number(yr) * 12 : Number(yr))}
            y={H - M.bottom + 18}
            textAnchor={monthly ? 'start' : 'middle'}
          >
            {yr}
          </text>
        ))}
        <line className="trade-band" x1={M.left} x2={W - M.right} y1={y(chart.band)} y2={y(chart.band)} />
        <line
          className="trade-baseline"
          x1={M.left}
          x2={W - M.right}
          y1={y(chart.baselineMean)}
          y2={y(chart.baselineMean)}
        />
        <polyline
          className="trade-line"
          points={pts.map((p) => `${x(p.period).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')}
        />
        {pts
          .filter((p) => inPost(p.period) && p.value > chart.band)
          .map((p) => (
            <circle key={p.period} className="trade-above" cx={x(p.period)} cy={y(p.value)} r={3}>
              <title>{`${p.period}: ${eur(p.value)} — above the baseline band`}</title>
            </circle>
          ))}
      </svg>
      <figcaption className="trade-legend">
        <span className="trade-key trade-key-line">exports per {unit}</span>
        <span className="trade-key trade-key-baseline">baseline mean {eur(chart.baselineMean)}</span>
        <span className="trade-key trade-key-band">band {eur(chart.band)} (median + 3 robust SD)</span>
        <span className="trade-key trade-key-above">{unit}s above the band</span>
      </figcaption>
    </figure>
  );
}
