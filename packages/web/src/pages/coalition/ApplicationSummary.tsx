/** What an application asks for: goods with their control entries, parties, destination, end use and evidence. */
import { Badge } from '../../components/Badge';
import { formatDate } from '../../lib/format';
import { EvidenceView } from './EvidenceView';
import { ROLE_LABEL, statusLabel, type ApplicationCase } from './types';

export function ApplicationSummary({ a, agencyName }: { a: ApplicationCase; agencyName: string }) {
  const input = a.input;
  return (
    <section className="panel" aria-labelledby="app-summary-title" data-testid="application-summary">
      <h2 id="app-summary-title" className="panel-title">
        Application {input.reference} <Badge tone={a.decidedAt ? 'neutral' : 'blue'}>{statusLabel(a.status)}</Badge>
      </h2>
      <dl className="case-meta">
        <div>
          <dt>Applicant</dt>
          <dd data-testid="case-applicant">{a.applicantName}</dd>
        </div>
        <div>
          <dt>Addressed to</dt>
          <dd>{agencyName}</dd>
        </div>
        <div>
          <dt>Submitted</dt>
          <dd>{formatDate(a.submittedAt)}</dd>
        </div>
        <div>
          <dt>Clock</dt>
          <dd data-testid="case-clock">
            {a.clock.elapsedDays} {a.clock.elapsedDays === 1 ? 'day' : 'days'} running
            {a.clock.stoppedDays ? `, ${a.clock.stoppedDays} stopped` : ''}
            {a.clock.awaitingApplicant ? ' — stopped: awaiting the applicant’s answer' : ''}
          </dd>
        </div>
        <div>
          <dt>Destination</dt>
          <dd>{input.destination}</dd>
        </div>
        <div>
          <dt>Case officer</dt>
          <dd data-testid="case-officer">{a.assignedTo ?? 'unassigned'}</dd>
        </div>
        <div>
          <dt>Countersigned by</dt>
          <dd>{a.countersignedBy ?? 'not yet'}</dd>
        </div>
        <div className="span-2">
          <dt>End use</dt>
          <dd>{input.endUse}</dd>
        </div>
      </dl>
      <h3 className="section-title">Goods</h3>
      <table className="table table-compact" aria-label="Goods">
        <thead>
          <tr>
            <th>Description</th>
            <th>Control entries</th>
            <th>Quantity</th>
            <th>Value</th>
          </tr>
        </thead>
        <tbody>
          {input.items.map((i, k) => (
            <tr key={k}>
              <td>{i.description}</td>
              <td>{i.controlEntries.map((c) => `${c.jurisdiction} ${c.code}`).join(', ')}</td>
              <td>{i.quantity ?? '—'}</td>
              <td>{i.value ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <EvidenceView a={a} />
      <h3 className="section-title">Parties</h3>
      <table className="table table-compact" aria-label="Parties">
        <thead>
          <tr>
            <th>Role</th>
            <th>Name</th>
            <th>Country</th>
            <th>Address</th>
          </tr>
        </thead>
        <tbody>
          {input.parties.map((p, k) => (
            <tr key={k}>
              <td>{ROLE_LABEL[p.role] ?? p.role}</td>
              <td>{p.name}</td>
              <td>{p.country ?? '—'}</td>
              <td>{p.address ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
