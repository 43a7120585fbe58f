/**
 * The denial register: this agency's denials in force (and, on request, those allies share), the review queue (each
 * denial is reviewed within three years, Reg. (EU) 2021/821 Art. 16(3)) and the undercut notices allies sent about
 * this agency's denials. A denial opens on its own page with its history, to amend or revoke it.
 */
import { useState } from 'react';
import { ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { PageHeader } from '../../components/PageHeader';
import { Link } from '../../lib/router';
import { useQuery } from '@tanstack/react-query';
import { CoalitionNav } from './CoalitionNav';
import { statusLabel, type DenialNotice, type Items, type Undercut, type VisibleDenial } from './types';

export function DenialsPage() {
  const [allies, setAllies] = useState(false);
  const register = useQuery<Items<VisibleDenial>>({ queryKey: [`/denials${allies ? '?scope=visible' : ''}`] });
  const review = useQuery<Items<DenialNotice>>({ queryKey: ['/denials/review'] });
  const undercuts = useQuery<Items<Undercut>>({ queryKey: ['/undercuts'] });
  return (
    <>
      <PageHeader
        title="Coalition"
        description="Licence refusals notified as denials: shared with this agency's coalitions, matched against every new application, reviewed within three years."
      />
      <CoalitionNav />
      <ErrorAlert error={register.error ?? review.error ?? undercuts.error} />
      <section className="panel" aria-labelledby="review-title">
        <h2 id="review-title" className="panel-title">
          Due for review in the next 90 days
        </h2>
        {review.data?.items.length === 0 && <p className="muted">No denial is due for review.</p>}
        {review.data && review.data.items.length > 0 && <DenialTable label="Review queue" rows={review.data.items} />}
      </section>
      <section className="panel" aria-labelledby="register-title">
        <h2 id="register-title" className="panel-title">
          Register
        </h2>
        <label className="checkbox">
          <input type="checkbox" checked={allies} onChange={(e) => setAllies(e.target.checked)} /> Include allies’
          shared denials
        </label>
        {!register.data && !register.error && <Loading what="the register" />}
        {register.data && (
          <DenialTable
            label="Denial register"
            rows={register.data.items.map((d) => d.notice)}
            shared={new Set(register.data.items.filter((d) => d.shareId).map((d) => d.notice.id))}
          />
        )}
      </section>
      <section className="panel" aria-labelledby="undercuts-title">
        <h2 id="undercuts-title" className="panel-title">
          Undercut notices
        </h2>
        {undercuts.data?.items.length === 0 && <p className="muted">No ally has approved what a member denied.</p>}
        {undercuts.data?.items.map((u, i) => (
          <article key={i} className="match-card" data-testid="undercut-notice">
            <p>
              <strong>
                {u.approvingAgency.name} ({u.approvingAgency.country}) approved on {u.approvedOn} what denial{' '}
                {u.regimeRef} refused
              </strong>{' '}
              {u.addressedToMe && <Badge tone="red">your denial</Badge>}
            </p>
            <p>Justification: {u.justification}</p>
            <p className="muted">Notify by {u.notifyBy} (Wassenaar: within 60 days of the approval).</p>
          </article>
        ))}
      </section>
    </>
  );
}

function DenialTable({ label, rows, shared }: { label: string; rows: DenialNotice[]; shared?: Set<string> }) {
  return (
    <div className="table-wrap">
      <table className="table" aria-label={label}>
        <thead>
          <tr>
            <th>Reference</th>
            <th>Agency</th>
            <th>Item</th>
            <th>Destination</th>
            <th>Denied parties</th>
            <th>Denied on</th>
            <th>Review by</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={8} className="table-empty">
                No denials.
              </td>
            </tr>
          )}
          {rows.map((d) => (
            <tr key={d.id} data-testid="denial-row">
              <td>{shared?.has(d.id) ? d.regimeRef : <Link to={`/coalition/denials/${d.id}`}>{d.regimeRef}</Link>}</td>
              <td>
                {d.agencyName} ({d.agencyCountry}){shared?.has(d.id) ? ' · shared' : ''}
              </td>
              <td>
                {d.item}
                <div className="cell-sub">{d.controlEntries.map((c) => `${c.jurisdiction} ${c.code}`).join(', ')}</div>
              </td>
              <td>{d.destination}</td>
              <td>{d.deniedParties.map((p) => p.name).join('; ')}</td>
              <td>{d.deniedOn}</td>
              <td>{d.reviewDate}</td>
              <td>{statusLabel(d.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
