/**
 * One item of the transaction: what it is, how each jurisdiction classifies it, origin, content
 * and value. The code fields and the fields only one law reads come from the core jurisdiction
 * registry (licensing/jurisdictions), so a jurisdiction added there appears here.
 */
import { jurisdictions, type FormField } from '@dualuse/core/licensing';
import { TextField } from '../../components/Field';
import { CountryField } from './CountryField';
import type { ItemForm } from './form';

interface Props {
  index: number;
  item: ItemForm;
  errors: Record<string, string>;
  onChange: (item: ItemForm) => void;
  onRemove?: (() => void) | undefined;
}

export function ItemFields({ index, item, errors, onChange, onRemove }: Props) {
  const err = (k: string) => errors[`/items/${index}/${k}`];
  const set =
    <K extends keyof ItemForm>(k: K) =>
    (v: ItemForm[K]) =>
      onChange({ ...item, [k]: v });
  const text = (k: 'description' | 'hs' | 'value' | 'quantity') => ({
    value: item[k],
    onChange: (e: { target: { value: string } }) => set(k)(e.target.value),
  });
  const all = jurisdictions();
  const code = (j: (typeof all)[number], first: boolean) => (
    <TextField
      key={j.code}
      label={j.form.classification.label}
      placeholder={j.form.classification.placeholder}
      // The first code field also shows "give a classification or parameters" (/items/0/classification).
      error={err(`classification/${j.code}`) ?? (first ? err('classification') : undefined)}
      hint={j.form.classification.hint}
      value={item.codes[j.code] ?? ''}
      onChange={(e) => set('codes')({ ...item.codes, [j.code]: e.target.value })}
    />
  );
  const primary = all.filter((j) => j.form.classification.primary);
  const more = all.filter((j) => !j.form.classification.primary);
  const lawFields = all.flatMap((j) => j.form.itemFields ?? []);
  const setField = (f: FormField, v: string | boolean) => set('fields')({ ...item.fields, [f.field]: v });
  return (
    <fieldset className="lic-item" aria-label={`Item ${index + 1}`}>
      <div className="lic-item-head">
        <legend>Item {index + 1}</legend>
        {onRemove && (
          <button type="button" className="btn btn-ghost btn-small" onClick={onRemove}>
            Remove item {index + 1}
          </button>
        )}
      </div>
      <div className="lic-grid">
        <div className="lic-span-2">
          <TextField
            label="Description"
            placeholder="e.g. datacenter GPU, 80 GB HBM3"
            error={err('description')}
            {...text('description')}
          />
        </div>
        {primary.map((j, n) => code(j, n === 0))}
        <TextField label="HS code" placeholder="854231" inputMode="numeric" error={err('hs')} {...text('hs')} />
        <CountryField label="Origin" value={item.origin} onValue={set('origin')} error={err('origin')} />
        {lawFields
          .filter((f) => f.kind === 'number')
          .map((f) => (
            <TextField
              key={f.field}
              label={f.label}
              inputMode="decimal"
              placeholder={f.placeholder}
              error={err(f.field)}
              hint={f.hint}
              value={String(item.fields[f.field] ?? '')}
              onChange={(e) => setField(f, e.target.value)}
            />
          ))}
        <TextField label="Value (USD)" inputMode="decimal" error={err('value')} {...text('value')} />
        <TextField label="Quantity" inputMode="numeric" error={err('quantity')} {...text('quantity')} />
      </div>
      {more.length > 0 && (
        <details className="lic-more" open={more.some((j) => item.codes[j.code]?.trim())}>
          <summary>{listNames(more.map((j) => j.adjective))} list codes</summary>
          <div className="lic-grid">{more.map((j) => code(j, false))}</div>
        </details>
      )}
      <div className="lic-flags">
        {lawFields
          .filter((f) => f.kind === 'flag')
          .map((f) => (
            <label key={f.field} className="checkbox">
              <input
                type="checkbox"
                checked={item.fields[f.field] === true}
                onChange={(e) => setField(f, e.target.checked)}
              />{' '}
              {f.label}
            </label>
          ))}
      </div>
    </fieldset>
  );
}

/** "UK, Dutch and Japanese". */
const listNames = (names: string[]): string =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
