/**
 * Shapes of the API's JSON (see packages/server/src/schemas.ts). Declared here rather than
 * imported because the browser bundle must not pull in server code.
 */
export type Role = 'admin' | 'officer' | 'analyst' | 'auditor';
export const ROLES: readonly Role[] = ['admin', 'officer', 'analyst', 'auditor'];

export type TenantKind = 'agency' | 'company' | 'bank' | 'university' | 'other';
export const TENANT_KINDS: readonly TenantKind[] = ['agency', 'company', 'bank', 'university', 'other'];

export interface Tenant {
  id: string;
  slug: string;
  name: string;
  kind: TenantKind;
  isOperator: boolean;
  createdAt: string;
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  hasPassword: boolean;
  createdAt: string;
}

export interface Me {
  tenant: Tenant;
  user: User | null;
  role: Role;
  via: 'session' | 'api_key' | 'cli' | 'system';
  permissions: string[];
}

export interface Session {
  token: string;
  expiresAt: string;
  me: Me;
}

export interface AuditRecord {
  tenantId: string;
  seq: number;
  at: string;
  actor: { type: string; id: string; name: string; role?: string };
  action: string;
  subject: { type: string; id: string } | null;
  details: Record<string, unknown>;
  inputVersions: Record<string, string>;
  requestId: string | null;
  prevHash: string;
  hash: string;
}

export interface AuditPage {
  records: AuditRecord[];
  head: { seq: number; hash: string } | null;
  nextBeforeSeq: number | null;
}

export interface AuditFinding {
  kind: 'edited' | 'missing' | 'reordered' | 'truncated';
  seq: number;
  message: string;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  lastSeq: number;
  lastHash: string;
  findings: AuditFinding[];
}

export interface ApiKey {
  id: string;
  name: string;
  userId: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId?: string;
  errors?: { in: string; pointer: string; message: string }[];
}
