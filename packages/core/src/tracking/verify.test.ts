// Every verification failure of issue 7's Done-when, each recorded as a finding.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CITIES, DEVICE, keyFor, LANDMARK_MAP, LANDMARKS, round, T0 } from './fixtures.test-support';
import { signMessage } from './keys';
import { verifyHeartbeat, type IssuedNonce, type VerifyInput } from './verify';
import { pureVerifier } from './keys';

const device = { id: DEVICE.id, publicKey: DEVICE.publicKey, lastCounter: 10 };
const run = (input: Partial<VerifyInput> & Pick<VerifyInput, 'heartbeat' | 'nonces'>) =>
  verifyHeartbeat({ device, landmarks: LANDMARK_MAP, receivedAt: T0, ...input }, pureVerifier);
const kinds = (v: { findings: { kind: string }[] }) => v.findings.map((f) => f.kind);

test('a good heartbeat is accepted with every measurement', () => {
  const r = round(CITIES.kualaLumpur, 11);
  const v = run(r);
  assert.deepEqual(v.findings, []);
  assert.equal(v.reportAccepted, true);
  assert.equal(v.measurements.length, LANDMARKS.length);
  assert.equal(v.consumedNonces.length, LANDMARKS.length);
});

test('bad device signature: the report is rejected and nothing locates it', () => {
  const r = round(CITIES.kualaLumpur, 11);
  const forged = { ...r.heartbeat, report: signMessage(r.heartbeat.report.message, keyFor('someone else').seed) };
  const v = run({ ...r, heartbeat: forged });
  assert.equal(v.reportAccepted, false);
  assert.deepEqual(kinds(v), ['bad-device-signature']);
  assert.equal(v.measurements.length, 0);
});

test('a report edited after signing fails its signature', () => {
  const r = round(CITIES.kualaLumpur, 11);
  const edited = {
    ...r.heartbeat,
    report: {
      ...r.heartbeat.report,
      message: { ...r.heartbeat.report.message, sensors: { relocation: false, enclosureOpened: false }, counter: 99 },
    },
  };
  assert.deepEqual(kinds(run({ ...r, heartbeat: edited })), ['bad-device-signature']);
});

test('bad landmark signature: that measurement is dropped from location and recorded', () => {
  const r = round(CITIES.kualaLumpur, 11);
  const [first, ...rest] = r.heartbeat.measurements;
  const forged = signMessage({ ...first!.message, rttUs: 1 }, keyFor('mallory').seed);
  const v = run({ ...r, heartbeat: { ...r.heartbeat, measurements: [forged, ...rest] } });
  assert.equal(v.reportAccepted, true);
  assert.deepEqual(kinds(v), ['bad-landmark-signature']);
  assert.equal(v.measurements.length, LANDMARKS.length - 1);
});

test('unknown nonce', () => {
  const r = round(CITIES.kualaLumpur, 11);
  const v = run({ heartbeat: r.heartbeat, nonces: new Map([...r.nonces].slice(1)) });
  assert.deepEqual(kinds(v), ['unknown-nonce']);
});

test('reused nonce: within one heartbeat and across heartbeats', () => {
  const r = round(CITIES.kualaLumpur, 11);
  const used = new Map<string, IssuedNonce>(
    [...r.nonces].map(([n, i], k) => [n, k === 0 ? { ...i, usedAt: '2026-11-23T11:59:00.000Z' } : i]),
  );
  assert.deepEqual(kinds(run({ heartbeat: r.heartbeat, nonces: used })), ['reused-nonce']);
  const twice = { ...r.heartbeat, measurements: [...r.heartbeat.measurements, r.heartbeat.measurements[0]!] };
  assert.deepEqual(kinds(run({ heartbeat: twice, nonces: r.nonces })), ['reused-nonce']);
});

test('expired nonce', () => {
  const r = round(CITIES.kualaLumpur, 11);
  const v = run({ ...r, receivedAt: new Date(T0.getTime() + 301_000), policy: { maxClockSkewMs: 3_600_000 } });
  assert.deepEqual(new Set(kinds(v)), new Set(['expired-nonce']));
  assert.equal(v.measurements.length, 0);
  // Expired nonces are still burnt: they can never be presented again.
  assert.equal(v.consumedNonces.length, LANDMARKS.length);
});

test('a nonce issued for another device or landmark is refused', () => {
  const r = round(CITIES.kualaLumpur, 11);
  const other = new Map([...r.nonces].map(([n, i]) => [n, { ...i, deviceId: 'dev-2' }]));
  assert.ok(kinds(run({ heartbeat: r.heartbeat, nonces: other })).every((k) => k === 'nonce-not-issued-for-this'));
});

test('a measurement whose nonce the device did not answer is refused', () => {
  const r = round(CITIES.kualaLumpur, 11, { report: { nonces: [] } });
  assert.ok(kinds(run(r)).every((k) => k === 'nonce-not-in-report'));
});

test('replayed counter (equal) and rolled-back counter (lower) are rejected and recorded', () => {
  const replay = round(CITIES.kualaLumpur, 10);
  const v1 = run(replay);
  assert.equal(v1.reportAccepted, false);
  assert.deepEqual(kinds(v1), ['replayed-counter']);
  const rollback = round(CITIES.kualaLumpur, 3);
  assert.deepEqual(kinds(run(rollback)), ['rolled-back-counter']);
});

test('clock skew beyond the policy is rejected; within it is fine', () => {
  const r = round(CITIES.kualaLumpur, 11, { report: { clock: new Date(T0.getTime() + 10 * 60_000).toISOString() } });
  const v = run(r);
  assert.equal(v.reportAccepted, false);
  assert.deepEqual(kinds(v), ['clock-skew']);
  assert.deepEqual(kinds(run({ ...r, policy: { maxClockSkewMs: 15 * 60_000 } })), []);
});

test('a report naming another device is refused', () => {
  const r = round(CITIES.kualaLumpur, 11, { report: { deviceId: 'dev-2' } });
  assert.deepEqual(kinds(run(r)), ['device-mismatch']);
});

test('an unknown landmark is recorded', () => {
  const r = round(CITIES.kualaLumpur, 11);
  const v = run({ ...r, landmarks: new Map([...LANDMARK_MAP].slice(1)) });
  assert.deepEqual(kinds(v), ['unknown-landmark']);
});
