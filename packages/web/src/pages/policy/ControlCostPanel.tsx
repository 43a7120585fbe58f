/** Cost of a proposed control: pick a trade dataset (imported on the Trade data page), describe the draft control. */
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { api } from '../../lib/api';
import { Link } from '../../lib/router';
import { useQuery } from '@tanstack/react-query';
import { useSubmit } from '../../lib/useSubmit';
import { ExposureChart } from './ExposureChart';
import type { Cost, Dataset } from './types';

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
const money = (v: number) => Math.round(v).toLocaleString('en');

export function ControlCostPanel() {
  const datasets = useQuery<{ datasets: Dataset[] }>({ queryKey: ['/policy/trade/datasets'] });
  const submit = useSubmit();
  const [dataset, setDataset] = useState('');
  const [name, setName] = useState('Draft control');
  const [hs, setHs] = useState('854231,854232,854233,854239');
  const [destinations, setDestinations] = useState('KG,KZ,AM');
  const [adopters, setAdopters] = useState('EU');
  const [effective, setEffective] = useState('2025-01-01');
  const [cost, setCost] = useState<Cost>();

  const run = async (e: FormEvent) => {
    e.preventDefault();
    const control = {
      name,
      hs: list(hs),
      destinations: list(destinations),
      adopters: list(adopters),
      effectiveDate: effective,
    };
    const r = await submit.run(() => api<Cost>('POST', '/policy/control-cost', { body: { dataset, control } }));
    if (r) setCost(r);
  };
  return (
    <section className="panel" aria-label="Cost of a proposed control">
      <p className="field-hint">
        The cost is computed over a trade dataset version of this tenant:{' '}
        <Link to="/policy/trade-data">Trade data</Link> lists them, and its administrators import new ones there.
      </p>
      <form className="form-stack" onSubmit={run}>
        <div className="field">
          <label htmlFor="policy-dataset">Dataset</label>
          <select id="policy-dataset" value={dataset} onChange={(e) => setDataset(e.target.value)} required>
            <option value="">choose…</option>
            {(datasets.data?.datasets ?? []).map((d) => (
              <option key={d.id} value={d.id}>
                {d.name} v{d.version} ({d.rowCount} rows, {d.currency})
              </option>
            ))}
          </select>
        </div>
        <TextField label="Control name" value={name} onChange={(e) => setName(e.target.value)} />
        <TextField
          label="HS/CN codes"
          value={hs}
          onChange={(e) => setHs(e.target.value)}
          error={submit.fields['/hs']}
        />
        <TextField
          label="Destinations"
          value={destinations}
          onChange={(e) => setDestinations(e.target.value)}
          error={submit.fields['/destinations']}
        />
        <TextField label="Adopting jurisdictions" value={adopters} onChange={(e) => setAdopters(e.target.value)} />
        <TextField
          label="Effective date"
          value={effective}
          onChange={(e) => setEffective(e.target.value)}
          error={submit.fields['/effectiveDate']}
        />
        <button type="submit" className="btn btn-primary" disabled={submit.busy || !dataset}>
          Compute cost
        </button>
      </form>
      <ErrorAlert error={submit.error ?? datasets.error} />
      {cost && (
        <div aria-label="Cost result">
          <p data-testid="cost-total">
            {cost.cost.control.name}: {money(cost.cost.total)} {cost.dataset.currency} touched in{' '}
            {cost.cost.rowsTouched} rows; adopters {(cost.cost.adoptersShare * 100).toFixed(1)} %, others{' '}
            {(cost.cost.othersShare * 100).toFixed(1)} %
          </p>
          <ExposureChart cost={cost.cost} />
          <table aria-label="Exposure by exporter">
            <thead>
              <tr>
                <th>Exporter</th>
                <th>Adopts</th>
                <th>Value</th>
                <th>Share</th>
              </tr>
            </thead>
            <tbody>
              {cost.cost.exporters.map((x) => (
                <tr key={x.exporter}>
                  <td>{x.exporter}</td>
                  <td>{x.adopts ? 'yes' : 'no'}</td>
                  <td>{money(x.value)}</td>
                  <td>{(x.share * 100).toFixed(1)} %</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul>
            {cost.cost.trends.map((t) => (
              <li key={t.date}>
                {t.name} ({t.date}): {t.before === null ? 'no data' : money(t.before)} →{' '}
                {t.after === null ? 'no data' : money(t.after)} per period
                {t.ratio !== null && `, ×${t.ratio.toFixed(2)}`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
