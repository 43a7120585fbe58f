/** One page of stored counterparties, name order, each linking to its party page. */
import { Badge } from '../../components/Badge';
import { formatTime } from '../../lib/format';
import { Link } from '../../lib/router';
import type { Counterparty } from './parties';

export function PartiesTable({ parties }: { parties: Counterparty[] }) {
  return (
    <div className="table-wrap">
      <table className="table" aria-label="Stored parties">
        <thead>
          <tr>
            <th scope="col">External id</th>
            <th scope="col">Name</th>
            <th scope="col">Type</th>
            <th scope="col">Countries</th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {parties.map((c) => (
            <tr key={c.id} data-testid="party-row">
              <td className="mono nowrap">{c.externalId ?? <span className="muted">—</span>}</td>
              <td>
                <Link to={`/screening/parties/${c.id}`}>
                  <strong>{c.name}</strong>
                </Link>
                {c.party.aliases?.length ? <span className="cell-sub">aka {c.party.aliases.join('; ')}</span> : null}
              </td>
              <td>
                {c.party.type && c.party.type !== 'unknown' ? (
                  <Badge>{c.party.type}</Badge>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td className="mono">
                {c.party.countries?.length ? c.party.countries.join(', ') : <span className="muted">—</span>}
              </td>
              <td className="mono nowrap" title={`${c.updatedAt} (UTC)`}>
                {formatTime(c.updatedAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Previous/next by whole pages; hidden when everything fits on one. */
export function PartiesPager({
  offset,
  size,
  total,
  busy,
  onOffset,
}: {
  offset: number;
  size: number;
  total: number;
  busy: boolean;
  onOffset: (offset: number) => void;
}) {
  if (total <= size) return null;
  return (
    <nav className="pager" aria-label="Party pages">
      <button
        type="button"
        className="btn btn-secondary"
        disabled={offset === 0 || busy}
        onClick={() => onOffset(Math.max(0, offset - size))}
      >
        ← Previous
      </button>
      <button
        type="button"
        className="btn btn-secondary"
        disabled={offset + size >= total || busy}
        onClick={() => onOffset(offset + size)}
      >
        Next →
      </button>
    </nav>
  );
}
