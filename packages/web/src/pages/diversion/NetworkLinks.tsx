/** Every edge of the drawn neighbourhood as a row: the same facts as the graph, readable and searchable. */
import type { NetworkEdge } from './network';

export function NetworkLinks({ edges, names }: { edges: NetworkEdge[]; names: Map<string, string> }) {
  return (
    <div className="table-wrap">
      <table className="table table-compact" aria-label="Links">
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Reason</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {edges.map((e, i) => (
            <tr key={`${e.from}-${e.to}-${e.kind}-${i}`}>
              <td>{names.get(e.from) ?? e.from}</td>
              <td>{names.get(e.to) ?? e.to}</td>
              <td className="nowrap">{e.label}</td>
              <td className="cell-sub">{e.why}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
