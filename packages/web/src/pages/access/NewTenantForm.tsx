/** Opens a tenant with its first admin; the admin's API key is shown once so it can be handed over. */
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/Alert';
import { SelectField, TextField } from '../../components/Field';
import { OneTimeSecret } from '../../components/OneTimeSecret';
import { api } from '../../lib/api';
import { TENANT_KINDS, type Tenant, type TenantKind, type User } from '../../lib/types';
import { useSubmit } from '../../lib/useSubmit';

/** Pointers this form shows next to its fields. */
const SHOWN = ['/name', '/slug', '/kind', '/admin/email', '/admin/name', '/admin/password'];

interface Created {
  tenant: Tenant;
  admin: User;
  adminKey: string;
}

const EMPTY = { slug: '', name: '', kind: 'company' as TenantKind, email: '', adminName: '', password: '' };

export function NewTenantForm({ onCreated }: { onCreated: () => void }) {
  const [form, setForm] = useState(EMPTY);
  const [created, setCreated] = useState<Created>();
  const submit = useSubmit();
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const admin = { email: form.email, name: form.adminName, ...(form.password ? { password: form.password } : {}) };
    const result = await submit.run(() =>
      api<Created>('POST', '/tenants', { body: { slug: form.slug, name: form.name, kind: form.kind, admin } }),
    );
    if (!result) return;
    setCreated(result);
    setForm(EMPTY);
    onCreated();
  };

  const f = submit.fields;
  return (
    <section className="panel" aria-labelledby="new-tenant-title">
      <h2 id="new-tenant-title" className="panel-title">
        Open a tenant
      </h2>
      {created && (
        <OneTimeSecret
          title={`Tenant “${created.tenant.name}” opened; API key of its admin ${created.admin.email}`}
          secret={created.adminKey}
          onDismiss={() => setCreated(undefined)}
        />
      )}
      <ErrorAlert error={submit.error} shown={SHOWN} />
      <form className="form-grid" onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField label="Organisation name" required value={form.name} onChange={set('name')} error={f['/name']} />
        <TextField
          label="Slug"
          required
          value={form.slug}
          onChange={set('slug')}
          error={f['/slug']}
          hint="Lower-case letters, digits and hyphens."
          spellCheck={false}
        />
        <SelectField
          label="Kind"
          value={form.kind}
          onChange={set('kind')}
          options={TENANT_KINDS.map((k) => ({ value: k, label: k }))}
          error={f['/kind']}
        />
        <TextField
          label="Admin email"
          type="email"
          required
          value={form.email}
          onChange={set('email')}
          error={f['/admin/email']}
        />
        <TextField
          label="Admin name"
          required
          value={form.adminName}
          onChange={set('adminName')}
          error={f['/admin/name']}
        />
        <TextField
          label="Admin password"
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={set('password')}
          error={f['/admin/password']}
          hint="Optional; at least 12 characters."
        />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={submit.busy}>
            {submit.busy ? 'Opening…' : 'Open tenant'}
          </button>
        </div>
      </form>
    </section>
  );
}
