/**
 * Classification: describe the item in words and/or pick what kind it is, give the parameters its entries turn on, and
 * see which entries catch it in each jurisdiction and why; when the answer needs more, the
 * missing parameters become fields to fill and re-run. Or search the list texts.
 */
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/Alert';
import { SelectField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import { useSubmit } from '../../lib/useSubmit';
import { ClassifyResult } from './ClassifyResult';
import type { ClassificationAnswer as Classification } from './types';
import { ControlsNav } from './ControlsNav';
import { ParameterField, parameterValue } from './ParameterField';
import { ControlsSearch } from './ControlsSearch';

/** Which parameters to ask for, by kind of item; `fixed` are implied by the kind. */
const KINDS = {
  accelerator: {
    label: 'Processor / AI accelerator',
    fields: [
      'item_kind',
      'dense_tops',
      'bit_length',
      'tpp',
      'die_area_mm2',
      'designed_for_datacenter',
      'io_bandwidth_gbps',
    ],
    fixed: {},
  },
  memory: {
    label: 'Memory (HBM)',
    fields: ['memory_bandwidth_gbps', 'package_area_mm2'],
    fixed: { function: 'memory' },
  },
  lithography: {
    label: 'Lithography equipment',
    fields: ['lithography_type', 'wavelength_nm', 'numerical_aperture', 'dedicated_chuck_overlay_nm'],
    fixed: {},
  },
  machine: {
    label: 'Machine tool',
    fields: [
      'machine_type',
      'linear_axes',
      'rotary_axes',
      'contouring_axes',
      'positioning_repeatability_um',
      'travel_m',
      'positioning_accuracy_um',
    ],
    fixed: {},
  },
  crypto: {
    label: 'Encryption item',
    fields: ['symmetric_key_bits', 'mass_market'],
    fixed: { function: 'encryption' },
  },
  camera: { label: 'Thermal camera', fields: ['fpa_type', 'frame_rate_hz'], fixed: { function: 'thermal_imaging' } },
  uav: {
    label: 'UAV',
    fields: ['beyond_visual_line_of_sight', 'endurance_h', 'wind_gust_kmh'],
    fixed: { function: 'uav' },
  },
  gnss: {
    label: 'Satellite-navigation receiver',
    fields: ['gnss_government_decryption', 'adaptive_antenna'],
    fixed: { function: 'navigation' },
  },
} as const;
type Kind = keyof typeof KINDS;

export function ClassifyPage() {
  const [kind, setKind] = useState<Kind>('accelerator');
  const [values, setValues] = useState<Record<string, string>>({});
  const [description, setDescription] = useState('');
  /** Parameters beyond the kind's own that a result asked for; they stay on the form once given. */
  const [extra, setExtra] = useState<string[]>([]);
  const [result, setResult] = useState<Classification>();
  const submit = useSubmit();
  const spec = KINDS[kind];
  const fields: string[] = [...spec.fields, ...extra.filter((f) => !(spec.fields as readonly string[]).includes(f))];

  const classifyWith = async (given: Record<string, string>, names: readonly string[]) => {
    setResult(undefined);
    const parameters: Record<string, unknown> = { ...spec.fixed };
    for (const name of names) {
      const raw = given[name]?.trim();
      if (raw) parameters[name] = parameterValue(name, raw);
    }
    const text = description.trim();
    const body = { parameters, ...(text ? { description: text } : {}) };
    const r = await submit.run(() => api<Classification>('POST', '/classify', { body }));
    if (r) setResult(r);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void classifyWith(values, fields);
  };

  const onRerun = (filled: Record<string, string>) => {
    const given = Object.fromEntries(Object.entries(filled).filter(([, v]) => v.trim() !== ''));
    const merged = { ...values, ...given };
    const added = Object.keys(given).filter((n) => !fields.includes(n));
    setValues(merged);
    setExtra((old) => [...old, ...added]);
    void classifyWith(merged, [...fields, ...added]);
  };

  /** An inferred value given explicitly instead: its field joins the form with the value, for the user to change. */
  const onOverride = (param: string, value: string) => {
    setValues((old) => ({ ...old, [param]: value }));
    if (!fields.includes(param)) setExtra((old) => [...old, param]);
    document.getElementById('classify-form-title')?.scrollIntoView({ block: 'start' });
  };

  return (
    <>
      <PageHeader
        title="Classification"
        description="Classify an item by the technical parameters its control entries turn on; each answer names the entry, the values that tripped each threshold and by how much, and what is still needed."
      />
      <ControlsNav />
      <section className="panel" aria-labelledby="classify-form-title">
        <h2 id="classify-form-title" className="panel-title">
          Item
        </h2>
        <ErrorAlert error={submit.error} shown={fields.map((f) => `/parameters/${f}`)} />
        <form className="form-grid" onSubmit={onSubmit} noValidate>
          <SelectField
            label="Kind of item"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as Kind);
              setExtra([]);
            }}
            options={Object.entries(KINDS).map(([value, k]) => ({ value, label: k.label }))}
          />
          <div className="field field-wide">
            <label htmlFor="classify-description">Description</label>
            <textarea
              id="classify-description"
              rows={2}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              aria-describedby="classify-description-msg"
              maxLength={10_000}
            />
            <p id="classify-description-msg" className="field-hint">
              As you would describe it, e.g. “5-axis machining centre” or “datacenter GPU accelerator”: what it states
              plainly is read (and shown), what it leaves open is asked for.
            </p>
          </div>
          {fields.map((name) => (
            <ParameterField
              key={name}
              name={name}
              value={values[name] ?? ''}
              error={submit.fields[`/parameters/${name}`] ?? submit.fields[`/parameters/${name}/unit`]}
              onChange={(v) => setValues((old) => ({ ...old, [name]: v }))}
            />
          ))}
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={submit.busy}>
              {submit.busy ? 'Classifying…' : 'Classify'}
            </button>
          </div>
        </form>
      </section>
      {result && <ClassifyResult result={result} busy={submit.busy} onRerun={onRerun} onOverride={onOverride} />}
      <ControlsSearch />
    </>
  );
}
