/** One control entry as of today: its controls, licence exceptions, counterparts elsewhere and the paragraph tree with notes. */
import type { ControlEntry, CounterpartEntry, Paragraph } from '@dualuse/core/controls/index';
import { ErrorAlert, Loading } from '../components/Alert';
import { useApi } from '../lib/useApi';

interface Shown { asOf: string; entries: Array<{ jurisdiction: string; list: string; version: string; effectiveFrom: string; entry: ControlEntry; counterparts: CounterpartEntry[] }> }

function Tree({ paragraphs }: { paragraphs: readonly Paragraph[] }) {
  if (paragraphs.length === 0) return null;
  return (
    <ul>
      {paragraphs.map((p) => (
        <li key={p.code}>
          <strong>{p.label}.</strong> {p.text}
          {p.notes.map((n, i) => (
            <details key={i}>
              <summary>{n.title || 'Note'}</summary>
              <p className="field-hint">{n.text}</p>
            </details>
          ))}
          <Tree paragraphs={p.children} />
        </li>
      ))}
    </ul>
  );
}

export function ControlsEntry({ code }: { code: string }) {
  const shown = useApi<Shown>(`/controls/${encodeURIComponent(code)}`);
  if (shown.loading) return <Loading what={code} />;
  if (shown.error) return <ErrorAlert error={shown.error} />;
  return (
    <>
      {shown.data?.entries.map(({ jurisdiction, list, version, effectiveFrom, entry, counterparts }) => (
        <article key={`${list}:${entry.code}`} aria-label={`${jurisdiction} ${entry.code}`}>
          <h3>
            {jurisdiction} {entry.code} — {entry.heading}
          </h3>
          <p className="field-hint">
            {list} {version}, in force from {effectiveFrom}. Reasons for control: {entry.reasons.join(', ') || '—'}; Country Chart columns: {entry.chartColumns.join(', ') || '—'}.
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
                        {c.note} <span className="field-hint">({c.citation}{c.verified ? '' : '; to verify'})</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {entry.notes.map((n, i) => (
            <details key={i}>
              <summary>{n.title || 'Note'}</summary>
              <p className="field-hint">{n.text}</p>
            </details>
          ))}
          <Tree paragraphs={entry.paragraphs} />
        </article>
      ))}
    </>
  );
}
