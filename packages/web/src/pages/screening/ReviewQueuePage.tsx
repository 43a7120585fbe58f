/**
 * Stored hits awaiting a decision (status=open), newest first; other statuses on request.
 * A row opens the hit with its explanation and, for officers and admins, the decision.
 */
import { useEffect, useRef, useState } from 'react';
import { ErrorAlert, Loading, Notice } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../../lib/me';
import { useQuery } from '@tanstack/react-query';
import { HitReview } from './HitReview';
import { HitQueueTable } from './HitQueueTable';
import { ScreeningNav } from './ScreeningNav';
import type { HitRecord } from './types';

const STATUSES = [
  { value: 'open', label: 'Open' },
  { value: 'true_match', label: 'True matches' },
  { value: 'false_positive', label: 'False positives' },
  { value: 'suppressed', label: 'Suppressed' },
  { value: '', label: 'All' },
];

export function ReviewQueuePage() {
  const canDecide = useCan('screening:decide');
  const [status, setStatus] = useState('open');
  const hits = useQuery<{ hits: HitRecord[] }>({
    queryKey: [`/screening/hits?limit=500${status ? `&status=${status}` : ''}`],
  });
  // ?hit= preselects a hit (the search page links here).
  const [selected, setSelected] = useState<string | null>(() => new URLSearchParams(location.search).get('hit'));
  const [done, setDone] = useState<string>();
  const detail = useRef<HTMLDivElement>(null);
  const hit = hits.data?.hits.find((h) => h.id === selected);

  useEffect(() => {
    if (hit) detail.current?.scrollIntoView({ block: 'nearest' });
  }, [hit]);

  const decided = (h: HitRecord, decision: string) => {
    setDone(
      `${h.query.name} × ${h.explanation.matchedName} (${[h.list, h.entry.reference].filter(Boolean).join(' ')}) recorded as ${decision.replace('_', ' ')}.`,
    );
    setSelected(null);
  };

  return (
    <>
      <PageHeader
        title="Review queue"
        description={
          canDecide
            ? 'Hits waiting for a decision. Open one to see why it matched, then record it as a true match or a false positive, with a reason.'
            : 'Hits waiting for a decision. Your role can review them; an officer or admin decides.'
        }
      />
      <ScreeningNav />
      {done && <Notice kind="success">{done}</Notice>}
      <div className="toolbar">
        <div className="toolbar-form">
          <label htmlFor="hit-status">Status</label>
          <select
            id="hit-status"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value);
              setSelected(null);
            }}
          >
            {STATUSES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        {hits.data && (
          <p className="toolbar-meta">
            {hits.data.hits.length} {hits.data.hits.length === 1 ? 'hit' : 'hits'}
          </p>
        )}
      </div>
      <ErrorAlert error={hits.error} title="Could not load hits" />
      {hits.isLoading && !hits.data ? (
        <Loading what="hits" />
      ) : hits.data && hits.data.hits.length === 0 ? (
        <div className="panel panel-muted" data-testid="queue-empty">
          {status === 'open' ? 'No open hits: the queue is empty.' : 'No hits with this status.'}
        </div>
      ) : (
        hits.data && <HitQueueTable hits={hits.data.hits} selected={selected} onOpen={setSelected} />
      )}
      <div ref={detail} className="review-detail">
        {hit && <HitReview key={hit.id} hit={hit} onDecided={decided} onClose={() => setSelected(null)} />}
      </div>
    </>
  );
}
