/**
 * A JSON-lines file of shipments, scored one call per shipment so progress is real and a bad
 * line is named without losing the others. A 503 (no list loaded) stops the run: every later
 * shipment would fail the same way, and a half-run must not look complete.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import { Badge } from '../../components/Badge';
import { ApiError, messageOf } from '../../lib/api';
import { Bar } from '../screening/HitBits';
import { DiversionProblem, shipmentPointer } from './DiversionProblem';
import { parseLines, scoreOne, scoreTone, type Chpl, type ShipmentScore } from './score';
import { ScoreResult } from './ScoreResult';

interface Row {
  line: number;
  result?: ShipmentScore;
  error?: string;
}

export function BatchScore({ chpl }: { chpl: Chpl | undefined }) {
  const [rows, setRows] = useState<Row[]>([]);
  const [total, setTotal] = useState(0);
  const [busy, setBusy] = useState(false);
  const [fatal, setFatal] = useState<unknown>();
  const [open, setOpen] = useState<number>();
  const abort = useRef<AbortController | null>(null);

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    setRows([]);
    setFatal(undefined);
    setOpen(undefined);
    if (!file) return;
    let lines: ReturnType<typeof parseLines>;
    try {
      lines = parseLines(await file.text());
    } catch (error) {
      setFatal(new Error(`${file.name}: ${messageOf(error)}`));
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setTotal(lines.length);
    setBusy(true);
    try {
      for (const { line, shipment } of lines) {
        let row: Row;
        try {
          row = { line, result: (await scoreOne(shipment, chpl, { signal: controller.signal })).results[0]! };
        } catch (error) {
          if ((error as Error).name === 'AbortError' || (error instanceof ApiError && error.status === 503))
            throw error;
          const field = error instanceof ApiError ? error.problem.errors?.[0] : undefined;
          row = {
            line,
            error: field
              ? `${shipmentPointer(field.pointer)} — ${field.message.replace(/^\/shipments\/\d+[^:]*:\s*/, '')}`
              : messageOf(error),
          };
        }
        setRows((r) => [...r, row]);
      }
    } catch (error) {
      if ((error as Error).name !== 'AbortError') setFatal(error);
    } finally {
      setBusy(false);
      abort.current = null;
    }
  };

  const alerts = rows.filter((r) => r.result?.alert).length;
  const shown = rows.find((r) => r.line === open)?.result;
  return (
    <section className="panel" aria-labelledby="batch-title">
      <h2 id="batch-title" className="panel-title">
        Score a file of shipments
      </h2>
      <div className="field">
        <label htmlFor="diversion-file">Upload JSON lines</label>
        <input
          id="diversion-file"
          type="file"
          accept=".jsonl,.ndjson,.json,application/json"
          onChange={(e) => void pick(e)}
          disabled={busy}
        />
        <p className="field-hint">
          One shipment object per line, in the editor&rsquo;s format. Each is scored on its own; a bad line is reported
          and the rest go on.
        </p>
      </div>
      {(busy || rows.length > 0) && (
        <div
          className="progress"
          role="progressbar"
          aria-label="Scoring progress"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={rows.length}
        >
          <Bar value={total ? rows.length / total : 0} />
          <span className="muted nowrap">
            {rows.length} of {total} scored{rows.length ? ` · ${alerts} ${alerts === 1 ? 'alert' : 'alerts'}` : ''}
          </span>
          {busy && (
            <button type="button" className="btn btn-ghost btn-small" onClick={() => abort.current?.abort()}>
              Cancel
            </button>
          )}
        </div>
      )}
      <DiversionProblem error={fatal} title="The file was not scored" />
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="table table-compact" aria-label="Scored shipments">
            <thead>
              <tr>
                <th>Line</th>
                <th>Shipment</th>
                <th>Score</th>
                <th>Verdict</th>
                <th>Flags</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.line}>
                  <td className="mono">{r.line}</td>
                  <td className="mono">{r.result?.id ?? '—'}</td>
                  <td>
                    {r.result && (
                      <span className="score">
                        <span className="score-value mono">{r.result.score.toFixed(1)}</span>
                        <Bar value={r.result.score / 100} tone={scoreTone(r.result.score)} />
                      </span>
                    )}
                  </td>
                  <td>
                    {r.error ? (
                      <span className="text-error">{r.error}</span>
                    ) : r.result?.alert ? (
                      <Badge tone="red">alert</Badge>
                    ) : (
                      <Badge tone="green">no alert</Badge>
                    )}
                  </td>
                  <td>{r.result?.flags.map((f) => f.title).join(', ')}</td>
                  <td>
                    {r.result && (
                      <button
                        type="button"
                        className="btn btn-ghost btn-small"
                        onClick={() => setOpen(open === r.line ? undefined : r.line)}
                      >
                        {open === r.line ? 'Hide' : 'Details'}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown && <ScoreResult result={shown} />}
    </section>
  );
}
