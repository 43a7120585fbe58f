/**
 * One case: what it is about (its alerts, every flag with its reason and citation), who holds it,
 * everything done on it in order, and the forms to go on. A closed case shows its decision.
 */
import { useEffect, useState } from 'react';
import { ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../lib/format';
import { useCan } from '../../lib/me';
import { Link, usePath } from '../../lib/router';
import { useQuery } from '@tanstack/react-query';
import { AlertFlags } from './AlertGroups';
import { CaseActions } from './CaseActions';
import { actorName, SEVERITY_TONE, type CaseDetail, type CaseEvent } from './cases';
import { DiversionNav } from './DiversionNav';

function describe(e: CaseEvent, user: (id: string) => string): string {
  switch (e.kind) {
    case 'opened':
      return `opened with ${e.body.subjects.join(', ') || 'its alerts'}`;
    case 'note':
      return `note: ${e.body.text}`;
    case 'evidence':
      return `evidence: ${e.body.description}${e.body.url ? ` — ${e.body.url}` : ''}${e.body.ref ? ` [${e.body.ref}]` : ''}`;
    case 'assign':
      return `assigned to ${user(e.body.assignee)}`;
    case 'close':
      return `closed: ${e.body.decision} — ${e.body.reason}`;
  }
}

export function CasePage() {
  const id = usePath().split('/').pop()!;
  const loaded = useQuery<CaseDetail>({ queryKey: [`/diversion/cases/${id}`] });
  const canManage = useCan('cases:manage');
  const users = useQuery<{ users: { id: string; email: string }[] }>({
    queryKey: ['/users'],
    enabled: useCan('users:read'),
  });
  const [detail, setDetail] = useState<CaseDetail>();
  useEffect(() => setDetail(loaded.data), [loaded.data]);
  const user = (uid: string) => users.data?.users.find((u) => u.id === uid)?.email ?? uid;

  if (loaded.error)
    return (
      <>
        <PageHeader title="Case" />
        <DiversionNav />
        <ErrorAlert error={loaded.error} title="The case could not be loaded" />
      </>
    );
  if (!detail) return <Loading what="the case" />;
  const c = detail.case;
  return (
    <>
      <PageHeader
        title={c.title}
        description="A diversion case: the alerts it covers with every flag's reason and source, and everything done on it, in order. Each step is recorded in the audit log."
      />
      <DiversionNav />
      <section className="panel" aria-labelledby="case-title" data-testid="case-summary">
        <h2 id="case-title" className="panel-title">
          Case {c.status === 'open' ? <Badge tone="amber">open</Badge> : <Badge tone="neutral">closed</Badge>}
        </h2>
        <dl className="case-meta">
          <div>
            <dt>Assignee</dt>
            <dd data-testid="case-assignee">{c.assignee ? user(c.assignee) : 'unassigned'}</dd>
          </div>
          <div>
            <dt>Opened</dt>
            <dd>
              {formatTime(c.openedAt)} by {actorName(c.openedBy)}
            </dd>
          </div>
          {c.counterpartyKey && (
            <div>
              <dt>Counterparty</dt>
              {/* The name as the alerts state it; the resolved key (normalised words|country) only on hover. */}
              <dd title={`Resolved as ${c.counterpartyKey}`} data-testid="case-counterparty">
                {counterpartyName(detail.alerts, c.counterpartyKey)}
              </dd>
            </div>
          )}
          {c.decision && (
            <div>
              <dt>Decision</dt>
              <dd data-testid="case-decision">
                <strong>{c.decision}</strong> — {c.decisionReason}
              </dd>
            </div>
          )}
          {c.closedAt && (
            <div>
              <dt>Closed</dt>
              <dd>{formatTime(c.closedAt)}</dd>
            </div>
          )}
        </dl>
        <p>
          <Link to="/diversion/alerts">← Alert queue</Link>
        </p>
      </section>
      <section className="panel" aria-labelledby="case-alerts-title">
        <h2 id="case-alerts-title" className="panel-title">
          Alerts and their flags
        </h2>
        {detail.alerts.map((a) => (
          <div key={a.id} className="alert-detail" data-testid="case-alert">
            <p>
              <strong className="mono">{a.subjectRef}</strong>{' '}
              <span className="muted">
                {a.subjectType} · {a.counterparty.name}
                {a.counterparty.country ? ` (${a.counterparty.country})` : ''}
              </span>{' '}
              · score <span className="mono">{a.score.toFixed(1)}</span>{' '}
              <Badge tone={SEVERITY_TONE[a.severity] ?? 'neutral'}>{a.severity}</Badge>
            </p>
            <AlertFlags alert={a} />
          </div>
        ))}
      </section>
      <section className="panel" aria-labelledby="case-events-title">
        <h2 id="case-events-title" className="panel-title">
          History
        </h2>
        <ol className="case-timeline" aria-label="Case history">
          {detail.events.map((e) => (
            <li key={e.id} data-testid="case-event">
              <span className="mono nowrap">{formatTime(e.at)}</span> · <strong>{actorName(e.actor)}</strong>{' '}
              {describe(e, user)}
            </li>
          ))}
        </ol>
      </section>
      {c.status === 'open' && canManage && <CaseActions id={c.id} onChange={setDetail} />}
    </>
  );
}

function counterpartyName(alerts: CaseDetail['alerts'], key: string): string {
  const party = alerts.find((a) => a.counterparty.key === key)?.counterparty;
  if (!party?.name) return key;
  return party.country ? `${party.name} (${party.country})` : party.name;
}
