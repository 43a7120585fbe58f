/**
 * Which list versions a screening runs (or ran) against. Shown before a search so the
 * analyst knows what "no hits" covers, and after it with the exact versions used.
 */
import { formatDate } from '../../lib/format';
import { Link } from '../../lib/router';
import { ScreeningUnavailable } from './ScreeningUnavailable';
import type { ListVersion } from './types';

function versionLabel(v: ListVersion | undefined, id: string): string {
  if (!v) return `version ${id.slice(0, 8)}`;
  return `${v.publishedAt ? `published ${formatDate(v.publishedAt)}` : `imported ${formatDate(v.importedAt)}`}, ${v.entryCount.toLocaleString()} entries`;
}

/** `versions` maps list → version id (the screen response); `known` resolves ids to details. */
export function ScreenedAgainst({
  versions,
  known,
}: {
  versions: Record<string, string>;
  known: readonly ListVersion[];
}) {
  const entries = Object.entries(versions);
  return (
    <ul className="versions" aria-label="List versions screened against">
      {entries.map(([list, id]) => (
        <li key={list}>
          <Link to="/screening/lists" className="mono">
            {list}
          </Link>{' '}
          <span className="muted" title={id}>
            {versionLabel(
              known.find((v) => v.id === id),
              id,
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Before any search: the current lists, or the fail-closed banner when there are none. */
export function CurrentLists({ latest }: { latest: readonly ListVersion[] }) {
  if (latest.length === 0) {
    return (
      <ScreeningUnavailable detail="No restricted-party list is loaded. Every screening is refused until an administrator imports the official lists." />
    );
  }
  return (
    <p className="lists-line">
      <span className="muted">Screening against {latest.length === 1 ? '1 list' : `${latest.length} lists`}:</span>{' '}
      {latest.map((v, i) => (
        <span key={v.id}>
          {i > 0 && ', '}
          <Link to="/screening/lists" className="mono">
            {v.list}
          </Link>{' '}
          <span className="muted">({versionLabel(v, v.id)})</span>
        </span>
      ))}
    </p>
  );
}
