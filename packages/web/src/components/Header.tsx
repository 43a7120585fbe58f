/** The top bar: whose data this is (tenant), who is acting (user and role), and the way out. */
import { useMe } from '../lib/me';
import { Badge, RoleBadge } from './Badge';
import { Icon } from './Icon';

export function Header() {
  const { me, signOut } = useMe();
  return (
    <header className="topbar">
      <div className="topbar-tenant">
        <span className="topbar-label">Tenant</span>
        <strong data-testid="tenant-name">{me.tenant.name}</strong>
        <Badge>{me.tenant.kind}</Badge>
        {me.tenant.isOperator && <Badge tone="blue">operator</Badge>}
      </div>
      <div className="topbar-user">
        <span className="topbar-who">
          <span className="topbar-name">{me.user?.name ?? 'API client'}</span>
          {me.user && <span className="topbar-email">{me.user.email}</span>}
        </span>
        <RoleBadge role={me.role} />
        <button type="button" className="btn btn-ghost" onClick={signOut}>
          <Icon name="logout" size={16} />
          Sign out
        </button>
      </div>
    </header>
  );
}
