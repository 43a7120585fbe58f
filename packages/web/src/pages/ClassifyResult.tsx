/** Shows why an item is, or is not, caught: entries with the checks that tripped, releases, near misses, what to ask. */
import type { Classification } from '@dualuse/core/controls/parameters/classify';

const VERDICT: Record<Classification['verdict'], { label: string; badge: string }> = {
  listed: { label: 'Listed', badge: 'badge-red' },
  not_listed: { label: 'Not caught by the modelled entries', badge: 'badge-green' },
  undetermined: { label: 'More parameters needed', badge: 'badge-amber' },
};

export function ClassifyResult({ result }: { result: Classification }) {
  const v = VERDICT[result.verdict];
  return (
    <section className="panel" aria-labelledby="classify-result-title">
      <h2 id="classify-result-title" className="panel-title">
        Result as of {result.asOf} <span className={`badge ${v.badge}`}>{v.label}</span>
      </h2>
      {result.derivations.length > 0 && (
        <ul>
          {result.derivations.map((d) => (
            <li key={d.param}>
              Computed <code>{d.param}</code> = {d.value} ({d.formula}; {d.citation})
            </li>
          ))}
        </ul>
      )}
      {result.entries.length > 0 && (
        <div className="table-wrap">
          <table className="table" aria-label="Entries the item falls under">
            <thead>
              <tr>
                <th>Jurisdiction</th>
                <th>Entry</th>
                <th>Why</th>
                <th>Source</th>
              </tr>
            </thead>
            <tbody>
              {result.entries.map((e) => (
                <tr key={`${e.jurisdiction}:${e.code}`}>
                  <td>{e.jurisdiction}</td>
                  <td>
                    <strong>{e.code}</strong>
                    <br />
                    {e.title}
                  </td>
                  <td>
                    <ul>
                      {e.explanation.checks.map((c, i) => (
                        <li key={i}>{c.text}</li>
                      ))}
                    </ul>
                    {e.unlessAlso && <p className="field-hint">Unless {e.unlessAlso.join(', ')} applies (give the missing parameters).</p>}
                    {e.explanation.caveat && <p className="field-hint">{e.explanation.caveat}</p>}
                  </td>
                  <td>
                    {e.citation}
                    <br />
                    <span className="field-hint">
                      {e.amendedBy}, from {e.effectiveFrom}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result.excluded.length > 0 && (
        <>
          <h3>Released by a note</h3>
          <ul>
            {result.excluded.map((x) => (
              <li key={`${x.jurisdiction}:${x.code}`}>
                {x.jurisdiction} {x.code}: {x.note}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.near_misses.length > 0 && (
        <>
          <h3>Narrowly escaped</h3>
          <ul>
            {result.near_misses.map((n) => (
              <li key={`${n.jurisdiction}:${n.code}`}>
                {n.jurisdiction} {n.summary}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.missing.length > 0 && (
        <>
          <h3>Still needed to decide</h3>
          <ul>
            {result.missing.map((m) => (
              <li key={m.param}>
                <code>{m.param}</code>
                {m.unit ? ` (${m.unit})` : ''} for {m.neededFor.join(', ')}: {m.description}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="field-hint">{result.scope}</p>
    </section>
  );
}
