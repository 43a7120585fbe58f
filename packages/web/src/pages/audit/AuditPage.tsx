/**
 * The tenant's audit log, newest first, with a prefix filter, "Older"/"Newer" paging by
 * sequence number, and an on-demand verification of the hash chain.
 */
import { useState, type FormEvent } from 'react';
import { ErrorAlert, Loading } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../../lib/me';
import type { AuditPage as Page } from '../../lib/types';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { AuditTable } from './AuditTable';
import { useVerify, VerifyResult } from './VerifyResult';

const PAGE_SIZE = 50;

export function AuditPage() {
  const canVerify = useCan('audit:verify');
  const [draft, setDraft] = useState('');
  const [action, setAction] = useState('');
  // Cursors of the pages we came through, so "Newer" can step back without server support.
  const [cursors, setCursors] = useState<number[]>([]);
  const beforeSeq = cursors.at(-1);
  const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (beforeSeq !== undefined) query.set('beforeSeq', String(beforeSeq));
  if (action) query.set('action', action);
  const page = useQuery<Page>({
    queryKey: [`/audit?${query}`],
    // The page shown stays until the next one arrives, so paging does not flash a loading state.
    placeholderData: keepPreviousData,
  });
  const verify = useVerify();

  const applyFilter = (e: FormEvent) => {
    e.preventDefault();
    setAction(draft.trim());
    setCursors([]);
  };
  const clearFilter = () => {
    setDraft('');
    setAction('');
    setCursors([]);
  };

  const next = page.data?.nextBeforeSeq ?? null;
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every decision and change in this tenant, hash-chained: each record commits to the one before it, so an edited, removed or reordered record is detectable."
        actions={
          canVerify && (
            <button type="button" className="btn btn-primary" onClick={verify.run} disabled={verify.busy}>
              {verify.busy ? 'Verifying…' : 'Verify chain'}
            </button>
          )
        }
      />
      <VerifyResult state={verify} />

      <div className="toolbar">
        <form className="toolbar-form" onSubmit={applyFilter} role="search">
          <label htmlFor="audit-action">Action prefix</label>
          <input
            id="audit-action"
            type="search"
            placeholder="e.g. user. or auth.login"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            maxLength={100}
            spellCheck={false}
          />
          <button type="submit" className="btn btn-secondary">
            Filter
          </button>
          {action && (
            <button type="button" className="btn btn-ghost" onClick={clearFilter}>
              Clear
            </button>
          )}
        </form>
        {page.data?.head && (
          <p className="toolbar-meta">
            Head <span className="mono">#{page.data.head.seq}</span>
          </p>
        )}
      </div>

      <ErrorAlert error={page.error} title="Could not load the audit log" />
      {page.isLoading && !page.data ? (
        <Loading what="audit records" />
      ) : (
        page.data && <AuditTable records={page.data.records} filtered={action !== ''} />
      )}

      <nav className="pager" aria-label="Audit log pages">
        <button
          type="button"
          className="btn btn-secondary"
          disabled={cursors.length === 0 || page.isFetching}
          onClick={() => setCursors((c) => c.slice(0, -1))}
        >
          ← Newer
        </button>
        <button
          type="button"
          className="btn btn-secondary"
          disabled={next === null || page.isFetching}
          onClick={() => next !== null && setCursors((c) => [...c, next])}
        >
          Older →
        </button>
      </nav>
    </>
  );
}
