/**
 * Who may do what, as data. Every use case names one permission and checks it first
 * (`authorise`), so the matrix below is the whole access policy of the system.
 *
 * - admin: runs the tenant (users, keys) and may do everything else in it.
 * - officer: decides (licence determinations, releases of held screening hits).
 * - analyst: investigates (runs screenings, opens cases) but does not decide.
 * - auditor: reads everything, changes nothing.
 * - adviser: a department consulted on licence applications (coalition/): gives advice, decides nothing.
 * - countersigner: the second officer who countersigns an agency's decision before it issues.
 */
export const ROLES = ['admin', 'officer', 'analyst', 'auditor', 'adviser', 'countersigner'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Coalition coordination (issue 14): an exporter tenant applies, an agency tenant works the case
 * (officer = case officer, adviser = other department, countersigner = second officer).
 */
const COALITION_PERMISSIONS = {
  'applications:submit': ['admin', 'officer', 'analyst'],
  'applications:read': ['admin', 'officer', 'analyst', 'auditor', 'adviser', 'countersigner'],
  'applications:work': ['admin', 'officer'],
  'applications:advise': ['admin', 'adviser'],
  'applications:countersign': ['admin', 'countersigner'],
  'applications:decide': ['admin', 'officer'],
  'denials:read': ['admin', 'officer', 'analyst', 'auditor', 'adviser', 'countersigner'],
  'denials:write': ['admin', 'officer'],
  'consultations:read': ['admin', 'officer', 'analyst', 'auditor', 'adviser', 'countersigner'],
  'consultations:write': ['admin', 'officer'],
  'coalitions:read': ['admin', 'officer', 'analyst', 'auditor', 'adviser', 'countersigner'],
  'coalitions:manage': ['admin'],
  'notices:import': ['admin', 'officer'],
  'notices:send': ['admin', 'officer'],
  'matrix:read': ['admin', 'officer', 'analyst', 'auditor', 'adviser', 'countersigner'],
} as const satisfies Record<string, readonly Role[]>;

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

export const PERMISSIONS = {
  'tenant:read': ['admin', 'officer', 'analyst', 'auditor', 'adviser', 'countersigner'],
  /** Creating other tenants: admins of the operator tenant only (see `authorise`). */
  'tenants:manage': ['admin'],
  'users:read': ['admin', 'auditor'],
  'users:write': ['admin'],
  'api-keys:read': ['admin', 'auditor'],
  'api-keys:write': ['admin'],
  /** Creating an API key for oneself: keys are made by their owner (app/src/access/credential-owner.ts). */
  'api-keys:own': ['admin', 'officer', 'analyst'],
  'audit:read': ['admin', 'officer', 'analyst', 'auditor'],
  'audit:verify': ['admin', 'officer', 'analyst', 'auditor'],
  'lists:read': ['admin', 'officer', 'analyst', 'auditor'],
  /** Importing published lists changes what every tenant screens against: operator admins only. */
  'lists:import': ['admin'],
  'screening:run': ['admin', 'officer', 'analyst'],
  'screening:read': ['admin', 'officer', 'analyst', 'auditor'],
  /** Clearing or confirming a hit is a decision: officers. */
  'screening:decide': ['admin', 'officer'],
  'counterparties:read': ['admin', 'officer', 'analyst', 'auditor'],
  'counterparties:write': ['admin', 'officer', 'analyst'],
  'controls:read': ['admin', 'officer', 'analyst', 'auditor'],
  /** Importing a control list changes what every tenant classifies against: operator admins only. */
  'controls:write': ['admin'],
  'classify:run': ['admin', 'officer', 'analyst'],
  'classifications:read': ['admin', 'officer', 'analyst', 'auditor'],
  /** Approving a product's classification is a decision: officers. */
  'classifications:write': ['admin', 'officer'],
  'licensing:determine': ['admin', 'officer', 'analyst'],
  'licences:read': ['admin', 'officer', 'analyst', 'auditor'],
  /** Recording a licence, and drawing a shipment against one, are compliance decisions: officers. */
  'licences:write': ['admin', 'officer'],
  'devices:read': ['admin', 'officer', 'analyst', 'auditor'],
  'devices:write': ['admin', 'officer'],
  /** Proposing a disable/enable command, and approving one (two different officers: tracking/assess.ts). */
  'devices:command': ['admin', 'officer'],
  'devices:approve': ['admin', 'officer'],
  /** Scoring shipments for diversion red flags (investigation); reading the results (auditors too). */ 'diversion:read':
    ['admin', 'officer', 'analyst', 'auditor'],
  'diversion:run': ['admin', 'officer', 'analyst'],
  /** Importing shipments, payments and companies (scored on import into alerts). */
  'diversion:write': ['admin', 'officer', 'analyst'],
  'cases:read': ['admin', 'officer', 'analyst', 'auditor'],
  /** Opening cases from alerts, assigning, annotating, linking evidence: analysts investigate. */
  'cases:manage': ['admin', 'officer', 'analyst'],
  /** Closing a case with a decision (cleared, declined, reported) is a decision: officers. */
  'cases:decide': ['admin', 'officer'],
  /**
   * Policy analysis (issue 15): reading analyses and cases; running them and importing datasets; deciding a screening
   * case.
   */
  'policy:read': ['admin', 'officer', 'analyst', 'auditor'],
  'policy:run': ['admin', 'officer', 'analyst'],
  'policy:decide': ['admin', 'officer'],
  /**
   * Importing a trade dataset version (the tenant's data for the cost of a control): the tenant's administrators, as
   * lists and control lists are imported by the operator's. Analysts run analyses over what is imported.
   */
  'trade:import': ['admin'],
  /** Vendor / bill-of-materials checks and research-security screening (issue 16): investigation. */
  'vendors:check': ['admin', 'officer', 'analyst'],
  'vendors:read': ['admin', 'officer', 'analyst', 'auditor'],
  /** Control proposals: agencies draft and decide (officers); invited advisers comment (any non-auditor role). */
  'emerging:read': ['admin', 'officer', 'analyst', 'auditor', 'adviser'],
  'emerging:propose': ['admin', 'officer'],
  'emerging:comment': ['admin', 'officer', 'analyst', 'adviser'],
  'emerging:decide': ['admin', 'officer'],
  ...COALITION_PERMISSIONS,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Permissions that only the operator tenant (the one running the deployment) holds. */
export const OPERATOR_ONLY: ReadonlySet<Permission> = new Set<Permission>([
  'tenants:manage',
  'lists:import',
  'controls:write',
]);

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Read-only permissions, by naming convention; an auditor must hold every one of them. */
export const isReadPermission = (p: Permission): boolean => p.endsWith(':read') || p.endsWith(':verify');
