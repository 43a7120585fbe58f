/**
 * Everything one entry says, as published: reasons for control with their Country Chart
 * columns, licence-exception lines, related controls and definitions, entry-level notes and
 * the paragraph tree (a., a.1., ...) with the notes and technical notes of each paragraph.
 */
import type { Entry as ControlEntry, EntryNote as NoteBlock, EntryParagraph as Paragraph } from './types';
import { noteKey, useSameText } from './same-text';
import { TextSourceBadge, TextSourceNote } from './TextSource';

const NOTE_KIND: Record<NoteBlock['kind'], string> = {
  note: 'Note',
  technical_note: 'Technical note',
  nb: 'N.B.',
  licence_requirement_note: 'Licence requirement note',
  other: 'Note',
};

export function Notes({ notes }: { notes: readonly NoteBlock[] }) {
  if (notes.length === 0) return null;
  return (
    <div className="control-notes">
      {notes.map((n, i) => (
        <details key={i} className="control-note">
          <summary>{n.title || NOTE_KIND[n.kind]}</summary>
          <p>{n.text}</p>
        </details>
      ))}
    </div>
  );
}

/** Entry-level notes; on the compare page those identical in every list fold into one line. */
function EntryNotes({ notes }: { notes: readonly NoteBlock[] }) {
  const same = useSameText();
  if (!same) return <Notes notes={notes} />;
  const differing = notes.filter((n) => !same.notes.has(noteKey(n)));
  const folded = notes.length - differing.length;
  return (
    <>
      {folded > 0 && (
        <p className="paragraph-same">
          {folded} {folded === 1 ? 'note reads' : 'notes read'} the same in {same.jurisdictions.join(', ')}
        </p>
      )}
      <Notes notes={differing} />
    </>
  );
}

export function ParagraphTree({ paragraphs }: { paragraphs: readonly Paragraph[] }) {
  if (paragraphs.length === 0) return null;
  return (
    <ul className="paragraph-tree">
      {paragraphs.map((p) => (
        <li key={p.code} aria-label={p.code}>
          <strong>{p.label}.</strong> {p.text}
          <Notes notes={p.notes} />
          <ParagraphTree paragraphs={p.children} />
        </li>
      ))}
    </ul>
  );
}

/** Reasons, chart columns and licence exceptions: what the entry means for a licence. */
export function EntryControls({ entry }: { entry: ControlEntry }) {
  return (
    <dl className="control-facts">
      <dt>Reasons for control</dt>
      <dd>{entry.reasons.join(', ') || '—'}</dd>
      <dt>Country Chart columns</dt>
      <dd>{entry.chartColumns.join(', ') || '— (no chart column: see the controls below)'}</dd>
      {entry.controls.length > 0 && (
        <>
          <dt>Controls</dt>
          <dd>
            <ul>
              {entry.controls.map((c, i) => (
                <li key={i}>
                  {c.reason} applies to {c.appliesTo} →{' '}
                  {[c.columns.join(', '), c.destination].filter(Boolean).join('; ')}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {entry.licenceExceptions.length > 0 && (
        <>
          <dt>Licence exceptions</dt>
          <dd>
            <ul>
              {entry.licenceExceptions.map((x) => (
                <li key={x.code}>
                  <strong>{x.code}</strong> ({x.availability === 'no' ? 'N/A' : x.availability})
                  {x.valueUsd !== undefined ? ` up to $${x.valueUsd.toLocaleString('en-US')}` : ''}:{' '}
                  {x.text.split('\n')[0]}
                  {x.statusUncertain ? ' — status uncertain' : ''}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {entry.relatedControls && (
        <>
          <dt>Related controls</dt>
          <dd>{entry.relatedControls}</dd>
        </>
      )}
      {entry.relatedDefinitions && (
        <>
          <dt>Related definitions</dt>
          <dd>{entry.relatedDefinitions}</dd>
        </>
      )}
    </dl>
  );
}

/** Compare page, differences only: reasons and chart columns in a line, the long control texts one click away. */
function FoldedControls({ entry }: { entry: ControlEntry }) {
  return (
    <>
      <p>
        Reasons for control: {entry.reasons.join(', ') || '—'}; Country Chart columns:{' '}
        {entry.chartColumns.join(', ') || '—'}
      </p>
      <details className="control-note">
        <summary>Controls, licence exceptions and related controls</summary>
        <EntryControls entry={entry} />
      </details>
    </>
  );
}

/** The whole entry: facts, entry-level notes, then the items paragraph by paragraph. */
export function EntryDetail({ entry, paragraph }: { entry: ControlEntry; paragraph?: Paragraph | undefined }) {
  const same = useSameText();
  return (
    <div className="entry-detail">
      <p>
        <TextSourceBadge entry={entry} />
      </p>
      <TextSourceNote entry={entry} />
      {same ? <FoldedControls entry={entry} /> : <EntryControls entry={entry} />}
      <EntryNotes notes={entry.notes} />
      {same ? (
        <p className="field-hint">
          Paragraphs: compared below the columns, text identical in several lists shown once.
        </p>
      ) : paragraph ? (
        <ParagraphTree paragraphs={[paragraph]} />
      ) : (
        <>
          <h4 className="entry-items-title">
            {entry.textSource === 'us_counterpart'
              ? `Items (US CCL text of ${entry.textFrom?.code ?? entry.code})`
              : 'Items'}
          </h4>
          {entry.paragraphs.length > 0 ? (
            <ParagraphTree paragraphs={entry.paragraphs} />
          ) : (
            <p className="entry-text">{entry.text}</p>
          )}
        </>
      )}
    </div>
  );
}
