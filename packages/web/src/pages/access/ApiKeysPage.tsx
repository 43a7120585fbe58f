/** API keys of the tenant: never the secrets (only hashes are stored), just who owns what and its state. */
import { useState } from 'react';
import { ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useCan } from '../../lib/me';
import type { ApiKey, User } from '../../lib/types';
import { useQuery } from '@tanstack/react-query';
import { useInvalidate } from '../../lib/query';
import { useSubmit } from '../../lib/useSubmit';
import { NewApiKeyForm } from './NewApiKeyForm';

function status(key: ApiKey): { label: string; tone: 'green' | 'red' | 'neutral' } {
  if (key.revokedAt) return { label: 'revoked', tone: 'red' };
  if (key.expiresAt && new Date(key.expiresAt).getTime() <= Date.now()) return { label: 'expired', tone: 'neutral' };
  return { label: 'active', tone: 'green' };
}

export function ApiKeysPage() {
  const canWrite = useCan('api-keys:write');
  const canCreateOwn = useCan('api-keys:own');
  const canSeeUsers = useCan('users:read');
  const list = useQuery<{ apiKeys: ApiKey[] }>({ queryKey: ['/api-keys'] });
  // Owner names come from the users list when the role may read it; otherwise ids are shown.
  const users = useQuery<{ users: User[] }>({ queryKey: ['/users'], enabled: canSeeUsers });
  const revoke = useSubmit();
  const invalidate = useInvalidate();
  // Revoking cannot be undone, so it takes a second click on the same row.
  const [confirming, setConfirming] = useState<string>();

  const owner = (id: string) => users.data?.users.find((u) => u.id === id)?.name ?? id;
  const doRevoke = async (key: ApiKey) => {
    setConfirming(undefined);
    // DELETE answers 204 (no value), so refresh whatever the outcome: a refused revoke leaves the list as it was.
    await revoke.run(() => api('DELETE', `/api-keys/${encodeURIComponent(key.id)}`));
    void invalidate('/api-keys');
  };

  return (
    <>
      <PageHeader
        title="API keys"
        description={`Keys let systems call the API as a user of this tenant. Only a hash of each key is stored.${canWrite ? '' : ' Your role can view but not change them.'}`}
      />
      {canCreateOwn && <NewApiKeyForm onCreated={() => void invalidate('/api-keys')} />}
      <ErrorAlert error={revoke.error} title="Could not revoke the key" />
      <ErrorAlert error={list.error} title="Could not load API keys" />
      {list.isLoading && !list.data ? (
        <Loading what="API keys" />
      ) : (
        list.data && (
          <div className="table-wrap">
            <table className="table" aria-label="API keys">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Key id</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Created</th>
                  <th scope="col">Expires</th>
                  <th scope="col">Status</th>
                  {canWrite && (
                    <th scope="col" className="actions">
                      Actions
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {list.data.apiKeys.map((k) => {
                  const s = status(k);
                  return (
                    <tr key={k.id} className={s.label === 'active' ? undefined : 'row-muted'}>
                      <td>{k.name}</td>
                      <td className="mono">{k.id}</td>
                      <td>{owner(k.userId)}</td>
                      <td className="nowrap">{formatDate(k.createdAt)}</td>
                      <td className="nowrap">{k.expiresAt ? formatDate(k.expiresAt) : 'never'}</td>
                      <td>
                        <Badge tone={s.tone}>{s.label}</Badge>
                      </td>
                      {canWrite && (
                        <td className="actions">
                          {s.label === 'active' &&
                            (confirming === k.id ? (
                              <>
                                <button
                                  type="button"
                                  className="btn btn-small btn-danger"
                                  onClick={() => void doRevoke(k)}
                                  disabled={revoke.busy}
                                >
                                  Confirm revoke
                                </button>
                                <button
                                  type="button"
                                  className="btn btn-small btn-ghost"
                                  onClick={() => setConfirming(undefined)}
                                >
                                  Cancel
                                </button>
                              </>
                            ) : (
                              <button
                                type="button"
                                className="btn btn-small btn-secondary"
                                onClick={() => setConfirming(k.id)}
                              >
                                Revoke
                              </button>
                            ))}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {list.data.apiKeys.length === 0 && <p className="table-empty">No API keys.</p>}
          </div>
        )
      )}
    </>
  );
}
