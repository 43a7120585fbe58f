/**
 * Why a name matched: which query name met which listed name, token by token, what was
 * left over on either side, and how each corroborating or conflicting fact moved the score.
 */
import { Badge } from '../../components/Badge';
import { Bar } from './HitBits';
import type { HitExplanation } from './types';

const FEATURE_LABELS: Record<string, string> = {
  name: 'Name',
  name_kind: 'Name kind',
  // Our rule (core matching/screen.ts NAME_ONLY_CAP): a name alone scores at most 0.95.
  name_only_cap: 'Name alone',
  entity_type: 'Entity type',
  date_of_birth: 'Date of birth',
  country: 'Country',
  identifier: 'Identifier',
};

/** The name feature carries the base name score; every other feature adds or subtracts. */
function effectText(feature: string, effect: number): string {
  if (feature === 'name') return effect.toFixed(3);
  return `${effect >= 0 ? '+' : '−'}${Math.abs(effect).toFixed(3)}`;
}

function Tokens({ words, empty }: { words: string[]; empty: string }) {
  if (words.length === 0) return <span className="muted">{empty}</span>;
  return (
    <span className="token-list">
      {words.map((w, i) => (
        <code key={`${w}-${i}`} className="token">
          {w}
        </code>
      ))}
    </span>
  );
}

export function Explanation({ explanation: e }: { explanation: HitExplanation }) {
  return (
    <div className="explanation" data-testid="hit-explanation">
      <dl className="explain-names">
        <div>
          <dt>Query name</dt>
          <dd>{e.queryName}</dd>
        </div>
        <div>
          <dt>Listed name</dt>
          <dd>
            {e.matchedName}{' '}
            <Badge tone={e.matchedNameKind === 'primary' ? 'blue' : 'neutral'}>
              {e.matchedNameKind.replace('_', ' ')}
            </Badge>
          </dd>
        </div>
        <div>
          <dt>Method</dt>
          <dd>
            {e.method}
            {(e.queryReading !== e.queryName || e.candidateReading !== e.matchedName) && (
              <span className="muted">
                {' '}
                · read as “{e.queryReading}” / “{e.candidateReading}”
              </span>
            )}
          </dd>
        </div>
      </dl>

      <div className="explain-grid">
        <div>
          <h4 className="explain-title">Tokens</h4>
          {e.tokens.length === 0 ? (
            <p className="muted">Compared as a whole ({e.method}), not token by token.</p>
          ) : (
            <table className="table table-compact" aria-label="Token comparison">
              <thead>
                <tr>
                  <th scope="col">Query token</th>
                  <th scope="col">Listed token</th>
                  <th scope="col">Similarity</th>
                  <th scope="col" className="num">
                    Weight
                  </th>
                </tr>
              </thead>
              <tbody>
                {e.tokens.map((t, i) => (
                  <tr key={`${t.query}-${t.candidate}-${i}`}>
                    <td className="mono">{t.query}</td>
                    <td className="mono">{t.candidate}</td>
                    <td>
                      <span className="score">
                        <span className="score-value mono">{t.similarity.toFixed(2)}</span>
                        <Bar
                          value={t.similarity}
                          tone={t.similarity >= 0.9 ? 'green' : t.similarity >= 0.7 ? 'amber' : 'red'}
                        />
                      </span>
                    </td>
                    <td className="num mono">{t.weight.toFixed(2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <dl className="explain-unmatched">
            <div>
              <dt>Unmatched in query</dt>
              <dd>
                <Tokens words={e.unmatchedQuery} empty="none" />
              </dd>
            </div>
            <div>
              <dt>Unmatched in listed name</dt>
              <dd>
                <Tokens words={e.unmatchedCandidate} empty="none" />
              </dd>
            </div>
          </dl>
        </div>
        <div>
          <h4 className="explain-title">Features</h4>
          <ul className="features" aria-label="Features">
            {e.features.map((f, i) => (
              <li
                key={`${f.feature}-${i}`}
                className={f.feature === 'name' ? 'feature-base' : f.effect >= 0 ? 'feature-plus' : 'feature-minus'}
              >
                <span className="feature-effect mono">{effectText(f.feature, f.effect)}</span>
                <span>
                  <strong>{FEATURE_LABELS[f.feature] ?? f.feature}</strong>
                  <span className="feature-detail">{f.detail}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
