/**
 * Coalition settings: this tenant as an agency (name and country: its refusal criteria follow from the country),
 * the coalitions it founded, belongs to or is invited to — members, what is shared, which fields are withheld, the
 * consultation period — and the form to found one. A membership takes effect when the member's admin accepts it.
 */
import { useState } from 'react';
import { ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import { useCan, useMe } from '../../lib/me';
import { useQuery } from '@tanstack/react-query';
import { useInvalidate } from '../../lib/query';
import { useSubmit } from '../../lib/useSubmit';
import { CoalitionNav } from './CoalitionNav';
import { useAgencies } from './useAgencies';
import { CoalitionEditForm } from './CoalitionEditForm';
import { Checkboxes, SHARES, WITHHOLDABLE } from './coalition-options';
import type { Agency, AgencyRegistration, Coalition, CoalitionFounding, Items, ShareKind, Withholdable } from './types';

export function SettingsPage() {
  const coalitions = useQuery<Items<Coalition>>({ queryKey: ['/coalitions'] });
  const invalidate = useInvalidate();
  const changed = () => void invalidate('/coalitions');
  const { agencies, name } = useAgencies();
  const me = useMe().me;
  const canManage = useCan('coalitions:manage');
  const self = agencies.find((a) => a.tenantId === me.tenant.id);
  return (
    <>
      <PageHeader
        title="Coalition"
        description="Who this agency shares with, what it shares and what it withholds. Partners read shared records through the database's row-level security; every read is recorded in both agencies' audit logs."
      />
      <CoalitionNav />
      <section className="panel" aria-labelledby="agency-title">
        <h2 id="agency-title" className="panel-title">
          This agency
        </h2>
        {self ? (
          <p data-testid="this-agency">
            {self.name} ({self.country})
          </p>
        ) : (
          <p className="muted">This tenant is not registered as an agency yet.</p>
        )}
        {canManage && <AgencyForm onChange={() => window.location.reload()} />}
      </section>
      <ErrorAlert error={coalitions.error} />
      {!coalitions.data && !coalitions.error && <Loading what="the coalitions" />}
      {coalitions.data?.items.map((c) => (
        <CoalitionCard
          key={c.id}
          c={c}
          agencies={agencies}
          name={name}
          mine={me.tenant.id}
          edit={canManage}
          onChange={changed}
        />
      ))}
      {canManage && self && (
        <NewCoalition partners={agencies.filter((a) => a.tenantId !== me.tenant.id)} onChange={changed} />
      )}
    </>
  );
}

function CoalitionCard(props: {
  c: Coalition;
  agencies: Agency[];
  name: (id: string) => string;
  mine: string;
  edit: boolean;
  onChange: () => void;
}) {
  const { c, agencies, name, mine, edit, onChange } = props;
  const submit = useSubmit();
  const invited = c.members.find((m) => m.memberId === mine && !m.acceptedAt);
  const accept = async () => {
    if (await submit.run(() => api('POST', `/coalitions/${c.id}/accept`))) onChange();
  };
  return (
    <section className="panel" aria-label={`Coalition ${c.name}`} data-testid="coalition">
      <h2 className="panel-title">
        {c.name} {invited && <Badge tone="amber">invitation</Badge>}
      </h2>
      <p>
        Founded by {name(c.tenantId)}. Shares: {c.shares.map((s) => SHARES[s] ?? s).join(', ')}. Withheld when shared:{' '}
        {c.withheld.length ? c.withheld.map((w) => WITHHOLDABLE[w] ?? w).join(', ') : 'nothing'}. Consultation period:{' '}
        {c.consultationDays} days.
      </p>
      <ul aria-label="Members">
        {c.members.map((m) => (
          <li key={m.memberId}>
            {name(m.memberId)} — {m.acceptedAt ? 'member' : 'invited, not yet accepted'}
          </li>
        ))}
      </ul>
      <ErrorAlert error={submit.error} />
      {invited && (
        <button type="button" className="btn btn-primary" onClick={() => void accept()} disabled={submit.busy}>
          Accept the invitation
        </button>
      )}
      {edit && c.tenantId === mine && (
        <details>
          <summary>Edit the settings</summary>
          <CoalitionEditForm c={c} agencies={agencies} name={name} onChange={onChange} />
        </details>
      )}
    </section>
  );
}

function AgencyForm({ onChange }: { onChange: () => void }) {
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const submit = useSubmit();
  const save = async () => {
    const body: AgencyRegistration = { name, country };
    if (await submit.run(() => api<Agency>('POST', '/agencies', { body }))) onChange();
  };
  return (
    <form
      className="toolbar-form"
      aria-label="Register as an agency"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <TextField
        label="Agency name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={submit.fields['/name']}
        required
      />
      <TextField
        label="Country (ISO code)"
        value={country}
        onChange={(e) => setCountry(e.target.value)}
        error={submit.fields['/country']}
        required
      />
      <ErrorAlert error={submit.error} shown={['/name', '/country']} />
      <button type="submit" className="btn btn-secondary" disabled={submit.busy}>
        Register
      </button>
    </form>
  );
}

function NewCoalition({
  partners,
  onChange,
}: {
  partners: { tenantId: string; name: string; country: string }[];
  onChange: () => void;
}) {
  const [name, setName] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const [shares, setShares] = useState<ShareKind[]>(['denial', 'undercut']);
  const [withheld, setWithheld] = useState<Withholdable[]>([]);
  const [days, setDays] = useState('30');
  const submit = useSubmit();
  const create = async () => {
    const body: CoalitionFounding = { name, members, shares, withheld, consultationDays: Number(days) };
    if (await submit.run(() => api('POST', '/coalitions', { body }))) onChange();
  };
  return (
    <section className="panel" aria-labelledby="new-coalition-title">
      <h2 id="new-coalition-title" className="panel-title">
        Found a coalition
      </h2>
      <form
        className="form-stack"
        aria-label="Found a coalition"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <TextField
          label="Name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={submit.fields['/name']}
          required
        />
        <Checkboxes
          legend="Invite"
          options={Object.fromEntries(partners.map((p) => [p.tenantId, `${p.name} (${p.country})`]))}
          value={members}
          onChange={setMembers}
        />
        <Checkboxes legend="Share" options={SHARES} value={shares} onChange={setShares} />
        <Checkboxes legend="Withhold when sharing" options={WITHHOLDABLE} value={withheld} onChange={setWithheld} />
        <TextField
          label="Consultation period (days)"
          type="number"
          min={1}
          max={365}
          value={days}
          onChange={(e) => setDays(e.target.value)}
          error={submit.fields['/consultationDays']}
        />
        <ErrorAlert error={submit.error} shown={['/name', '/consultationDays']} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={submit.busy}>
            Found the coalition
          </button>
        </div>
      </form>
    </section>
  );
}
