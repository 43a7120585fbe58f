// Sign-in throttling per account and per address (issue 12 §8), with an explicit clock.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '@dualuse/core';
import { LoginThrottle } from './login-throttle';

const limited = (fn: () => void): number => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'rate_limited') return error.details.retryAfter as number;
    throw error;
  }
  return 0;
};

test('an account is refused after its failures, from any address, until the oldest leaves the window', () => {
  const t = new LoginThrottle(3, 60_000);
  for (const at of [0, 10_000, 20_000]) t.recordFailure(['email:olga', `address:10.0.0.${at / 10_000}`], at);
  assert.equal(
    limited(() => t.check(['email:olga', 'address:10.9.9.9'], 30_000)),
    30,
  ); // oldest failure at 0 leaves at 60 s
  assert.equal(
    limited(() => t.check(['email:ivan', 'address:10.9.9.9'], 30_000)),
    0,
    'another account from another address is not affected',
  );
  assert.equal(
    limited(() => t.check(['email:olga', 'address:10.9.9.9'], 60_001)),
    0,
  );
});

test('an address is refused after failures across accounts (password spraying)', () => {
  const t = new LoginThrottle(3, 60_000);
  for (const [i, who] of ['a', 'b', 'c'].entries()) t.recordFailure([`email:${who}`, 'address:203.0.113.7'], i);
  assert.ok(limited(() => t.check(['email:d', 'address:203.0.113.7'], 10)) > 0);
  assert.equal(
    limited(() => t.check(['email:d', 'address:198.51.100.1'], 10)),
    0,
  );
});

test('a success clears the account, not the address', () => {
  const t = new LoginThrottle(2, 60_000);
  t.recordFailure(['email:olga', 'address:x'], 0);
  t.recordSuccess('email:olga');
  t.recordFailure(['email:olga', 'address:x'], 1);
  assert.equal(
    limited(() => t.check(['email:olga', 'address:y'], 2)),
    0,
  );
  assert.ok(limited(() => t.check(['email:other', 'address:x'], 2)) > 0);
});
