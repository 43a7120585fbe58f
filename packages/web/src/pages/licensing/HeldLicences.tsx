/** The licences the tenant holds, with what has been drawn and what remains (GET /licences). */
import { ErrorAlert } from '../../components/Alert';
import { useQuery } from '@tanstack/react-query';
import type { LicenceView } from './types';

export function HeldLicences() {
  const { data, error } = useQuery<{ licences: LicenceView[] }>({ queryKey: ['/licences'] });
  return (
    <section className="panel" aria-labelledby="lic-held-title">
      <h2 id="lic-held-title" className="panel-title">
        Held licences
      </h2>
      <ErrorAlert error={error} />
      {data && data.licences.length === 0 && (
        <p className="muted">
          No licences recorded. Add them with <code>dualuse licences add</code> or POST /api/v1/licences.
        </p>
      )}
      {data && data.licences.length > 0 && (
        <div className="table-wrap">
          <table className="table" aria-label="Held licences">
            <thead>
              <tr>
                <th>Number</th>
                <th>Jurisdiction</th>
                <th>Status</th>
                <th>Items</th>
                <th>Destinations</th>
                <th>Used</th>
                <th>Remaining</th>
                <th>Expires</th>
              </tr>
            </thead>
            <tbody>
              {data.licences.map((l) => (
                <tr key={l.id}>
                  <td>
                    <code>{l.number}</code>
                  </td>
                  <td>{l.jurisdiction}</td>
                  <td>{l.status.replace(/_/g, ' ')}</td>
                  <td>{l.terms.items.map((i) => i.code).join(', ')}</td>
                  <td>{l.terms.destinations.join(', ')}</td>
                  <td>
                    {l.used.value} {l.terms.currency} · qty {l.used.quantity}
                  </td>
                  <td>
                    {l.remaining.value ?? '—'} · qty {l.remaining.quantity ?? '—'}
                  </td>
                  <td>{l.terms.expires}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
