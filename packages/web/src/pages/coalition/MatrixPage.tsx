/**
 * The weakest-link matrix as a heat-map: items × destinations down, jurisdictions across, each cell the licensing
 * engine's own decision for a one-item export from that jurisdiction (its rules in the cell's tooltip). Rows where one
 * ally requires a licence and another lets the item go without are marked; CSV (the server's) and JSON export.
 */
import { useState } from 'react';
import { licensingJurisdictions } from '@dualuse/core/licensing';
import { ErrorAlert } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import { downloadText } from '../../lib/download';
import { useSubmit } from '../../lib/useSubmit';
import { DECISION_VIEW } from '../licensing/decisions';
import { CoalitionNav } from './CoalitionNav';
import { fetchMatrixCsv, matrixBody, type MatrixForm } from './matrix';
import type { MatrixAnswer, MatrixRow } from './types';

const today = () => new Date().toISOString().slice(0, 10);

export function MatrixPage() {
  const [form, setForm] = useState<MatrixForm>({
    date: today(),
    seed: true,
    items: 'Lathe; US=2B001.b; EU=2B001.b; UK=2B001.b',
    destinations: 'KG, KZ, CN',
    jurisdictions: [...licensingJurisdictions()],
  });
  const [answer, setAnswer] = useState<MatrixAnswer>();
  const [onlyWeak, setOnlyWeak] = useState(false);
  const submit = useSubmit();
  const compute = async () => {
    const out = await submit.run(() => api<MatrixAnswer>('POST', '/matrix', { body: matrixBody(form) }));
    if (out) setAnswer(out);
  };
  const exportCsv = async () => {
    const csv = await submit.run(() => fetchMatrixCsv(matrixBody(form)));
    if (csv) downloadText(`weakest-link-${form.date}.csv`, csv, 'text/csv');
  };
  return (
    <>
      <PageHeader
        title="Coalition"
        description="Where one ally requires a licence and another does not: every cell is the licensing engine's determination for that item, destination and exporting jurisdiction, with its rule."
      />
      <CoalitionNav />
      <MatrixRequestForm form={form} setForm={setForm} busy={submit.busy} onCompute={() => void compute()} />
      <ErrorAlert error={submit.error} />
      {answer && (
        <section className="panel" aria-labelledby="heat-title">
          <h2 id="heat-title" className="panel-title">
            {answer.rows.length} rows, {answer.rows.filter((r) => r.weakLink).length} where allies differ
          </h2>
          <div className="toolbar">
            <label className="checkbox">
              <input type="checkbox" checked={onlyWeak} onChange={(e) => setOnlyWeak(e.target.checked)} /> Only rows
              where allies differ
            </label>
            <button type="button" className="btn btn-secondary btn-small" onClick={() => void exportCsv()}>
              Export CSV
            </button>
            <button
              type="button"
              className="btn btn-secondary btn-small"
              onClick={() =>
                downloadText(
                  `weakest-link-${form.date}.json`,
                  `${JSON.stringify(answer, null, 2)}\n`,
                  'application/json',
                )
              }
            >
              Export JSON
            </button>
          </div>
          <Legend />
          <HeatMap answer={answer} rows={onlyWeak ? answer.rows.filter((r) => r.weakLink) : answer.rows} />
        </section>
      )}
    </>
  );
}

function MatrixRequestForm(props: {
  form: MatrixForm;
  setForm: (f: MatrixForm) => void;
  busy: boolean;
  onCompute: () => void;
}) {
  const { form, setForm, busy, onCompute } = props;
  return (
    <form
      className="panel form-stack"
      aria-label="Matrix request"
      onSubmit={(e) => {
        e.preventDefault();
        onCompute();
      }}
    >
      <TextField
        label="As of"
        type="date"
        value={form.date}
        onChange={(e) => setForm({ ...form, date: e.target.value })}
      />
      <label className="checkbox">
        <input type="checkbox" checked={form.seed} onChange={(e) => setForm({ ...form, seed: e.target.checked })} /> The
        seed cases (chip-making equipment and AI chips to CN; machine tools and CHPL items to KG, KZ, AM, AE, TR;
        thermal cameras; encryption)
      </label>
      {!form.seed && (
        <>
          <div className="field">
            <label htmlFor="matrix-items">Items (one a line: label; jurisdiction=entry; …)</label>
            <textarea
              id="matrix-items"
              rows={4}
              value={form.items}
              onChange={(e) => setForm({ ...form, items: e.target.value })}
            />
          </div>
          <TextField
            label="Destinations (ISO codes)"
            value={form.destinations}
            onChange={(e) => setForm({ ...form, destinations: e.target.value })}
          />
        </>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          Compute the matrix
        </button>
      </div>
    </form>
  );
}

function Legend() {
  return (
    <p className="heat-legend" aria-label="Legend">
      {Object.entries(DECISION_VIEW).map(([d, v]) => (
        <span key={d} className={`heat-${d}`}>
          {v.label}
        </span>
      ))}
    </p>
  );
}

function HeatMap({ answer, rows }: { answer: MatrixAnswer; rows: MatrixRow[] }) {
  const label = new Map(answer.request.items.map((i) => [i.id, i.label]));
  const jurisdictions = answer.request.jurisdictions;
  return (
    <div className="table-wrap">
      <table className="heat" aria-label="Weakest-link matrix">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Destination</th>
            {jurisdictions.map((j) => (
              <th key={j} scope="col">
                {j}
              </th>
            ))}
            <th scope="col">Allies differ</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.item}|${r.destination}`} className={r.weakLink ? 'weak-link' : undefined}>
              <th scope="row">{label.get(r.item) ?? r.item}</th>
              <td>{r.destination}</td>
              {r.cells.map((c) => (
                <td
                  key={c.jurisdiction}
                  className={`heat-${c.decision}`}
                  title={c.rules.map((x) => `${x.id}: ${x.citation}`).join('\n') || 'no rule fired'}
                >
                  {DECISION_VIEW[c.decision].label}
                  {c.authorisation ? ` (${c.authorisation})` : ''}
                </td>
              ))}
              <td>{r.weakLink ? <Badge tone="red">{`weakest: ${r.weakest.join(', ')}`}</Badge> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
