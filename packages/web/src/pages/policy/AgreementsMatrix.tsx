/**
 * The agreement comparison matrix: terms down, agreements across; "unknown" where no source says; each known cell links
 * its source.
 */
import { ErrorAlert, Loading } from '../../components/Alert';
import { useQuery } from '@tanstack/react-query';
import type { Comparison } from './types';

export function AgreementsMatrix() {
  const { data, error } = useQuery<Comparison>({ queryKey: ['/policy/agreements/compare'] });
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <Loading what="agreements" />;
  const { matrix, flags } = data;
  return (
    <section className="panel" aria-label="S&T agreements">
      <div className="table-wrap">
        <table aria-label="Agreement comparison">
          <thead>
            <tr>
              <th scope="col">Term</th>
              {matrix.agreements.map((a) => (
                <th key={a.id} scope="col" title={a.title}>
                  {a.parties.join('–')} <small>{a.id}</small>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((r) => (
              <tr key={r.term}>
                <th scope="row">{r.term}</th>
                {r.cells.map((c, i) => (
                  <td key={i} className={c.value === 'unknown' ? 'policy-unknown' : undefined}>
                    {Array.isArray(c.value) ? c.value.join('; ') : c.value}
                    {c.url && (
                      <>
                        {' '}
                        <a href={c.url} target="_blank" rel="noreferrer" title={c.quote}>
                          source
                        </a>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul aria-label="Research-security flags">
        {flags.map((f) => (
          <li key={f.id} data-testid="agreement-flag">
            <strong>{f.flagged ? 'Flagged' : 'OK'}</strong> {f.id}: {f.why}
          </li>
        ))}
      </ul>
    </section>
  );
}
