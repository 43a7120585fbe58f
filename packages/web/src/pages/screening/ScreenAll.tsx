/**
 * "Screen all now": every stored party against every current list, in one call. The summary
 * counts screened parties, hits and open hits, then lists the parties that have hits.
 */
import { useMutation } from '@tanstack/react-query';
import { Badge } from '../../components/Badge';
import { api } from '../../lib/api';
import { useInvalidate } from '../../lib/query';
import { Link } from '../../lib/router';
import { EntryRefInline, HitStatusBadge, ScoreBar } from './HitBits';
import type { ScreenAllResult } from './parties';

/** The call as a TanStack mutation; its hits reach the review queue, the parties' pages and the dashboard. */
export function useScreenAll() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: () => api<ScreenAllResult>('POST', '/counterparties/screen', { body: {} }),
    onSuccess: () => invalidate('/screening/hits', '/counterparties', '/dashboard'),
  });
}

function Stat({ label, value, tone }: { label: string; value: number; tone?: string }) {
  return (
    <section className="stat" aria-label={label}>
      <h3 className="stat-label">{label}</h3>
      <p className={`stat-value${tone ? ` ${tone}` : ''}`} data-testid={`screen-all-${label.toLowerCase()}`}>
        {value.toLocaleString()}
      </p>
    </section>
  );
}

export function ScreenAllSummary({ result }: { result: ScreenAllResult }) {
  return (
    <section aria-labelledby="screen-all-title" data-testid="screen-all-result">
      <h2 id="screen-all-title" className="section-title">
        Screening of all stored parties
      </h2>
      <div className="stats">
        <Stat label="Screened" value={result.screened} />
        <Stat label="Hits" value={result.hits} tone={result.hits ? 'text-error' : undefined} />
        <Stat label="Open" value={result.open} tone={result.open ? 'text-error' : undefined} />
      </div>
      {result.results.length > 0 && (
        <div className="table-wrap review-detail">
          <table className="table" aria-label="Parties with hits">
            <thead>
              <tr>
                <th scope="col">External id</th>
                <th scope="col">Party</th>
                <th scope="col" className="num">
                  Hits
                </th>
                <th scope="col">Top score</th>
                <th scope="col">Best match</th>
                <th scope="col" className="actions">
                  <span className="sr-only">Review</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {result.results.map((r, i) => {
                const best = [...r.hits].sort((a, b) => b.score - a.score)[0];
                const open = r.hits.find((h) => h.status === 'open' && h.id);
                return (
                  <tr key={`${r.externalId ?? ''}-${i}`}>
                    <td className="mono nowrap">{r.externalId ?? <span className="muted">—</span>}</td>
                    <td>{r.name}</td>
                    <td className="num">{r.hits.length}</td>
                    <td className="nowrap">{best && <ScoreBar score={best.score} />}</td>
                    <td>
                      {best && (
                        <>
                          {best.name} <Badge tone="violet">{best.list}</Badge>{' '}
                          <EntryRefInline entry={best.entry} id={best.entryId} />{' '}
                          <HitStatusBadge status={best.status} />
                        </>
                      )}
                    </td>
                    <td className="actions">
                      {open && (
                        <Link to={`/screening/review?hit=${open.id}`} className="btn btn-small btn-ghost">
                          Review
                        </Link>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {result.hits === 0 && <p className="muted">No stored party matched any current list entry.</p>}
    </section>
  );
}
