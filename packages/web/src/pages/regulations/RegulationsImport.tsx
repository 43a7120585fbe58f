/**
 * Import a version of the EAR Country Chart and Country Groups from files (operator administrators: controls:write)
 * through POST /regulations/import — the use case of `dualuse regulations import`: the CSV layout or the eCFR XML of
 * parts 738 and 740, all-or-nothing, hashed, audited; a bad file refused with the file and line named.
 */
import { useState } from 'react';
import type { Schema } from '../../api/index';
import { ErrorAlert, Notice } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { UploadProgress } from '../../components/UploadProgress';
import { useUpload } from '../../lib/useUpload';

type Result = Schema<'RegulationsImportResult'>;

/** A date the file names state (ecfr-title-15-part-738-2026-09-24.xml), offered as the content date. */
const dateInNames = (files: File[]) =>
  files.map((f) => /(\d{4}-\d{2}-\d{2})/.exec(f.name)?.[1]).find((d): d is string => !!d) ?? '';

export function RegulationsImport({ onImported }: { onImported: () => void }) {
  const upload = useUpload();
  const [files, setFiles] = useState<File[]>([]);
  const [contentDate, setContentDate] = useState('');
  const [done, setDone] = useState<Result>();

  const pick = (picked: File[]) => {
    setFiles(picked);
    if (!contentDate) setContentDate(dateInNames(picked));
  };
  const run = async () => {
    setDone(undefined);
    const out = await upload.send<Result>('/regulations/import', async () => ({
      files: Object.fromEntries(await Promise.all(files.map(async (f) => [f.name, await f.text()] as const))),
      contentDate,
    }));
    if (out) {
      setDone(out);
      onImported();
    }
  };

  return (
    <section className="panel" aria-labelledby="reg-import-title">
      <h2 id="reg-import-title" className="panel-title">
        Import the country tables
      </h2>
      <div className="form-grid">
        <div className="field span-2">
          <label htmlFor="reg-files">Country Chart and Country Groups files</label>
          <input
            id="reg-files"
            type="file"
            multiple
            accept=".csv,.txt,.xml,text/csv,text/plain,application/xml"
            onChange={(e) => pick([...(e.target.files ?? [])])}
            disabled={upload.busy}
          />
          <p className="field-hint">
            The CSV layout (country_chart.csv, country_chart_footnotes.csv, country_groups.csv,
            country_groups_notes.txt) or the eCFR XML of 15 CFR parts 738 and 740, as `dualuse regulations import` reads
            them. All or nothing; the same tables on the same date are stored once.
          </p>
        </div>
        <TextField
          label="eCFR content date"
          type="date"
          value={contentDate}
          onChange={(e) => setContentDate(e.target.value)}
          hint="The date the files state (the eCFR's “up to date as of”)"
          error={upload.fields['/contentDate']}
          disabled={upload.busy}
        />
        <div className="form-actions">
          <button
            type="button"
            className="btn btn-primary"
            disabled={files.length === 0 || !contentDate || upload.busy}
            onClick={() => void run()}
          >
            {upload.busy ? 'Importing…' : 'Import country tables'}
          </button>
        </div>
      </div>
      <UploadProgress stage={upload.stage} label="Country tables import progress" />
      <ErrorAlert error={upload.error} title="Nothing was imported" shown={['/contentDate']} />
      {done && (
        <Notice kind="success">
          <span data-testid="reg-import-result">
            {`EAR country tables, eCFR ${done.version.contentDate}: ${done.status === 'imported' ? 'imported' : 'unchanged (already stored)'} from ${done.version.sourceFiles.join(', ')}${done.warnings.length ? `; ${done.warnings.length} invariant warnings (shown below)` : ''}.`}
          </span>
        </Notice>
      )}
    </section>
  );
}
