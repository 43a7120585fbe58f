/**
 * The agency's queue: applications addressed to this agency, oldest first among the open ones, with the days they
 * have been open, who holds them and whether they match an ally's denial. An officer takes a case from here.
 */
import { useState } from 'react';
import { ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useCan, useMe } from '../../lib/me';
import { Link } from '../../lib/router';
import { useQuery } from '@tanstack/react-query';
import { useInvalidate } from '../../lib/query';
import { useSubmit } from '../../lib/useSubmit';
import { CoalitionNav } from './CoalitionNav';
import { endUser, entriesText, statusLabel, type Application, type Items } from './types';

const DAY = 86_400_000;
const daysSince = (iso: string) => Math.floor((Date.now() - Date.parse(iso)) / DAY);
const isOpen = (a: Application) => !a.decidedAt;

export function QueuePage() {
  const { data, error } = useQuery<Items<Application>>({ queryKey: ['/applications?side=agency'] });
  const [all, setAll] = useState(false);
  const canWork = useCan('applications:work');
  const me = useMe().me.user?.name;
  const submit = useSubmit();
  const invalidate = useInvalidate();
  const take = (id: string) =>
    submit
      .run(() => api('POST', `/applications/${id}/assign`, { body: { to: me } }))
      .then(() => invalidate('/applications', '/dashboard'));
  const rows = (data?.items ?? [])
    .filter((a) => all || isOpen(a))
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  return (
    <>
      <PageHeader
        title="Coalition"
        description="Licence applications addressed to this agency. Open a case to see the goods, the parties, the matches against allied denials and to decide it."
      />
      <CoalitionNav />
      <ErrorAlert error={error ?? submit.error} />
      <label className="checkbox">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} /> Show decided applications
      </label>
      {!data && !error && <Loading what="the queue" />}
      {data && (
        <div className="table-wrap">
          <table className="table" aria-label="Agency queue">
            <thead>
              <tr>
                <th>Reference</th>
                <th>Applicant</th>
                <th>Destination</th>
                <th>Control entries</th>
                <th>End user</th>
                <th>Status</th>
                <th>Days open</th>
                <th>Officer</th>
                <th>Allied denials</th>
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 && (
                <tr>
                  <td colSpan={9} className="table-empty">
                    No {all ? '' : 'open '}applications.
                  </td>
                </tr>
              )}
              {rows.map((a) => (
                <QueueRow key={a.id} a={a} onTake={canWork && me ? () => void take(a.id) : undefined} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function QueueRow({ a, onTake }: { a: Application; onTake: (() => void) | undefined }) {
  const identical = a.matches.filter((m) => m.essentiallyIdentical).length;
  return (
    <tr data-testid="queue-row">
      <td>
        <Link to={`/coalition/applications/${a.id}`}>{a.input.reference}</Link>
        <div className="cell-sub">submitted {formatDate(a.submittedAt)}</div>
      </td>
      <td>{a.applicantName}</td>
      <td>{a.input.destination}</td>
      <td>{entriesText(a.input.items)}</td>
      <td>{endUser(a.input)}</td>
      <td>
        <Badge tone={a.decidedAt ? 'neutral' : 'blue'}>{statusLabel(a.status)}</Badge>
      </td>
      <td title="Calendar days since submission; the case shows the clock less the days awaiting the applicant">
        {isOpen(a) ? daysSince(a.submittedAt) : '—'}
      </td>
      <td>
        {a.assignedTo ?? (
          <>
            unassigned{' '}
            {onTake && isOpen(a) && (
              <button type="button" className="btn btn-small btn-secondary" onClick={onTake}>
                Take case
              </button>
            )}
          </>
        )}
      </td>
      <td>{identical ? <Badge tone="red">{`${identical} essentially identical`}</Badge> : '—'}</td>
    </tr>
  );
}
