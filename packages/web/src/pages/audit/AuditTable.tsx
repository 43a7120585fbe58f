/**
 * One row per audit record, read as a sentence: who (actor and role) did what (the action in words, its code beneath)
 * to which object (its kind, its name when the record gives one, the full id, linked to where the app shows it). The
 * details read as a line; their JSON is one click away.
 */
import { RoleBadge } from '../../components/Badge';
import { formatTime, shortHash } from '../../lib/format';
import { Link } from '../../lib/router';
import type { AuditRecord } from '../../lib/types';
import { actionText, detailsSummary, subjectOf } from './describe';

/** How the actor acted, when not signed in to the web app. */
const VIA: Record<string, string> = { api_key: 'with an API key', cli: 'from the command line', system: 'the system' };

function Subject({ r }: { r: AuditRecord }) {
  const s = subjectOf(r);
  if (!s) return <span className="muted">—</span>;
  const id = <span className="mono subject-id">{s.id}</span>;
  return (
    <>
      <span className="muted">{s.kind}</span> {s.name && <strong>{s.name}</strong>}
      <span className="cell-sub">{s.path ? <Link to={s.path}>{id}</Link> : id}</span>
    </>
  );
}

function Details({ details }: { details: Record<string, unknown> }) {
  if (!Object.keys(details).length) return <span className="muted">—</span>;
  return (
    <details className="audit-details">
      <summary>{detailsSummary(details) || 'details'}</summary>
      <pre className="mono">{JSON.stringify(details, null, 2)}</pre>
    </details>
  );
}

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
            <th scope="col">Who</th>
            <th scope="col">Did</th>
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
                {VIA[r.actor.type] && <span className="cell-sub">{VIA[r.actor.type]}</span>}
              </td>
              <td>
                {actionText(r.action)}
                <code className="action cell-sub">{r.action}</code>
              </td>
              <td className="subject">
                <Subject r={r} />
              </td>
              <td className="details">
                <Details details={r.details} />
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
