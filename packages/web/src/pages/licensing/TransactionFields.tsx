/** The whole transaction form: who exports what to where, for which end use, through which parties. */
import type { FormEvent } from 'react';
import { END_USES } from '@dualuse/core/licensing';
import { TextField } from '../../components/Field';
import { CountryField, CountryOptions } from '../../components/CountryField';
import { emptyItem, type TransactionForm } from './form';
import { ItemFields } from './ItemFields';
import { PartyFields } from './PartyFields';

const END_USE_LABELS: Record<string, string> = {
  civil: 'Civil',
  military: 'Military',
  military_end_user: 'Military end user',
  wmd: 'WMD',
  nuclear: 'Nuclear',
  missile: 'Missile',
  chemical_biological: 'Chemical / biological',
  surveillance: 'Surveillance',
  supercomputer: 'Supercomputer',
  advanced_node_ic_production: 'Advanced-node IC production',
  ai_model_training: 'AI model training',
};

interface Props {
  form: TransactionForm;
  errors: Record<string, string>;
  busy: boolean;
  onChange: (form: TransactionForm) => void;
  onSubmit: () => void;
  onClear: () => void;
}

export function TransactionFields({ form, errors, busy, onChange, onSubmit, onClear }: Props) {
  const set = <K extends keyof TransactionForm>(k: K, v: TransactionForm[K]) => onChange({ ...form, [k]: v });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  const toggleUse = (u: string) =>
    set('endUse', form.endUse.includes(u) ? form.endUse.filter((x) => x !== u) : [...form.endUse, u]);
  return (
    <form className="lic-form" onSubmit={submit} noValidate aria-label="Transaction">
      <CountryOptions />
      <div className="lic-grid">
        <TextField
          label="Reference"
          value={form.id}
          error={errors['/id']}
          onChange={(e) => set('id', e.target.value)}
          hint="Recorded in the audit log"
        />
        <TextField
          label="Date"
          type="date"
          value={form.date}
          error={errors['/date']}
          onChange={(e) => set('date', e.target.value)}
          hint="Rules are applied as in force on this date"
        />
        <TextField
          label="Exporter name"
          value={form.exporterName}
          error={errors['/exporter/name']}
          onChange={(e) => set('exporterName', e.target.value)}
        />
        <CountryField
          label="Exporter country"
          value={form.exporterCountry}
          error={errors['/exporter/country'] ?? errors['/exporter']}
          onValue={(v) => set('exporterCountry', v)}
        />
        <CountryField
          label="Destination"
          value={form.destination}
          error={errors['/destination']}
          onValue={(v) => set('destination', v)}
          hint="Country of ultimate destination"
        />
        <CountryField
          label="Technology released to"
          value={form.releaseTo}
          error={errors['/technology_release_to']}
          onValue={(v) => set('releaseTo', v)}
          hint="Deemed export: the recipient's citizenship (734.13(b))"
        />
      </div>
      <fieldset className="lic-enduse">
        <legend>End use</legend>
        <div className="lic-chips">
          {END_USES.map((u) => (
            <label key={u} className={`lic-chip${form.endUse.includes(u) ? ' lic-chip-on' : ''}`}>
              <input type="checkbox" checked={form.endUse.includes(u)} onChange={() => toggleUse(u)} />
              {END_USE_LABELS[u] ?? u}
            </label>
          ))}
        </div>
        {errors['/end_use'] && <p className="field-error">{errors['/end_use']}</p>}
      </fieldset>
      <h3 className="lic-subtitle">Items</h3>
      {errors['/items'] && <p className="field-error">{errors['/items']}</p>}
      {form.items.map((item, i) => (
        <ItemFields
          key={i}
          index={i}
          item={item}
          errors={errors}
          onChange={(next) =>
            set(
              'items',
              form.items.map((old, j) => (j === i ? next : old)),
            )
          }
          onRemove={
            form.items.length > 1
              ? () =>
                  set(
                    'items',
                    form.items.filter((_, j) => j !== i),
                  )
              : undefined
          }
        />
      ))}
      <button
        type="button"
        className="btn btn-secondary btn-small"
        onClick={() => set('items', [...form.items, emptyItem()])}
      >
        Add item
      </button>
      <h3 className="lic-subtitle">Parties</h3>
      <PartyFields parties={form.parties} errors={errors} onChange={(p) => set('parties', p)} />
      <div className="lic-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Determining…' : 'Determine'}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onClear} disabled={busy}>
          Clear
        </button>
      </div>
    </form>
  );
}
