/**
 * What an analyst does to an open case: a note, a piece of evidence, an assignment, and — for
 * officers (cases:decide) — closing it with a decision and its reason. Each posts one event.
 */
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/Alert';
import { useCan } from '../../lib/me';
import { useSubmit } from '../../lib/useSubmit';
import { addEvent, type CaseDetail, type CaseEventBody } from './cases';

export function CaseActions({ id, onChange }: { id: string; onChange: (d: CaseDetail) => void }) {
  const canDecide = useCan('cases:decide');
  const [note, setNote] = useState('');
  const [evidence, setEvidence] = useState({ description: '', url: '', ref: '' });
  const [assignee, setAssignee] = useState('');
  const [decision, setDecision] = useState<'cleared' | 'declined' | 'reported'>('cleared');
  const [reason, setReason] = useState('');
  const submit = useSubmit();

  const post = (event: CaseEventBody, reset: () => void) => async (e: FormEvent) => {
    e.preventDefault();
    const res = await submit.run(() => addEvent(id, event));
    if (res) {
      reset();
      onChange(res);
    }
  };
  const f = submit.fields;
  return (
    <section className="panel" aria-labelledby="case-actions-title">
      <h2 id="case-actions-title" className="panel-title">
        Work the case
      </h2>
      <ErrorAlert error={submit.error} title="Not recorded" shown={Object.keys(f)} />
      <div className="case-forms">
        <form aria-label="Add a note" onSubmit={(e) => void post({ kind: 'note', text: note }, () => setNote(''))(e)}>
          <label htmlFor="case-note">Note</label>
          <textarea id="case-note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} required />
          {f['/text'] && <p className="field-error">{f['/text']}</p>}
          <button type="submit" className="btn btn-secondary btn-small" disabled={submit.busy}>
            Add note
          </button>
        </form>
        <form
          aria-label="Add evidence"
          onSubmit={(e) =>
            void post(
              {
                kind: 'evidence',
                description: evidence.description,
                ...(evidence.url ? { url: evidence.url } : {}),
                ...(evidence.ref ? { ref: evidence.ref } : {}),
              },
              () => setEvidence({ description: '', url: '', ref: '' }),
            )(e)
          }
        >
          <label htmlFor="case-evidence">Evidence</label>
          <input
            id="case-evidence"
            value={evidence.description}
            onChange={(e) => setEvidence({ ...evidence, description: e.target.value })}
            placeholder="What it shows"
            required
          />
          <input
            aria-label="Evidence link"
            type="url"
            value={evidence.url}
            onChange={(e) => setEvidence({ ...evidence, url: e.target.value })}
            placeholder="https://… (optional)"
          />
          {f['/url'] && <p className="field-error">{f['/url']}</p>}
          <input
            aria-label="Evidence reference"
            value={evidence.ref}
            onChange={(e) => setEvidence({ ...evidence, ref: e.target.value })}
            placeholder="Document or record reference (optional)"
          />
          <button type="submit" className="btn btn-secondary btn-small" disabled={submit.busy}>
            Add evidence
          </button>
        </form>
        <form aria-label="Assign" onSubmit={(e) => void post({ kind: 'assign', assignee }, () => setAssignee(''))(e)}>
          <label htmlFor="case-assignee">Assign to (e-mail or user id)</label>
          <input id="case-assignee" value={assignee} onChange={(e) => setAssignee(e.target.value)} required />
          {f['/assignee'] && <p className="field-error">{f['/assignee']}</p>}
          <button type="submit" className="btn btn-secondary btn-small" disabled={submit.busy}>
            Assign
          </button>
        </form>
        {canDecide && (
          <form
            aria-label="Close the case"
            onSubmit={(e) => void post({ kind: 'close', decision, reason }, () => setReason(''))(e)}
          >
            <label htmlFor="case-decision">Decision</label>
            <select
              id="case-decision"
              value={decision}
              onChange={(e) => setDecision(e.target.value as typeof decision)}
            >
              <option value="cleared">Cleared — no diversion risk found</option>
              <option value="declined">Declined — transaction refused</option>
              <option value="reported">Reported — to the authority</option>
            </select>
            <label htmlFor="case-reason">Reason</label>
            <textarea id="case-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} required />
            {f['/reason'] && <p className="field-error">{f['/reason']}</p>}
            <button type="submit" className="btn btn-danger btn-small" disabled={submit.busy}>
              Close with decision
            </button>
          </form>
        )}
      </div>
    </section>
  );
}
