/** Maps the path to a page; permissions are checked here once rather than in every page. */
import type { ComponentType } from 'react';
import { SECTIONS } from './nav';
import { useMe } from './lib/me';
import { ApiKeysPage, TenantsPage, UsersPage } from './pages/access/index';
import { AuditPage } from './pages/audit/index';
import {
  ApplicationCasePage,
  CoalitionHome,
  CoalitionSettingsPage,
  ConsultationsPage,
  DenialPage,
  DenialsPage,
  MatrixPage,
  MyApplicationsPage,
  QueuePage,
} from './pages/coalition/index';
import { ComingSoonPage, NoAccessPage, NotFoundPage } from './pages/common/index';
import { ClassifyPage, ComparePage, ControlListPage } from './pages/controls/index';
import { DashboardPage } from './pages/dashboard/index';
import { DevicesPage } from './pages/devices/index';
import { AlertQueuePage, CasePage, DiversionPage, NetworkPage, TradePage } from './pages/diversion/index';
import { LicensingPage } from './pages/licensing/index';
import { PolicyPage } from './pages/policy/index';
import { RegulationsPage } from './pages/regulations/index';
import {
  BatchPage,
  ListsPage,
  PartiesPage,
  PartyPage,
  ReviewQueuePage,
  ScreeningSearchPage,
} from './pages/screening/index';
import { VendorsPage } from './pages/vendors/index';

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
  '/policy': PolicyPage,
  '/vendors': VendorsPage,
  '/devices': DevicesPage,
  '/coalition': CoalitionHome,
  '/coalition/queue': QueuePage,
  '/coalition/applications': MyApplicationsPage,
  '/coalition/consultations': ConsultationsPage,
  '/coalition/denials': DenialsPage,
  '/coalition/matrix': MatrixPage,
  '/coalition/settings': CoalitionSettingsPage,
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
  [/^\/coalition\/applications\/[^/]+$/, ApplicationCasePage],
  [/^\/coalition\/denials\/[^/]+$/, DenialPage],
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
