/**
 * Where am I, who am I, is the record intact; then the state of the data (lists and their age,
 * control lists, EAR tables) and the work waiting, each linking to its page; then the capabilities.
 */
import type { Schema } from '../../api/index';
import { ErrorAlert, Loading } from '../../components/Alert';
import { Badge, RoleBadge } from '../../components/Badge';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { messageOf } from '../../lib/api';
import { shortHash } from '../../lib/format';
import { useMe } from '../../lib/me';
import { Link } from '../../lib/router';
import type { AuditPage } from '../../lib/types';
import { useQuery } from '@tanstack/react-query';
import { useInvalidate } from '../../lib/query';
import { visibleSections } from '../../nav';
import { ControlsState, ListsState } from './DataState';
import { WorkWaiting } from './WorkWaiting';

const VIA: Record<string, string> = {
  session: 'web session',
  api_key: 'API key',
  cli: 'command line',
  system: 'system',
};

export function DashboardPage() {
  const { me } = useMe();
  const canAudit = me.permissions.includes('audit:read');
  // limit=1: only the head (latest seq and hash) is needed here.
  const audit = useQuery<AuditPage>({ queryKey: ['/audit?limit=1'], enabled: canAudit });
  const sections = visibleSections(me.permissions);
  const dashboard = useQuery<Schema<'Dashboard'>>({ queryKey: ['/dashboard'] });
  const invalidate = useInvalidate();

  return (
    <>
      <PageHeader title="Dashboard" description={`Overview of ${me.tenant.name}.`} />
      <div className="stats">
        <section className="stat" aria-labelledby="stat-tenant">
          <h2 id="stat-tenant" className="stat-label">
            Tenant
          </h2>
          <p className="stat-value">{me.tenant.name}</p>
          <p className="stat-meta">
            <Badge>{me.tenant.kind}</Badge>
            {me.tenant.isOperator && <Badge tone="blue">operator</Badge>}
            <span>
              slug <span className="mono">{me.tenant.slug}</span>
            </span>
          </p>
        </section>
        <section className="stat" aria-labelledby="stat-role">
          <h2 id="stat-role" className="stat-label">
            Your role
          </h2>
          <p className="stat-value">
            <RoleBadge role={me.role} />
          </p>
          <p className="stat-meta">
            {me.user ? me.user.name : 'API client'} · signed in via {VIA[me.via] ?? me.via}
          </p>
        </section>
        <section className="stat" aria-labelledby="stat-audit">
          <h2 id="stat-audit" className="stat-label">
            Audit log head
          </h2>
          {!canAudit ? (
            <p className="stat-meta">Not visible to your role.</p>
          ) : audit.error ? (
            <p className="stat-meta text-error">{messageOf(audit.error)}</p>
          ) : !audit.data ? (
            <p className="stat-meta">Loading…</p>
          ) : audit.data.head ? (
            <>
              <p className="stat-value" data-testid="audit-head">
                #{audit.data.head.seq}{' '}
                <span className="mono hash" title={audit.data.head.hash}>
                  {shortHash(audit.data.head.hash)}
                </span>
              </p>
              <p className="stat-meta">
                <Link to="/audit">View and verify the log →</Link>
              </p>
            </>
          ) : (
            <p className="stat-meta">No records yet.</p>
          )}
        </section>
      </div>

      <ErrorAlert error={dashboard.error} title="Could not load the state of the data and the work waiting" />
      {dashboard.isLoading && !dashboard.data && <Loading what="the state of the data" />}
      {dashboard.data && (
        <>
          <WorkWaiting work={dashboard.data.work} />
          {(dashboard.data.lists || dashboard.data.controls) && <h2 className="section-title">State of the data</h2>}
          <ListsState lists={dashboard.data.lists} />
          <ControlsState
            controls={dashboard.data.controls}
            regulations={dashboard.data.regulations}
            onImported={() => void invalidate('/dashboard', '/controls')}
          />
        </>
      )}

      <h2 className="section-title">Capabilities</h2>
      <ul className="cards">
        {sections.map((s) => (
          <li key={s.path}>
            <Link to={s.path} className="card">
              <span className="card-head">
                <span className="card-icon" aria-hidden="true">
                  <Icon name={s.icon} size={20} />
                </span>
                <span className="card-title">{s.label}</span>
                {s.available ? <Badge tone="green">available</Badge> : <Badge>not yet available</Badge>}
              </span>
              <span className="card-text">{s.summary}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
