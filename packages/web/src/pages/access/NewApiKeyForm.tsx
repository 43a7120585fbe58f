/**
 * Issues a key for the signed-in user; the secret is shown once. Keys are created by their
 * owner only (the server refuses an admin minting one for someone else: the two-person rule
 * compares people).
 */
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { OneTimeSecret } from '../../components/OneTimeSecret';
import { api } from '../../lib/api';
import type { ApiKey } from '../../lib/types';
import { useSubmit } from '../../lib/useSubmit';

/** Pointers this form shows next to its fields. */
const SHOWN = ['/name', '/expiresInDays'];

export function NewApiKeyForm({ onCreated }: { onCreated: () => void }) {
  const [name, setName] = useState('');
  const [days, setDays] = useState('');
  const [issued, setIssued] = useState<{ key: string; apiKey: ApiKey }>();
  const submit = useSubmit();

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const body = { name, ...(days ? { expiresInDays: Number(days) } : {}) };
    const result = await submit.run(() => api<{ key: string; apiKey: ApiKey }>('POST', '/api-keys', { body }));
    if (!result) return;
    setIssued(result);
    setName('');
    setDays('');
    onCreated();
  };

  return (
    <section className="panel" aria-labelledby="new-key-title">
      <h2 id="new-key-title" className="panel-title">
        Issue an API key for yourself
      </h2>
      {issued && (
        <OneTimeSecret
          title={`API key “${issued.apiKey.name}” issued`}
          secret={issued.key}
          onDismiss={() => setIssued(undefined)}
        />
      )}
      <ErrorAlert error={submit.error} shown={SHOWN} />
      <form className="form-grid" onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          label="Key name"
          required
          placeholder="e.g. ERP integration"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={submit.fields['/name']}
        />
        <TextField
          label="Expires in (days)"
          type="number"
          min={1}
          max={3650}
          inputMode="numeric"
          value={days}
          onChange={(e) => setDays(e.target.value)}
          error={submit.fields['/expiresInDays']}
          hint="Leave empty for a key that does not expire."
        />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={submit.busy}>
            {submit.busy ? 'Issuing…' : 'Issue key'}
          </button>
        </div>
      </form>
    </section>
  );
}
