/**
 * The alert queue: imported shipments and payments that alerted, grouped by resolved
 * counterparty, filterable by status and severity, with the cases opened from them. Opening a
 * case from a group takes its open alerts and goes to the case.
 */
import { useState } from 'react';
import { ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../lib/format';
import { useCan } from '../../lib/me';
import { Link, navigate } from '../../lib/router';
import { useQuery } from '@tanstack/react-query';
import { useInvalidate } from '../../lib/query';
import { useSubmit } from '../../lib/useSubmit';
import { AlertGroups } from './AlertGroups';
import { AlertImport } from './AlertImport';
import { openCase, type Alert, type AlertGroup, type Case } from './cases';
import { DiversionNav } from './DiversionNav';

const SEVERITIES = ['high', 'medium', 'low'] as const;

export function AlertQueuePage() {
  const [status, setStatus] = useState<'open' | 'in_case' | 'closed' | ''>('open');
  const [severity, setSeverity] = useState<string>('');
  const canWrite = useCan('diversion:write');
  const canOpen = useCan('cases:manage');
  const queue = useQuery<{ alerts: Alert[]; groups: AlertGroup[] }>({
    queryKey: [`/diversion/alerts${status ? `?status=${status}` : ''}`],
  });
  const cases = useQuery<{ cases: Case[] }>({ queryKey: ['/diversion/cases?limit=50'], enabled: useCan('cases:read') });
  const submit = useSubmit();
  const invalidate = useInvalidate();

  const shown = (queue.data?.alerts ?? []).filter((a) => !severity || a.severity === severity);
  const byId = new Map(shown.map((a) => [a.id, a]));
  const groups = (queue.data?.groups ?? [])
    .map((g) => ({ ...g, alertIds: g.alertIds.filter((id) => byId.has(id)) }))
    .filter((g) => g.alertIds.length > 0);

  const open = async (g: AlertGroup, ids: string[]) => {
    const res = await submit.run(() =>
      openCase(
        ids,
        `${g.counterparty}${g.country ? ` (${g.country})` : ''}: ${ids.length} ${ids.length === 1 ? 'alert' : 'alerts'}`,
      ),
    );
    if (res) void invalidate('/diversion/alerts', '/diversion/cases', '/dashboard');
    if (res) navigate(`/diversion/cases/${res.case.id}`);
  };

  return (
    <>
      <PageHeader
        title="Alert queue"
        description="Shipments and payments whose red flags add up to an alert, one line per resolved counterparty so repeated alerts on one party are one piece of work. Open a case to investigate, annotate, attach evidence and decide."
      />
      <DiversionNav />
      {canWrite && <AlertImport onImported={() => void invalidate('/diversion/alerts', '/dashboard')} />}
      <section className="panel" aria-labelledby="queue-title">
        <div className="toolbar">
          <h2 id="queue-title" className="panel-title">
            Alerts
          </h2>
          <div className="toolbar-form">
            <label className="field">
              <span>Status</span>
              <select aria-label="Status" value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
                <option value="open">Open</option>
                <option value="in_case">In a case</option>
                <option value="closed">Closed</option>
                <option value="">All</option>
              </select>
            </label>
            <label className="field">
              <span>Severity</span>
              <select aria-label="Severity" value={severity} onChange={(e) => setSeverity(e.target.value)}>
                <option value="">All</option>
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </div>
        <ErrorAlert error={queue.error} title="The queue could not be loaded" />
        <ErrorAlert error={submit.error} title="No case was opened" />
        {queue.isLoading && !queue.data ? (
          <Loading what="alerts" />
        ) : (
          <AlertGroups
            groups={groups}
            alerts={byId}
            canOpen={canOpen}
            busy={submit.busy}
            onOpen={(g, ids) => void open(g, ids)}
          />
        )}
        {queue.data && (
          <p className="muted" data-testid="queue-summary">
            {shown.length} {shown.length === 1 ? 'alert' : 'alerts'} in {groups.length}{' '}
            {groups.length === 1 ? 'group' : 'groups'}
          </p>
        )}
      </section>
      {cases.data && (
        <section className="panel" aria-labelledby="cases-title">
          <h2 id="cases-title" className="panel-title">
            Cases
          </h2>
          {cases.data.cases.length === 0 ? (
            <p className="muted">No case yet.</p>
          ) : (
            <div className="table-wrap">
              <table className="table table-compact" aria-label="Cases">
                <thead>
                  <tr>
                    <th scope="col">Case</th>
                    <th scope="col">Status</th>
                    <th scope="col">Opened</th>
                    <th scope="col">Decision</th>
                  </tr>
                </thead>
                <tbody>
                  {cases.data.cases.map((c) => (
                    <tr key={c.id}>
                      <td>
                        <Link to={`/diversion/cases/${c.id}`}>{c.title}</Link>
                      </td>
                      <td>
                        {c.status === 'open' ? <Badge tone="amber">open</Badge> : <Badge tone="neutral">closed</Badge>}
                      </td>
                      <td className="nowrap mono">{formatTime(c.openedAt)}</td>
                      <td>{c.decision ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </>
  );
}
