/** The tenant's users. Admins change roles and access inline; auditors see the same list read-only. */
import { useState } from 'react';
import { ErrorAlert, Loading } from '../../components/Alert';
import { Badge, RoleBadge } from '../../components/Badge';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useCan, useMe } from '../../lib/me';
import { ROLES, type Role, type User } from '../../lib/types';
import { useQuery } from '@tanstack/react-query';
import { useInvalidate } from '../../lib/query';
import { useSubmit } from '../../lib/useSubmit';
import { NewUserForm } from './NewUserForm';

export function UsersPage() {
  const canWrite = useCan('users:write');
  const { me } = useMe();
  const list = useQuery<{ users: User[] }>({ queryKey: ['/users'] });
  const change = useSubmit();
  const invalidate = useInvalidate();
  const [pending, setPending] = useState<string>();

  const patch = async (user: User, body: { role?: Role; disabled?: boolean }) => {
    setPending(user.id);
    const done = await change.run(() => api<User>('PATCH', `/users/${user.id}`, { body }));
    setPending(undefined);
    if (done) void invalidate('/users');
  };

  return (
    <>
      <PageHeader
        title="Users"
        description={
          canWrite
            ? 'People who may sign in to this tenant, and what their role allows.'
            : 'People who may sign in to this tenant. Your role can view but not change them.'
        }
      />
      {canWrite && <NewUserForm onCreated={() => void invalidate('/users')} />}
      <ErrorAlert error={change.error} title="The change was refused" />
      <ErrorAlert error={list.error} title="Could not load users" />
      {list.isLoading && !list.data ? (
        <Loading what="users" />
      ) : (
        list.data && (
          <div className="table-wrap">
            <table className="table" aria-label="Users">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Status</th>
                  <th scope="col">Sign-in</th>
                  <th scope="col">Created</th>
                  {canWrite && (
                    <th scope="col" className="actions">
                      Actions
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {list.data.users.map((u) => (
                  <tr key={u.id} className={u.disabled ? 'row-muted' : undefined}>
                    <td>
                      {u.name}
                      {u.id === me.user?.id && <span className="muted"> (you)</span>}
                    </td>
                    <td>{u.email}</td>
                    <td>
                      {canWrite ? (
                        <select
                          aria-label={`Role of ${u.email}`}
                          value={u.role}
                          disabled={pending === u.id}
                          onChange={(e) => void patch(u, { role: e.target.value as Role })}
                        >
                          {ROLES.map((r) => (
                            <option key={r} value={r}>
                              {r}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <RoleBadge role={u.role} />
                      )}
                    </td>
                    <td>{u.disabled ? <Badge tone="red">disabled</Badge> : <Badge tone="green">active</Badge>}</td>
                    <td className="muted">{u.hasPassword ? 'password or API key' : 'API key only'}</td>
                    <td className="nowrap">{formatDate(u.createdAt)}</td>
                    {canWrite && (
                      <td className="actions">
                        <button
                          type="button"
                          className="btn btn-small btn-secondary"
                          disabled={pending === u.id}
                          onClick={() => void patch(u, { disabled: !u.disabled })}
                        >
                          {u.disabled ? 'Enable' : 'Disable'}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      )}
    </>
  );
}
