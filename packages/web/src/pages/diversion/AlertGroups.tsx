/**
 * The queue, one row per resolved counterparty: repeated alerts on one party are one line of
 * work (core alerts.ts groups them). Expanding a group shows each alert with its flags, every
 * flag with its reason and citation; "Open case" takes the group's open alerts into a case.
 */
import { Fragment, useState } from 'react';
import { Badge } from '../../components/Badge';
import { Link } from '../../lib/router';
import { SEVERITY_TONE, STATUS_LABEL, type Alert, type AlertGroup } from './cases';

export function AlertFlags({ alert }: { alert: Alert }) {
  return (
    <ul className="flag-list" aria-label={`Flags of ${alert.subjectRef}`}>
      {alert.flags.map((f) => (
        <li key={f.rule + f.why} data-testid="alert-flag">
          <span className="mono">{f.tag}</span> <span className="muted">+{f.contribution.toFixed(1)}</span> — {f.why}
          <span className="cell-sub">{f.citation}</span>
        </li>
      ))}
    </ul>
  );
}

export function AlertGroups({
  groups,
  alerts,
  canOpen,
  busy,
  onOpen,
}: {
  groups: AlertGroup[];
  alerts: Map<string, Alert>;
  canOpen: boolean;
  busy: boolean;
  onOpen: (g: AlertGroup, ids: string[]) => void;
}) {
  const [expanded, setExpanded] = useState<string>();
  if (!groups.length) return <p className="panel panel-muted">No alert matches these filters.</p>;
  return (
    <div className="table-wrap">
      <table className="table" aria-label="Alert groups">
        <thead>
          <tr>
            <th scope="col">Counterparty</th>
            <th scope="col" className="num">
              Alerts
            </th>
            <th scope="col" className="num">
              Top score
            </th>
            <th scope="col">Flags</th>
            <th scope="col">Status</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => {
            const members = g.alertIds.map((id) => alerts.get(id)).filter((a): a is Alert => !!a);
            const open = members.filter((a) => a.status === 'open');
            const caseIds = [...new Set(members.map((a) => a.caseId).filter((id): id is string => !!id))];
            const top = members.reduce((m, a) => (a.score > m.score ? a : m), members[0]!);
            return (
              <Fragment key={g.key}>
                <tr data-testid="alert-group">
                  <td>
                    <strong>{g.counterparty}</strong>
                    {g.country && <span className="muted"> · {g.country}</span>}
                    <span className="cell-sub mono">{g.key}</span>
                  </td>
                  <td className="num mono">{members.length}</td>
                  <td className="num">
                    <span className="mono">{g.maxScore.toFixed(1)}</span>{' '}
                    <Badge tone={SEVERITY_TONE[top.severity] ?? 'neutral'}>{top.severity}</Badge>
                  </td>
                  <td>
                    {Object.entries(g.tags)
                      .map(([t, n]) => `${t}${n > 1 ? ` ×${n}` : ''}`)
                      .join(', ')}
                  </td>
                  <td>
                    {open.length > 0 && <Badge tone="amber">{`${open.length} open`}</Badge>}{' '}
                    {caseIds.map((id) => (
                      <Link key={id} to={`/diversion/cases/${id}`} className="nowrap">
                        case {id.slice(0, 8)}
                      </Link>
                    ))}
                  </td>
                  <td className="nowrap">
                    <button
                      type="button"
                      className="btn btn-ghost btn-small"
                      aria-expanded={expanded === g.key}
                      onClick={() => setExpanded(expanded === g.key ? undefined : g.key)}
                    >
                      {expanded === g.key ? 'Hide' : 'Details'}
                    </button>{' '}
                    {canOpen && open.length > 0 && (
                      <button
                        type="button"
                        className="btn btn-primary btn-small"
                        disabled={busy}
                        onClick={() =>
                          onOpen(
                            g,
                            open.map((a) => a.id),
                          )
                        }
                      >
                        Open case
                      </button>
                    )}
                  </td>
                </tr>
                {expanded === g.key && (
                  <tr className="row-detail">
                    <td colSpan={6}>
                      {members.map((a) => (
                        <div key={a.id} className="alert-detail" data-testid="alert-detail">
                          <p>
                            <strong className="mono">{a.subjectRef}</strong>{' '}
                            <span className="muted">{a.subjectType}</span> · score{' '}
                            <span className="mono">{a.score.toFixed(1)}</span>{' '}
                            <Badge tone={SEVERITY_TONE[a.severity] ?? 'neutral'}>{a.severity}</Badge> ·{' '}
                            {STATUS_LABEL[a.status]}
                            {canOpen && a.status === 'open' && members.length > 1 && (
                              <>
                                {' '}
                                <button
                                  type="button"
                                  className="btn btn-ghost btn-small"
                                  disabled={busy}
                                  onClick={() => onOpen(g, [a.id])}
                                >
                                  Open case for {a.subjectRef} only
                                </button>
                              </>
                            )}
                          </p>
                          <AlertFlags alert={a} />
                        </div>
                      ))}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
