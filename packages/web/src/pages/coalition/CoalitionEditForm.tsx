/**
 * The founder's settings of one coalition: its name, what is shared, the fields withheld when sharing, the
 * consultation period, agencies to invite, and the members to remove (never the founder). An edit applies to records
 * shared from then on; each is recorded in the founder's audit log.
 */
import { useState } from 'react';
import { ErrorAlert } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { api } from '../../lib/api';
import { useSubmit } from '../../lib/useSubmit';
import { Checkboxes, SHARES, WITHHOLDABLE } from './coalition-options';
import type { Agency, Coalition, CoalitionEdit } from './types';

export function CoalitionEditForm(props: {
  c: Coalition;
  agencies: Agency[];
  name: (id: string) => string;
  onChange: () => void;
}) {
  const { c, agencies, name, onChange } = props;
  const [form, setForm] = useState({
    name: c.name,
    shares: c.shares,
    withheld: c.withheld,
    days: String(c.consultationDays),
    invite: [] as string[],
  });
  const submit = useSubmit();
  const patch = async (body: CoalitionEdit) => {
    if (await submit.run(() => api<Coalition>('PATCH', `/coalitions/${c.id}`, { body }))) {
      // The invited are members now: a later save must not invite them again after one is removed.
      setForm((f) => ({ ...f, invite: [] }));
      onChange();
    }
  };
  const save = () =>
    patch({
      name: form.name,
      shares: form.shares,
      withheld: form.withheld,
      consultationDays: Number(form.days),
      invite: form.invite,
    });
  const outside = agencies.filter((a) => !c.members.some((m) => m.memberId === a.tenantId));
  return (
    <form
      className="form-stack"
      aria-label={`Edit coalition ${c.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <TextField
        label="Name"
        value={form.name}
        onChange={(e) => setForm({ ...form, name: e.target.value })}
        error={submit.fields['/name']}
        required
      />
      <Checkboxes
        legend="Share"
        options={SHARES}
        value={form.shares}
        onChange={(shares) => setForm({ ...form, shares })}
      />
      <Checkboxes
        legend="Withhold when sharing"
        options={WITHHOLDABLE}
        value={form.withheld}
        onChange={(withheld) => setForm({ ...form, withheld })}
      />
      <TextField
        label="Consultation period (days)"
        type="number"
        min={1}
        max={365}
        value={form.days}
        onChange={(e) => setForm({ ...form, days: e.target.value })}
        error={submit.fields['/consultationDays']}
      />
      {outside.length > 0 && (
        <Checkboxes
          legend="Invite"
          options={Object.fromEntries(outside.map((a) => [a.tenantId, `${a.name} (${a.country})`]))}
          value={form.invite}
          onChange={(invite) => setForm({ ...form, invite })}
        />
      )}
      <ul aria-label="Remove members" className="plain-list">
        {c.members
          .filter((m) => m.memberId !== c.tenantId)
          .map((m) => (
            <li key={m.memberId}>
              <button
                type="button"
                className="btn btn-small btn-secondary"
                disabled={submit.busy}
                onClick={() => void patch({ remove: [m.memberId] })}
              >
                Remove {name(m.memberId)}
              </button>
            </li>
          ))}
      </ul>
      <ErrorAlert error={submit.error} shown={['/name', '/consultationDays']} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={submit.busy}>
          Save the settings
        </button>
      </div>
    </form>
  );
}
