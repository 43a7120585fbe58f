/** Maps the path to a page; permissions are checked here once rather than in every page. */
import type { ComponentType } from 'react';
import { SECTIONS } from './nav';
import { useMe } from './lib/me';
import { ApiKeysPage } from './pages/ApiKeysPage';
import { AuditPage } from './pages/AuditPage';
import { ClassifyPage } from './pages/ClassifyPage';
import { ComparePage } from './pages/controls/ComparePage';
import { ControlListPage } from './pages/controls/ControlListPage';
import { ComingSoonPage } from './pages/ComingSoonPage';
import { DashboardPage } from './pages/DashboardPage';
import { DevicesPage } from './pages/DevicesPage';
import { DiversionPage } from './pages/diversion/DiversionPage';
import { AlertQueuePage } from './pages/diversion/AlertQueuePage';
import { CasePage } from './pages/diversion/CasePage';
import { NetworkPage } from './pages/diversion/NetworkPage';
import { TradePage } from './pages/diversion/TradePage';
import { LicensingPage } from './pages/licensing/LicensingPage';
import { NoAccessPage, NotFoundPage } from './pages/NotFoundPage';
import { RegulationsPage } from './pages/regulations/RegulationsPage';
import { BatchPage } from './pages/screening/BatchPage';
import { ListsPage } from './pages/screening/ListsPage';
import { PartiesPage } from './pages/screening/PartiesPage';
import { PartyPage } from './pages/screening/PartyPage';
import { ReviewQueuePage } from './pages/screening/ReviewQueuePage';
import { ScreeningSearchPage } from './pages/screening/ScreeningSearchPage';
import { TenantsPage } from './pages/TenantsPage';
import { UsersPage } from './pages/UsersPage';

const PAGES: Record<string, ComponentType> = {
  '/audit': AuditPage,
  '/screening': ScreeningSearchPage,
  '/screening/review': ReviewQueuePage,
  '/screening/batch': BatchPage,
  '/screening/lists': ListsPage,
  '/screening/parties': PartiesPage,
  '/classification': ClassifyPage,
  '/classification/list': ControlListPage,
  '/classification/compare': ComparePage,
  '/licensing': LicensingPage,
  '/regulations': RegulationsPage,
  '/devices': DevicesPage,
  '/diversion': DiversionPage,
  '/diversion/trade': TradePage,
  '/diversion/network': NetworkPage,
  '/diversion/alerts': AlertQueuePage,
  '/users': UsersPage,
  '/api-keys': ApiKeysPage,
  '/tenants': TenantsPage,
};

/** Pages with an id in the path; the page reads the id from the path itself. */
const PARAM_PAGES: readonly [RegExp, ComponentType][] = [
  [/^\/screening\/parties\/[^/]+$/, PartyPage],
  [/^\/diversion\/cases\/[^/]+$/, CasePage],
];

export function Routes({ path }: { path: string }) {
  const { me } = useMe();
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (clean === '/') return <DashboardPage />;
  // A section owns its sub-pages too (/screening/review belongs to /screening and its permission).
  const section = SECTIONS.find((s) => s.path === clean || clean.startsWith(`${s.path}/`));
  if (!section) return <NotFoundPage />;
  if (section.permission && !me.permissions.includes(section.permission)) return <NoAccessPage section={section} />;
  const Page = PAGES[clean] ?? PARAM_PAGES.find(([pattern]) => pattern.test(clean))?.[1];
  if (!Page && clean !== section.path) return <NotFoundPage />;
  if (!section.available || !Page) return <ComingSoonPage section={section} />;
  return <Page />;
}
