/**
 * Small pieces every screening page shows the same way: a score as a bar, a hit's review
 * status. Bars are SVG with attributes, not inline styles, which the CSP would refuse.
 */
import { Badge } from '../../components/Badge';
import type { EntryReference, HitStatus } from './types';

export function Bar({
  value,
  tone = 'blue',
  label,
}: {
  value: number;
  tone?: 'blue' | 'amber' | 'red' | 'green';
  label?: string;
}) {
  const pct = Math.max(0, Math.min(1, value)) * 100;
  return (
    <svg
      className={`bar bar-${tone}`}
      viewBox="0 0 100 6"
      preserveAspectRatio="none"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    >
      <rect className="bar-track" width="100" height="6" rx="3" />
      <rect className="bar-fill" width={pct} height="6" rx="3" />
    </svg>
  );
}

/** Scores start at the threshold (0.8 by default); the bands only guide the eye. */
function scoreTone(score: number): 'red' | 'amber' | 'blue' {
  if (score >= 0.95) return 'red';
  if (score >= 0.88) return 'amber';
  return 'blue';
}

export function ScoreBar({ score }: { score: number }) {
  return (
    <span className="score" data-testid="hit-score">
      <span className="score-value mono">{score.toFixed(3)}</span>
      <Bar value={score} tone={scoreTone(score)} label={`score ${score.toFixed(3)}`} />
    </span>
  );
}

const STATUS: Record<HitStatus, { label: string; tone: 'amber' | 'red' | 'green' | 'neutral' }> = {
  open: { label: 'open', tone: 'amber' },
  true_match: { label: 'true match', tone: 'red' },
  false_positive: { label: 'false positive', tone: 'green' },
  suppressed: { label: 'suppressed', tone: 'neutral' },
  // The shared party it hit was retracted by its publisher (coalition-shared list).
  withdrawn: { label: 'withdrawn', tone: 'neutral' },
};

export function HitStatusBadge({ status }: { status: HitStatus }) {
  const s = STATUS[status] ?? { label: status, tone: 'neutral' as const };
  return <Badge tone={s.tone}>{s.label}</Badge>;
}

export function partySummary(q: { type?: string; countries?: string[]; birthDate?: string }): string {
  return [
    q.type && q.type !== 'unknown' ? q.type : null,
    q.countries?.length ? q.countries.join(', ') : null,
    q.birthDate ? `born ${q.birthDate}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The listed entry as a reader names it: the publisher's reference (never a bare digest id), with the list inside
 * the file and its programmes beneath. The stored id (for a CSL entry a 40-hex digest) is kept on hover, for
 * whoever must quote it to the list's publisher or find it in the file.
 */
export function EntryRef({ entry, id }: { entry: EntryReference; id: string }) {
  const sub = [entry.source, entry.programs.join(', ')].filter(Boolean).join(' · ');
  const title = `Entry id ${id}`;
  return (
    <>
      {entry.reference ? (
        <span className="mono" title={title}>
          {entry.reference}
        </span>
      ) : (
        <span className="muted" title={title}>
          no reference
        </span>
      )}
      {sub && <span className="cell-sub">{sub}</span>}
    </>
  );
}

/** The same in a line of text (a batch row's best match): the reference, else the list inside the file. */
export function EntryRefInline({ entry, id }: { entry: EntryReference; id: string }) {
  const text = entry.reference ?? entry.source;
  return text ? (
    <span className={entry.reference ? 'mono muted' : 'muted'} title={`Entry id ${id}`}>
      {text}
    </span>
  ) : null;
}
