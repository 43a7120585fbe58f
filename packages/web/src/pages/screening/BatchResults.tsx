/** The batch outcome: a count per verdict, then one row per party, parties with hits first. */
import { useState } from 'react';
import { Badge } from '../../components/Badge';
import { useQuery } from '@tanstack/react-query';
import { EntryRefInline, partySummary, ScoreBar } from './HitBits';
import { ScreenedAgainst } from './ListStatus';
import type { BatchResult } from './batch';
import type { ListVersions } from './types';

const SHOWN_ROWS = 1000;

export function BatchResults({
  results,
  versions,
  onDownload,
}: {
  results: BatchResult[];
  versions: Record<string, string>;
  onDownload: () => void;
}) {
  const [onlyHits, setOnlyHits] = useState(false);
  const lists = useQuery<ListVersions>({ queryKey: ['/lists'] });
  const withHits = results.filter((r) => r.hits.length > 0).length;
  const rows = onlyHits ? results.filter((r) => r.hits.length > 0) : results;
  return (
    <section aria-labelledby="batch-results-title" data-testid="batch-results">
      <div className="results-head">
        <h2 id="batch-results-title" className="section-title">
          Results
        </h2>
        <span className="muted">
          {results.length.toLocaleString()} screened ·{' '}
          <strong className={withHits ? 'text-error' : undefined}>{withHits.toLocaleString()} with hits</strong> ·{' '}
          {(results.length - withHits).toLocaleString()} clear
        </span>
        <span className="results-actions">
          <label className="checkbox">
            <input type="checkbox" checked={onlyHits} onChange={(e) => setOnlyHits(e.target.checked)} /> Only parties
            with hits
          </label>
          <button type="button" className="btn btn-secondary" onClick={onDownload}>
            Download JSON lines
          </button>
        </span>
      </div>
      <div className="results-foot">
        <span className="muted">Screened against:</span>{' '}
        <ScreenedAgainst versions={versions} known={lists.data?.all ?? []} />
      </div>
      <div className="table-wrap">
        <table className="table" aria-label="Batch results">
          <thead>
            <tr>
              <th scope="col" className="num">
                Line
              </th>
              <th scope="col">Id</th>
              <th scope="col">Party</th>
              <th scope="col" className="num">
                Hits
              </th>
              <th scope="col">Top score</th>
              <th scope="col">Best match</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN_ROWS).map((r) => {
              const best = r.hits.reduce<BatchResult['hits'][number] | undefined>(
                (a, h) => (!a || h.score > a.score ? h : a),
                undefined,
              );
              return (
                <tr key={r.line} className={best ? undefined : 'row-muted'}>
                  <td className="num mono">{r.line}</td>
                  <td className="mono">{r.party.externalId ?? '—'}</td>
                  <td>
                    {r.party.name}
                    {partySummary(r.party) && <span className="cell-sub">{partySummary(r.party)}</span>}
                  </td>
                  <td className="num">{r.hits.length}</td>
                  <td className="nowrap">
                    {best ? <ScoreBar score={best.score} /> : <span className="muted">—</span>}
                  </td>
                  <td>
                    {best ? (
                      <>
                        {best.name} <Badge tone="violet">{best.list}</Badge>{' '}
                        <EntryRefInline entry={best.entry} id={best.entryId} />
                      </>
                    ) : (
                      <Badge tone="green">clear</Badge>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {rows.length > SHOWN_ROWS && (
          <p className="table-empty">
            Showing the first {SHOWN_ROWS.toLocaleString()} of {rows.length.toLocaleString()} rows; the download holds
            all of them.
          </p>
        )}
      </div>
    </section>
  );
}
