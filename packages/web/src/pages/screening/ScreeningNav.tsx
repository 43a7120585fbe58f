/** Tabs between the screening pages; each shows only when the role may use it. */
import { useMe } from '../../lib/me';
import { Link, usePath } from '../../lib/router';

const TABS = [
  { path: '/screening', label: 'Search', permission: 'screening:run' },
  { path: '/screening/batch', label: 'Batch', permission: 'screening:run' },
  { path: '/screening/review', label: 'Review queue', permission: 'screening:read' },
  { path: '/screening/parties', label: 'Parties', permission: 'counterparties:read' },
  { path: '/screening/lists', label: 'Lists', permission: 'lists:read' },
] as const;

/** A tab stays current on its sub-pages (a party page is under Parties); Search owns only itself. */
const current = (path: string, tab: string) => path === tab || (tab !== '/screening' && path.startsWith(`${tab}/`));

export function ScreeningNav() {
  const path = usePath();
  const { me } = useMe();
  return (
    <nav className="subnav" aria-label="Screening">
      {TABS.filter((t) => me.permissions.includes(t.permission)).map((t) => (
        <Link
          key={t.path}
          to={t.path}
          className="subnav-link"
          aria-current={current(path, t.path) ? 'page' : undefined}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
