/**
 * The paragraphs of one entry across the lists compared, one row per label: text identical in
 * several lists is shown once across their width, lists that differ (or lack the paragraph) get a
 * cell of their own. The compare page's "differences only" view (same-text.ts groups them).
 */
import { Notes } from './EntryDetail';
import type { ParagraphRow } from './same-text';

export function ParagraphRows({
  rows,
  jurisdictions,
}: {
  rows: readonly ParagraphRow[];
  jurisdictions: readonly string[];
}) {
  return (
    <section className="panel" aria-label="Paragraphs side by side">
      <h2 className="panel-title">Paragraphs</h2>
      <p className="field-hint">
        Each paragraph once where its words are the same in {jurisdictions.join(', ')}; side by side where they differ.
      </p>
      {rows.map((row) => (
        <div
          key={row.label}
          className="paragraph-row"
          aria-label={`Paragraph ${row.label}`}
          style={{ gridTemplateColumns: `repeat(${row.groups.length}, minmax(0, 1fr))`, marginLeft: row.depth * 14 }}
        >
          {row.groups.map((g) => (
            <div key={g.jurisdictions.join()} className="paragraph-cell">
              <span className={`badge ${row.groups.length === 1 ? 'badge-green' : 'badge-amber'}`}>
                {row.groups.length === 1 ? `Same in all: ${g.jurisdictions.join(', ')}` : g.jurisdictions.join(', ')}
              </span>{' '}
              {g.paragraph ? (
                <>
                  <strong>{row.label}.</strong> {g.paragraph.text}
                  <Notes notes={g.paragraph.notes} />
                </>
              ) : (
                <span className="field-hint">no paragraph {row.label}</span>
              )}
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
