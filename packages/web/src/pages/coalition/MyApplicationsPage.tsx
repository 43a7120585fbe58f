/**
 * The exporter's applications: what it sent to which agency and where each stands, and the form to apply. The form
 * first asks the licensing engine (POST /determine) what each jurisdiction requires; the application is then
 * submitted with that determination attached as its evidence.
 */
import { useState } from 'react';
import { ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { SelectField, TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import type { Schema } from '../../api';
import { api } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useCan } from '../../lib/me';
import { Link } from '../../lib/router';
import { useQuery } from '@tanstack/react-query';
import { useInvalidate } from '../../lib/query';
import { useSubmit } from '../../lib/useSubmit';
import { DECISION_VIEW } from '../licensing/decisions';
import { applicationBody, EMPTY_FORM, transactionOf, type ApplicationForm } from './application-form';
import { CoalitionNav } from './CoalitionNav';
import { useAgencies } from './useAgencies';
import { endUser, entriesText, statusLabel, type Agency, type Application, type Items } from './types';

type Determination = Schema<'DeterminationResult'>;

export function MyApplicationsPage() {
  const { data, error } = useQuery<Items<Application>>({ queryKey: ['/applications?side=applicant'] });
  const invalidate = useInvalidate();
  const { agencies, name } = useAgencies();
  const canSubmit = useCan('applications:submit');
  return (
    <>
      <PageHeader
        title="Coalition"
        description="Your licence applications to export-control agencies: where each stands, the agency's questions, and its decision. A granted licence appears among your held licences."
      />
      <CoalitionNav />
      <ErrorAlert error={error} />
      {!data && !error && <Loading what="your applications" />}
      {data && (
        <div className="table-wrap">
          <table className="table" aria-label="My applications">
            <thead>
              <tr>
                <th>Reference</th>
                <th>Agency</th>
                <th>Destination</th>
                <th>Control entries</th>
                <th>End user</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {data.items.length === 0 && (
                <tr>
                  <td colSpan={6} className="table-empty">
                    No applications yet.
                  </td>
                </tr>
              )}
              {data.items.map((a) => (
                <tr key={a.id} data-testid="my-application">
                  <td>
                    <Link to={`/coalition/applications/${a.id}`}>{a.input.reference}</Link>
                    <div className="cell-sub">submitted {formatDate(a.submittedAt)}</div>
                  </td>
                  <td>{name(a.agencyId)}</td>
                  <td>{a.input.destination}</td>
                  <td>{entriesText(a.input.items)}</td>
                  <td>{endUser(a.input)}</td>
                  <td>
                    <Badge tone={a.decidedAt ? 'neutral' : 'blue'}>{statusLabel(a.status)}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canSubmit && (
        <ApplyForm agencies={agencies} onSubmitted={() => void invalidate('/applications', '/dashboard')} />
      )}
    </>
  );
}

function ApplyForm({ agencies, onSubmitted }: { agencies: Agency[]; onSubmitted: () => void }) {
  const [form, setForm] = useState<ApplicationForm>(EMPTY_FORM);
  const [determination, setDetermination] = useState<Determination>();
  const submit = useSubmit();
  const agency = agencies.find((a) => a.tenantId === form.agencyId) ?? agencies[0];
  const f = { ...form, agencyId: agency?.tenantId ?? '' };
  const field = (key: keyof ApplicationForm, label: string, hint?: string) => (
    <TextField
      label={label}
      value={form[key]}
      hint={hint}
      onChange={(e) => {
        setForm({ ...form, [key]: e.target.value });
        setDetermination(undefined);
      }}
      error={submit.fields[`/${key}`]}
    />
  );
  const determine = async () => {
    const out = await submit.run(() =>
      api<Determination>('POST', '/determine', { body: transactionOf(f, agency?.country ?? '') }),
    );
    if (out) setDetermination(out);
  };
  const send = async () => {
    const out = await submit.run(() => api('POST', '/applications', { body: applicationBody(f, determination?.id) }));
    if (out) {
      setForm(EMPTY_FORM);
      setDetermination(undefined);
      onSubmitted();
    }
  };
  return (
    <section className="panel" aria-labelledby="apply-title">
      <h2 id="apply-title" className="panel-title">
        Apply for a licence
      </h2>
      <form
        className="form-grid"
        aria-label="Apply for a licence"
        onSubmit={(e) => {
          e.preventDefault();
          void determine();
        }}
      >
        <SelectField
          label="Agency"
          value={f.agencyId}
          onChange={(e) => setForm({ ...form, agencyId: e.target.value })}
          options={agencies.map((a) => ({ value: a.tenantId, label: `${a.name} (${a.country})` }))}
        />
        {field('reference', 'Your reference')}
        {field('destination', 'Destination (ISO code)')}
        {field('description', 'Goods')}
        {field('entries', 'Control entries', 'Jurisdiction and entry, comma-separated: EU 2B001.b, WA 2.B.1.b')}
        {field('endUser', 'End user')}
        {field('endUserAddress', 'End user’s address')}
        {field('endUse', 'End use')}
        <ErrorAlert error={submit.error} shown={Object.keys(EMPTY_FORM).map((k) => `/${k}`)} />
        <div className="form-actions span-2">
          <button type="submit" className="btn btn-secondary" disabled={submit.busy || !agency}>
            Determine first
          </button>
        </div>
      </form>
      {determination && (
        <>
          <DeterminationSummary d={determination} />
          <button type="button" className="btn btn-primary" disabled={submit.busy} onClick={() => void send()}>
            Submit to {agency?.name} with this determination
          </button>
        </>
      )}
    </section>
  );
}

function DeterminationSummary({ d }: { d: Determination }) {
  return (
    <table className="table table-compact" aria-label="Determination">
      <thead>
        <tr>
          <th>Jurisdiction</th>
          <th>Decision</th>
          <th>Rules</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(d.determinations).map(([j, x]) => (
          <tr key={j}>
            <td>{j}</td>
            <td>
              {DECISION_VIEW[x.decision].label}
              {x.authorisation ? ` (${x.authorisation})` : ''}
            </td>
            <td>{x.rules.map((r) => r.citation).join('; ') || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
