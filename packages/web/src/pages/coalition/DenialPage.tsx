/** One of this agency's denials: the notice as partners see it, its revisions, and the forms to amend or revoke it. */
import { useState } from 'react';
import { criterionById } from '@dualuse/core/coalition';
import { ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import { formatTime } from '../../lib/format';
import { useCan } from '../../lib/me';
import { navigate, usePath } from '../../lib/router';
import { useQuery } from '@tanstack/react-query';
import { useInvalidate } from '../../lib/query';
import { useSubmit } from '../../lib/useSubmit';
import { CoalitionNav } from './CoalitionNav';
import { UnverifiedHeading } from './coalition-options';
import {
  statusLabel,
  type DenialAmendment,
  type DenialDetail,
  type DenialNotice,
  type DenialRecord,
  type DenialRevocation,
} from './types';

export function DenialPage() {
  const id = usePath().split('/').pop()!;
  const { data, error } = useQuery<DenialDetail>({ queryKey: [`/denials/${id}`] });
  const invalidate = useInvalidate();
  const canWrite = useCan('denials:write');
  if (error)
    return (
      <>
        <PageHeader title="Denial" />
        <CoalitionNav />
        <ErrorAlert error={error} title="The denial could not be loaded" />
      </>
    );
  if (!data) return <Loading what="the denial" />;
  const n = data.notice;
  return (
    <>
      <PageHeader
        title={`Denial ${data.regimeRef}`}
        description="A refusal as notified to partners. Amending it makes a new revision, shared again; revoking it withdraws it from every coalition and it stops matching."
      />
      <CoalitionNav />
      <NoticeView n={n} status={data.status} />
      <section className="panel" aria-labelledby="history-title">
        <h2 id="history-title" className="panel-title">
          History
        </h2>
        <ol className="case-timeline" aria-label="Denial history">
          {data.history.map((r) => (
            <li key={r.id}>
              Revision {r.revision} · {formatTime(r.createdAt)} by {r.createdBy} · {statusLabel(r.status)} — reason:{' '}
              {r.notice.reason}
            </li>
          ))}
        </ol>
      </section>
      {canWrite && data.status === 'in_force' && (
        <DenialActions
          id={data.id}
          reason={n.reason}
          onChange={() => void invalidate('/denials', '/undercuts', '/dashboard')}
        />
      )}
    </>
  );
}

function NoticeView({ n, status }: { n: DenialNotice; status: string }) {
  return (
    <section className="panel" aria-labelledby="notice-title" data-testid="denial-notice">
      <h2 id="notice-title" className="panel-title">
        {n.agencyName} ({n.agencyCountry}){' '}
        <Badge tone={status === 'in_force' ? 'red' : 'neutral'}>{statusLabel(status)}</Badge>
      </h2>
      <dl className="case-meta">
        <div>
          <dt>Item</dt>
          <dd>{n.item}</dd>
        </div>
        <div>
          <dt>Control entries</dt>
          <dd>{n.controlEntries.map((c) => `${c.jurisdiction} ${c.code}`).join(', ')}</dd>
        </div>
        <div>
          <dt>Destination</dt>
          <dd>{n.destination}</dd>
        </div>
        <div>
          <dt>Denied parties</dt>
          <dd>{n.deniedParties.map((p) => p.name).join('; ')}</dd>
        </div>
        <div>
          <dt>End use</dt>
          <dd>{n.endUse}</dd>
        </div>
        <div>
          <dt>Criteria</dt>
          <dd data-testid="denial-criteria">
            {n.criteria.map((id) => {
              const found = criterionById(id);
              return (
                <div key={id} title={id}>
                  {found ? `Criterion ${found.criterion.number} (${found.set.title}): ${found.criterion.heading}` : id}
                  {found && !found.criterion.verified && <UnverifiedHeading />}
                </div>
              );
            })}
          </dd>
        </div>
        <div>
          <dt>Denied on</dt>
          <dd>{n.deniedOn}</dd>
        </div>
        <div>
          <dt>Review by</dt>
          <dd>{n.reviewDate} (Reg. (EU) 2021/821 Art. 16(3))</dd>
        </div>
      </dl>
    </section>
  );
}

function DenialActions({ id, reason, onChange }: { id: string; reason: string; onChange: () => void }) {
  const [amended, setAmended] = useState(reason);
  const [why, setWhy] = useState('');
  const submit = useSubmit();
  const amend = async () => {
    const body: DenialAmendment = { reason: amended };
    const notice = await submit.run(() => api<DenialNotice>('POST', `/denials/${id}/amend`, { body }));
    if (notice) navigate(`/coalition/denials/${notice.id}`);
  };
  const revoke = async () => {
    const body: DenialRevocation = { reason: why };
    if (await submit.run(() => api<DenialRecord>('POST', `/denials/${id}/revoke`, { body }))) onChange();
  };
  return (
    <section className="panel" aria-labelledby="actions-title">
      <h2 id="actions-title" className="panel-title">
        Amend or revoke
      </h2>
      <ErrorAlert error={submit.error} />
      <div className="coalition-grid">
        <form
          className="form-stack"
          onSubmit={(e) => {
            e.preventDefault();
            void amend();
          }}
        >
          <TextField label="Amended reason" value={amended} onChange={(e) => setAmended(e.target.value)} required />
          <div className="form-actions">
            <button type="submit" className="btn btn-secondary" disabled={submit.busy}>
              Amend (new revision)
            </button>
          </div>
        </form>
        <form
          className="form-stack"
          onSubmit={(e) => {
            e.preventDefault();
            void revoke();
          }}
        >
          <TextField label="Why revoke" value={why} onChange={(e) => setWhy(e.target.value)} required />
          <div className="form-actions">
            <button type="submit" className="btn btn-danger" disabled={submit.busy}>
              Revoke
            </button>
          </div>
        </form>
      </div>
    </section>
  );
}
