/**
 * Shapes of the API's JSON (see packages/server/src/schemas.ts). The domain's shapes come from
 * @dualuse/core (pure, safe in a browser); the rest are the API's own envelopes.
 */
export {
  ROLES,
  TENANT_KINDS,
  type ApiKeyView as ApiKey,
  type AuditFinding,
  type AuditRecord,
  type AuditVerification,
  type Role,
  type TenantKind,
  type TenantView as Tenant,
  type UserView as User,
} from '@dualuse/core';
import type { AuditRecord, Role, TenantView, UserView } from '@dualuse/core';

export interface Me {
  tenant: TenantView;
  user: UserView | null;
  role: Role;
  via: 'session' | 'api_key' | 'cli' | 'system';
  permissions: string[];
}

export interface Session {
  token: string;
  expiresAt: string;
  me: Me;
}

export interface AuditPage {
  records: AuditRecord[];
  head: { seq: number; hash: string } | null;
  nextBeforeSeq: number | null;
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
