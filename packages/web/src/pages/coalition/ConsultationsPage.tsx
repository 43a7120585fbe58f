/**
 * Consultations this agency opened (before granting what an ally denied) or is asked in (its own denials), with the
 * questions and answers, the deadline and the outcome. The denying agency answers; the consulting agency closes it.
 */
import { useState } from 'react';
import { ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import { formatTime } from '../../lib/format';
import { useCan } from '../../lib/me';
import { Link } from '../../lib/router';
import { useQuery } from '@tanstack/react-query';
import { useInvalidate } from '../../lib/query';
import { useSubmit } from '../../lib/useSubmit';
import { CoalitionNav } from './CoalitionNav';
import { useAgencies } from './useAgencies';
import {
  statusLabel,
  type Consultation,
  type ConsultationClosing,
  type ConsultationMessage,
  type ConsultationMessageRequest,
  type ConsultationRecord,
  type Items,
} from './types';

const MESSAGE_VERB: Record<string, string> = {
  question: 'asked',
  answer: 'answered',
  outcome: 'closed with the outcome',
};

export function ConsultationsPage() {
  const { data, error } = useQuery<Items<Consultation>>({ queryKey: ['/consultations'] });
  const invalidate = useInvalidate();
  const { name } = useAgencies();
  return (
    <>
      <PageHeader
        title="Coalition"
        description="Consultations before granting what an ally denied (Reg. (EU) 2021/821 Art. 16(5)): those this agency opened, and those allies opened on its denials."
      />
      <CoalitionNav />
      <ErrorAlert error={error} />
      {!data && !error && <Loading what="the consultations" />}
      {data?.items.length === 0 && <p className="panel-empty">No consultations.</p>}
      {data?.items.map((c) => (
        <ConsultationCard
          key={c.id}
          c={c}
          counterpart={name(c.role === 'consulting' ? c.counterpartId : c.tenantId)}
          onChange={() => void invalidate('/consultations', '/applications')}
        />
      ))}
    </>
  );
}

function ConsultationCard({
  c,
  counterpart,
  onChange,
}: {
  c: Consultation;
  counterpart: string;
  onChange: () => void;
}) {
  const tone = c.status === 'closed' ? 'neutral' : c.overdue ? 'red' : 'amber';
  return (
    <section className="panel" aria-label={`Consultation with ${counterpart}`} data-testid="consultation">
      <h2 className="panel-title">
        {c.role === 'consulting' ? `Asked of ${counterpart}` : `Asked by ${counterpart}`}{' '}
        <Badge tone={tone}>{c.overdue ? 'overdue' : statusLabel(c.status)}</Badge>
      </h2>
      <p>
        Deadline {c.deadline}
        {c.role === 'consulting' && (
          <>
            {' · '}
            <Link to={`/coalition/applications/${c.applicationId}`}>Open the application</Link>
          </>
        )}
      </p>
      <ol className="case-timeline" aria-label="Questions and answers">
        {c.messages.map((m) => (
          <li key={m.id}>
            <span className="mono nowrap">{formatTime(m.createdAt)}</span> · <strong>{m.author}</strong>{' '}
            {MESSAGE_VERB[m.kind] ?? m.kind}: {m.body}
          </li>
        ))}
      </ol>
      {c.outcome && <p data-testid="consultation-outcome">Outcome: {c.outcome}</p>}
      {c.status !== 'closed' && <Reply c={c} onChange={onChange} />}
    </section>
  );
}

function Reply({ c, onChange }: { c: Consultation; onChange: () => void }) {
  const [text, setText] = useState('');
  const submit = useSubmit();
  const canWrite = useCan('consultations:write');
  if (!canWrite) return null;
  const denying = c.role === 'denying';
  const post = async (path: 'messages' | 'close', body: ConsultationMessageRequest | ConsultationClosing) => {
    const call = () =>
      api<ConsultationMessage | ConsultationRecord>('POST', `/consultations/${c.id}/${path}`, { body });
    if (await submit.run(call)) {
      setText('');
      onChange();
    }
  };
  return (
    <form
      className="form-stack"
      onSubmit={(e) => {
        e.preventDefault();
        void post('messages', { kind: denying ? 'answer' : 'question', text });
      }}
    >
      <TextField
        label={denying ? 'Answer' : 'Further question, or the outcome when closing'}
        value={text}
        onChange={(e) => setText(e.target.value)}
        required
      />
      <ErrorAlert error={submit.error} />
      <div className="form-actions">
        <button type="submit" className="btn btn-secondary" disabled={submit.busy}>
          {denying ? 'Send answer' : 'Ask'}
        </button>
        {!denying && (
          <button
            type="button"
            className="btn btn-primary"
            disabled={submit.busy || !text.trim()}
            onClick={() => void post('close', { outcome: text })}
          >
            Close with this outcome
          </button>
        )}
      </div>
    </form>
  );
}
