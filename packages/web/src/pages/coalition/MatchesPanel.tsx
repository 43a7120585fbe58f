/**
 * The denials an application matches, each with its explanation (control overlap, party match, destination, end use),
 * in two groups: the agency's own earlier denials (no one to consult, but an essentially identical earlier refusal
 * weighs on the decision under the no-undercut practice) and allied denials, whose denying agency the officer consults
 * from here (Reg. (EU) 2021/821 Art. 16(5)).
 */
import { useState } from 'react';
import { ErrorAlert } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { TextField } from '../../components/Field';
import { api } from '../../lib/api';
import { useCan } from '../../lib/me';
import { Link } from '../../lib/router';
import { useSubmit } from '../../lib/useSubmit';
import {
  statusLabel,
  type Consultation,
  type ConsultationRecord,
  type ConsultationRequest,
  type DenialMatch,
} from './types';

interface Props {
  applicationId: string;
  /** The agency working the case: its own denials are not allied ones. */
  agencyId: string;
  matches: DenialMatch[];
  consultations: Consultation[];
  onChange: () => void;
}

export function MatchesPanel({ applicationId, agencyId, matches, consultations, onChange }: Props) {
  const own = matches.filter((m) => m.agencyId === agencyId);
  const allied = matches.filter((m) => m.agencyId !== agencyId);
  const card = (m: DenialMatch, consultable: boolean) => (
    <MatchCard
      key={m.denialId}
      applicationId={applicationId}
      m={m}
      consultable={consultable}
      consultation={consultations.find((c) => c.denialRef === m.denialId && c.role === 'consulting')}
      onChange={onChange}
    />
  );
  return (
    <section className="panel" aria-labelledby="matches-title">
      <h2 id="matches-title" className="panel-title">
        Denials this application matches
      </h2>
      {matches.length === 0 && <p className="muted">No denial in force that this agency can see matches.</p>}
      {own.length > 0 && (
        <section aria-labelledby="own-matches-title" data-testid="own-denial-matches">
          <h3 id="own-matches-title">Your agency’s own earlier denials</h3>
          <p className="muted">
            Not allied denials, so there is no one to consult; but an earlier refusal of an essentially identical
            transaction still weighs on this decision.
          </p>
          {own.map((m) => card(m, false))}
        </section>
      )}
      {allied.length > 0 && (
        <section aria-labelledby="allied-matches-title" data-testid="allied-denial-matches">
          <h3 id="allied-matches-title">Allied denials</h3>
          {allied.map((m) => card(m, true))}
        </section>
      )}
    </section>
  );
}

function MatchCard({
  applicationId,
  m,
  consultable,
  consultation,
  onChange,
}: {
  applicationId: string;
  m: DenialMatch;
  consultable: boolean;
  consultation: Consultation | undefined;
  onChange: () => void;
}) {
  return (
    <article className="match-card" aria-label={`Denial ${m.regimeRef}`} data-testid="denial-match">
      <p>
        <strong>
          {m.agencyName} denial {m.regimeRef}
        </strong>{' '}
        {m.essentiallyIdentical ? (
          <Badge tone="red">essentially identical</Badge>
        ) : (
          <Badge tone="amber">similar, not identical</Badge>
        )}{' '}
        <span className="muted" title={m.scoreLabel}>
          score {m.score.toFixed(2)} (our heuristic, not a legal test)
        </span>
      </p>
      <ul className="explanation" aria-label="Why it matches">
        {m.explanation.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      {consultation ? (
        <p data-testid="match-consultation">
          Consultation {statusLabel(consultation.status).toLowerCase()}, deadline {consultation.deadline}
          {consultation.outcome ? ` — outcome: ${consultation.outcome}` : ''} ·{' '}
          <Link to="/coalition/consultations">Open consultations</Link>
        </p>
      ) : (
        consultable && m.essentiallyIdentical && <ConsultForm applicationId={applicationId} m={m} onChange={onChange} />
      )}
    </article>
  );
}

function ConsultForm({ applicationId, m, onChange }: { applicationId: string; m: DenialMatch; onChange: () => void }) {
  const [question, setQuestion] = useState('');
  const submit = useSubmit();
  if (!useCan('consultations:write')) return null;
  const consult = async () => {
    const body: ConsultationRequest = { applicationId, denialId: m.denialId, question };
    const out = await submit.run(() => api<ConsultationRecord>('POST', '/consultations', { body }));
    if (out) onChange();
  };
  return (
    <form
      className="form-stack"
      onSubmit={(e) => {
        e.preventDefault();
        void consult();
      }}
    >
      <TextField
        label={`Question to ${m.agencyName}`}
        value={question}
        onChange={(e) => setQuestion(e.target.value)}
        error={submit.fields['/question']}
        required
      />
      <ErrorAlert error={submit.error} shown={['/question']} />
      <div className="form-actions">
        <button type="submit" className="btn btn-secondary" disabled={submit.busy}>
          Consult {m.agencyName}
        </button>
      </div>
    </form>
  );
}
