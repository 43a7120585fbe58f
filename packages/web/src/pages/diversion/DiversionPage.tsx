/**
 * Diversion red flags for one shipment: enter it in the form (or as JSON, or start from an example), score it against
 * the official red-flag rules and read every point of the score with its source. With "keep" on (the default for
 * roles that may write), the shipment is stored and an alerting one joins the alert queue. The CHPL is the user's
 * file (BIS publishes it); without it the CHPL rules abstain and say so.
 */
import { useState } from 'react';
import { Notice } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../../lib/me';
import { useSubmit } from '../../lib/useSubmit';
import { BatchScore } from './BatchScore';
import { DiversionNav } from './DiversionNav';
import { DiversionProblem, shipmentPointer } from './DiversionProblem';
import { EXAMPLES } from './examples';
import { KeptNotice } from './KeptNotice';
import { scoreOne, type ScoreResponse } from './score';
import { exampleEditor, initialEditor, ShipmentEditor, shipmentOfEditor, type Editor } from './ShipmentEditor';
import { useChplFile } from './useChplFile';
import { ScoreResult } from './ScoreResult';

/** A list version (uuid) or fingerprint (sha256:…), short enough to read; the audit log keeps the full value. */
const shortVersion = (v: string): string =>
  v.startsWith('sha256:') ? `${v.slice(0, 19)}…` : v.length > 12 ? `${v.slice(0, 8)}…` : v;

/** The API's field errors point into the request (/shipments/0/parties/1/name); the form's into the shipment. */
const shipmentErrors = (fields: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [shipmentPointer(k), v]));

export function DiversionPage() {
  const canKeep = useCan('diversion:write');
  const [ed, setEd] = useState<Editor>(initialEditor);
  const [keep, setKeep] = useState(true);
  const { chpl, chplError, pickChpl } = useChplFile();
  const [out, setOut] = useState<ScoreResponse>();
  const submit = useSubmit();

  const score = async () => {
    setOut(undefined);
    submit.reset();
    const { shipment, error } = shipmentOfEditor(ed);
    if (!shipment) return setEd({ ...ed, jsonError: error });
    const res = await submit.run(() => scoreOne(shipment, chpl, { record: canKeep && keep }));
    if (res) setOut(res);
  };

  const load = (i: number) => {
    setEd(exampleEditor(i, ed.mode));
    setOut(undefined);
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
          <ShipmentEditor ed={ed} errors={shipmentErrors(submit.fields)} onChange={setEd} />
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
          {canKeep && (
            <label className="checkbox">
              <input type="checkbox" checked={keep} onChange={(e) => setKeep(e.target.checked)} /> Keep the shipment: if
              it alerts, the alert goes to the alert queue
            </label>
          )}
          <div className="form-actions">
            <button type="button" className="btn btn-primary" disabled={submit.busy} onClick={() => void score()}>
              {submit.busy ? 'Scoring…' : 'Score shipment'}
            </button>
          </div>
        </div>
      </section>
      <DiversionProblem error={submit.error} />
      {out && <KeptNotice run={out} />}
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
