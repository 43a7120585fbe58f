/** The hits of one screened party, best first, each with an expandable explanation. */
import { Fragment } from 'react';
import { Badge } from '../../components/Badge';
import { EntryRef, HitStatusBadge, ScoreBar } from './HitBits';
import { ExplanationRow, HitActions, useExpanded } from './HitRowParts';
import type { HitView } from './types';

export function HitTable({ hits, label = 'Hits' }: { hits: HitView[]; label?: string }) {
  const [open, toggle] = useExpanded<number>();
  const sorted = [...hits].sort((a, b) => b.score - a.score);

  return (
    <div className="table-wrap">
      <table className="table hits" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Score</th>
            <th scope="col">Listed name</th>
            <th scope="col">List</th>
            <th scope="col">Entry</th>
            <th scope="col">Status</th>
            <th scope="col" className="actions">
              <span className="sr-only">Explanation</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((h, i) => {
            const expanded = open.has(i);
            const rowId = `hit-explain-${i}`;
            return (
              <Fragment key={`${h.list}-${h.entryId}-${i}`}>
                <tr className={expanded ? 'row-open' : undefined} data-testid="hit-row">
                  <td className="nowrap">
                    <ScoreBar score={h.score} />
                  </td>
                  <td>
                    <strong>{h.name}</strong>
                    {/* The programmes are under the entry's reference. */}
                    <span className="cell-sub">{h.type}</span>
                  </td>
                  <td>
                    <Badge tone="violet">{h.list}</Badge>
                  </td>
                  <td>
                    <EntryRef entry={h.entry} id={h.entryId} />
                  </td>
                  <td>
                    <HitStatusBadge status={h.status} />
                    {h.decision && (
                      <span className="cell-sub" title={h.decision.reason}>
                        {h.decision.reason}
                      </span>
                    )}
                  </td>
                  <HitActions
                    reviewId={h.id && h.status === 'open' ? h.id : null}
                    expanded={expanded}
                    controls={rowId}
                    onToggle={() => toggle(i)}
                  />
                </tr>
                {expanded && <ExplanationRow id={rowId} colSpan={6} explanation={h.explanation} />}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
