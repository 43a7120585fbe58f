/**
 * The case file in order (assignment, notes, questions to the applicant, answers, advice, countersignature) and the
 * forms to add to it. The applicant sees the same list minus what the agency keeps internal, and answers questions.
 */
import { useState } from 'react';
import { ErrorAlert } from '../../components/Alert';
import { SelectField, TextField } from '../../components/Field';
import { api } from '../../lib/api';
import { formatTime } from '../../lib/format';
import { useCan } from '../../lib/me';
import { useSubmit } from '../../lib/useSubmit';
import type { ApplicationCase, ApplicationEvent, CaseStep } from './types';

const KIND_LABEL: Record<string, string> = {
  note: 'Note',
  question: 'Question to the applicant',
  answer: 'Applicant’s answer',
  advice: 'Advice',
  countersign: 'Countersigned',
};

function describe(e: ApplicationEvent): string {
  if (e.body.assigned) return `Assigned to ${e.body.assigned}`;
  const advice = e.body.advice ? ` (${e.body.advice.replaceAll('_', ' ')})` : '';
  return `${KIND_LABEL[e.kind] ?? e.kind}${advice}: ${e.body.text ?? ''}`;
}

/** Which acts the viewer may take, by side and permission. */
function useActs(agency: boolean): { act: string; label: string }[] {
  const work = useCan('applications:work');
  const advise = useCan('applications:advise');
  const countersign = useCan('applications:countersign');
  const submit = useCan('applications:submit');
  if (!agency) return submit ? [{ act: 'answer', label: 'Answer the agency' }] : [];
  return [
    ...(work ? [{ act: 'note', label: 'Internal note' }] : []),
    ...(work ? [{ act: 'question', label: 'Question to the applicant (stops the clock)' }] : []),
    ...(advise ? [{ act: 'advice', label: 'Department advice' }] : []),
    ...(countersign ? [{ act: 'countersign', label: 'Countersign' }] : []),
  ];
}

const ADVICE = [
  { value: 'approve', label: 'Approve' },
  { value: 'proviso', label: 'Approve with proviso' },
  { value: 'refuse', label: 'Refuse' },
  { value: 'no_licence_required', label: 'No licence required' },
];

export function CaseHistory({ a, agency, onChange }: { a: ApplicationCase; agency: boolean; onChange: () => void }) {
  const acts = useActs(agency);
  const [act, setAct] = useState('');
  const [text, setText] = useState('');
  const [advice, setAdvice] = useState('approve');
  const submit = useSubmit();
  const chosen = act || acts[0]?.act;
  const send = async () => {
    const body: CaseStep = { text, ...(chosen === 'advice' ? { advice } : {}) };
    const out = await submit.run(() => api<ApplicationEvent>('POST', `/applications/${a.id}/${chosen}`, { body }));
    if (out) {
      setText('');
      onChange();
    }
  };
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title" className="panel-title">
        Case file
      </h2>
      <ol className="case-timeline" aria-label="Case file">
        {a.events.length === 0 && <li className="muted">Nothing yet.</li>}
        {a.events.map((e) => (
          <li key={e.id} data-testid="case-event">
            <span className="mono nowrap">{formatTime(e.createdAt)}</span> · <strong>{e.author}</strong> {describe(e)}
          </li>
        ))}
      </ol>
      {!a.decidedAt && chosen && (
        <form
          className="form-stack"
          aria-label="Add to the case file"
          onSubmit={(e) => {
            e.preventDefault();
            void send();
          }}
        >
          {acts.length > 1 && (
            <SelectField
              label="Add"
              value={chosen}
              onChange={(e) => setAct(e.target.value)}
              options={acts.map((x) => ({ value: x.act, label: x.label }))}
            />
          )}
          {chosen === 'advice' && (
            <SelectField label="Advice" value={advice} onChange={(e) => setAdvice(e.target.value)} options={ADVICE} />
          )}
          <TextField
            label="Text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={submit.fields['/text']}
            required
          />
          <ErrorAlert error={submit.error} shown={['/text']} />
          <div className="form-actions">
            <button type="submit" className="btn btn-secondary" disabled={submit.busy}>
              {acts.find((x) => x.act === chosen)?.label ?? 'Add'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
