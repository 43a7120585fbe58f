/** Organisations sharing this deployment; only the operator's admins see or open them. */
import { ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../lib/format';
import type { Tenant } from '../../lib/types';
import { useQuery } from '@tanstack/react-query';
import { useInvalidate } from '../../lib/query';
import { NewTenantForm } from './NewTenantForm';

export function TenantsPage() {
  const list = useQuery<{ tenants: Tenant[] }>({ queryKey: ['/tenants'] });
  const invalidate = useInvalidate();
  return (
    <>
      <PageHeader
        title="Tenants"
        description="Each tenant sees only its own data. Opening one creates its first admin and an API key for them."
      />
      <NewTenantForm onCreated={() => void invalidate('/tenants')} />
      <ErrorAlert error={list.error} title="Could not load tenants" />
      {list.isLoading && !list.data ? (
        <Loading what="tenants" />
      ) : (
        list.data && (
          <div className="table-wrap">
            <table className="table" aria-label="Tenants">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Slug</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Created</th>
                </tr>
              </thead>
              <tbody>
                {list.data.tenants.map((t) => (
                  <tr key={t.id}>
                    <td>
                      {t.name} {t.isOperator && <Badge tone="blue">operator</Badge>}
                    </td>
                    <td className="mono">{t.slug}</td>
                    <td>
                      <Badge>{t.kind}</Badge>
                    </td>
                    <td className="nowrap">{formatDate(t.createdAt)}</td>
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
