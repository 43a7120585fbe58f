/**
 * Chokepoints over the user's own copy of the supply-chain files: market-share bars with HHI and the classification
 * (thresholds ours).
 */
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/Alert';
import { TextField } from '../../components/Field';
import type { Schema } from '../../api';
import { api } from '../../lib/api';
import { useSubmit } from '../../lib/useSubmit';

type Chokepoint = Schema<'Chokepoint'>;

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

export function ChokepointsPanel() {
  const submit = useSubmit();
  const [files, setFiles] = useState<FileList | null>(null);
  const [allies, setAllies] = useState('US,JP,NL,KR,TW,DE,AT,SE,GB');
  const [concern, setConcern] = useState('CN,RU,BY');
  const [rows, setRows] = useState<Chokepoint[]>();
  const run = async (e: FormEvent) => {
    e.preventDefault();
    const byName = new Map([...(files ?? [])].map((f) => [f.name, f]));
    const read = async (n: string) => (await byName.get(n)?.text()) ?? '';
    const body = {
      files: {
        inputs: await read('inputs.csv'),
        providers: await read('providers.csv'),
        provision: await read('provision.csv'),
      },
      coalition: { kind: 'list', name: 'coalition', allies: list(allies), concern: list(concern) },
    };
    const r = await submit.run(() => api<{ inputs: Chokepoint[] }>('POST', '/policy/chokepoints', { body }));
    if (r) setRows(r.inputs);
  };
  return (
    <section className="panel" aria-label="Chokepoints">
      <form className="form-stack" onSubmit={run}>
        <TextField
          label="Supply-chain files (inputs.csv, providers.csv, provision.csv)"
          type="file"
          multiple
          accept=".csv"
          onChange={(e) => setFiles(e.target.files)}
        />
        <TextField label="Allies" value={allies} onChange={(e) => setAllies(e.target.value)} />
        <TextField label="Countries of concern" value={concern} onChange={(e) => setConcern(e.target.value)} />
        <button type="submit" className="btn btn-primary" disabled={submit.busy || !files}>
          Find chokepoints
        </button>
      </form>
      <ErrorAlert error={submit.error} />
      {rows && (
        <table aria-label="Chokepoints by input">
          <thead>
            <tr>
              <th>Input</th>
              <th>Country shares</th>
              <th>HHI</th>
              <th>Allied</th>
              <th>Concern</th>
              <th>Class (thresholds ours)</th>
              <th>Controls</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, 40).map((c) => (
              <tr key={c.input} data-testid="chokepoint">
                <td>
                  {c.name} <small>{c.input}</small>
                </td>
                <td>
                  <div className="policy-bar" aria-hidden="true">
                    {c.countries.map((s) => (
                      <span key={s.name} style={{ width: `${s.share}%` }} title={`${s.name} ${s.share} %`} />
                    ))}
                  </div>
                  {c.countries
                    .slice(0, 3)
                    .map((s) => `${s.country} ${s.share} %`)
                    .join(', ')}
                </td>
                <td>{c.hhi?.toFixed(0) ?? '—'}</td>
                <td>{c.coalitionShare} %</td>
                <td>{c.concernShare} %</td>
                <td>{c.classification}</td>
                <td>
                  {c.controls?.links.map((l) => `${l.jurisdiction} ${l.entry} (${l.coverage})`).join('; ')}
                  {c.listDifferences.length > 0 && <div>Lists differ</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
