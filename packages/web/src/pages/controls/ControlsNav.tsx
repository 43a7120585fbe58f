/** Tabs between the classification pages: the form, the list as a tree, the side-by-side view. */
import { Link, usePath } from '../../lib/router';

const TABS = [
  { path: '/classification', label: 'Classify' },
  { path: '/classification/list', label: 'Control lists' },
  { path: '/classification/compare', label: 'Compare US | EU | UK' },
] as const;

export function ControlsNav() {
  const path = usePath();
  return (
    <nav className="subnav" aria-label="Classification">
      {TABS.map((t) => (
        <Link key={t.path} to={t.path} className="subnav-link" aria-current={path === t.path ? 'page' : undefined}>
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
