/**
 * A rule that fired, as one step of the chain: citation, version, dates, why, and what it did; and the ones that did
 * not fire.
 */
import { decisionLabel, policyLabel } from './decisions';
import type { Effect, RuleTrace } from './types';

const dates = (r: RuleTrace) =>
  `in force ${r.effectiveFrom}${r.effectiveTo ? ` – ${r.effectiveTo} (excl.)` : ' onwards'}`;

function EffectLine({ effect }: { effect: Effect }) {
  const parts: string[] = [];
  if (effect.subject) parts.push('Subject to this jurisdiction');
  if (effect.decision) parts.push(decisionLabel(effect.decision, effect.authorisation));
  if (effect.policy) parts.push(`policy: ${policyLabel(effect.policy)}`);
  if (effect.policyFromList) parts.push('policy from the list entry');
  if (effect.reasons?.length) parts.push(`reasons: ${effect.reasons.join(', ')}`);
  if (effect.blocksExceptions) parts.push('no licence exception may overcome it');
  return (
    <div className="lic-effect">
      <span className="lic-effect-label">Effect</span> {parts.join(' · ') || '—'}
      {effect.conditions && effect.conditions.length > 0 && (
        <ul className="lic-conditions">
          {effect.conditions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function RuleStep({ rule, n }: { rule: RuleTrace; n: number }) {
  const tone =
    rule.effect?.decision === 'PROHIBITED'
      ? 'red'
      : rule.effect?.decision === 'LICENCE_REQUIRED'
        ? 'amber'
        : rule.effect?.decision === 'LICENCE_EXCEPTION'
          ? 'blue'
          : 'neutral';
  return (
    <li className={`lic-step lic-step-${tone}`}>
      <span className="lic-step-n" aria-hidden="true">
        {n}
      </span>
      <div className="lic-step-body">
        <div className="lic-step-head">
          <strong className="lic-citation">{rule.citation}</strong>
          <span>{rule.title}</span>
          {rule.item !== undefined && <span className="badge">item {rule.item + 1}</span>}
        </div>
        <div className="lic-meta">
          <code>{rule.id}</code> · {rule.source} · {dates(rule)}
        </div>
        <p className="lic-why">
          <span className="lic-effect-label">Why</span> {rule.why}
        </p>
        {rule.effect && <EffectLine effect={rule.effect} />}
      </div>
    </li>
  );
}

export function NotFired({ rules }: { rules: RuleTrace[] }) {
  if (rules.length === 0) return null;
  return (
    <details className="lic-notfired">
      <summary>Rules considered that did not fire ({rules.length})</summary>
      <div className="table-wrap">
        <table className="table table-compact lic-notfired-table" aria-label="Rules that did not fire">
          <thead>
            <tr>
              <th>Citation</th>
              <th>Rule</th>
              <th>Why not</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((r, i) => (
              <tr key={`${r.id}-${r.item ?? ''}-${i}`}>
                <td>
                  <strong>{r.citation}</strong>
                  <span className="cell-sub">{r.id}</span>
                </td>
                <td>
                  {r.title}
                  <span className="cell-sub">
                    {r.source}
                    {r.item !== undefined ? ` · item ${r.item + 1}` : ''}
                  </span>
                </td>
                <td>{r.why}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
