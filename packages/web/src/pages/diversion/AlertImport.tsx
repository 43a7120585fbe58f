/** Import shipments or payments (CSV or JSON lines): each record is scored, and alerting ones join the queue. */
import { useState } from 'react';
import { ErrorAlert, Notice } from '../../components/Alert';
import { useSubmit } from '../../lib/useSubmit';
import { importRecords, type ImportResult } from './cases';
import { useChplFile } from './useChplFile';

export function AlertImport({ onImported }: { onImported: () => void }) {
  const [kind, setKind] = useState<'shipments' | 'payments'>('shipments');
  const [file, setFile] = useState<File>();
  const { chpl, chplError, pickChpl } = useChplFile();
  const [done, setDone] = useState<ImportResult>();
  const submit = useSubmit();

  const run = async () => {
    if (!file) return;
    setDone(undefined);
    const text = await file.text();
    const res = await submit.run(() => importRecords(kind, file.name, text, chpl));
    if (res) {
      setDone(res);
      onImported();
    }
  };

  return (
    <section className="panel" aria-labelledby="alert-import-title">
      <h2 id="alert-import-title" className="panel-title">
        Import records
      </h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="import-kind">Records</label>
          <select id="import-kind" value={kind} onChange={(e) => setKind(e.target.value as 'shipments' | 'payments')}>
            <option value="shipments">Shipments / orders</option>
            <option value="payments">Payments</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="import-file">File (CSV or JSON lines)</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.jsonl,.ndjson,.json,text/csv,application/json"
            onChange={(e) => setFile(e.target.files?.[0])}
          />
        </div>
        <div className={`field${chplError ? ' field-invalid' : ''}`}>
          <label htmlFor="import-chpl">Common High Priority List (CSV, optional)</label>
          <input id="import-chpl" type="file" accept=".csv,text/csv" onChange={(e) => void pickChpl(e)} />
          <p className={chplError ? 'field-error' : 'field-hint'}>
            {chplError ?? (chpl ? `${chpl.rows.length} HS6 codes` : 'Without it the CHPL rules abstain.')}
          </p>
        </div>
      </div>
      <div className="form-actions">
        <button type="button" className="btn btn-primary" disabled={!file || submit.busy} onClick={() => void run()}>
          {submit.busy ? 'Importing…' : 'Import and score'}
        </button>
      </div>
      <ErrorAlert error={submit.error} title="Nothing was imported" />
      {done && (
        <Notice kind="success">
          {done.batch.fileName}: {done.batch.records} {done.batch.kind} imported, {done.batch.alerts}{' '}
          {done.batch.alerts === 1 ? 'alert' : 'alerts'} raised.
        </Notice>
      )}
    </section>
  );
}
