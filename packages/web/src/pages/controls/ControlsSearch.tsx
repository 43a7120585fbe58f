/** Full-text search over the control-list texts in force, for items whose parameters are not known. */
import { useState, type FormEvent } from 'react';
import { ErrorAlert, Loading } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { useQuery } from '@tanstack/react-query';
import { ControlsEntry } from './ControlsEntry';
import type { SearchHit } from './types';

/** The same code is a hit in each list that has it (US, EU, UK, ...): one opens at a time. */
const keyOf = (h: SearchHit) => `${h.list ?? h.jurisdiction}:${h.code}`;

export function ControlsSearch() {
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [open, setOpen] = useState<string>();
  const hits = useQuery<{ hits: SearchHit[] }>({
    queryKey: [`/controls/search?${new URLSearchParams({ q })}`],
    enabled: Boolean(q),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setQ(draft.trim());
  };
  return (
    <section className="panel" aria-labelledby="controls-search-title">
      <h2 id="controls-search-title" className="panel-title">
        Search the control lists
      </h2>
      <form className="form-grid" onSubmit={onSubmit}>
        <TextField
          label="Words or phrase"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          hint='e.g. computational lithography, "wafer grinding", thermal camera'
        />
        <div className="form-actions">
          <button type="submit" className="btn">
            Search
          </button>
        </div>
      </form>
      {hits.isLoading && <Loading what="matching entries" />}
      <ErrorAlert error={hits.error} />
      {hits.data && (
        <ul aria-label="Matching entries">
          {hits.data.hits.length === 0 && <li>No entry matches.</li>}
          {hits.data.hits.map((h) => (
            <li key={keyOf(h)}>
              <strong>
                {h.jurisdiction} {h.code}
              </strong>{' '}
              {h.text_source === 'us_counterpart' ? `[US text] ${h.heading}` : h.heading}{' '}
              <button type="button" className="btn" onClick={() => setOpen(open === keyOf(h) ? undefined : keyOf(h))}>
                {open === keyOf(h) ? 'Hide' : 'Show entry'}
              </button>
              <br />
              <span className="field-hint">{h.passage}</span>
              {open === keyOf(h) && <ControlsEntry code={h.code} jurisdiction={h.jurisdiction} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
