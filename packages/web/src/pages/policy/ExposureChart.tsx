/** Trade touched over time, stacked by exporter (SVG; one bar per period, the five largest exporters and "others"). */
import type { Cost } from './types';

const COLOURS = ['#2f6db3', '#d9822b', '#3a9d5d', '#b9403f', '#7b5ea7', '#8c8c8c'];

export function ExposureChart({ cost }: { cost: Cost['cost'] }) {
  const top = cost.exporters.slice(0, 5).map((e) => e.exporter);
  const series = [...top, 'others'];
  const bars = cost.byPeriod.map((p) => {
    const parts = top.map((e) => p.byExporter[e] ?? 0);
    return { period: p.period, parts: [...parts, p.value - parts.reduce((a, b) => a + b, 0)], total: p.value };
  });
  const max = Math.max(1, ...bars.map((b) => b.total));
  const w = Math.max(300, bars.length * 14);
  const h = 180;
  const bw = w / Math.max(1, bars.length);
  return (
    <figure className="policy-chart">
      <svg
        role="img"
        aria-label="Trade touched per period, stacked by exporter"
        viewBox={`0 0 ${w} ${h + 20}`}
        width="100%"
      >
        {bars.map((b, i) => {
          let y = h;
          return (
            <g key={b.period}>
              <title>{`${b.period}: ${Math.round(b.total).toLocaleString('en')}`}</title>
              {b.parts.map((v, k) => {
                const bh = (v / max) * h;
                y -= bh;
                return <rect key={k} x={i * bw + 1} y={y} width={Math.max(1, bw - 2)} height={bh} fill={COLOURS[k]} />;
              })}
              {i % Math.ceil(bars.length / 8) === 0 && (
                <text x={i * bw} y={h + 14} fontSize="10">
                  {b.period}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        {series.map((s, k) => (
          <span key={s} className="policy-legend">
            <span style={{ background: COLOURS[k] }} /> {s}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
