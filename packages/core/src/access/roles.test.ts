import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../common/errors';
import type { TenantId } from '../common/ids';
import { authorise, type Principal } from './principal';
import { can, isReadPermission, PERMISSIONS, ROLES, type Permission } from './roles';

const permissions = Object.keys(PERMISSIONS) as Permission[];
const principal = (role: Principal['role'], tenantIsOperator = false): Principal => ({
  tenantId: 't' as TenantId,
  tenantIsOperator,
  userId: null,
  role,
  via: 'api_key',
  credentialId: 'k',
  displayName: 'x',
});

test('the auditor reads everything and changes nothing', () => {
  for (const p of permissions) assert.equal(can('auditor', p), isReadPermission(p), p);
});

test('the admin may do everything', () => {
  for (const p of permissions) assert.ok(can('admin', p), p);
});

test('every role is known to the matrix', () => {
  for (const allowed of Object.values(PERMISSIONS)) for (const r of allowed) assert.ok(ROLES.includes(r));
});

test('authorise refuses with a forbidden error naming the permission', () => {
  assert.throws(
    () => authorise(principal('analyst'), 'users:write'),
    (e: unknown) => e instanceof DomainError && e.kind === 'forbidden' && /users:write/.test(e.message),
  );
  authorise(principal('admin'), 'users:write');
});

test('only admins of the operator tenant manage tenants', () => {
  assert.throws(() => authorise(principal('admin', false), 'tenants:manage'), /operator tenant/);
  authorise(principal('admin', true), 'tenants:manage');
});
