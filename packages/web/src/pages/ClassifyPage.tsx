/**
 * Classification: pick what kind of item it is, give the parameters its entries turn on, and
 * see which entries catch it in each jurisdiction and why; or search the list texts.
 */
import { useState, type FormEvent } from 'react';
import { PARAMETER_BY_NAME } from '@dualuse/core/controls/parameters/catalog';
import type { Classification } from '@dualuse/core/controls/parameters/classify';
import { ErrorAlert } from '../components/Alert';
import { SelectField, TextField } from '../components/Field';
import { PageHeader } from '../components/PageHeader';
import { api } from '../lib/api';
import { useSubmit } from '../lib/useSubmit';
import { ClassifyResult } from './ClassifyResult';
import { ControlsSearch } from './ControlsSearch';

/** Which parameters to ask for, by kind of item; `fixed` are implied by the kind. */
const KINDS = {
  accelerator: { label: 'Processor / AI accelerator', fields: ['item_kind', 'dense_tops', 'bit_length', 'tpp', 'die_area_mm2', 'designed_for_datacenter', 'io_bandwidth_gbps'], fixed: {} },
  memory: { label: 'Memory (HBM)', fields: ['memory_bandwidth_gbps', 'package_area_mm2'], fixed: { function: 'memory' } },
  lithography: { label: 'Lithography equipment', fields: ['lithography_type', 'wavelength_nm', 'numerical_aperture', 'dedicated_chuck_overlay_nm'], fixed: {} },
  machine: { label: 'Machine tool', fields: ['machine_type', 'linear_axes', 'rotary_axes', 'contouring_axes', 'positioning_repeatability_um', 'travel_m', 'positioning_accuracy_um'], fixed: {} },
  crypto: { label: 'Encryption item', fields: ['symmetric_key_bits', 'mass_market'], fixed: { function: 'encryption' } },
  camera: { label: 'Thermal camera', fields: ['fpa_type', 'frame_rate_hz'], fixed: { function: 'thermal_imaging' } },
  uav: { label: 'UAV', fields: ['beyond_visual_line_of_sight', 'endurance_h', 'wind_gust_kmh'], fixed: { function: 'uav' } },
  gnss: { label: 'Satellite-navigation receiver', fields: ['gnss_government_decryption', 'adaptive_antenna'], fixed: { function: 'navigation' } },
} as const;
type Kind = keyof typeof KINDS;

export function ClassifyPage() {
  const [kind, setKind] = useState<Kind>('accelerator');
  const [values, setValues] = useState<Record<string, string>>({});
  const [result, setResult] = useState<Classification>();
  const submit = useSubmit();
  const spec = KINDS[kind];

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setResult(undefined);
    const parameters: Record<string, unknown> = { ...spec.fixed };
    for (const name of spec.fields) {
      const raw = values[name]?.trim();
      if (!raw) continue;
      const def = PARAMETER_BY_NAME.get(name)!;
      // Send what was typed; the API names any bad value precisely.
      parameters[name] = def.type === 'boolean' ? raw === 'yes' : def.type === 'enum' ? raw : Number.isNaN(Number(raw)) ? raw : Number(raw);
    }
    const r = await submit.run(() => api<Classification>('POST', '/classify', { body: { parameters } }));
    if (r) setResult(r);
  };

  return (
    <>
      <PageHeader title="Classification" description="Classify an item by the technical parameters its control entries turn on; each answer names the entry, the values that tripped each threshold and by how much, and what is still needed." />
      <section className="panel" aria-labelledby="classify-form-title">
        <h2 id="classify-form-title" className="panel-title">
          Item
        </h2>
        <ErrorAlert error={submit.error} shown={spec.fields.map((f) => `/parameters/${f}`)} />
        <form className="form-grid" onSubmit={(e) => void onSubmit(e)} noValidate>
          <SelectField label="Kind of item" value={kind} onChange={(e) => setKind(e.target.value as Kind)} options={Object.entries(KINDS).map(([value, k]) => ({ value, label: k.label }))} />
          {spec.fields.map((name) => {
            const def = PARAMETER_BY_NAME.get(name)!;
            const label = `${name}${def.unit && def.type !== 'enum' ? ` (${def.unit})` : ''}`;
            const common = { label, value: values[name] ?? '', error: submit.fields[`/parameters/${name}`] ?? submit.fields[`/parameters/${name}/unit`], hint: def.description };
            const set = (v: string) => setValues((old) => ({ ...old, [name]: v }));
            if (def.type === 'boolean' || def.type === 'enum') {
              const options = def.type === 'boolean' ? ['yes', 'no'] : (def.values ?? []);
              return <SelectField key={name} {...common} onChange={(e) => set(e.target.value)} options={[{ value: '', label: 'not known' }, ...options.map((o) => ({ value: o, label: o }))]} />;
            }
            return <TextField key={name} {...common} inputMode="decimal" onChange={(e) => set(e.target.value)} />;
          })}
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={submit.busy}>
              {submit.busy ? 'Classifying…' : 'Classify'}
            </button>
          </div>
        </form>
      </section>
      {result && <ClassifyResult result={result} />}
      <ControlsSearch />
    </>
  );
}
