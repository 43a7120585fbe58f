/**
 * What the NATS JetStream tests need: a NATS server (DUALUSE_TEST_NATS_URL, default
 * 127.0.0.1:4222) and the runner's PostgreSQL template. Missing, they are skipped locally with
 * the reason; under CI=true or DUALUSE_REQUIRE_NATS=1 a missing service is a failing test.
 */
import assert from 'node:assert/strict';
import { connect as tcpConnect } from 'node:net';
import { test } from 'node:test';

export const NATS_URL = process.env.DUALUSE_TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

function natsReachable(url: string): Promise<boolean> {
  const u = new URL(url.replace(/^nats:/, 'http:'));
  return new Promise((resolve) => {
    const socket = tcpConnect(
      { host: u.hostname, port: Number(u.port || 4222), timeout: 2000 },
      () => (socket.destroy(), resolve(true)),
    );
    socket.on('error', () => resolve(false)).on('timeout', () => (socket.destroy(), resolve(false)));
  });
}

/** The `skip` option for a suite named `what`: false when both services are there, else the reason. */
export async function natsTestServices(what: string): Promise<string | false> {
  const required = process.env.CI === 'true' || process.env.DUALUSE_REQUIRE_NATS === '1';
  const missing = [
    ...(process.env.DUALUSE_TEST_PG_TEMPLATE ? [] : ['PostgreSQL (run through `npx tsx scripts/test.ts`)']),
    ...((await natsReachable(NATS_URL)) ? [] : [`NATS at ${NATS_URL} (start it: see .ci/run)`]),
  ];
  if (missing.length && required)
    test(`${what} has its services`, () => assert.fail(`needs ${missing.join(' and ')}; CI requires them`));
  return missing.length ? `needs ${missing.join(' and ')}` : false;
}
