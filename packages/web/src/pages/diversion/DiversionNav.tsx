/** Tabs between the diversion pages; each shows only when the role may use it. */
import { useMe } from '../../lib/me';
import { Link, usePath } from '../../lib/router';
import './diversion.css';

const TABS = [
  { path: '/diversion', label: 'Red flags', permission: 'diversion:run' },
  { path: '/diversion/alerts', label: 'Alert queue', permission: 'diversion:read' },
  { path: '/diversion/network', label: 'Network', permission: 'diversion:run' },
  { path: '/diversion/trade', label: 'Trade flows', permission: 'diversion:run' },
] as const;

/** A tab stays current on its sub-pages (a case is under the alert queue); Red flags owns only itself. */
const current = (path: string, tab: string) =>
  path === tab ||
  (tab !== '/diversion' && path.startsWith(`${tab}/`)) ||
  (tab === '/diversion/alerts' && path.startsWith('/diversion/cases'));

export function DiversionNav() {
  const path = usePath();
  const { me } = useMe();
  return (
    <nav className="subnav" aria-label="Diversion">
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
