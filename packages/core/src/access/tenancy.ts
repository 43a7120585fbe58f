/**
 * Tenants, users and API keys as callers see them (API responses, CLI output, the web UI).
 * Secrets and hashes never appear in these shapes.
 */
import type { Role } from './roles';

export const TENANT_KINDS = ['agency', 'company', 'bank', 'university', 'other'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

export interface TenantView {
  id: string;
  slug: string;
  name: string;
  kind: TenantKind;
  isOperator: boolean;
  createdAt: string;
}

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  hasPassword: boolean;
  createdAt: string;
}

export interface ApiKeyView {
  id: string;
  name: string;
  userId: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}
