/**
 * Investment screening: a case as JSON, the answer per regime with its chain of evidence, and the acquirer's ownership
 * chain.
 */
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/Alert';
import { api } from '../../lib/api';
import { useSubmit } from '../../lib/useSubmit';
import type { InvestmentCase, ScreeningCase } from './types';

const EXAMPLE: InvestmentCase = {
  id: 'DEAL-1',
  date: '2026-11-23',
  acquirer: 'A',
  parties: [
    { id: 'A', name: 'Harbour Holdings Ltd', country: 'HK' },
    { id: 'P', name: 'Dragon Semiconductor Group', country: 'CN' },
  ],
  holdings: [{ owner: 'P', asset: 'A', percent: 80 }],
  target: {
    name: 'Acme AI Chips Inc.',
    country: 'US',
    products: [{ description: 'datacenter GPU', classification: { US: '3A090.a' } }],
  },
  stake: { percent: 60, rights: { control: true } },
};

export function ScreeningPanel() {
  const submit = useSubmit();
  const [text, setText] = useState(JSON.stringify(EXAMPLE, null, 2));
  const [result, setResult] = useState<ScreeningCase>();
  const run = async (e: FormEvent) => {
    e.preventDefault();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    const r = await submit.run(() => api<ScreeningCase>('POST', '/policy/investment/cases', { body }));
    if (r) setResult(r);
  };
  return (
    <section className="panel" aria-label="Investment screening">
      <form className="form-stack" onSubmit={run}>
        <div className="field">
          <label htmlFor="policy-case">Proposed transaction (JSON)</label>
          <textarea id="policy-case" rows={14} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <button type="submit" className="btn btn-primary" disabled={submit.busy}>
          Screen
        </button>
      </form>
      <ErrorAlert error={submit.error} />
      {result && (
        <div aria-label="Screening result">
          <p data-testid="screening-filing">
            Case {result.reference}: filing <strong>{result.filing}</strong>
          </p>
          <ol aria-label="Ownership chain">
            {result.result.chain.map((m) => (
              <li key={m.id}>
                {m.name} ({m.country}) — {m.interest.toFixed(1)} % of the acquirer
                {m.path.length > 1 ? ` via ${m.path.join(' ← ')}` : ''}
                {m.listed.length > 0 && ` — listed: ${m.listed.join(', ')}`}
              </li>
            ))}
          </ol>
          {result.result.regimes.map((r) => (
            <article key={r.regime} aria-label={r.regime}>
              <h3>
                {r.regime}: {r.applies ? r.filing : 'does not apply'}
              </h3>
              <ul>
                {r.evidence.map((x) => (
                  <li key={x}>{x}</li>
                ))}
                {r.openQuestions.map((x) => (
                  <li key={x}>Open: {x}</li>
                ))}
                {r.law.map((l) => (
                  <li key={l.id}>
                    § {l.citation}
                    {!l.verified && ' (not verified against the official text)'}
                  </li>
                ))}
              </ul>
            </article>
          ))}
        </div>
      )}
    </section>
  );
}
