/**
 * Browse a control list as it stood on a date: categories → product groups → entries →
 * paragraphs, with every note, technical note, reason for control and licence exception.
 */
import { useState } from 'react';
import { ErrorAlert, Loading } from '../../components/Alert';
import { SelectField, TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { useQuery } from '@tanstack/react-query';
import { ControlsNav } from './ControlsNav';
import { treePath, TreeNodes } from './ControlTree';
import { JURISDICTION_LABELS, type TreeLevel, type Versions } from './types';

const today = () => new Date().toISOString().slice(0, 10);

export function ControlListPage() {
  const [jurisdiction, setJurisdiction] = useState('US');
  const [asOf, setAsOf] = useState(today());
  const versions = useQuery<Versions>({ queryKey: ['/controls/versions'] });
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(asOf);
  const scope = { jurisdiction, asOf };
  const root = useQuery<TreeLevel>({ queryKey: [treePath(scope, '')], enabled: valid });
  const imported = [...new Set((versions.data?.versions ?? []).map((v) => v.jurisdiction))];
  const options = [...new Set(['US', ...imported])].map((j) => ({ value: j, label: JURISDICTION_LABELS[j] ?? j }));

  return (
    <>
      <PageHeader
        title="Classification"
        description="The control lists as published, entry by entry, as they stood on a date: open a category, a product group and an entry to read its paragraphs, notes, reasons for control and licence exceptions."
      />
      <ControlsNav />
      <section className="panel" aria-labelledby="control-list-title">
        <h2 id="control-list-title" className="panel-title">
          Control list
        </h2>
        <div className="form-grid">
          <SelectField
            label="Jurisdiction"
            value={jurisdiction}
            onChange={(e) => setJurisdiction(e.target.value)}
            options={options}
            hint="Lists of other jurisdictions appear once imported."
          />
          <TextField
            label="As of"
            type="date"
            value={asOf}
            onChange={(e) => setAsOf(e.target.value)}
            error={valid ? undefined : 'Give a date (YYYY-MM-DD).'}
          />
        </div>
        {root.isLoading && <Loading what="the list" />}
        <ErrorAlert error={root.error} />
        {root.data && !root.isLoading && (
          <>
            <p className="field-hint">
              {root.data.lists
                .map((l) => `${l.list} ${l.version} (in force from ${l.effectiveFrom}, ${l.entryCount} entries)`)
                .join('; ')}
              . Categories and product groups: {root.data.citation}.
            </p>
            {/* Remount on a new scope so opened branches never show another date's text. */}
            <TreeNodes key={`${jurisdiction}:${asOf}`} scope={scope} nodes={root.data.nodes} label="Categories" />
          </>
        )}
      </section>
    </>
  );
}
