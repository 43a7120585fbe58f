/** The parties of the drawn graph as a table: what the canvas shows, for keyboards and screen readers. */
import { Badge } from '../../components/Badge';
import { CompanyActivities } from './CompanyActivities';
import type { NetworkEdge, NetworkNode } from './network';

/** What the graph and its table both take: the drawn parties and links, and what a click on a party does. */
export interface GraphProps {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  onRecentre: (id: string) => void;
  onExpand: (id: string) => void;
}

export function GraphParties({ nodes, edges, onRecentre, onExpand }: GraphProps) {
  const degree = (id: string) => edges.filter((e) => e.from === id || e.to === id).length;
  // Only the imported companies carry activities; a FollowTheMoney file's network has none to show.
  const withActivities = nodes.some((n) => n.activities !== undefined);
  const sorted = [...nodes].sort((a, b) => a.hop - b.hop || a.name.localeCompare(b.name));
  return (
    <details className="net-parties">
      <summary>Parties in the drawing ({nodes.length})</summary>
      <div className="table-wrap">
        <table className="table table-compact" aria-label="Parties in the drawing">
          <thead>
            <tr>
              <th scope="col">Party</th>
              <th scope="col">Kind</th>
              {withActivities && <th scope="col">Declared activity</th>}
              <th scope="col">Hops</th>
              <th scope="col">Links shown</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((n) => (
              <tr key={n.id} data-testid="network-node" data-listed={n.listed}>
                <td>
                  {n.name} {n.listed && <Badge tone="red">listed</Badge>}
                </td>
                <td>{n.type}</td>
                {withActivities && (
                  <td>
                    <CompanyActivities node={n} inline />
                  </td>
                )}
                <td>{n.hop}</td>
                <td>{degree(n.id)}</td>
                <td className="nowrap">
                  <button
                    type="button"
                    className="btn btn-secondary btn-small"
                    aria-label={`Add the links of ${n.name}`}
                    onClick={() => onExpand(n.id)}
                  >
                    Add links
                  </button>{' '}
                  {n.hop > 0 && (
                    <button
                      type="button"
                      className="btn btn-secondary btn-small"
                      aria-label={`Re-centre on ${n.name}`}
                      onClick={() => onRecentre(n.id)}
                    >
                      Re-centre
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
