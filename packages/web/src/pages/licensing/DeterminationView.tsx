/**
 * One jurisdiction's answer: the decision first, then the rules that produced it, what is open, and what was ruled out.
 */
import { LicenceCoverage } from './LicenceCoverage';
import { DECISION_VIEW, jurisdictionView, policyLabel } from './decisions';
import { NotFired, RuleStep } from './RuleSteps';
import type { Determination, JurisdictionCoverage } from './types';

export function DecisionBadge({ d }: { d: Determination }) {
  const v = DECISION_VIEW[d.decision];
  return (
    <div className={`lic-decision lic-decision-${v.tone}`} data-testid="decision">
      <span className="lic-decision-label">
        {v.label}
        {d.authorisation ? ` — ${d.authorisation}` : ''}
      </span>
      <code className="lic-decision-code">{d.decision}</code>
      {d.policy && <span className="lic-decision-policy">Review policy: {policyLabel(d.policy)}</span>}
    </div>
  );
}

export function DeterminationView({
  jurisdiction,
  d,
  coverage,
}: {
  jurisdiction: string;
  d: Determination;
  coverage?: JurisdictionCoverage | undefined;
}) {
  const j = jurisdictionView(jurisdiction);
  const id = `lic-${jurisdiction}`;
  return (
    <section className="panel lic-jurisdiction" aria-labelledby={id}>
      <div className="lic-jurisdiction-head">
        <div>
          <h2 id={id} className="panel-title lic-jurisdiction-title">
            {jurisdiction} determination
          </h2>
          {/* Never an empty heading ("UK ·"): only the parts the registry states. */}
          <p className="muted lic-law">{[j.name, j.law].filter(Boolean).join(' · ')}</p>
        </div>
        <DecisionBadge d={d} />
      </div>
      {coverage && <LicenceCoverage jurisdiction={jurisdiction} coverage={coverage} />}
      {d.open_questions.length > 0 && (
        <div className="alert alert-warning" role="status">
          <div>
            <strong>Open questions for a person to decide</strong>
            <ul className="lic-list">
              {d.open_questions.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <h3 className="lic-subtitle">Rules that fired</h3>
      {d.rules.length === 0 ? (
        <p className="muted">No rule fired: nothing in this jurisdiction's modelled rules reaches the transaction.</p>
      ) : (
        <ol className="lic-chain" aria-label={`${jurisdiction} rules that fired`}>
          {d.rules.map((r, i) => (
            <RuleStep key={`${r.id}-${r.item ?? ''}-${i}`} rule={r} n={i + 1} />
          ))}
        </ol>
      )}
      <NotFired rules={d.not_fired} />
    </section>
  );
}
