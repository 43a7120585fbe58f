/**
 * Import a trade dataset file (tenant administrators: trade:import) through POST /policy/trade/datasets — the use case
 * of `dualuse policy trade import`: every row checked, any bad one refuses the whole file with its line named, the
 * same content stored once. The file is gzip-compressed in the browser on the way (a Comext extract shrinks ~6×).
 */
import { useState } from 'react';
import { ErrorAlert, Notice } from '../../components/Alert';
import { SelectField, TextField } from '../../components/Field';
import { UploadProgress } from '../../components/UploadProgress';
import { formatTime } from '../../lib/format';
import { fileBody } from '../../lib/upload';
import { useUpload } from '../../lib/useUpload';
import type { Dataset } from './types';

type Format = 'comext' | 'trade-csv';
const FORMATS = [
  { value: 'comext', label: 'Eurostat Comext CN8 extract (product_code, reporter, partner, period, value_eur)' },
  { value: 'trade-csv', label: 'CSV layout: reporter,partner,hs_code,period,value[,quantity]' },
] as const;

/** "eu_exports_chpl_tier1_2_monthly.csv.gz" → "eu_exports_chpl_tier1_2_monthly": a re-import adds a version. */
const nameOf = (file: string) => file.replace(/(\.csv)?(\.gz)?$/i, '');

export function TradeImport({ onImported }: { onImported: () => void }) {
  const upload = useUpload();
  const [file, setFile] = useState<File>();
  const [name, setName] = useState('');
  const [format, setFormat] = useState<Format>('comext');
  const [currency, setCurrency] = useState('');
  const [source, setSource] = useState('');
  const [done, setDone] = useState<{ status: 'imported' | 'unchanged'; dataset: Dataset }>();

  const run = async () => {
    if (!file) return;
    setDone(undefined);
    const out = await upload.send<{ status: 'imported' | 'unchanged'; dataset: Dataset }>(
      '/policy/trade/datasets',
      async () => ({
        name: name.trim() || nameOf(file.name),
        format,
        file: await fileBody(file, { gzip: true }),
        ...(currency.trim() ? { currency: currency.trim() } : {}),
        ...(source.trim() ? { source: source.trim() } : {}),
      }),
    );
    if (out) {
      setDone(out);
      onImported();
    }
  };

  const pick = (f: File | undefined) => {
    setFile(f);
    if (f && !name) setName(nameOf(f.name));
  };
  return (
    <section className="panel" aria-labelledby="trade-import-title">
      <h2 id="trade-import-title" className="panel-title">
        Import a trade dataset
      </h2>
      <div className="form-grid">
        <div className="field span-2">
          <label htmlFor="trade-file">Trade data file (.csv or .csv.gz)</label>
          <input
            id="trade-file"
            type="file"
            accept=".csv,.gz,text/csv,application/gzip"
            onChange={(e) => pick(e.target.files?.[0])}
            disabled={upload.busy}
          />
          <p className="field-hint">
            Read as `dualuse policy trade import` reads it: all or nothing, any bad row refuses the file with its line
            named; the same content is stored once.
          </p>
        </div>
        <SelectField
          label="Format"
          value={format}
          options={FORMATS}
          onChange={(e) => setFormat(e.target.value as Format)}
        />
        <TextField
          label="Dataset name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          hint="A re-import under the same name adds a version"
          error={upload.fields['/name']}
        />
        <TextField
          label="Currency"
          value={currency}
          onChange={(e) => setCurrency(e.target.value)}
          hint="Comext values are EUR; say it for the CSV layout"
        />
        <TextField
          label="Source"
          value={source}
          onChange={(e) => setSource(e.target.value)}
          hint="Where it came from"
        />
        <div className="form-actions">
          <button type="button" className="btn btn-primary" disabled={!file || upload.busy} onClick={() => void run()}>
            {upload.busy ? 'Importing…' : 'Import dataset'}
          </button>
        </div>
      </div>
      <UploadProgress stage={upload.stage} label="Trade dataset import progress" />
      <ErrorAlert error={upload.error} title="Nothing was imported" shown={['/name']} />
      {done && (
        <Notice kind="success">
          <span data-testid="trade-import-result">
            {`${done.dataset.name} version ${done.dataset.version}: ${done.status === 'imported' ? 'imported' : 'unchanged (this content is already stored)'}, ${done.dataset.rowCount.toLocaleString()} rows in ${done.dataset.currency}, imported ${formatTime(done.dataset.importedAt)}.`}
          </span>
        </Notice>
      )}
    </section>
  );
}
