/**
 * "Upload parties": a CSV or JSON-lines file read in the browser with the batch page's
 * parser (same columns, same line-numbered errors), then stored in chunks with progress.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import { ErrorAlert, Notice } from '../../components/Alert';
import { readPartiesFile } from './batch';
import { Bar } from './HitBits';
import { uploadInChunks, type UpsertCounts } from './parties';

interface Upload {
  file: string;
  total: number;
  done: number;
  counts?: UpsertCounts;
  error?: unknown;
  parseErrors?: string[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

export function usePartyUpload(onStored: () => void) {
  const input = useRef<HTMLInputElement>(null);
  const abort = useRef<AbortController | null>(null);
  const [upload, setUpload] = useState<Upload>();
  const busy = upload !== undefined && !upload.counts && !upload.error && !upload.parseErrors;

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // so choosing the same file again fires change again
    if (!file) return;
    const { parties, errors } = await readPartiesFile(file);
    if (errors.length > 0 || parties.length === 0) {
      setUpload({
        file: file.name,
        total: 0,
        done: 0,
        parseErrors: errors.length ? errors : [`${file.name} holds no parties`],
      });
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setUpload({ file: file.name, total: parties.length, done: 0 });
    try {
      const counts = await uploadInChunks(parties, {
        signal: controller.signal,
        onProgress: (done) => setUpload((u) => u && { ...u, done }),
      });
      setUpload((u) => u && { ...u, counts });
    } catch (error) {
      const cancelled = (error as Error).name === 'AbortError';
      setUpload(
        (u) =>
          u && {
            ...u,
            error: cancelled
              ? new Error(
                  `Cancelled: ${u.done.toLocaleString()} of ${u.total.toLocaleString()} parties had been stored.`,
                )
              : error,
          },
      );
    } finally {
      abort.current = null;
      onStored();
    }
  };

  const fileInput = (
    <input
      ref={input}
      type="file"
      hidden
      aria-label="Parties file"
      accept=".csv,.tsv,.jsonl,.ndjson,.json,text/csv,application/json"
      onChange={(e) => void pick(e)}
    />
  );
  return { busy, upload, choose: () => input.current?.click(), cancel: () => abort.current?.abort(), fileInput };
}

export function UploadStatus({ upload, onCancel }: { upload: Upload | undefined; onCancel: () => void }) {
  if (!upload) return null;
  if (upload.parseErrors) {
    return (
      <div className="alert alert-error" role="alert">
        <div>
          <strong>{upload.file} was not uploaded: fix these lines first.</strong>
          <ul className="findings">
            {upload.parseErrors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      </div>
    );
  }
  if (upload.error) return <ErrorAlert error={upload.error} title={`Upload of ${upload.file} stopped`} />;
  if (upload.counts) {
    const c = upload.counts;
    return (
      <Notice kind="success">
        <span data-testid="upload-result">
          <strong>{upload.file}</strong>: {plural(upload.total, 'party', 'parties')} stored —{' '}
          {c.created.toLocaleString()} new, {c.updated.toLocaleString()} updated, {c.unchanged.toLocaleString()}{' '}
          unchanged.
        </span>
      </Notice>
    );
  }
  return (
    <section className="panel" aria-label="Upload progress">
      <div className="hit-review-head">
        <strong>Uploading {upload.file}</strong>
        <button type="button" className="btn btn-ghost btn-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label="Upload progress"
        aria-valuemin={0}
        aria-valuemax={upload.total}
        aria-valuenow={upload.done}
      >
        <Bar value={upload.total ? upload.done / upload.total : 0} />
        <span className="muted">
          {upload.done.toLocaleString()} of {plural(upload.total, 'party', 'parties')} stored
        </span>
      </div>
    </section>
  );
}
