/**
 * "Ask, don't guess": the parameters the last run could not decide without, as fields to
 * fill; re-running sends them together with everything given before.
 */
import { useState, type FormEvent } from 'react';
import type { ClassificationAnswer } from './types';
import { ParameterField } from './ParameterField';

export function MissingParameters({
  missing,
  busy,
  onRerun,
}: {
  missing: ClassificationAnswer['missing'];
  busy: boolean;
  onRerun: (values: Record<string, string>) => void;
}) {
  const [values, setValues] = useState<Record<string, string>>({});
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    onRerun(values);
  };
  return (
    <form className="missing-form" onSubmit={onSubmit} aria-label="Missing parameters" noValidate>
      <h3>Still needed to decide</h3>
      <p className="field-hint">
        Each field names the entries that turn on it; give what the datasheet says and classify again (what you gave
        before is kept).
      </p>
      <div className="form-grid">
        {missing.map((m) => (
          <ParameterField
            key={m.param}
            name={m.param}
            value={values[m.param] ?? ''}
            onChange={(v) => setValues((old) => ({ ...old, [m.param]: v }))}
            hint={`Needed for ${m.neededFor.join(', ')}. ${m.description}`}
          />
        ))}
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Classifying…' : 'Classify again with these'}
        </button>
      </div>
    </form>
  );
}
