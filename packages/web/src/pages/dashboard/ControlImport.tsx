/**
 * Import one official control-list file from the browser (operator administrators:
 * controls:write), through POST /controls/import — the same use case as `dualuse controls import`:
 * audited, all-or-nothing, a bad file refused with the file named and why.
 */
import { useState } from 'react';
import type { Schema } from '../../api/index';
import { ErrorAlert, Notice } from '../../components/Alert';
import { UploadProgress } from '../../components/UploadProgress';
import { fileBody } from '../../lib/upload';
import { useUpload } from '../../lib/useUpload';

type Result = Schema<'ControlImportResult'>;

export function ControlImport({ onImported }: { onImported: () => void }) {
  const submit = useUpload();
  const [file, setFile] = useState<File>();
  const [done, setDone] = useState<Result>();

  const run = async () => {
    if (!file) return;
    setDone(undefined);
    const out = await submit.send<Result>('/controls/import', async () => ({ file: await fileBody(file) }));
    if (out) {
      setDone(out);
      onImported();
    }
  };

  return (
    <div className="form-grid" aria-label="Import a control list">
      <div className="field span-2">
        <label htmlFor="control-file">Import a control-list file</label>
        <input id="control-file" type="file" onChange={(e) => setFile(e.target.files?.[0])} disabled={submit.busy} />
        <p className="field-hint">
          The eCFR CCL (XML of 15 CFR part 774, or its parsed JSON), the EU Annex I in the OCA CSV layout, or the
          Australian DSGL instrument (.docx), as `dualuse controls import` reads them.
        </p>
      </div>
      <div className="form-actions">
        <button type="button" className="btn btn-secondary" disabled={!file || submit.busy} onClick={() => void run()}>
          {submit.busy ? 'Importing…' : 'Import control list'}
        </button>
      </div>
      <UploadProgress stage={submit.stage} label="Control-list import progress" />
      <ErrorAlert error={submit.error} title="Nothing was imported" />
      {done && (
        <Notice kind="success">
          {`${done.version.list} ${done.version.version}: ${done.status === 'imported' ? 'imported' : 'unchanged (already stored)'}, ${done.version.entryCount.toLocaleString()} entries${done.warnings.length ? `; ${done.warnings.length} warnings` : ''}.`}
        </Notice>
      )}
    </div>
  );
}
