/**
 * The findings of one inventory row: kind and basis, the list entry, the legal effects with their dates, the citation.
 */
import { Badge } from '../../components/Badge';
import type { Finding } from './types';

const TONE = { law: 'red', indicator: 'amber', policy: 'violet' } as const;
const STATUS = { in_force: 'in force', not_yet: 'not yet in force', unknown: 'date unknown' } as const;

export function FindingsTable({ findings, label }: { findings: Finding[]; label: string }) {
  return (
    <table className="table" aria-label={label}>
      <thead>
        <tr>
          <th>Finding</th>
          <th>List entry</th>
          <th>Legal effect</th>
          <th>Explanation and citation</th>
        </tr>
      </thead>
      <tbody>
        {findings.map((f, i) => (
          <tr key={i}>
            <td>
              <Badge tone={TONE[f.basis]}>{f.basis}</Badge> {f.kind.replace(/_/g, ' ')}
            </td>
            <td>
              {f.list ?? '—'}
              {f.entry && <div className="muted">{f.entry.name}</div>}
              {f.listVersion && <div className="muted mono">version {f.listVersion.slice(0, 8)}</div>}
            </td>
            <td>
              {f.effects.length === 0 && (
                <span className="muted">{f.basis === 'policy' ? 'policy, not law' : 'none held'}</span>
              )}
              <ul className="plain">
                {f.effects.map((e) => (
                  <li key={e.id}>
                    {e.prohibits} — <strong>{STATUS[e.status]}</strong>
                    {e.from ? ` (from ${e.from})` : e.fromNote ? ` (${e.fromNote})` : ''}
                  </li>
                ))}
              </ul>
            </td>
            <td>
              {f.chain.length > 0 && <div>Through ownership: {f.chain.join('; ')}</div>}
              <div>{f.explanation}</div>
              <div className="muted">Citation: {f.citation}</div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
