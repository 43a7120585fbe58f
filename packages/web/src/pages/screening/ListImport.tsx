/**
 * Import official list files from the browser (operator administrators: lists:import), through the
 * same all-or-nothing import as `dualuse lists import`: each file is checked against the previous
 * version (entry count, declared count, date) and refused with the API's precise reason.
 */
import { useState } from 'react';
import { LIST_FORMATS } from '@dualuse/core/screening';
import type { Answer } from '../../api/index';
import { ErrorAlert, Notice } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { fileBody } from '../../lib/upload';
import { useUpload } from '../../lib/useUpload';
import { UploadProgress } from '../../components/UploadProgress';

type Imported = Answer<'/api/v1/lists/import', 'post'>;

const FORMATS = `The format is recognised from the file, as by \`dualuse lists import\` (${LIST_FORMATS.join(', ')}); gzip and zip are looked into. Up to 10 files at once.`;

function ResultLine({ r }: { r: Imported['results'][number] }) {
  const diff = r.diff ? ` (+${r.diff.added} −${r.diff.removed} ~${r.diff.changed})` : '';
  return (
    <li data-testid="import-result">
      <span className="mono">{r.list}</span>: {r.status === 'imported' ? 'imported' : 'unchanged (already stored)'},{' '}
      {r.version.entryCount.toLocaleString()} entries{diff}
      {r.current ? ', now in use' : `, not in use: ${r.currentReason}`}
    </li>
  );
}

export function ListImport({ onImported }: { onImported: () => void }) {
  const submit = useUpload();
  const [files, setFiles] = useState<File[]>([]);
  const [publishedAt, setPublishedAt] = useState('');
  const [done, setDone] = useState<Imported>();

  const run = async () => {
    setDone(undefined);
    const out = await submit.send<Imported>('/lists/import', async () => ({
      files: await Promise.all(files.map((f) => fileBody(f))),
      ...(publishedAt ? { publishedAt } : {}),
    }));
    if (out) {
      setDone(out);
      onImported();
    }
  };

  return (
    <section className="panel" aria-labelledby="list-import-title">
      <h2 id="list-import-title" className="panel-title">
        Import a list
      </h2>
      <div className="form-grid">
        <div className="field span-2">
          <label htmlFor="list-files">Official list files</label>
          <input
            id="list-files"
            type="file"
            multiple
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
            disabled={submit.busy}
          />
          <p className="field-hint">{FORMATS}</p>
        </div>
        <TextField
          label="Publication date (only if the file states none)"
          type="date"
          value={publishedAt}
          onChange={(e) => setPublishedAt(e.target.value)}
          error={submit.fields['/publishedAt']}
          disabled={submit.busy}
        />
        <div className="form-actions">
          <button
            type="button"
            className="btn btn-primary"
            disabled={files.length === 0 || submit.busy}
            onClick={() => void run()}
          >
            {submit.busy ? 'Importing and checking…' : 'Import'}
          </button>
        </div>
      </div>
      <UploadProgress stage={submit.stage} label="List import progress" />
      <ErrorAlert error={submit.error} title="Nothing was imported" shown={['/publishedAt']} />
      {done && (
        <Notice kind="success">
          <ul className="findings">
            {done.results.map((r) => (
              <ResultLine key={r.version.id} r={r} />
            ))}
          </ul>
          {done.rescreened.length > 0 &&
            `Stored parties re-screened: ${done.rescreened.reduce((n, x) => n + x.hits, 0)} new hits.`}
        </Notice>
      )}
    </section>
  );
}
