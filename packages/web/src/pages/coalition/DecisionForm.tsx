/**
 * The decision: approve, approve with provisos, or refuse citing the criteria of this agency's law. The no-undercut
 * gate is core's own (approvalGate): while an essentially identical allied denial has no closed consultation, approval
 * is disabled and the reason shown; once consulted, approving needs a written justification and sends an undercut
 * notice to every coalition member (Reg. (EU) 2021/821 Art. 16(5); Wassenaar undercut notification).
 */
import { useState } from 'react';
import { approvalGate, criteriaSetFor, UNDERCUT_CITATIONS } from '@dualuse/core/coalition';
import { ErrorAlert } from '../../components/Alert';
import { SelectField, TextField } from '../../components/Field';
import { api } from '../../lib/api';
import { useSubmit } from '../../lib/useSubmit';
import { UnverifiedHeading } from './coalition-options';
import type { Agency, ApplicationCase, Consultation, DecisionOutcome, DecisionRequest } from './types';

type Kind = DecisionRequest['kind'];
const KINDS: { value: Kind; label: string }[] = [
  { value: 'refuse', label: 'Refuse' },
  { value: 'approve', label: 'Approve' },
  { value: 'approve_with_provisos', label: 'Approve with provisos' },
];
const isKind = (v: string): v is Kind => KINDS.some((k) => k.value === v);

interface Props {
  a: ApplicationCase;
  agency: Agency | undefined;
  consultations: Consultation[];
  onChange: () => void;
}

export function DecisionForm({ a, agency, consultations, onChange }: Props) {
  const [kind, setKind] = useState<Kind>('refuse');
  const [criteria, setCriteria] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [provisos, setProvisos] = useState('');
  const [justification, setJustification] = useState('');
  const [expires, setExpires] = useState('');
  const submit = useSubmit();
  const states = consultations
    .filter((c) => c.role === 'consulting')
    .map((c) => ({ denialId: c.denialRef, status: c.status }));
  const gate = approvalGate(a.matches, states, a.agencyId);
  const approving = kind !== 'refuse';
  const blocked = approving && gate.blocking.length > 0;
  const set = agency ? criteriaSetFor(agency.country) : undefined;
  const decide = async () => {
    const body: DecisionRequest = approving
      ? {
          kind,
          expires,
          ...(kind === 'approve_with_provisos' ? { provisos: provisos.split('\n').filter((p) => p.trim()) } : {}),
          ...(justification ? { undercutJustification: justification } : {}),
        }
      : { kind, criteria, reason };
    const out = await submit.run(() => api<DecisionOutcome>('POST', `/applications/${a.id}/decision`, { body }));
    if (out) onChange();
  };
  return (
    <section className="panel" aria-labelledby="decision-title">
      <h2 id="decision-title" className="panel-title">
        Decision
      </h2>
      {!a.countersignedBy && (
        <p className="muted">The case must be countersigned by a second officer before it is decided.</p>
      )}
      <form
        className="form-stack"
        aria-label="Decide the application"
        onSubmit={(e) => {
          e.preventDefault();
          void decide();
        }}
      >
        <SelectField
          label="Decision"
          value={kind}
          onChange={(e) => isKind(e.target.value) && setKind(e.target.value)}
          options={KINDS}
        />
        {!approving && set && (
          <fieldset className="field" aria-describedby="criteria-source">
            <legend>Refusal criteria ({set.title})</legend>
            {set.criteria.map((c) => (
              <label key={c.id} className="checkbox criterion-choice" title={c.id}>
                <input
                  type="checkbox"
                  checked={criteria.includes(c.id)}
                  onChange={(e) =>
                    setCriteria(e.target.checked ? [...criteria, c.id] : criteria.filter((x) => x !== c.id))
                  }
                />
                <span>
                  Criterion {c.number}: {c.heading}
                  {!c.verified && <UnverifiedHeading />}
                </span>
              </label>
            ))}
            <p id="criteria-source" className="field-hint">
              {set.citation}
            </p>
          </fieldset>
        )}
        {!approving && !set && (
          <p className="muted">
            No refusal criteria are held for this agency’s country: a refusal cannot cite criteria we do not hold.
          </p>
        )}
        {!approving && <TextField label="Reason" value={reason} onChange={(e) => setReason(e.target.value)} required />}
        {approving && (
          <TextField
            label="Licence valid until"
            type="date"
            value={expires}
            onChange={(e) => setExpires(e.target.value)}
            error={submit.fields['/expires']}
            required
          />
        )}
        {kind === 'approve_with_provisos' && (
          <div className="field">
            <label htmlFor="provisos">Provisos (one a line)</label>
            <textarea id="provisos" value={provisos} onChange={(e) => setProvisos(e.target.value)} rows={3} />
          </div>
        )}
        {approving && gate.blocking.length > 0 && (
          <div className="gate-blocked" role="note" data-testid="approval-gate">
            <strong>Approval blocked.</strong> {gate.blocking.map((b) => b.why).join('; ')}. {UNDERCUT_CITATIONS[0]}.
          </div>
        )}
        {approving && gate.undercuts.length > 0 && (
          <TextField
            label="Justification for approving despite the allied denial"
            value={justification}
            onChange={(e) => setJustification(e.target.value)}
            hint="Sent with the undercut notice to every coalition member."
            error={submit.fields['/undercutJustification']}
            required
          />
        )}
        <ErrorAlert error={submit.error} shown={['/undercutJustification', '/expires']} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={submit.busy || blocked || !a.countersignedBy}>
            {approving ? 'Approve' : 'Refuse'}
          </button>
        </div>
      </form>
    </section>
  );
}
