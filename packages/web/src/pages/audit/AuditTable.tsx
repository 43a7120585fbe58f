/** One row per audit record; full values sit in title attributes so the table stays compact. */
import { RoleBadge } from '../../components/Badge';
import { compactJson, formatTime, shortHash } from '../../lib/format';
import type { AuditRecord } from '../../lib/types';

export function AuditTable({ records, filtered }: { records: AuditRecord[]; filtered: boolean }) {
  if (records.length === 0) {
    return (
      <div className="panel panel-muted">
        {filtered ? 'No records match this action prefix.' : 'No audit records yet.'}
      </div>
    );
  }
  return (
    <div className="table-wrap">
      <table className="table" aria-label="Audit records">
        <thead>
          <tr>
            <th scope="col" className="num">
              Seq
            </th>
            <th scope="col">Time</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Subject</th>
            <th scope="col">Details</th>
            <th scope="col">Hash</th>
          </tr>
        </thead>
        <tbody>
          {records.map((r) => (
            <tr key={r.seq} data-seq={r.seq}>
              <td className="num mono">{r.seq}</td>
              <td className="nowrap mono" title={`${r.at} (UTC)`}>
                {formatTime(r.at)}
              </td>
              <td>
                <span className="actor">
                  <span title={`${r.actor.type} ${r.actor.id}`}>{r.actor.name}</span>
                  {r.actor.role && <RoleBadge role={r.actor.role} />}
                </span>
              </td>
              <td>
                <code className="action">{r.action}</code>
              </td>
              <td className="subject" title={r.subject ? `${r.subject.type} ${r.subject.id}` : undefined}>
                {r.subject ? (
                  <>
                    <span className="muted">{r.subject.type}</span>{' '}
                    <span className="mono">{r.subject.id.slice(0, 8)}</span>
                  </>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td className="details mono" title={JSON.stringify(r.details, null, 2)}>
                {Object.keys(r.details).length ? compactJson(r.details) : <span className="muted">—</span>}
              </td>
              <td className="mono hash" title={r.hash}>
                {shortHash(r.hash)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
