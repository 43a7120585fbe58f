/**
 * Side by side: one item's entries in the US, EU, UK and Wassenaar lists (and JP/NL/AU where
 * the mapping names a national measure), with how each relates to the US entry.
 */
import { useState, type FormEvent } from 'react';
import { ErrorAlert, Loading } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { navigate } from '../../lib/router';
import { useQuery } from '@tanstack/react-query';
import { CompareColumn } from './CompareColumn';
import { ControlsNav } from './ControlsNav';
import { ParagraphRows } from './ParagraphRows';
import { paragraphRows, sameText, SameTextContext } from './same-text';
import { queryParam, type Shown, type Versions } from './types';

const BASE = ['US', 'EU', 'UK', 'WA'];

export function ComparePage() {
  const [code, setCode] = useState(queryParam('code'));
  const [draft, setDraft] = useState(code);
  const [asOf, setAsOf] = useState(queryParam('asOf') || new Date().toISOString().slice(0, 10));
  const [showAll, setShowAll] = useState(false);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(asOf);
  const versions = useQuery<Versions>({ queryKey: ['/controls/versions'] });
  const inForce = new Set(
    (versions.data?.versions ?? []).filter((v) => v.effectiveFrom <= asOf).map((v) => v.jurisdiction),
  );
  const shown = useQuery<Shown>({
    queryKey: [`/controls/${encodeURIComponent(code)}?${new URLSearchParams({ asOf })}`],
    enabled: Boolean(code && valid),
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const next = draft.trim();
    setCode(next);
    navigate(`/classification/compare?${new URLSearchParams({ code: next, asOf })}`, { replace: true });
  };

  const entries = shown.data?.entries ?? [];
  const us = entries.find((e) => e.jurisdiction === 'US');
  const mapping = us?.counterparts ?? [];
  const extra = [...new Set([...mapping.map((m) => m.jurisdiction), ...entries.map((e) => e.jurisdiction)])].filter(
    (j) => !BASE.includes(j),
  );
  // Paragraphs that read the same in every list shown fold, so the columns show what differs.
  const same = sameText(entries);
  const column = (j: string) => (
    <CompareColumn
      key={`${shown.data!.code}:${j}`}
      jurisdiction={j}
      code={shown.data!.code}
      asOf={shown.data!.asOf}
      isUs={j === 'US'}
      here={entries.find((e) => e.jurisdiction === j)}
      mapping={mapping.filter((m) => m.jurisdiction === j)}
      listInForce={inForce.has(j)}
    />
  );

  return (
    <>
      <PageHeader
        title="Classification"
        description="One item across jurisdictions: the US entry next to the EU, UK and Wassenaar entries for the same item, and where they differ or have none."
      />
      <ControlsNav />
      <section className="panel" aria-labelledby="compare-title">
        <h2 id="compare-title" className="panel-title">
          Compare an entry
        </h2>
        <form className="form-grid" onSubmit={onSubmit}>
          <TextField
            label="Entry or paragraph"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            hint="e.g. 3A090, 3B001 or 3B001.f.1.b"
          />
          <TextField
            label="As of"
            type="date"
            value={asOf}
            onChange={(e) => setAsOf(e.target.value)}
            error={valid ? undefined : 'Give a date (YYYY-MM-DD).'}
          />
          <div className="form-actions">
            <button type="submit" className="btn btn-primary">
              Compare
            </button>
          </div>
        </form>
      </section>
      {shown.isLoading && <Loading what={code} />}
      <ErrorAlert error={shown.error} />
      {shown.data && !shown.isLoading && (
        <SameTextContext.Provider value={showAll ? undefined : same}>
          {same && (
            <CompareToggle
              code={shown.data.code}
              jurisdictions={same.jurisdictions}
              showAll={showAll}
              onToggle={() => setShowAll(!showAll)}
            />
          )}
          <div className="compare-grid" aria-label={`${shown.data.code} side by side`}>
            {BASE.map((j) => column(j))}
          </div>
          {extra.length > 0 && (
            <>
              <h2 className="compare-more-title">Other lists and national measures</h2>
              <div className="compare-grid" aria-label={`${shown.data.code} in other lists`}>
                {extra.map((j) => column(j))}
              </div>
            </>
          )}
          {same && !showAll && <ParagraphRows rows={paragraphRows(entries)} jurisdictions={same.jurisdictions} />}
        </SameTextContext.Provider>
      )}
    </>
  );
}

function CompareToggle({
  code,
  jurisdictions,
  showAll,
  onToggle,
}: {
  code: string;
  jurisdictions: readonly string[];
  showAll: boolean;
  onToggle: () => void;
}) {
  return (
    <div className="compare-toggle">
      <p className="field-hint">
        {showAll
          ? `All text of ${code} in each list.`
          : `Only what differs between ${jurisdictions.join(', ')}: each paragraph is shown once where its words are the same, side by side where they differ.`}
      </p>
      <button type="button" className="btn" aria-pressed={showAll} onClick={onToggle}>
        {showAll ? 'Show only differences' : 'Show all text'}
      </button>
    </div>
  );
}
