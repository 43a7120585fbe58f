/**
 * One technical parameter as a form field, labelled in words with its unit ("Applicable die area (mm²)", from the
 * catalogue's labels) and described from the catalogue; choices are shown in words, sent as their names.
 */
import { fieldLabel, PARAMETER_BY_NAME, valueLabel } from '@dualuse/core/controls';
import { SelectField, TextField } from '../../components/Field';

/** What was typed → what the API takes; a bad number is sent as typed so the API names it precisely. */
export function parameterValue(name: string, raw: string): unknown {
  const def = PARAMETER_BY_NAME.get(name);
  if (def?.type === 'boolean') return raw === 'yes';
  if (def?.type === 'enum') return raw;
  return Number.isNaN(Number(raw)) ? raw : Number(raw);
}

export function ParameterField({
  name,
  value,
  error,
  onChange,
  hint,
}: {
  name: string;
  value: string;
  error?: string | undefined;
  onChange: (v: string) => void;
  hint?: string | undefined;
}) {
  const def = PARAMETER_BY_NAME.get(name);
  const common = { label: fieldLabel(name), value, error, hint: hint ?? def?.description ?? '' };
  if (def?.type === 'boolean' || def?.type === 'enum') {
    const options = def.type === 'boolean' ? ['yes', 'no'] : (def.values ?? []);
    return (
      <SelectField
        {...common}
        onChange={(e) => onChange(e.target.value)}
        options={[
          { value: '', label: 'not known' },
          ...options.map((o) => ({ value: o, label: def.type === 'enum' ? valueLabel(name, o) : o })),
        ]}
      />
    );
  }
  return <TextField {...common} inputMode="decimal" onChange={(e) => onChange(e.target.value)} />;
}
