/** Maps the path to a page; permissions are checked here once rather than in every page. */
import { lazy, Suspense, type ComponentType } from 'react';
import { SECTIONS } from './nav';
import { useMe } from './lib/me';
import { ComingSoonPage, NoAccessPage, NotFoundPage } from './pages/common/index';

/**
 * Each capability's pages are a chunk of their own, fetched the first time one of them is
 * opened: the first load carries the shell and the dashboard, not every chart and list.
 */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ComponentType {
  return lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await load())[name] }));
}

const access = () => import('./pages/access/index');
const audit = () => import('./pages/audit/index');
const coalition = () => import('./pages/coalition/index');
const controls = () => import('./pages/controls/index');
const dashboard = () => import('./pages/dashboard/index');
const devices = () => import('./pages/devices/index');
const diversion = () => import('./pages/diversion/index');
const licensing = () => import('./pages/licensing/index');
const policy = () => import('./pages/policy/index');
const regulations = () => import('./pages/regulations/index');
const screening = () => import('./pages/screening/index');
const vendors = () => import('./pages/vendors/index');

const ApiKeysPage = lazyPage(access, 'ApiKeysPage');
const TenantsPage = lazyPage(access, 'TenantsPage');
const UsersPage = lazyPage(access, 'UsersPage');
const AuditPage = lazyPage(audit, 'AuditPage');
const ApplicationCasePage = lazyPage(coalition, 'ApplicationCasePage');
const CoalitionHome = lazyPage(coalition, 'CoalitionHome');
const CoalitionSettingsPage = lazyPage(coalition, 'CoalitionSettingsPage');
const ConsultationsPage = lazyPage(coalition, 'ConsultationsPage');
const DenialPage = lazyPage(coalition, 'DenialPage');
const DenialsPage = lazyPage(coalition, 'DenialsPage');
const MatrixPage = lazyPage(coalition, 'MatrixPage');
const MyApplicationsPage = lazyPage(coalition, 'MyApplicationsPage');
const QueuePage = lazyPage(coalition, 'QueuePage');
const ClassifyPage = lazyPage(controls, 'ClassifyPage');
const ComparePage = lazyPage(controls, 'ComparePage');
const ControlListPage = lazyPage(controls, 'ControlListPage');
const DashboardPage = lazyPage(dashboard, 'DashboardPage');
const DevicesPage = lazyPage(devices, 'DevicesPage');
const AlertQueuePage = lazyPage(diversion, 'AlertQueuePage');
const CasePage = lazyPage(diversion, 'CasePage');
const DiversionPage = lazyPage(diversion, 'DiversionPage');
const NetworkPage = lazyPage(diversion, 'NetworkPage');
const TradePage = lazyPage(diversion, 'TradePage');
const LicensingPage = lazyPage(licensing, 'LicensingPage');
const PolicyPage = lazyPage(policy, 'PolicyPage');
const TradeDataPage = lazyPage(policy, 'TradeDataPage');
const RegulationsPage = lazyPage(regulations, 'RegulationsPage');
const BatchPage = lazyPage(screening, 'BatchPage');
const ListsPage = lazyPage(screening, 'ListsPage');
const PartiesPage = lazyPage(screening, 'PartiesPage');
const PartyPage = lazyPage(screening, 'PartyPage');
const ReviewQueuePage = lazyPage(screening, 'ReviewQueuePage');
const ScreeningSearchPage = lazyPage(screening, 'ScreeningSearchPage');
const VendorsPage = lazyPage(vendors, 'VendorsPage');

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
  '/policy/trade-data': TradeDataPage,
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
  // Keyed by path: a page of another chunk shows "Loading…" instead of the previous page.
  return (
    <Suspense
      key={path}
      fallback={
        <p className="muted" role="status">
          Loading…
        </p>
      }
    >
      <Route path={path} />
    </Suspense>
  );
}

function Route({ path }: { path: string }) {
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
