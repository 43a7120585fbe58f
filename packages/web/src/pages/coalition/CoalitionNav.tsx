/**
 * Tabs between the coalition pages. An agency works a queue, consultations, a denial register and its coalitions;
 * an exporter sees its own applications. Each tab shows only when the tenant kind and the role may use it.
 */
import { useMe } from '../../lib/me';
import { Link, usePath } from '../../lib/router';
import './coalition.css';

const TABS = [
  { path: '/coalition/queue', label: 'Agency queue', permission: 'applications:work', agency: true },
  { path: '/coalition/applications', label: 'My applications', permission: 'applications:submit', agency: false },
  { path: '/coalition/consultations', label: 'Consultations', permission: 'consultations:read', agency: true },
  { path: '/coalition/denials', label: 'Denial register', permission: 'denials:read', agency: true },
  { path: '/coalition/matrix', label: 'Weakest-link matrix', permission: 'matrix:read', agency: undefined },
  { path: '/coalition/settings', label: 'Coalition settings', permission: 'coalitions:read', agency: true },
] as const;

export function useIsAgency(): boolean {
  return useMe().me.tenant.kind === 'agency';
}

export function CoalitionNav() {
  const path = usePath();
  const { me } = useMe();
  const agency = useIsAgency();
  const tabs = TABS.filter(
    (t) => me.permissions.includes(t.permission) && (t.agency === undefined || t.agency === agency),
  );
  return (
    <nav className="subnav" aria-label="Coalition">
      {tabs.map((t) => (
        <Link
          key={t.path}
          to={t.path}
          className="subnav-link"
          aria-current={path === t.path || path.startsWith(`${t.path}/`) ? 'page' : undefined}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
