/** A device's heartbeats, newest first: what was verified, what was found, what was decided. */
import { Badge } from '../../components/Badge';
import { formatTime } from '../../lib/format';
import type { Schema } from '../../api';
import { kindLabel } from './decisions';

export type Heartbeat = Schema<'DeviceHeartbeat'>;

const TONE: Record<string, 'green' | 'amber' | 'red' | 'neutral'> = {
  'consistent-with-site': 'green',
  'left-site': 'amber',
  'in-proscribed-country': 'red',
  inconclusive: 'neutral',
};
export const DecisionBadge = ({ decision }: { decision: string | null }) => (
  <Badge tone={TONE[decision ?? ''] ?? 'neutral'}>{kindLabel(decision)}</Badge>
);

export function DevicesTimeline({
  heartbeats,
  selected,
  onSelect,
}: {
  heartbeats: Heartbeat[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  if (heartbeats.length === 0) return <div className="panel panel-muted">No heartbeat received yet.</div>;
  return (
    <div className="table-wrap">
      <table className="table" aria-label="Device timeline">
        <thead>
          <tr>
            <th scope="col">Received</th>
            <th scope="col" className="num">
              Counter
            </th>
            <th scope="col">Verified</th>
            <th scope="col">Decision</th>
            <th scope="col">Why</th>
            <th scope="col">Findings</th>
          </tr>
        </thead>
        <tbody>
          {heartbeats.map((h) => (
            <tr
              key={h.id}
              aria-selected={h.id === selected}
              onClick={() => onSelect(h.id)}
              className={h.id === selected ? 'selected' : undefined}
            >
              <td className="nowrap mono">{formatTime(h.receivedAt)}</td>
              <td className="num mono">{h.counter}</td>
              <td>{h.accepted ? <Badge tone="green">accepted</Badge> : <Badge tone="red">rejected</Badge>}</td>
              <td>
                <DecisionBadge decision={h.decision} />
              </td>
              <td>{h.verdict.explanation}</td>
              <td
                className="mono"
                title={h.findings.map((f) => (f.detail ? `${f.message}\n  ${f.detail}` : f.message)).join('\n')}
              >
                {h.findings.length ? (
                  h.findings.map((f) => kindLabel(f.kind)).join(', ')
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
