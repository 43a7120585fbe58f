// Findings and alerts speak to people: no device id, nonce or landmark id in the message; the raw
// identifiers an investigator needs are in `detail` (issue 19: internals on the devices page).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assessHeartbeat } from './assess';
import { CITIES, DEVICE, KL_SITE, keyFor, LANDMARK_MAP, round, T0 } from './fixtures.test-support';
import { pureVerifier, signMessage } from './keys';
import { duration, verifyHeartbeat, type IssuedNonce, type VerifyInput } from './verify';

const device = { id: DEVICE.id, publicKey: DEVICE.publicKey, lastCounter: 10 };
const named = new Map([...LANDMARK_MAP].map(([id, l]) => [id, { ...l, name: id.replace('lm-', '') }]));
const run = (input: Partial<VerifyInput> & Pick<VerifyInput, 'heartbeat' | 'nonces'>) =>
  verifyHeartbeat({ device, landmarks: named, receivedAt: T0, ...input }, pureVerifier);

function failures() {
  const ok = round(CITIES.kualaLumpur, 11);
  const used = new Map<string, IssuedNonce>([...ok.nonces].map(([n, i]) => [n, { ...i, usedAt: T0.toISOString() }]));
  const forged = { ...ok.heartbeat, report: signMessage(ok.heartbeat.report.message, keyFor('someone else').seed) };
  const [first, ...rest] = ok.heartbeat.measurements;
  const badLandmark = signMessage({ ...first!.message, rttUs: 1 }, keyFor('mallory').seed);
  return [
    run({ ...ok, heartbeat: forged }),
    run({ heartbeat: ok.heartbeat, nonces: used }),
    run({ heartbeat: ok.heartbeat, nonces: new Map() }),
    run({ ...ok, heartbeat: { ...ok.heartbeat, measurements: [badLandmark, ...rest] } }),
    run(round(CITIES.kualaLumpur, 10)),
    run(round(CITIES.kualaLumpur, 11, { report: { deviceId: 'dev-2', nonces: [] } })),
    run({ ...ok, receivedAt: new Date(T0.getTime() + 3_600_000) }),
    run({ ...ok, landmarks: new Map([...named].slice(1)) }),
  ];
}

test('no finding message names a device id, nonce or landmark id; its detail does', () => {
  const findings = failures().flatMap((v) => v.findings);
  assert.ok(new Set(findings.map((f) => f.kind)).size >= 8, 'the cases cover most finding kinds');
  for (const f of findings) {
    const raw = [DEVICE.id, 'dev-2', ...(f.nonce ? [f.nonce] : []), ...(f.landmarkId ? [f.landmarkId] : [])];
    for (const id of raw) assert.ok(!f.message.includes(id), `${f.kind}: "${f.message}" shows ${id}`);
    assert.ok(f.detail && raw.some((id) => f.detail!.includes(id)), `${f.kind}: detail "${f.detail}" keeps an id`);
  }
});

test('a replayed heartbeat is one replay alert in words, its repeated message said once with a count', () => {
  const ok = round(CITIES.kualaLumpur, 11);
  const used = new Map<string, IssuedNonce>(
    [...ok.nonces].map(([n, i]) => [n, { ...i, usedAt: '2026-11-23T11:59:07.000Z' }]),
  );
  const v = run({ heartbeat: ok.heartbeat, nonces: used });
  const places = { landmarks: named, site: KL_SITE, proscribed: new Set<string>() };
  const replay = assessHeartbeat(ok.heartbeat.report.message, v, places).alerts.filter((a) => a.kind === 'replay');
  assert.equal(replay.length, 1);
  assert.equal(
    replay[0]!.message,
    "a landmark's challenge was answered again (a replay); it was first used 2026-11-23 11:59 UTC (5 times)",
  );
  const twice = { ...ok.heartbeat, measurements: [...ok.heartbeat.measurements, ...ok.heartbeat.measurements] };
  const doubled = assessHeartbeat(ok.heartbeat.report.message, run({ heartbeat: twice, nonces: ok.nonces }), places);
  assert.match(doubled.alerts.find((a) => a.kind === 'replay')!.message, /answered twice in this heartbeat/);
});

test('durations read in the unit a person would use', () => {
  assert.deepEqual([40_000, 300_000, 86_400_000, 3 * 86_400_000].map(duration), ['40 s', '5 min', '24 h', '3 days']);
});
