/** Maps the path to a page; permissions are checked here once rather than in every page. */
import type { ComponentType } from 'react';
import { SECTIONS } from './nav';
import { useMe } from './lib/me';
import { ApiKeysPage } from './pages/ApiKeysPage';
import { AuditPage } from './pages/AuditPage';
import { ComingSoonPage } from './pages/ComingSoonPage';
import { DashboardPage } from './pages/DashboardPage';
import { NoAccessPage, NotFoundPage } from './pages/NotFoundPage';
import { TenantsPage } from './pages/TenantsPage';
import { UsersPage } from './pages/UsersPage';

const PAGES: Record<string, ComponentType> = {
  '/audit': AuditPage,
  '/users': UsersPage,
  '/api-keys': ApiKeysPage,
  '/tenants': TenantsPage,
};

export function Routes({ path }: { path: string }) {
  const { me } = useMe();
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (clean === '/') return <DashboardPage />;
  const section = SECTIONS.find((s) => s.path === clean);
  if (!section) return <NotFoundPage />;
  if (section.permission && !me.permissions.includes(section.permission)) return <NoAccessPage section={section} />;
  const Page = PAGES[section.path];
  if (!section.available || !Page) return <ComingSoonPage section={section} />;
  return <Page />;
}
