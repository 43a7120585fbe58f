/** The Country Groups (15 CFR 740 Supp. 1) as of the same date: one row per destination. */
import { Badge } from '../../components/Badge';
import type { GroupsView } from './types';

export function GroupsTable({
  groups,
  rows,
  names,
}: {
  groups: GroupsView;
  rows: GroupsView['rows'];
  names: ReadonlyMap<string, string>;
}) {
  return (
    <>
      <div className="table-wrap reg-groups-wrap">
        <table className="table" aria-label={`Country Groups as of ${groups.asOf}`}>
          <thead>
            <tr>
              <th scope="col">Destination</th>
              <th scope="col">Groups</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.country}>
                <th scope="row" className="reg-dest">
                  <span className="mono">{r.country}</span> {names.get(r.country) ?? ''}
                </th>
                <td>
                  {r.groups.length === 0 ? (
                    <span className="muted">none</span>
                  ) : (
                    r.groups.map((g) => (
                      <span key={g} className="reg-group">
                        <Badge
                          tone={
                            g.startsWith('D') || g.startsWith('E') ? 'red' : g.startsWith('A') ? 'green' : 'neutral'
                          }
                        >
                          {g}
                        </Badge>{' '}
                      </span>
                    ))
                  )}
                </td>
                <td title={r.note}>{r.source}</td>
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={3} className="table-empty">
                  No destination matches.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {groups.notes.length > 0 && (
        <details className="reg-notes">
          <summary>Notes to the Country Groups ({groups.notes.length})</summary>
          <ul>
            {groups.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
