/**
 * The answer for the whole transaction: a summary strip per jurisdiction, warnings, then each jurisdiction's rule
 * chain.
 */
import { DECISION_VIEW, jurisdictionView, policyLabel } from './decisions';
import { DeterminationView } from './DeterminationView';
import type { DeterminationWithVersions } from './types';

type Props = { result: DeterminationWithVersions };

export function LicensingResult({ result }: Props) {
  const entries = Object.entries(result.determinations);
  return (
    <div className="lic-result" aria-label="Determination">
      <div className="results-head">
        <h2 className="section-title">
          Determination for {result.id} as of {result.asOf}
        </h2>
      </div>
      <div className="lic-summary">
        {entries.map(([j, d]) => (
          <a key={j} href={`#lic-${j}`} className={`lic-summary-card lic-summary-${DECISION_VIEW[d.decision].tone}`}>
            <span className="lic-summary-j">{jurisdictionView(j).name}</span>
            <strong>
              {DECISION_VIEW[d.decision].label}
              {d.authorisation ? ` — ${d.authorisation}` : ''}
            </strong>
            <span className="lic-summary-sub">
              {d.policy ? `${policyLabel(d.policy)} · ` : ''}
              {d.rules.length} rule{d.rules.length === 1 ? '' : 's'} fired
              {d.open_questions.length ? ` · ${d.open_questions.length} open` : ''}
            </span>
          </a>
        ))}
      </div>
      {result.warnings.length > 0 && (
        <div className="alert alert-warning" role="status">
          <div>
            <strong>Warnings</strong>
            <ul className="lic-list">
              {result.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {entries.map(([j, d]) => (
        <DeterminationView
          key={j}
          jurisdiction={j}
          d={d}
          coverage={result.licences?.find((c) => c.jurisdiction === j)}
        />
      ))}
      {result.versions && (
        <p className="field-hint lic-versions">
          Data used:{' '}
          {Object.entries(result.versions)
            .map(([k, v]) => (v.startsWith(k) ? v : `${k} ${v}`))
            .join(' · ')}
        </p>
      )}
    </div>
  );
}
