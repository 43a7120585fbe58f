/** Primary navigation, grouped by kind of work; admin sections appear only with the permission. */
import { visibleSections, type Section } from '../nav';
import { Link, usePath } from '../lib/router';
import { Icon } from './Icon';

const GROUPS: { key: Section['group']; label: string }[] = [
  { key: 'work', label: 'Compliance' },
  { key: 'record', label: 'Record' },
  { key: 'admin', label: 'Administration' },
];

export function Sidebar({ permissions }: { permissions: readonly string[] }) {
  const path = usePath();
  const sections = visibleSections(permissions);
  const current = (to: string) => (path === to || (to !== '/' && path.startsWith(`${to}/`)) ? 'page' : undefined);
  return (
    <nav className="sidebar" aria-label="Main">
      <Link to="/" className="brand">
        <span className="brand-mark" aria-hidden="true">
          <Icon name="shield" size={20} />
        </span>
        <span>
          <span className="brand-name">dualuse</span>
          <span className="brand-tag">Export controls</span>
        </span>
      </Link>
      <ul className="nav-list">
        <li>
          <Link to="/" className="nav-link" aria-current={current('/')}>
            <Icon name="home" />
            Dashboard
          </Link>
        </li>
      </ul>
      {GROUPS.map((group) => {
        const items = sections.filter((s) => s.group === group.key);
        if (items.length === 0) return null;
        return (
          <div key={group.key} className="nav-group">
            <p className="nav-group-label">{group.label}</p>
            <ul className="nav-list">
              {items.map((s) => (
                <li key={s.path}>
                  <Link to={s.path} className="nav-link" aria-current={current(s.path)}>
                    <Icon name={s.icon} />
                    {s.label}
                    {!s.available && <span className="nav-soon">soon</span>}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
