/**
 * The sections of the app, in sidebar order. One list feeds the sidebar, the dashboard cards
 * and the router, so a section can never be reachable from one and missing from another.
 */
import type { IconName } from './components/Icon';

export interface Section {
  path: string;
  label: string;
  icon: IconName;
  /** What it does, in one sentence: the dashboard card text and the "not yet available" panel. */
  summary: string;
  /** Shown only when the caller holds this permission (the API enforces it anyway). */
  permission?: string;
  /** Built in this version; the rest get an honest "not yet available" panel. */
  available: boolean;
  group: 'work' | 'record' | 'admin';
}

export const SECTIONS: readonly Section[] = [
  {
    path: '/screening',
    label: 'Screening',
    icon: 'search',
    group: 'work',
    available: true,
    permission: 'screening:read',
    summary:
      'Screen every party of an order or payment against the official restricted-party and sanctions lists, with matches that explain themselves.',
  },
  {
    path: '/classification',
    label: 'Classification',
    icon: 'tag',
    group: 'work',
    available: true,
    permission: 'controls:read',
    summary:
      'Classify an item by its technical parameters or description against the Wassenaar list and its EU, US, UK, Japanese and Dutch implementations.',
  },
  {
    path: '/licensing',
    label: 'Licensing',
    icon: 'scale',
    group: 'work',
    available: true,
    permission: 'licensing:determine',
    summary:
      'Determine, for a concrete transaction, what each jurisdiction requires — no licence, an exception, a licence or a prohibition — with the rule cited.',
  },
  {
    path: '/regulations',
    label: 'Regulations',
    icon: 'grid',
    group: 'work',
    available: true,
    permission: 'controls:read',
    summary:
      'The EAR Country Chart and Country Groups as imported official versions, each cell with its source, as of any date.',
  },
  {
    path: '/vendors',
    label: 'Vendors',
    icon: 'shield',
    group: 'work',
    available: true,
    permission: 'vendors:check',
    summary:
      'Check a procurement or network inventory against US vendor restrictions (§889, FCC Covered List, §1260H), through ownership, with each legal effect cited.',
  },
  {
    path: '/diversion',
    label: 'Diversion',
    icon: 'route',
    group: 'work',
    available: true,
    permission: 'diversion:run',
    summary:
      'Score shipments, orders and payments against official diversion red flags and expose shell networks behind intermediaries.',
  },
  {
    path: '/devices',
    label: 'Devices',
    icon: 'chip',
    group: 'work',
    available: true,
    permission: 'devices:read',
    summary:
      'Register controlled equipment and its licensed sites, verify signed heartbeats and alert when a device leaves its site.',
  },
  {
    path: '/policy',
    label: 'Policy analysis',
    icon: 'scale',
    group: 'work',
    available: true,
    permission: 'policy:read',
    summary:
      'What a proposed control would cost and who bears it, supply-chain chokepoints, investment screening and the S&T agreement registry.',
  },
  {
    path: '/coalition',
    label: 'Coalition',
    icon: 'globe',
    group: 'work',
    available: true,
    permission: 'applications:read',
    summary:
      'Share licence denials and list additions with allied agencies and see where one ally controls an item and another does not.',
  },
  {
    path: '/audit',
    label: 'Audit log',
    icon: 'ledger',
    group: 'record',
    available: true,
    permission: 'audit:read',
    summary: 'Every decision and change, hash-chained so tampering is detectable; verify the chain at any time.',
  },
  {
    path: '/users',
    label: 'Users',
    icon: 'users',
    group: 'admin',
    available: true,
    permission: 'users:read',
    summary: 'People in your organisation, their roles, and who may sign in.',
  },
  {
    path: '/api-keys',
    label: 'API keys',
    icon: 'key',
    group: 'admin',
    available: true,
    permission: 'api-keys:read',
    summary: 'Keys for systems that call the API on a user’s behalf; issue, expire and revoke them.',
  },
  {
    path: '/tenants',
    label: 'Tenants',
    icon: 'building',
    group: 'admin',
    available: true,
    permission: 'tenants:manage',
    summary: 'Organisations sharing this deployment: agencies, companies, banks and universities.',
  },
];

export function visibleSections(permissions: readonly string[]): Section[] {
  return SECTIONS.filter((s) => !s.permission || permissions.includes(s.permission));
}
