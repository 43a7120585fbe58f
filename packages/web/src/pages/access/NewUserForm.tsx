/** Adds a user. The password is optional: without one the user signs in only with an API key. */
import { useState, type FormEvent } from 'react';
import { ErrorAlert, Notice } from '../../components/Alert';
import { SelectField, TextField } from '../../components/Field';
import { api } from '../../lib/api';
import { ROLES, type Role, type User } from '../../lib/types';
import { useSubmit } from '../../lib/useSubmit';

/** Pointers this form shows next to its fields. */
const SHOWN = ['/email', '/name', '/role', '/password'];

const ROLE_HELP: Record<Role, string> = {
  admin: 'Admin: everything, including users and API keys.',
  officer: 'Officer: compliance work and the audit log.',
  analyst: 'Analyst: compliance work and the audit log.',
  auditor: 'Auditor: read-only, including users and API keys.',
  adviser: 'Adviser: a department consulted on licence applications; gives advice, decides nothing.',
  countersigner: 'Countersigner: the second officer who countersigns an agency’s decision.',
};

export function NewUserForm({ onCreated }: { onCreated: () => void }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('analyst');
  const [password, setPassword] = useState('');
  const [created, setCreated] = useState<User>();
  const submit = useSubmit();

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setCreated(undefined);
    const user = await submit.run(() =>
      api<User>('POST', '/users', { body: { email, name, role, ...(password ? { password } : {}) } }),
    );
    if (!user) return;
    setCreated(user);
    setEmail('');
    setName('');
    setPassword('');
    onCreated();
  };

  return (
    <section className="panel" aria-labelledby="new-user-title">
      <h2 id="new-user-title" className="panel-title">
        Add a user
      </h2>
      {created && (
        <Notice kind="success">
          Added {created.name} ({created.email}) as {created.role}.
        </Notice>
      )}
      <ErrorAlert error={submit.error} shown={SHOWN} />
      <form className="form-grid" onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          label="Email"
          type="email"
          autoComplete="off"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={submit.fields['/email']}
        />
        <TextField
          label="Name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={submit.fields['/name']}
        />
        <SelectField
          label="Role"
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          options={ROLES.map((r) => ({ value: r, label: r }))}
          error={submit.fields['/role']}
          hint={ROLE_HELP[role]}
        />
        <TextField
          label="Initial password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={submit.fields['/password']}
          hint="Optional; at least 12 characters."
        />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={submit.busy}>
            {submit.busy ? 'Adding…' : 'Add user'}
          </button>
        </div>
      </form>
    </section>
  );
}
