/**
 * One control entry as of today: its controls, licence exceptions, counterparts elsewhere and the paragraph tree with
 * notes.
 */
import { ErrorAlert, Loading } from '../../components/Alert';
import { Link } from '../../lib/router';
import { useQuery } from '@tanstack/react-query';
import { Notes, ParagraphTree } from './EntryDetail';
import { shownHeading, TextSourceBadge, TextSourceNote } from './TextSource';
import type { Shown } from './types';

/** `jurisdiction`: only that jurisdiction's entry (a search hit is one list's entry); all lists without it. */
export function ControlsEntry({ code, jurisdiction }: { code: string; jurisdiction?: string }) {
  const shown = useQuery<Shown>({
    queryKey: [
      `/controls/${encodeURIComponent(code)}${jurisdiction ? `?${new URLSearchParams({ jurisdiction })}` : ''}`,
    ],
  });
  if (shown.isLoading) return <Loading what={code} />;
  if (shown.error) return <ErrorAlert error={shown.error} />;
  return (
    <>
      {shown.data?.entries.map(({ jurisdiction, list, version, effectiveFrom, entry, counterparts }) => (
        <article key={`${list}:${entry.code}`} aria-label={`${jurisdiction} ${entry.code}`}>
          <h3>
            {jurisdiction} {entry.code} — {shownHeading(entry)} <TextSourceBadge entry={entry} />
          </h3>
          <TextSourceNote entry={entry} />
          <p className="field-hint">
            {list} {version}, in force from {effectiveFrom}. Reasons for control: {entry.reasons.join(', ') || '—'};
            Country Chart columns: {entry.chartColumns.join(', ') || '—'}.
          </p>
          <ul>
            {entry.controls.map((c, i) => (
              <li key={i}>
                {c.reason} applies to {c.appliesTo} → {c.columns.join(', ') || c.destination}
              </li>
            ))}
            {entry.licenceExceptions.map((x) => (
              <li key={x.code}>
                {x.code}: {x.text.split('\n')[0]}
                {x.statusUncertain ? ' (status uncertain)' : ''}
              </li>
            ))}
          </ul>
          {counterparts.length > 0 && (
            <div className="table-wrap">
              <table className="table" aria-label={`${entry.code} in other jurisdictions`}>
                <thead>
                  <tr>
                    <th>Jurisdiction</th>
                    <th>Entry</th>
                    <th>Relation</th>
                    <th>Note</th>
                  </tr>
                </thead>
                <tbody>
                  {counterparts.map((c, i) => (
                    <tr key={i}>
                      <td>{c.jurisdiction}</td>
                      <td>{c.code ?? '—'}</td>
                      <td>{c.relation.replace(/_/g, ' ')}</td>
                      <td>
                        {c.note}{' '}
                        <span className="field-hint">
                          ({c.citation}
                          {c.verified ? '' : '; to verify'})
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p>
            <Link to={`/classification/compare?code=${encodeURIComponent(entry.code)}`}>
              Compare {entry.code} side by side (US | EU | UK)
            </Link>
          </p>
          <Notes notes={entry.notes} />
          <ParagraphTree paragraphs={entry.paragraphs} />
        </article>
      ))}
    </>
  );
}
