/**
 * Registering a device from the UI (POST /devices, as `dualuse device register`): what it is, the licence it is
 * exported under, the public key its agent generated, the licensed site and the heartbeat duty. The answer carries the
 * agency's public key, which the device is provisioned with to check the commands it receives (protocol §3).
 */
import { useState, type FormEvent } from 'react';
import { ErrorAlert, Notice } from '../../components/Alert';
import { CountryField, CountryOptions } from '../../components/CountryField';
import { TextField } from '../../components/Field';
import type { Schema } from '../../api';
import { api } from '../../lib/api';
import { useSubmit } from '../../lib/useSubmit';

type Registered = Schema<'Device'> & { agencyPublicKey: string };

const FIELDS = {
  serial: '',
  model: '',
  eccn: '',
  licenceRef: '',
  publicKey: '',
  lat: '',
  lon: '',
  radiusKm: '25',
  country: '',
  heartbeatHours: '24',
  graceHours: '6',
  proscribed: '',
};
type Draft = typeof FIELDS;

/** Numbers as typed; text that is not a number goes as typed so the API names the field. */
const num = (v: string): number | string => (v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v);

const bodyOf = (d: Draft) => ({
  serial: d.serial,
  model: d.model,
  eccn: d.eccn,
  licenceRef: d.licenceRef,
  publicKey: d.publicKey.trim(),
  site: { lat: num(d.lat), lon: num(d.lon), radiusKm: num(d.radiusKm), country: d.country },
  heartbeatHours: num(d.heartbeatHours),
  graceHours: num(d.graceHours),
  ...(d.proscribed.trim()
    ? {
        proscribedCountries: d.proscribed
          .split(/[\s,;]+/)
          .filter(Boolean)
          .map((c) => c.toUpperCase()),
      }
    : {}),
});

const LABELS: [keyof Draft, string, string, string?][] = [
  ['serial', 'Serial number', '/serial'],
  ['model', 'Model', '/model'],
  ['eccn', 'ECCN', '/eccn', 'e.g. 4A090.a'],
  ['licenceRef', 'Licence reference', '/licenceRef'],
  [
    'publicKey',
    'Device public key',
    '/publicKey',
    "The Ed25519 key the device's agent generated (base64url, 43 characters)",
  ],
  ['lat', 'Site latitude', '/site/lat'],
  ['lon', 'Site longitude', '/site/lon'],
  ['radiusKm', 'Site radius (km)', '/site/radiusKm'],
  ['heartbeatHours', 'Heartbeat every (hours)', '/heartbeatHours'],
  ['graceHours', 'Grace (hours)', '/graceHours', 'How late a heartbeat may be before the device counts as silent'],
  ['proscribed', 'Proscribed countries', '/proscribedCountries', 'ISO codes the licence forbids, e.g. RU, BY'],
];

export function RegisterDevice({ onRegistered }: { onRegistered: () => void }) {
  const [draft, setDraft] = useState<Draft>(FIELDS);
  const [done, setDone] = useState<Registered>();
  const submit = useSubmit();
  const set = (k: keyof Draft, v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const register = async (e: FormEvent) => {
    e.preventDefault();
    setDone(undefined);
    const r = await submit.run(() => api<Registered>('POST', '/devices', { body: bodyOf(draft) }));
    if (!r) return;
    setDone(r);
    setDraft(FIELDS);
    onRegistered();
  };
  return (
    <details className="panel devices-register" data-testid="register-device">
      <summary className="panel-title">Register a device</summary>
      {done && (
        <Notice kind="success">
          <span data-testid="registered">
            Registered {done.serial} ({done.model}). Provision the device with the agency key{' '}
            <code className="mono">{done.agencyPublicKey}</code> so it can check the commands it receives.
          </span>
        </Notice>
      )}
      <ErrorAlert error={submit.error} title="The device was not registered" />
      <form className="form-grid" onSubmit={(e) => void register(e)} noValidate aria-label="Register a device">
        <CountryOptions />
        {LABELS.map(([k, label, pointer, hint]) => (
          <TextField
            key={k}
            label={label}
            value={draft[k]}
            error={submit.fields[pointer]}
            onChange={(e) => set(k, e.target.value)}
            {...(hint ? { hint } : {})}
          />
        ))}
        <CountryField
          label="Site country"
          value={draft.country}
          error={submit.fields['/site/country']}
          onValue={(v) => set('country', v)}
        />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={submit.busy}>
            {submit.busy ? 'Registering…' : 'Register device'}
          </button>
        </div>
      </form>
    </details>
  );
}
