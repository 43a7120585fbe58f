/** Issues a key for a user of the tenant (default: yourself); the secret is shown once. */
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../components/Alert';
import { SelectField, TextField } from '../components/Field';
import { OneTimeSecret } from '../components/OneTimeSecret';
import { api } from '../lib/api';
import type { ApiKey, User } from '../lib/types';
import { useSubmit } from '../lib/useSubmit';

/** Pointers this form shows next to its fields. */
const SHOWN = ['/name', '/userId', '/expiresInDays'];

export function NewApiKeyForm({ users, onCreated }: { users: User[]; onCreated: () => void }) {
  const [name, setName] = useState('');
  const [userId, setUserId] = useState('');
  const [days, setDays] = useState('');
  const [issued, setIssued] = useState<{ key: string; apiKey: ApiKey }>();
  const submit = useSubmit();

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const body = { name, ...(userId ? { userId } : {}), ...(days ? { expiresInDays: Number(days) } : {}) };
    const result = await submit.run(() => api<{ key: string; apiKey: ApiKey }>('POST', '/api-keys', { body }));
    if (!result) return;
    setIssued(result);
    setName('');
    setDays('');
    onCreated();
  };

  const owners = [{ value: '', label: 'Me' }, ...users.filter((u) => !u.disabled).map((u) => ({ value: u.id, label: `${u.name} <${u.email}>` }))];
  return (
    <section className="panel" aria-labelledby="new-key-title">
      <h2 id="new-key-title" className="panel-title">
        Issue an API key
      </h2>
      {issued && <OneTimeSecret title={`API key “${issued.apiKey.name}” issued`} secret={issued.key} onDismiss={() => setIssued(undefined)} />}
      <ErrorAlert error={submit.error} shown={SHOWN} />
      <form className="form-grid" onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField label="Key name" required placeholder="e.g. ERP integration" value={name} onChange={(e) => setName(e.target.value)} error={submit.fields['/name']} />
        <SelectField label="Owner" value={userId} onChange={(e) => setUserId(e.target.value)} options={owners} error={submit.fields['/userId']} hint="The key acts with this user’s role." />
        <TextField label="Expires in (days)" type="number" min={1} max={3650} inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} error={submit.fields['/expiresInDays']} hint="Leave empty for a key that does not expire." />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={submit.busy}>
            {submit.busy ? 'Issuing…' : 'Issue key'}
          </button>
        </div>
      </form>
    </section>
  );
}
