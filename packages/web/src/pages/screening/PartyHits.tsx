/**
 * One party's hit history, newest first: every stored hit whatever produced it (a screen-all
 * run, an automatic re-screen after a list change, ...), each with its explanation.
 */
import { Fragment } from 'react';
import { Badge } from '../../components/Badge';
import { formatTime } from '../../lib/format';
import { EntryRef, HitStatusBadge, ScoreBar } from './HitBits';
import { ExplanationRow, HitActions, useExpanded } from './HitRowParts';
import { originLabel } from './parties';
import type { HitRecord } from './types';

export function PartyHits({ hits }: { hits: HitRecord[] }) {
  const [open, toggle] = useExpanded<string>();

  return (
    <div className="table-wrap">
      <table className="table hits" aria-label="Hit history">
        <thead>
          <tr>
            <th scope="col">Listed name</th>
            <th scope="col">List</th>
            <th scope="col">Entry</th>
            <th scope="col">Score</th>
            <th scope="col">Status</th>
            <th scope="col">Origin</th>
            <th scope="col">When</th>
            <th scope="col" className="actions">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {hits.map((h) => {
            const expanded = open.has(h.id);
            const rowId = `party-hit-${h.id}`;
            return (
              <Fragment key={h.id}>
                <tr className={expanded ? 'row-open' : undefined} data-testid="party-hit-row">
                  <td>
                    <strong>{h.explanation.matchedName}</strong>
                    <span className="cell-sub">screened as “{h.query.name}”</span>
                  </td>
                  <td>
                    <Badge tone="violet">{h.list}</Badge>
                  </td>
                  <td>
                    <EntryRef entry={h.entry} id={h.entryId} />
                  </td>
                  <td className="nowrap">
                    <ScoreBar score={h.score} />
                  </td>
                  <td>
                    <HitStatusBadge status={h.status} />
                    {h.decidedAt && <span className="cell-sub">decided {formatTime(h.decidedAt)}</span>}
                  </td>
                  <td className="nowrap" title={h.origin}>
                    <Badge tone={h.origin === 'list_change' ? 'blue' : 'neutral'}>{originLabel(h.origin)}</Badge>
                  </td>
                  <td className="mono nowrap" title={`${h.createdAt} (UTC)`}>
                    {formatTime(h.createdAt)}
                  </td>
                  <HitActions
                    className="actions nowrap"
                    reviewId={h.status === 'open' ? h.id : null}
                    expanded={expanded}
                    controls={rowId}
                    onToggle={() => toggle(h.id)}
                  />
                </tr>
                {expanded && <ExplanationRow id={rowId} colSpan={8} explanation={h.explanation} />}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
