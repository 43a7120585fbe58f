/** The parts every table of hits shares: the actions cell and the expandable explanation row. */
import { useState } from 'react';
import { Link } from '../../lib/router';
import { Explanation } from './Explanation';
import type { HitExplanation } from './types';

/** Review link for open hits, and the toggle that shows the explanation row `controls`. */
export function HitActions({
  reviewId,
  expanded,
  controls,
  onToggle,
  className = 'actions',
}: {
  reviewId: string | null;
  expanded: boolean;
  controls: string;
  onToggle: () => void;
  className?: string;
}) {
  return (
    <td className={className}>
      {reviewId && (
        <Link to={`/screening/review?hit=${reviewId}`} className="btn btn-small btn-ghost">
          Review
        </Link>
      )}
      <button
        type="button"
        className="btn btn-small btn-secondary"
        aria-expanded={expanded}
        aria-controls={controls}
        onClick={onToggle}
      >
        {expanded ? 'Hide explanation' : 'Explain'}
      </button>
    </td>
  );
}

export function ExplanationRow({
  id,
  colSpan,
  explanation,
}: {
  id: string;
  colSpan: number;
  explanation: HitExplanation;
}) {
  return (
    <tr className="row-detail" id={id}>
      <td colSpan={colSpan}>
        <Explanation explanation={explanation} />
      </td>
    </tr>
  );
}

/** Which rows of a table are expanded, and a toggle for one row. */
export function useExpanded<K>(): [ReadonlySet<K>, (key: K) => void] {
  const [open, setOpen] = useState<ReadonlySet<K>>(new Set());
  const toggle = (key: K) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  return [open, toggle];
}
