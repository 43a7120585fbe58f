/**
 * One item of the transaction: what it is, how each jurisdiction classifies it, origin, content
 * and value. The code fields and the fields only one law reads come from the core jurisdiction
 * registry (licensing/jurisdictions), so a jurisdiction added there appears here.
 */
import { jurisdictions, type FormField, type JurisdictionDefinition } from '@dualuse/core/licensing';
import { TextField } from '../../components/Field';
import { CountryField } from '../../components/CountryField';
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
  const code = (j: JurisdictionDefinition, first: boolean) => (
    <CodeField key={j.code} j={j} first={first} item={item} err={err} onCodes={set('codes')} />
  );
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
        {all.filter((j) => j.form.classification.primary).map((j, n) => code(j, n === 0))}
        <TextField label="HS code" placeholder="854231" inputMode="numeric" error={err('hs')} {...text('hs')} />
        <CountryField label="Origin" value={item.origin} onValue={set('origin')} error={err('origin')} />
        {lawFields
          .filter((f) => f.kind === 'number')
          .map((f) => (
            <NumberField key={f.field} f={f} item={item} error={err(f.field)} onValue={(v) => setField(f, v)} />
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
      <LawFlags fields={lawFields} item={item} onFlag={setField} />
    </fieldset>
  );
}

/**
 * The item's code on one jurisdiction's list; the first also shows "give a classification" (/items/0/classification).
 */
function CodeField(p: {
  j: JurisdictionDefinition;
  first: boolean;
  item: ItemForm;
  err: (k: string) => string | undefined;
  onCodes: (codes: Record<string, string>) => void;
}) {
  const c = p.j.form.classification;
  return (
    <TextField
      label={c.label}
      placeholder={c.placeholder}
      error={p.err(`classification/${p.j.code}`) ?? (p.first ? p.err('classification') : undefined)}
      hint={c.hint}
      value={p.item.codes[p.j.code] ?? ''}
      onChange={(e) => p.onCodes({ ...p.item.codes, [p.j.code]: e.target.value })}
    />
  );
}

function NumberField(p: { f: FormField; item: ItemForm; error: string | undefined; onValue: (v: string) => void }) {
  return (
    <TextField
      label={p.f.label}
      inputMode="decimal"
      placeholder={p.f.placeholder}
      error={p.error}
      hint={p.f.hint}
      value={String(p.item.fields[p.f.field] ?? '')}
      onChange={(e) => p.onValue(e.target.value)}
    />
  );
}

function LawFlags(p: { fields: FormField[]; item: ItemForm; onFlag: (f: FormField, v: boolean) => void }) {
  return (
    <div className="lic-flags">
      {p.fields
        .filter((f) => f.kind === 'flag')
        .map((f) => (
          <label key={f.field} className="checkbox">
            <input
              type="checkbox"
              checked={p.item.fields[f.field] === true}
              onChange={(e) => p.onFlag(f, e.target.checked)}
            />{' '}
            {f.label}
          </label>
        ))}
    </div>
  );
}

/** "UK, Dutch and Japanese". */
const listNames = (names: string[]): string =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
