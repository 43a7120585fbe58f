/**
 * Shapes of the API's JSON, generated from the server's OpenAPI document (../api/schema.d.ts).
 * The role and tenant-kind lists are values the forms offer, so they come from @dualuse/core.
 */
import type { Schema } from '../api';

export { ROLES, TENANT_KINDS } from '@dualuse/core/access';

export type ApiKey = Schema<'ApiKey'>;
export type AuditRecord = Schema<'AuditRecord'>;
export type AuditVerification = Schema<'AuditVerification'>;
export type AuditFinding = AuditVerification['findings'][number];
export type AuditPage = Schema<'AuditPage'>;
export type Role = Schema<'Role'>;
export type Tenant = Schema<'Tenant'>;
export type TenantKind = Tenant['kind'];
export type User = Schema<'User'>;
export type Me = Schema<'Me'>;
export type Session = Schema<'Session'>;
export type Problem = Schema<'Problem'>;
