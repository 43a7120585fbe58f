/**
 * What the classifier read from the item's description, and from which words (a product heuristic, said so); what it
 * could not decide between; and the entries that would apply depending on what is still missing ("3A090.a if the
 * item is an integrated circuit"). Each inferred value can be overridden: it becomes a field of the form, given
 * explicitly, and a value given explicitly is never read from the description.
 */
import { describeCondition, parameterLabel, valueLabel } from '@dualuse/core/controls';
import type { ClassificationAnswer as Classification } from './types';

const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join(', ');

function Inferred({ result, onOverride }: { result: Classification; onOverride?: Override }) {
  if (!result.inferred.length) return null;
  return (
    <div className="table-wrap">
      <table className="table" aria-label="Read from the description">
        <caption>Read from the description</caption>
        <thead>
          <tr>
            <th>Parameter</th>
            <th>Read as</th>
            <th>From the words</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {result.inferred.map((f) => (
            <tr key={f.param} data-testid="inferred-row">
              <td>{parameterLabel(f.param)}</td>
              <td>
                <strong>{valueLabel(f.param, f.value)}</strong>
              </td>
              <td>
                {quoted(f.words)}
                <span className="cell-sub">{f.why.join('; ')}</span>
              </td>
              <td>
                {onOverride && (
                  <button
                    type="button"
                    className="btn btn-ghost btn-small"
                    onClick={() => onOverride(f.param, Array.isArray(f.value) ? f.value.join(',') : String(f.value))}
                  >
                    Override
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-hint">
        Read by {result.inferred[0]!.source}: check it against the item. Override to give the value yourself.
      </p>
    </div>
  );
}

function Unresolved({ result }: { result: Classification }) {
  if (!result.unresolved.length) return null;
  return (
    <>
      <h3>Not decided from the description</h3>
      <ul aria-label="Not decided from the description">
        {result.unresolved.map((u) => (
          <li key={u.param}>
            {parameterLabel(u.param)}:{' '}
            {u.candidates.map((c) => `${valueLabel(u.param, c.value)} (${quoted(c.words)})`).join(' or ')} — {u.reason}
          </li>
        ))}
      </ul>
    </>
  );
}

function Provisional({ result }: { result: Classification }) {
  if (!result.provisional.length) return null;
  return (
    <div className="table-wrap">
      <table className="table" aria-label="Provisional entries">
        <caption>Provisional: the entry depends on what is still missing</caption>
        <thead>
          <tr>
            <th>Entry</th>
            <th>If</th>
            <th>Source</th>
          </tr>
        </thead>
        <tbody>
          {result.provisional.map((p) => (
            <tr key={`${p.jurisdiction}:${p.code}:${p.if.map((c) => `${c.param}=${String(c.value)}`).join()}`}>
              <td>
                <strong>
                  {p.jurisdiction} {p.code}
                </strong>
                <span className="cell-sub">{p.title}</span>
              </td>
              <td>{p.if.map(describeCondition).join(' and ')}</td>
              <td className="field-hint">{p.citation}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type Override = (param: string, value: string) => void;

export function DescriptionReading({ result, onOverride }: { result: Classification; onOverride?: Override }) {
  return (
    <>
      <Inferred result={result} {...(onOverride ? { onOverride } : {})} />
      <Unresolved result={result} />
      <Provisional result={result} />
    </>
  );
}
