/**
 * Screen a file of parties: parsed here, sent in chunks with a progress bar, results with
 * hits first, downloadable as JSON lines. Hits are stored for review like any search.
 */
import { Notice } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../../lib/me';
import { Link } from '../../lib/router';
import { BatchResults } from './BatchResults';
import { CHUNK_SIZE, downloadJsonl } from './batch';
import { Bar } from './HitBits';
import { ScreeningNav } from './ScreeningNav';
import { ScreeningError } from './ScreeningUnavailable';
import { useBatch, type Batch, type BatchDone, type Loaded } from './useBatch';

const parties = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'party' : 'parties'}`;

export function BatchPage() {
  const canRun = useCan('screening:run');
  const batch = useBatch();
  const { loaded, ignored, error, done } = batch;

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

  const busy = batch.progress !== null;
  return (
    <>
      {header}
      <ScreeningNav />
      <BatchForm batch={batch} />
      <ParseErrors errors={batch.parseErrors} loaded={loaded} />
      {ignored.length > 0 && <Notice>{`Columns not used for screening: ${ignored.join(', ')}.`}</Notice>}
      <ScreeningError
        error={error}
        title="Batch screening stopped; no results are shown because the run is incomplete"
      />
      {!error && !busy && !done && loaded && (
        <Notice>{`${loaded.file}: ${parties(loaded.parties.length)} ready to screen.`}</Notice>
      )}
      {done && <BatchDoneView done={done} loaded={loaded} />}
    </>
  );
}

function BatchForm({ batch }: { batch: Batch }) {
  const { loaded, progress } = batch;
  const total = loaded?.parties.length ?? 0;
  const busy = progress !== null;
  return (
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
            onChange={(e) => void batch.pick(e)}
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
          value={batch.threshold}
          onChange={(e) => batch.setThreshold(e.target.value)}
          hint="0–1; empty uses the default."
          disabled={busy}
        />
        <div className="form-actions">
          <button type="button" className="btn btn-primary" disabled={!loaded || busy} onClick={() => void batch.run()}>
            {busy ? 'Screening…' : loaded ? `Screen ${parties(total)}` : 'Screen'}
          </button>
          {busy && (
            <button type="button" className="btn btn-ghost" onClick={batch.cancel}>
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
  );
}

function ParseErrors({ errors, loaded }: { errors: string[]; loaded?: Loaded }) {
  if (errors.length === 0) return null;
  return (
    <div className="alert alert-error" role="alert">
      <div>
        <strong>
          {loaded
            ? `These rows could not be read and will not be screened; the other ${loaded.parties.length.toLocaleString()} will be:`
            : 'The file was not screened: fix these lines first.'}
        </strong>
        <ul className="findings">
          {errors.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function BatchDoneView({ done, loaded }: { done: BatchDone; loaded?: Loaded }) {
  const base = loaded?.file.replace(/\.[^.]+$/, '') ?? 'parties';
  return (
    <>
      <BatchResults
        results={done.results}
        versions={done.versions}
        onDownload={() => downloadJsonl(`${base}.results.jsonl`, done.results, done.versions)}
      />
      {done.results.some((r) => r.hits.some((h) => h.status === 'open')) && (
        <Notice>
          Open hits are in the <Link to="/screening/review">review queue</Link>.
        </Notice>
      )}
    </>
  );
}
