/**
 * Diversion red flags for one shipment: edit it as JSON (or start from an example), score it
 * against the official red-flag rules and read every point of the score with its source.
 * The CHPL is the user's file (BIS publishes it); without it the CHPL rules abstain and say so.
 */
import { useState } from 'react';
import { Notice } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { messageOf } from '../../lib/api';
import { useSubmit } from '../../lib/useSubmit';
import { BatchScore } from './BatchScore';
import { DiversionNav } from './DiversionNav';
import { DiversionProblem } from './DiversionProblem';
import { EXAMPLES, exampleText } from './examples';
import { scoreOne, type ScoreResponse } from './score';
import { useChplFile } from './useChplFile';
import { ScoreResult } from './ScoreResult';

/** A list version (uuid) or fingerprint (sha256:…), short enough to read; the audit log keeps the full value. */
const shortVersion = (v: string): string =>
  v.startsWith('sha256:') ? `${v.slice(0, 19)}…` : v.length > 12 ? `${v.slice(0, 8)}…` : v;

export function DiversionPage() {
  const [text, setText] = useState(() => exampleText(EXAMPLES[0]!));
  const [note, setNote] = useState(EXAMPLES[0]!.note);
  const [jsonError, setJsonError] = useState<string>();
  const { chpl, chplError, pickChpl } = useChplFile();
  const [out, setOut] = useState<ScoreResponse>();
  const submit = useSubmit();

  const score = async () => {
    setOut(undefined);
    submit.reset();
    let shipment: unknown;
    try {
      shipment = JSON.parse(text);
    } catch (error) {
      setJsonError(`Not valid JSON: ${messageOf(error)}`);
      return;
    }
    setJsonError(undefined);
    const res = await submit.run(() => scoreOne(shipment, chpl));
    if (res) setOut(res);
  };

  const load = (i: number) => {
    setText(exampleText(EXAMPLES[i]!));
    setNote(EXAMPLES[i]!.note);
    setOut(undefined);
    setJsonError(undefined);
    submit.reset();
  };

  return (
    <>
      <PageHeader
        title="Diversion red flags"
        description="Score a shipment against the official diversion red flags (BIS Know-Your-Customer guidance, FinCEN–BIS alerts, Tri-Seal note, EU Art. 12g). Every point of the score is explained and cited; each flag is a reason to ask, not proof."
      />
      <DiversionNav />
      <section className="panel" aria-labelledby="shipment-title">
        <div className="toolbar">
          <h2 id="shipment-title" className="panel-title">
            Shipment
          </h2>
          <div className="page-actions" role="group" aria-label="Examples">
            <span className="muted nowrap">Examples:</span>
            {EXAMPLES.map((e, i) => (
              <button
                key={e.label}
                type="button"
                className="btn btn-secondary btn-small"
                onClick={() => load(i)}
                title={e.note}
              >
                {e.label}
              </button>
            ))}
          </div>
        </div>
        <div className="form-stack">
          <div className={`field${jsonError ? ' field-invalid' : ''}`}>
            <label htmlFor="shipment-json">Shipment (JSON)</label>
            <textarea
              id="shipment-json"
              className="mono"
              rows={18}
              spellCheck={false}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={jsonError ? true : undefined}
              aria-describedby="shipment-json-msg"
            />
            <p id="shipment-json-msg" className={jsonError ? 'field-error' : 'field-hint'}>
              {jsonError ??
                (note ||
                  'Parties (role, name, country, address, phones, emails, incorporated…), items (hsCode, quantity, value), route, payment, contract, amendments. Countries as ISO codes or names.')}
            </p>
          </div>
          <div className={`field${chplError ? ' field-invalid' : ''}`}>
            <label htmlFor="chpl-file">Common High Priority List (CSV)</label>
            <input id="chpl-file" type="file" accept=".csv,text/csv" onChange={(e) => void pickChpl(e)} />
            <p className={chplError ? 'field-error' : 'field-hint'}>
              {chplError ??
                (chpl
                  ? `${chpl.file}: ${chpl.rows.length} HS6 codes loaded; used for this and the file scoring below.`
                  : 'Columns tier,hs6 (BIS CHPL). Without it the CHPL rules abstain.')}
            </p>
          </div>
          <div className="form-actions">
            <button type="button" className="btn btn-primary" disabled={submit.busy} onClick={() => void score()}>
              {submit.busy ? 'Scoring…' : 'Score shipment'}
            </button>
          </div>
        </div>
      </section>
      <DiversionProblem error={submit.error} />
      {out?.results.map((r) => (
        <ScoreResult key={r.id} result={r} />
      ))}
      {out && (
        <Notice>
          Data used:{' '}
          {Object.entries(out.inputVersions)
            .map(([k, v]) => `${k} ${shortVersion(v)}`)
            .join(' · ') || 'none'}{' '}
          — the run is recorded in the audit log.
        </Notice>
      )}
      <BatchScore chpl={chpl} />
    </>
  );
}
