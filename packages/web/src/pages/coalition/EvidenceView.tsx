/**
 * The determination an application carries as evidence: the server computed it when the exporter submitted the
 * application, so the agency reads per jurisdiction the engine's decision and the rules that led to it (each with its
 * citation, why it fired and the good it fired for), not the exporter's account of them.
 */
import type { Schema } from '../../api';
import { Badge } from '../../components/Badge';
import { DECISION_VIEW } from '../licensing/decisions';
import type { ApplicationCase } from './types';

type Row = Schema<'EvidenceDetermination'>;

export function EvidenceView({ a }: { a: ApplicationCase }) {
  const e = a.evidence;
  if (!e)
    return (
      <p className="muted" data-testid="determination-evidence">
        No determination attached: the application predates determinations on submission.
      </p>
    );
  if ('unavailable' in e)
    return (
      <p className="muted" data-testid="determination-evidence">
        No determination: {e.unavailable}
      </p>
    );
  const goods = a.input.items;
  return (
    <>
      <h3 className="section-title">Determination on submission ({e.asOf})</h3>
      <table className="table table-compact" aria-label="Rule chain" data-testid="determination-evidence">
        <thead>
          <tr>
            <th>Jurisdiction</th>
            <th>Decision</th>
            <th>Rules that led to it</th>
          </tr>
        </thead>
        <tbody>
          {e.determinations.map((d) => (
            <tr key={d.jurisdiction} data-testid="evidence-row">
              <td>{d.jurisdiction}</td>
              <td>
                <Badge tone={toneOf(d)}>{labelOf(d)}</Badge>
                {d.authorisation ? ` (${d.authorisation})` : ''}
              </td>
              <td>
                {d.rules.length === 0 ? (
                  '—'
                ) : (
                  <ol className="rule-chain">
                    {d.rules.map((r, k) => (
                      <li key={k}>
                        <strong>{r.citation}</strong> — {r.title}
                        {r.item !== undefined && goods[r.item] ? ` [${goods[r.item]!.description}]` : ''}: {r.why}
                      </li>
                    ))}
                  </ol>
                )}
                {d.openQuestions.map((q, k) => (
                  <div key={`q${k}`} className="cell-sub">
                    Open question: {q}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

const viewOf = (d: Row) => DECISION_VIEW[d.decision as keyof typeof DECISION_VIEW];
const labelOf = (d: Row) => viewOf(d)?.label ?? d.decision;
const toneOf = (d: Row) => viewOf(d)?.tone ?? 'neutral';
