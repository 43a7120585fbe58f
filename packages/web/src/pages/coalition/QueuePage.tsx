/**
 * The agency's queue: applications addressed to this agency, oldest first among the open ones, with the days they
 * have been open, who holds them and whether they match an ally's denial. An officer takes a case from here.
 */
import { useState } from 'react';
import { ErrorAlert, Loading } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import { useCan, useMe } from '../../lib/me';
import { useQuery } from '@tanstack/react-query';
import { useInvalidate } from '../../lib/query';
import { useSubmit } from '../../lib/useSubmit';
import { CoalitionNav } from './CoalitionNav';
import { isOpen, QueueTable } from './QueueTable';
import type { Application, ApplicationEvent, CaseStep, Items } from './types';

export function QueuePage() {
  const { data, error } = useQuery<Items<Application>>({ queryKey: ['/applications?side=agency'] });
  const [all, setAll] = useState(false);
  const canWork = useCan('applications:work');
  const me = useMe().me.user?.name;
  const submit = useSubmit();
  const invalidate = useInvalidate();
  const take = (id: string) =>
    submit
      .run(() => api<ApplicationEvent>('POST', `/applications/${id}/assign`, { body: { to: me } satisfies CaseStep }))
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
      {data && <QueueTable rows={rows} all={all} onTake={canWork && me ? (id) => void take(id) : undefined} />}
    </>
  );
}
