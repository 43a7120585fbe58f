/**
 * The ranked hotspots: flagged series (with their risk basis) first, then those on watch (a risk basis, grown less),
 * then series that multiplied without a basis.
 */
import { Badge } from '../../components/Badge';
import { eur, shortLabel, type TradeHotspot } from './trade';

export function TradeHotspots({
  hotspots,
  freq,
  selected,
  onSelect,
}: {
  hotspots: TradeHotspot[];
  freq: 'M' | 'A';
  selected: number | undefined;
  onSelect: (rank: number) => void;
}) {
  if (!hotspots.length)
    return <p className="panel panel-muted">No series multiplied against its baseline with these settings.</p>;
  const unit = freq === 'M' ? 'month' : 'year';
  return (
    <div className="table-wrap">
      <table className="table table-compact table-clickable" aria-label="Trade-flow hotspots">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Series</th>
            <th scope="col" className="num">
              Growth
            </th>
            <th scope="col" className="num">
              Per {unit}: baseline → comparison
            </th>
            <th scope="col">Above band</th>
            <th scope="col" className="num">
              Excess
            </th>
            <th scope="col">Status</th>
            <th scope="col">Risk basis</th>
          </tr>
        </thead>
        <tbody>
          {hotspots.map((h) => (
            <tr
              key={h.rank}
              data-testid="trade-hotspot"
              aria-selected={h.rank === selected}
              onClick={() => onSelect(h.rank)}
            >
              <td className="mono">{h.rank}</td>
              <td className="trade-series-cell">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onSelect(h.rank)}
                  title="Show this series in the chart"
                >
                  {shortLabel(h.partner)}
                </button>
                <span className="cell-sub">
                  from {shortLabel(h.reporter)} ·{' '}
                  <span className="mono">{h.product === 'TOTAL' ? 'all goods' : `CN ${h.product}`}</span>
                </span>
              </td>
              <td className="num mono">×{h.ratio.toFixed(1)}</td>
              <td className="num mono nowrap">
                {eur(h.baselineMean)} → {eur(h.postMean)}
              </td>
              <td className="mono">
                {h.periodsAbove}/{h.postPeriods}
              </td>
              <td className="num mono nowrap">{eur(h.excess)}</td>
              <td className="nowrap">
                {h.flagged ? (
                  <Badge tone="red">flagged</Badge>
                ) : h.tier === 'watch' ? (
                  <>
                    <Badge tone="amber">watch</Badge>
                    <span className="cell-sub">risk basis, below the flag</span>
                  </>
                ) : (
                  <>
                    <Badge tone="neutral">not flagged</Badge>
                    <span className="cell-sub">no risk basis</span>
                  </>
                )}
              </td>
              <td>
                {h.basis.length ? (
                  <ul className="basis-list">
                    {h.basis.map((b) => (
                      // The list and its citation in full on hover and under the chart; the row keeps the gist.
                      <li key={b} title={b}>
                        {b.replace(/ \(.*$/, '')}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">none</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
