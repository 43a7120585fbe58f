/**
 * Screen a file of parties: parsed here, sent in chunks with a progress bar, results with
 * hits first, downloadable as JSON lines. Hits are stored for review like any search.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import { Notice } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../../lib/me';
import { Link } from '../../lib/router';
import { BatchResults } from './BatchResults';
import {
  byRisk,
  CHUNK_SIZE,
  downloadJsonl,
  parsePartiesFile,
  screenInChunks,
  type BatchParty,
  type BatchResult,
} from './batch';
import { Bar } from './HitBits';
import { ScreeningNav } from './ScreeningNav';
import { ScreeningError } from './ScreeningUnavailable';

interface Loaded {
  file: string;
  parties: BatchParty[];
}

export function BatchPage() {
  const canRun = useCan('screening:run');
  const [loaded, setLoaded] = useState<Loaded>();
  const [parseErrors, setParseErrors] = useState<string[]>([]);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [threshold, setThreshold] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<{ results: BatchResult[]; versions: Record<string, string> }>();
  const abort = useRef<AbortController | null>(null);

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setLoaded(undefined);
    setDone(undefined);
    setError(undefined);
    setParseErrors([]);
    setIgnored([]);
    if (!file) return;
    // Forgiving like `dualuse screen --input`: unreadable rows are listed and left out, the rest is screened.
    const { parties, errors, ignored: unused } = parsePartiesFile(file.name, await file.text());
    setParseErrors(errors);
    setIgnored(unused);
    if (errors.length === 0 && parties.length === 0) setParseErrors([`${file.name} holds no parties`]);
    if (parties.length > 0) setLoaded({ file: file.name, parties });
  };

  const run = async () => {
    if (!loaded) return;
    const controller = new AbortController();
    abort.current = controller;
    setDone(undefined);
    setError(undefined);
    setProgress(0);
    try {
      const out = await screenInChunks(loaded.parties, {
        threshold: threshold.trim() ? Number(threshold) : undefined,
        signal: controller.signal,
        onProgress: setProgress,
      });
      setDone({ results: byRisk(out.results), versions: out.versions });
    } catch (e) {
      if ((e as Error).name !== 'AbortError') setError(e);
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  const header = (
    <PageHeader
      title="Batch screening"
      description="Screen a file of parties at once: CSV with a header row, or JSON lines. Columns: name (or full_name), type (or schema), country (or nationality), date_of_birth, id."
    />
  );
  if (!canRun) {
    return (
      <>
        {header}
        <ScreeningNav />
        <div className="panel panel-muted">Your role may read screening hits but not run screenings.</div>
      </>
    );
  }

  const total = loaded?.parties.length ?? 0;
  const busy = progress !== null;
  return (
    <>
      {header}
      <ScreeningNav />
      <section className="panel" aria-labelledby="batch-title">
        <h2 id="batch-title" className="panel-title">
          File
        </h2>
        <div className="form-grid">
          <div className="field span-2">
            <label htmlFor="batch-file">Parties file</label>
            <input
              id="batch-file"
              type="file"
              accept=".csv,.tsv,.jsonl,.ndjson,.json,text/csv,application/json"
              onChange={(e) => void pick(e)}
              disabled={busy}
            />
            <p className="field-hint">Read in your browser; sent to the API in chunks of {CHUNK_SIZE}.</p>
          </div>
          <TextField
            label="Threshold"
            type="number"
            min={0}
            max={1}
            step={0.01}
            value={threshold}
            onChange={(e) => setThreshold(e.target.value)}
            hint="0–1; empty uses the default."
            disabled={busy}
          />
          <div className="form-actions">
            <button type="button" className="btn btn-primary" disabled={!loaded || busy} onClick={() => void run()}>
              {busy
                ? 'Screening…'
                : loaded
                  ? `Screen ${total.toLocaleString()} ${total === 1 ? 'party' : 'parties'}`
                  : 'Screen'}
            </button>
            {busy && (
              <button type="button" className="btn btn-ghost" onClick={() => abort.current?.abort()}>
                Cancel
              </button>
            )}
          </div>
        </div>
        {busy && (
          <div
            className="progress"
            role="progressbar"
            aria-label="Screening progress"
            aria-valuemin={0}
            aria-valuemax={total}
            aria-valuenow={progress}
          >
            <Bar value={total ? progress / total : 0} />
            <span className="muted">
              {progress.toLocaleString()} of {total.toLocaleString()} screened
            </span>
          </div>
        )}
      </section>
      {parseErrors.length > 0 && (
        <div className="alert alert-error" role="alert">
          <div>
            <strong>
              {loaded
                ? `These rows could not be read and will not be screened; the other ${loaded.parties.length.toLocaleString()} will be:`
                : 'The file was not screened: fix these lines first.'}
            </strong>
            <ul className="findings">
              {parseErrors.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {ignored.length > 0 && <Notice>{`Columns not used for screening: ${ignored.join(', ')}.`}</Notice>}
      <ScreeningError
        error={error}
        title="Batch screening stopped; no results are shown because the run is incomplete"
      />
      {!error && !busy && !done && loaded && (
        <Notice>{`${loaded.file}: ${total.toLocaleString()} ${total === 1 ? 'party' : 'parties'} ready to screen.`}</Notice>
      )}
      {done && (
        <BatchResults
          results={done.results}
          versions={done.versions}
          onDownload={() =>
            downloadJsonl(
              `${loaded?.file.replace(/\.[^.]+$/, '') ?? 'parties'}.results.jsonl`,
              done.results,
              done.versions,
            )
          }
        />
      )}
      {done && done.results.some((r) => r.hits.some((h) => h.status === 'open')) && (
        <Notice>
          Open hits are in the <Link to="/screening/review">review queue</Link>.
        </Notice>
      )}
    </>
  );
}
