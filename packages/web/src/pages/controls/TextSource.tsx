/**
 * Whose words an entry shows (core `textSourceOf`; issue 11): the list's own text, the US CCL
 * text of the same number because this list's text is not loaded, or our summary. The badge
 * sits beside every heading; the US text is headed as the US text, never as the entry's own.
 */
import { textSourceOf } from '@dualuse/core/controls';
import type { Entry as ControlEntry } from './types';

const BADGE = {
  own: { tone: 'badge-green', label: 'own text' },
  us_counterpart: { tone: 'badge-amber', label: 'US text shown' },
  summary: { tone: 'badge-violet', label: 'summary, not legal text' },
} as const;

export function TextSourceBadge({ entry }: { entry: ControlEntry }) {
  const b = BADGE[textSourceOf(entry)];
  return (
    <span className={`badge ${b.tone}`} aria-label={`Text source: ${b.label}`}>
      {b.label}
    </span>
  );
}

/** The heading as it may be shown: a derived entry's heading is the US heading, so it says so. */
export const shownHeading = (entry: ControlEntry): string =>
  textSourceOf(entry) === 'us_counterpart'
    ? `US CCL ${entry.textFrom?.code ?? entry.code}: ${entry.heading}`
    : entry.heading;

/** One sentence under the heading: what the text below is and where it comes from. */
export function TextSourceNote({ entry }: { entry: ControlEntry }) {
  const source = textSourceOf(entry);
  if (source === 'us_counterpart') {
    return (
      <p className="field-hint" role="note">
        The {entry.jurisdiction} text of {entry.code} is not loaded. The text below is the <strong>US CCL text</strong>{' '}
        of {entry.textFrom?.code ?? entry.code}
        {entry.textFrom ? ` (${entry.textFrom.version})` : ''}, shown for reference — not {entry.jurisdiction} wording.
      </p>
    );
  }
  if (source === 'summary')
    return (
      <p className="field-hint" role="note">
        Our summary of the entry, not the legal wording: see its citation.
      </p>
    );
  return entry.textCitation ? (
    <p className="field-hint" role="note">
      Text as published: {entry.textCitation}.
    </p>
  ) : null;
}
