// Sign-in throttling over HTTP (issue 12 §8): after DUALUSE_LOGIN_MAX_ATTEMPTS failures the
// login answers 429 with Retry-After — even for the right password — instead of checking it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { cliPrincipal, createUser } from '@dualuse/app';
import { findTenantBySlug } from '@dualuse/store';
import { operatorIssuedKey, startTestServer, type TestServer } from '../../testing';

describe('login throttling', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ env: { DUALUSE_LOGIN_MAX_ATTEMPTS: '3' } });
    const operator = (await findTenantBySlug(s.app.db.orm, 'operator'))!;
    await createUser(s.app, cliPrincipal(operator), {
      email: 'olga@agency.example',
      name: 'Olga',
      role: 'officer',
      password: 'the right password',
    });
  });
  after(() => s.close());

  const login = (password: string) =>
    fetch(`${s.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'olga@agency.example', password }),
    });

  test('a user sets their own password (the current one required once set); nobody else can', async () => {
    await fetch(`${s.url}/api/v1/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ivan@agency.example', name: 'Ivan', role: 'analyst' }),
    });
    const key = await operatorIssuedKey(s, 'ivan@agency.example');
    const set = (token: string, body: unknown) =>
      fetch(`${s.url}/api/v1/me/password`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    assert.equal((await set(key, { newPassword: 'ivan chose this one' })).status, 200);
    assert.equal(
      (await set(key, { newPassword: 'someone else chose' })).status,
      403,
      'the current password is needed once one is set',
    );
    assert.equal(
      (await set(key, { currentPassword: 'ivan chose this one', newPassword: 'ivan chose again!' })).status,
      200,
    );
    const session = await fetch(`${s.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ivan@agency.example', password: 'ivan chose again!' }),
    });
    assert.equal(session.status, 200);
  });

  test('three failures, then 429 with Retry-After, also for the right password', async () => {
    for (let i = 0; i < 3; i++) assert.equal((await login(`wrong password ${i}`)).status, 401);
    const refused = await login('the right password');
    assert.equal(refused.status, 429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    assert.ok(retryAfter > 800 && retryAfter <= 900, `Retry-After ${retryAfter} s (15-minute window)`);
    const body = (await refused.json()) as { type: string; detail: string };
    assert.equal(body.type, 'urn:dualuse:problem:rate_limited');
    assert.match(body.detail, /too many failed sign-in attempts/);
  });
});
