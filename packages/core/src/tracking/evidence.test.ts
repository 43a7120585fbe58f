// Recorded heartbeats of a fleet verify offline: each record judged on its own, replayed, tampered and
// out-of-order ones rejected individually, no clock check against today.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CITIES, DEVICE, keyFor, LANDMARK_MAP, LANDMARKS, round, T0 } from './fixtures.test-support';
import { verifyRecordedHeartbeats, type EvidenceDevice } from './evidence';
import { pureVerifier, signMessage } from './keys';
import type { Heartbeat } from './protocol';

const devices = new Map<string, EvidenceDevice>([
  [DEVICE.id, { id: DEVICE.id, publicKey: DEVICE.publicKey, startingCounter: 100 }],
]);
const verify = (records: unknown[]) =>
  verifyRecordedHeartbeats({ devices, landmarks: LANDMARK_MAP, records }, pureVerifier);
const kinds = (findings: { kind: string }[]) => findings.map((f) => f.kind);

/** A heartbeat sent `minutes` after T0 with the given counter, re-signed by the device. */
function sent(counter: number, minutes: number): Heartbeat {
  const r = round(CITIES.kualaLumpur, counter);
  const at = new Date(T0.getTime() + minutes * 60_000).toISOString();
  const measurements = r.heartbeat.measurements.map((m, i) =>
    signMessage({ ...m.message, measuredAt: at }, LANDMARKS[i]!.seed),
  );
  return { report: signMessage({ ...r.heartbeat.report.message, clock: at }, DEVICE.seed), measurements };
}

test('a clean history a year old verifies: every record accepted with its measurements', () => {
  const report = verify([sent(101, 0), sent(102, 60), sent(103, 120)]);
  assert.equal(report.accepted, 3);
  assert.equal(report.rejected, 0);
  for (const v of report.verdicts) {
    assert.deepEqual(v.findings, []);
    assert.equal(v.measurements.length, LANDMARKS.length);
  }
});

test('records held out of counter order are judged in counter order', () => {
  const report = verify([sent(103, 120), sent(101, 0), sent(102, 60)]);
  assert.deepEqual(
    report.verdicts.map((v) => [v.record, v.counter, v.accepted]),
    [
      [1, 103, true],
      [2, 101, true],
      [3, 102, true],
    ],
  );
});

test('replayed, tampered, out-of-order and unreadable records are rejected one by one; the rest stand', () => {
  const good1 = sent(101, 0);
  const good2 = sent(102, 60);
  const tampered = sent(103, 120);
  // edited after signing: the device reported itself disabled
  tampered.report = { ...tampered.report, message: { ...tampered.report.message, state: 'disabled' } };
  const reordered = sent(104, 30); // a higher counter with a clock before record 102's
  const good3 = sent(105, 180);
  const replay = structuredClone(good1);
  const report = verify([good1, good2, tampered, reordered, good3, replay, { report: 'nonsense' }]);
  const byRecord = new Map(report.verdicts.map((v) => [v.record, v]));
  assert.deepEqual(
    report.verdicts.map((v) => v.accepted),
    [true, true, false, false, true, false, false],
  );
  assert.deepEqual(kinds(byRecord.get(3)!.findings), ['bad-device-signature']);
  assert.deepEqual(kinds(byRecord.get(4)!.findings), ['out-of-order']);
  assert.match(byRecord.get(4)!.findings[0]!.message, /record 2/);
  const replayKinds = kinds(byRecord.get(6)!.findings);
  assert.ok(
    replayKinds.includes('replayed-counter') || replayKinds.includes('rolled-back-counter'),
    replayKinds.join(),
  );
  assert.ok(replayKinds.includes('reused-nonce'), 'the replay presents nonces record 1 already burnt');
  assert.deepEqual(kinds(byRecord.get(7)!.findings), ['unreadable']);
  assert.match(byRecord.get(7)!.findings[0]!.message, /at \/report/);
  assert.equal(report.findingCounts['bad-device-signature'], 1);
  assert.equal(report.findingCounts['out-of-order'], 2, 'the reordered record and the replay, whose clock is old too');
});

test('counters must rise from the registered starting counter', () => {
  const report = verify([sent(99, 0), sent(100, 10), sent(101, 20)]);
  assert.deepEqual(
    report.verdicts.map((v) => [v.counter, v.accepted, kinds(v.findings)]),
    [
      [99, false, ['rolled-back-counter']],
      [100, false, ['replayed-counter']],
      [101, true, []],
    ],
  );
});

test('a forged measurement is dropped from location but the report stands; unknown devices are named', () => {
  const hb = sent(101, 0);
  const [first, ...rest] = hb.measurements;
  hb.measurements = [signMessage({ ...first!.message, rttUs: 1 }, keyFor('mallory').seed), ...rest];
  const stranger = { ...sent(102, 10) };
  stranger.report = signMessage({ ...stranger.report.message, deviceId: 'dev-unknown' }, keyFor('x').seed);
  const report = verify([hb, stranger]);
  assert.equal(report.verdicts[0]!.accepted, true);
  assert.deepEqual(kinds(report.verdicts[0]!.findings), ['bad-landmark-signature']);
  assert.equal(report.verdicts[0]!.measurements.length, LANDMARKS.length - 1);
  assert.deepEqual(kinds(report.verdicts[1]!.findings), ['unknown-device']);
});

test('a measurement taken long after the report, or with a nonce older than its lifetime, does not count', () => {
  const hb = sent(101, 0);
  const [first, second, ...rest] = hb.measurements;
  const late = signMessage(
    { ...first!.message, measuredAt: new Date(T0.getTime() + 3_600_000).toISOString() },
    LANDMARKS[0]!.seed,
  );
  const stale = signMessage(
    { ...second!.message, measuredAt: new Date(T0.getTime() - 3_600_000).toISOString() },
    LANDMARKS[1]!.seed,
  );
  hb.measurements = [late, stale, ...rest];
  const v = verify([hb]).verdicts[0]!;
  assert.equal(v.accepted, true);
  assert.deepEqual(kinds(v.findings).sort(), ['expired-nonce', 'measured-after-report']);
  assert.equal(v.measurements.length, LANDMARKS.length - 2);
});
