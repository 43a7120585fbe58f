/**
 * Shows why an item is, or is not, caught: entries with the checks that tripped (and by how
 * much), releases by a note, near misses with the thresholds missed and their margins, and the
 * parameters still needed as fields to fill and classify again.
 */
import { parameterLabel, unitLabel } from '@dualuse/core/controls';
import type { ClassificationAnswer as Classification } from './types';
import { Link } from '../../lib/router';
import { DescriptionReading } from './DescriptionReading';
import { MissingParameters } from './MissingParameters';

const VERDICT: Record<Classification['verdict'], { label: string; badge: string }> = {
  listed: { label: 'Listed', badge: 'badge-red' },
  not_listed: { label: 'Not caught by the modelled entries', badge: 'badge-green' },
  undetermined: { label: 'More parameters needed', badge: 'badge-amber' },
};

/** The entry part of a paragraph code, for the side-by-side view ("3A090.a" → "3A090"). */
const entryOf = (code: string) => code.split('.')[0]!;

export function ClassifyResult({
  result,
  busy = false,
  onRerun,
  onOverride,
}: {
  result: Classification;
  busy?: boolean;
  onRerun?: (values: Record<string, string>) => void;
  /** Give a value read from the description explicitly instead (it becomes a field of the form). */
  onOverride?: (param: string, value: string) => void;
}) {
  const v = VERDICT[result.verdict];
  return (
    <section className="panel" aria-labelledby="classify-result-title">
      <h2 id="classify-result-title" className="panel-title">
        Result as of {result.asOf} <span className={`badge ${v.badge}`}>{v.label}</span>
      </h2>
      <DescriptionReading result={result} {...(onOverride ? { onOverride } : {})} />
      {result.derivations.length > 0 && (
        <ul>
          {result.derivations.map((d) => (
            <li key={d.param}>
              Computed {parameterLabel(d.param)} = {d.value} {unitLabel(d.param)} ({d.formula}; {d.citation})
            </li>
          ))}
        </ul>
      )}
      {result.warnings.length > 0 && (
        <ul className="field-hint">
          {result.warnings.map((w, i) => (
            <li key={i}>{w}</li>
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
                    <br />
                    <Link to={`/classification/compare?code=${encodeURIComponent(entryOf(e.code))}`}>
                      {entryOf(e.code)} in US | EU | UK
                    </Link>
                  </td>
                  <td>
                    <ul>
                      {e.explanation.checks.map((c, i) => (
                        <li key={i}>{c.text}</li>
                      ))}
                    </ul>
                    {e.unlessAlso && (
                      <p className="field-hint">
                        Unless {e.unlessAlso.join(', ')} applies (give the missing parameters).
                      </p>
                    )}
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
                {x.jurisdiction} {x.code}: {x.note} <span className="field-hint">({x.citation})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {result.near_misses.length > 0 && (
        <div className="table-wrap">
          <table className="table" aria-label="Entries narrowly escaped">
            <caption>Narrowly escaped</caption>
            <thead>
              <tr>
                <th>Entry</th>
                <th>Threshold missed</th>
                <th>Margin</th>
              </tr>
            </thead>
            <tbody>
              {result.near_misses.flatMap((n) =>
                (n.failed.length > 0
                  ? n.failed
                  : [{ text: n.summary, margin: undefined, marginPercent: undefined, param: '' }]
                ).map((c, i, all) => (
                  <tr key={`${n.jurisdiction}:${n.code}:${i}`}>
                    {i === 0 && (
                      <td rowSpan={all.length}>
                        <strong>
                          {n.jurisdiction} {n.code}
                        </strong>
                        <br />
                        {n.title}
                        <br />
                        <span className="field-hint">{n.citation}</span>
                      </td>
                    )}
                    <td>{c.text}</td>
                    <td className="num">
                      {c.margin !== undefined ? `${c.margin} ${unitLabel(c.param)} (${c.marginPercent}%)` : '—'}
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
      {result.missing.length > 0 && onRerun && (
        <MissingParameters
          key={result.missing.map((m) => m.param).join()}
          missing={result.missing}
          busy={busy}
          onRerun={onRerun}
        />
      )}
      {result.missing.length > 0 && !onRerun && (
        <ul>
          {result.missing.map((m) => (
            <li key={m.param}>
              {parameterLabel(m.param)} for {m.neededFor.join(', ')}: {m.description}
            </li>
          ))}
        </ul>
      )}
      <p className="field-hint">
        {result.rules.inPlay} of the {result.rules.inForce} parametric rules in force on {result.asOf} were brought into
        play by the parameters given. {result.scope}
      </p>
    </section>
  );
}
