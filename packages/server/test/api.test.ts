// The HTTP API over a real socket, on each engine: authentication and roles on every route,
// precise 400s, limits, and tenant isolation as seen by API callers.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PERMISSIONS, ROLES, type Permission, type Role } from '@dualuse/core';
import { testEngines } from '@dualuse/store/testing';
import { ROUTE_TABLE } from '../src/routing';
import { cliPrincipal, createUser } from '@dualuse/app';
import { findTenantBySlug } from '@dualuse/store';
import { callJson, operatorIssuedKey, startTestServer, type TestServer } from '../src/testing';

for (const engine of testEngines()) {
  describe(`HTTP API on ${engine}`, () => {
    let s: TestServer;
    const keys = {} as Record<Role, string>;
    let otherTenantAdminKey: string;

    // token undefined: no credentials at all (not the admin's default key).
    const call = (method: string, path: string, token?: string, body?: unknown) =>
      callJson(s, { method, path, body, key: token ?? null, timeoutMs: 30_000 });

    before(async () => {
      s = await startTestServer({ engine });
      keys.admin = s.adminKey;
      for (const role of ROLES.filter((r) => r !== 'admin')) {
        const user = await call('POST', '/api/v1/users', s.adminKey, {
          email: `${role}@operator.example`,
          name: role,
          role,
        });
        assert.equal(user.status, 201, JSON.stringify(user.body));
        keys[role] = await operatorIssuedKey(s, `${role}@operator.example`);
      }
      const other = await call('POST', '/api/v1/tenants', s.adminKey, {
        slug: 'bank-b',
        name: 'Bank B',
        kind: 'bank',
        admin: { email: 'admin@bank-b.example', name: 'B Admin' },
      });
      assert.equal(other.status, 201, JSON.stringify(other.body));
      otherTenantAdminKey = other.body.adminKey as string;
    });
    after(() => s.close());

    const concrete = (path: string) => path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');

    test('the route table covers every operation in the OpenAPI document', async () => {
      const doc = await call('GET', '/api/v1/openapi.json');
      assert.equal(doc.status, 200);
      assert.equal(doc.body.openapi, '3.1.0');
      const documented = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(
        ([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
      );
      assert.deepEqual(documented.sort(), ROUTE_TABLE.map((r) => `${r.method} ${r.path}`).sort());
    });

    test('every non-public route refuses a missing or bad credential with 401 problem+json', async () => {
      for (const r of ROUTE_TABLE.filter((x) => x.permission !== 'public')) {
        for (const token of [undefined, 'du_not-a-real-key-but-long-enough-0000000000']) {
          const res = await call(
            r.method,
            concrete(r.path),
            token,
            r.method === 'GET' || r.method === 'DELETE' ? undefined : {},
          );
          assert.equal(res.status, 401, `${r.method} ${r.path} with ${token ? 'a bad' : 'no'} token`);
          assert.equal(res.type, 'application/problem+json');
        }
      }
    });

    test('every route refuses roles without its permission with 403, before validating the body', async () => {
      let checked = 0;
      for (const r of ROUTE_TABLE.filter((x) => x.permission !== 'public')) {
        const allowed = PERMISSIONS[r.permission as Permission] as readonly Role[];
        for (const role of ROLES.filter((x) => !allowed.includes(x))) {
          const res = await call(
            r.method,
            concrete(r.path),
            keys[role],
            r.method === 'GET' || r.method === 'DELETE' ? undefined : { junk: true },
          );
          assert.equal(res.status, 403, `${role} on ${r.method} ${r.path}: ${JSON.stringify(res.body)}`);
          assert.match(String(res.body.detail), new RegExp(r.permission));
          checked++;
        }
      }
      assert.ok(checked >= 15, `only ${checked} refusals checked`);
      // The auditor reads everything...
      for (const path of ['/api/v1/users', '/api/v1/api-keys', '/api/v1/audit', '/api/v1/audit/verify', '/api/v1/me']) {
        assert.equal((await call('GET', path, keys.auditor)).status, 200, path);
      }
    });

    test('a tenant admin of a non-operator tenant cannot manage tenants', async () => {
      const res = await call('GET', '/api/v1/tenants', otherTenantAdminKey);
      assert.equal(res.status, 403);
      assert.match(String(res.body.detail), /operator tenant/);
    });

    test('a malformed request gets a 400 problem naming each field', async () => {
      const res = await call('POST', '/api/v1/users', s.adminKey, {
        email: 'not-an-email',
        name: 'X',
        role: 'boss',
        extra: 1,
      });
      assert.equal(res.status, 400);
      assert.equal(res.type, 'application/problem+json');
      const errors = res.body.errors as { in: string; pointer: string; message: string }[];
      assert.ok(
        errors.some((e) => e.in === 'body' && e.pointer === '/email'),
        JSON.stringify(errors),
      );
      assert.ok(
        errors.some((e) => e.pointer === '/role' && /admin/.test(e.message)),
        JSON.stringify(errors),
      );
      assert.match(String(res.body.detail), /\/email/);
      const nested = await call('POST', '/api/v1/tenants', s.adminKey, {
        slug: 'Bad Slug',
        name: 'x',
        kind: 'bank',
        admin: { email: 'a@b.example' },
      });
      assert.ok(
        (nested.body.errors as { pointer: string }[]).some((e) => e.pointer === '/admin/name'),
        JSON.stringify(nested.body),
      );
      assert.ok((nested.body.errors as { pointer: string }[]).some((e) => e.pointer === '/slug'));
      const query = await call('GET', '/api/v1/audit?limit=100000', s.adminKey);
      assert.equal(query.status, 400);
      assert.deepEqual(
        (query.body.errors as { in: string; pointer: string }[]).map((e) => [e.in, e.pointer]),
        [['query', '/limit']],
      );
    });

    test('broken JSON, a wrong content type and an oversized body are refused precisely', async () => {
      const broken = await call('POST', '/api/v1/users', s.adminKey, '{"email": ');
      assert.equal(broken.status, 400);
      assert.equal(broken.type, 'application/problem+json');
      const form = await callJson(s, {
        method: 'POST',
        path: '/api/v1/users',
        body: 'email=x',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      assert.equal(form.status, 415);
      const huge = await call('POST', '/api/v1/users', s.adminKey, {
        email: 'a@b.example',
        name: 'x'.repeat(2 * 1024 * 1024),
        role: 'analyst',
      });
      assert.equal(huge.status, 413);
      assert.match(String(huge.body.detail), /DUALUSE_MAX_BODY_BYTES/);
    });

    test("one tenant cannot see or change another tenant's data through the API", async () => {
      const mine = await call('GET', '/api/v1/users', otherTenantAdminKey);
      assert.deepEqual(
        (mine.body.users as { email: string }[]).map((u) => u.email),
        ['admin@bank-b.example'],
      );
      const operatorUsers = (await call('GET', '/api/v1/users', s.adminKey)).body.users as {
        id: string;
        email: string;
      }[];
      const victim = operatorUsers.find((u) => u.email === 'analyst@operator.example')!;
      const patch = await call('PATCH', `/api/v1/users/${victim.id}`, otherTenantAdminKey, { role: 'auditor' });
      assert.equal(patch.status, 404);
      const still = (await call('GET', '/api/v1/users', s.adminKey)).body.users as { id: string; role: string }[];
      assert.equal(still.find((u) => u.id === victim.id)!.role, 'analyst');
      const audit = (await call('GET', '/api/v1/audit?limit=500', otherTenantAdminKey)).body.records as {
        tenantId: string;
      }[];
      const me = (await call('GET', '/api/v1/me', otherTenantAdminKey)).body.tenant as { id: string };
      assert.ok(audit.length > 0 && audit.every((r) => r.tenantId === me.id));
    });

    test('password login opens a session that logout ends, and both are audited', async () => {
      // An admin may not choose another user's password over the API (credential-owner.ts);
      // the operator delivers a first one out of band (the CLI's rights).
      const refused = await call('POST', '/api/v1/users', s.adminKey, {
        email: 'Olga@Operator.example',
        name: 'Olga',
        role: 'officer',
        password: 'a long enough password',
      });
      assert.equal(refused.status, 403, JSON.stringify(refused.body));
      const operator = (await findTenantBySlug(s.app.db.orm, 'operator'))!;
      await createUser(s.app, cliPrincipal(operator), {
        email: 'Olga@Operator.example',
        name: 'Olga',
        role: 'officer',
        password: 'a long enough password',
      });
      const wrong = await call('POST', '/api/v1/auth/login', undefined, {
        email: 'olga@operator.example',
        password: 'wrong password!!',
      });
      assert.equal(wrong.status, 401);
      const ok = await call('POST', '/api/v1/auth/login', undefined, {
        email: 'olga@operator.example',
        password: 'a long enough password',
      });
      assert.equal(ok.status, 200);
      const token = ok.body.token as string;
      assert.equal(((await call('GET', '/api/v1/me', token)).body as { role: string }).role, 'officer');
      assert.equal((await call('POST', '/api/v1/auth/logout', token)).status, 204);
      assert.equal((await call('GET', '/api/v1/me', token)).status, 401);
      const actions = (
        (await call('GET', '/api/v1/audit?action=auth.', s.adminKey)).body.records as { action: string }[]
      ).map((r) => r.action);
      assert.deepEqual(actions.slice(0, 3), ['auth.logout', 'auth.login', 'auth.login_failed']);
    });

    test('a revoked API key stops working', async () => {
      const created = await call('POST', '/api/v1/api-keys', s.adminKey, { name: 'temporary' });
      const key = created.body.key as string;
      assert.equal((await call('GET', '/api/v1/me', key)).status, 200);
      const id = (created.body.apiKey as { id: string }).id;
      assert.equal((await call('DELETE', `/api/v1/api-keys/${id}`, s.adminKey)).status, 200);
      const refused = await call('GET', '/api/v1/me', key);
      assert.equal(refused.status, 401);
      assert.match(String(refused.body.detail), /revoked/);
    });

    test('the last admin cannot be demoted', async () => {
      const users = (await call('GET', '/api/v1/users', otherTenantAdminKey)).body.users as { id: string }[];
      const res = await call('PATCH', `/api/v1/users/${users[0]!.id}`, otherTenantAdminKey, { role: 'analyst' });
      assert.equal(res.status, 409);
      assert.match(String(res.body.detail), /last active admin/);
    });

    test('health and readiness answer without credentials', async () => {
      assert.equal((await call('GET', '/healthz')).body.status, 'ok');
      assert.deepEqual((await call('GET', '/readyz')).body, { status: 'ready', database: engine });
    });
  });
}
