/**
 * One shipment's score: the 0–100 figure as a bar with the verdict, then every flag with the
 * points it added, why, the fields that triggered it and its sources; rules that could not
 * run for lack of data are listed apart, so a low score is read for what it is.
 */
import { RED_FLAG_RULES, type CheckId } from '@dualuse/core/diversion';
import { Badge } from '../../components/Badge';
import { Bar } from '../screening/HitBits';
import { scoreTone, type Flag, type ShipmentScore } from './score';

const SEVERITY_TONE = { none: 'green', low: 'blue', medium: 'amber', high: 'red' } as const;

const RULES = new Map(RED_FLAG_RULES.map((r) => [r.id, r]));

/** What an abstained rule's check needs (the NEEDS table of core/src/diversion/score.ts, in words). */
const NEEDS: Partial<Record<CheckId, string>> = {
  chpl_to_countries: 'the Common High Priority List — load the CHPL file above',
  missing_contract_clause: 'the Common High Priority List — load the CHPL file above',
  listed_name: 'a loaded restricted-party list',
  listed_address: 'a loaded restricted-party list with addresses',
  listed_contact: 'a loaded restricted-party list with phones or e-mails',
  quantity_vs_history: 'the consignee’s order history',
  owned_by_listed: 'ownership data',
  crowded_address: 'a company-registry import',
  price_vs_reference: 'reference prices',
};

function Abstained({ rule }: { rule: string }) {
  const r = RULES.get(rule);
  return (
    <li>
      <strong>{r?.title ?? rule}</strong> <span className="mono muted">{rule}</span>
      <span className="cell-sub">needs {(r && NEEDS[r.check]) ?? 'data that was not supplied'}</span>
    </li>
  );
}

function FlagRow({ flag }: { flag: Flag }) {
  return (
    <tr data-testid="diversion-flag">
      <td>
        <strong>{flag.title}</strong>
        <span className="cell-sub mono">{flag.tag}</span>
        {flag.verify && <Badge tone="amber">source to verify</Badge>}
      </td>
      <td className="nowrap mono">+{flag.contribution.toFixed(1)}</td>
      <td>{flag.why}</td>
      <td>
        {flag.fields.map((f) => (
          <span key={f} className="cell-sub mono">
            {f}
          </span>
        ))}
      </td>
      <td>
        <ul className="findings" aria-label="Citations">
          {flag.citations.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </td>
    </tr>
  );
}

export function ScoreResult({ result }: { result: ShipmentScore }) {
  return (
    <section className="panel" aria-label={`Score of shipment ${result.id}`} data-testid="diversion-result">
      <div className="toolbar">
        <h2 className="panel-title">Shipment {result.id}</h2>
        <div className="page-actions">
          {result.alert ? <Badge tone="red">ALERT — hold and investigate</Badge> : <Badge tone="green">No alert</Badge>}
          <Badge tone={SEVERITY_TONE[result.severity]}>{`severity ${result.severity}`}</Badge>
        </div>
      </div>
      <div className="progress" data-testid="diversion-score">
        <span className="stat-value">{result.score.toFixed(1)}</span>
        <span className="muted">/ 100</span>
        <Bar
          value={result.score / 100}
          tone={scoreTone(result.score)}
          label={`diversion risk score ${result.score.toFixed(1)} of 100`}
        />
        <span className="muted nowrap">alert from 40</span>
      </div>
      <p className="muted">
        {result.alert
          ? 'The red flags below together reach the alert threshold (or one alone is decisive). Each is a reason to ask, not proof: resolve them before release.'
          : result.flags.length
            ? 'Flags were raised but do not reach the alert threshold. Note the reasons on file.'
            : 'No red flag was raised by the rules that could run.'}
      </p>
      {result.flags.length > 0 && (
        <div className="table-wrap">
          <table className="table table-compact" aria-label={`Red flags of shipment ${result.id}`}>
            <thead>
              <tr>
                <th>Red flag</th>
                <th>Points</th>
                <th>Why</th>
                <th>Fields</th>
                <th>Sources</th>
              </tr>
            </thead>
            <tbody>
              {result.flags.map((f) => (
                <FlagRow key={f.rule} flag={f} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result.abstained.length > 0 && (
        <>
          <h3 className="section-title">Not evaluated ({result.abstained.length})</h3>
          <p className="muted">These rules abstained for lack of data; the score says nothing about them.</p>
          <ul className="findings" aria-label="Abstained rules">
            {result.abstained.map((r) => (
              <Abstained key={r} rule={r} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
