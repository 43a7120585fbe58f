/**
 * One stored hit opened from the review queue: who was screened, what they matched and why,
 * and — for officers and admins — the decision with its mandatory reason. A false positive
 * is remembered for this party and this version of the entry.
 */
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { api, ApiError } from '../../lib/api';
import { formatTime } from '../../lib/format';
import { useCan } from '../../lib/me';
import { useInvalidate } from '../../lib/query';
import { Explanation } from './Explanation';
import { EntryRef, HitStatusBadge, partySummary, ScoreBar } from './HitBits';
import type { HitRecord } from './types';

type Decision = 'true_match' | 'false_positive';

export function HitReview({
  hit,
  onDecided,
  onClose,
}: {
  hit: HitRecord;
  onDecided: (hit: HitRecord, decision: Decision) => void;
  onClose: () => void;
}) {
  const canDecide = useCan('screening:decide');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const invalidate = useInvalidate();
  // The decision leaves the open queue and changes the party's hit history and the dashboard's count of open hits.
  const submit = useMutation({
    mutationFn: (body: { decision: Decision; reason: string }) =>
      api<HitRecord>('POST', `/screening/hits/${encodeURIComponent(hit.id)}/decision`, { body }),
    onSuccess: (updated, { decision }) => {
      void invalidate('/screening/hits', '/counterparties', '/dashboard');
      onDecided(updated, decision);
    },
  });

  const decide = (decision: Decision, e?: FormEvent) => {
    e?.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    submit.mutate({ decision, reason: reason.trim() });
  };

  const reasonError = missing
    ? 'A reason is required: it goes into the audit log.'
    : submit.error instanceof ApiError
      ? submit.error.fields()['/reason']
      : undefined;
  const summary = partySummary(hit.query);
  return (
    <section className="panel hit-review" aria-labelledby="hit-review-title" data-testid="hit-review">
      <div className="hit-review-head">
        <div>
          <h2 id="hit-review-title" className="panel-title">
            {hit.query.name} <span className="muted">matched</span> {hit.explanation.matchedName}
          </h2>
          <p className="hit-review-meta">
            <ScoreBar score={hit.score} />
            <Badge tone="violet">{hit.list}</Badge>
            <span data-testid="hit-entry">
              <EntryRef entry={hit.entry} id={hit.entryId} />
            </span>
            <HitStatusBadge status={hit.status} />
            <span className="muted">
              {hit.origin} · {formatTime(hit.createdAt)}
              {summary && ` · ${summary}`}
            </span>
          </p>
        </div>
        <button type="button" className="btn btn-ghost btn-small" onClick={onClose}>
          Close
        </button>
      </div>
      <Explanation explanation={hit.explanation} />

      {hit.status !== 'open' ? (
        <p className="muted decision-note">Decided {hit.decidedAt ? formatTime(hit.decidedAt) : ''}.</p>
      ) : canDecide ? (
        <form className="decision" onSubmit={(e) => decide('false_positive', e)} noValidate>
          <ErrorAlert error={submit.error} title="The decision was not recorded" shown={['/reason']} />
          <div className={`field${reasonError ? ' field-invalid' : ''}`}>
            <label htmlFor="decision-reason">Reason</label>
            <textarea
              id="decision-reason"
              rows={3}
              required
              maxLength={2000}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                setMissing(false);
              }}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby="decision-reason-msg"
              placeholder="e.g. date of birth and nationality differ from the listed person"
            />
            <p id="decision-reason-msg" className={reasonError ? 'field-error' : 'field-hint'}>
              {reasonError ?? 'Required. Recorded with your decision in the audit log.'}
            </p>
          </div>
          <div className="decision-actions">
            <button
              type="button"
              className="btn btn-danger"
              disabled={submit.isPending}
              onClick={() => decide('true_match')}
            >
              True match
            </button>
            <button type="submit" className="btn btn-secondary" disabled={submit.isPending}>
              False positive
            </button>
          </div>
        </form>
      ) : (
        <p className="panel-muted decision-note">
          Your role can review hits but not decide them; an officer or admin records the decision.
        </p>
      )}
    </section>
  );
}
