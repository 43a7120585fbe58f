/**
 * Recorded heartbeats as evidence (docs/protocol/heartbeat-v1.md §11): an investigator holds a device's
 * heartbeats as they were sent — their own nonces and timestamps — and needs to know which of them prove
 * what. Live verification (verify.ts) judges one heartbeat against server-minted nonces and the verifier's
 * clock; here there is no issuing server and "now" is years later, so:
 *  - a nonce counts as issued to the landmark that signed a measurement of it (the landmark's signature is
 *    the proof), valid for NONCE_TTL_MS after that measurement, and single-use across the whole batch;
 *  - the device's own report clock stands in for the time of receipt (no check against today's clock);
 *  - counters must rise from the device's registered starting counter, in counter order, and the report
 *    clock must rise with them: a later counter with an earlier clock is an out-of-order (reordered or
 *    doctored) record.
 * Each heartbeat gets its own verdict; one bad record never spoils the others.
 */
import { HeartbeatSchema, type Heartbeat, type SignatureVerifier } from './protocol';
import { verifyHeartbeat, type Finding, type IssuedNonce, type LandmarkKey, type VerifiedMeasurement } from './verify';

/** The protocol's nonce lifetime (§4: "single use, bound to L_i and D, TTL 5 min"). */
export const NONCE_TTL_MS = 5 * 60_000;

export interface EvidenceDevice {
  id: string;
  publicKey: string;
  /** The counter the device was registered with (its tamper-resistant store at installation). */
  startingCounter: number;
}

/** Findings only offline verification can make, beside the live kinds of verify.ts. */
export type EvidenceFindingKind = 'unreadable' | 'unknown-device' | 'out-of-order' | 'measured-after-report';

export interface EvidenceFinding {
  kind: Finding['kind'] | EvidenceFindingKind;
  message: string;
  landmarkId?: string;
  nonce?: string;
}

export interface EvidenceVerdict {
  /** 1-based position of the record in the batch as given. */
  record: number;
  deviceId: string | null;
  counter: number | null;
  clock: string | null;
  accepted: boolean;
  findings: EvidenceFinding[];
  measurements: VerifiedMeasurement[];
}

export interface EvidenceInput {
  devices: ReadonlyMap<string, EvidenceDevice>;
  landmarks: ReadonlyMap<string, LandmarkKey>;
  /** The records as held: anything; each is parsed against the protocol schema on its own. */
  records: readonly unknown[];
}

export interface EvidenceReport {
  verdicts: EvidenceVerdict[];
  accepted: number;
  rejected: number;
  /** How many records carry each finding kind. */
  findingCounts: Record<string, number>;
}

interface Parsed {
  record: number;
  heartbeat: Heartbeat;
}

interface DeviceState {
  lastCounter: number;
  lastClock: number;
  lastRecord: number | null;
}

export function verifyRecordedHeartbeats(input: EvidenceInput, verifier: SignatureVerifier): EvidenceReport {
  const verdicts: EvidenceVerdict[] = [];
  const parsed: Parsed[] = [];
  input.records.forEach((raw, i) => {
    const r = HeartbeatSchema.safeParse(raw);
    if (r.success) parsed.push({ record: i + 1, heartbeat: r.data });
    else verdicts.push(unreadable(i + 1, r.error.issues[0]));
  });
  // Counter order is the device's own order; a stable sort keeps duplicates in the order they were held.
  parsed.sort((a, b) => a.heartbeat.report.message.counter - b.heartbeat.report.message.counter || a.record - b.record);
  const states = new Map<string, DeviceState>();
  const burnt = new Map<string, number>();
  for (const p of parsed) verdicts.push(judge(p, input, { states, burnt }, verifier));
  verdicts.sort((a, b) => a.record - b.record);
  return summarise(verdicts);
}

function unreadable(record: number, issue: { path: PropertyKey[]; message: string } | undefined): EvidenceVerdict {
  const where = issue?.path.length ? `/${issue.path.map(String).join('/')}` : '/';
  const message = `not a dualuse-heartbeat/1 heartbeat: ${issue?.message ?? 'unreadable'} at ${where}`;
  return { ...empty(record), findings: [{ kind: 'unreadable', message }] };
}

const empty = (record: number): EvidenceVerdict => ({
  record,
  deviceId: null,
  counter: null,
  clock: null,
  accepted: false,
  findings: [],
  measurements: [],
});

function judge(
  p: Parsed,
  input: EvidenceInput,
  seen: { states: Map<string, DeviceState>; burnt: Map<string, number> },
  verifier: SignatureVerifier,
): EvidenceVerdict {
  const report = p.heartbeat.report.message;
  const base = { ...empty(p.record), deviceId: report.deviceId, counter: report.counter, clock: report.clock };
  const device = input.devices.get(report.deviceId);
  if (!device) {
    const message = `device ${report.deviceId} is not registered: there is no key to verify its report against`;
    return { ...base, findings: [{ kind: 'unknown-device', message }] };
  }
  const state = seen.states.get(device.id) ?? {
    lastCounter: device.startingCounter,
    lastClock: -Infinity,
    lastRecord: null,
  };
  const live = verifyHeartbeat(
    {
      heartbeat: p.heartbeat,
      device: { id: device.id, publicKey: device.publicKey, lastCounter: state.lastCounter },
      landmarks: input.landmarks,
      nonces: noncesAsIssued(p, seen.burnt),
      receivedAt: new Date(report.clock),
      policy: { maxClockSkewMs: Number.POSITIVE_INFINITY },
    },
    verifier,
  );
  const late = lateMeasurements(p);
  const findings: EvidenceFinding[] = [...live.findings, ...orderFindings(report.clock, state), ...late];
  for (const n of live.consumedNonces) if (!seen.burnt.has(n)) seen.burnt.set(n, p.record);
  const accepted = live.reportAccepted && !findings.some((f) => f.kind === 'out-of-order');
  if (accepted) {
    seen.states.set(device.id, {
      lastCounter: report.counter,
      lastClock: Date.parse(report.clock),
      lastRecord: p.record,
    });
  }
  const lateNonces = new Set(late.map((f) => f.nonce));
  const measurements = accepted ? live.measurements.filter((m) => !lateNonces.has(m.nonce)) : [];
  return { ...base, accepted, findings, measurements };
}

/**
 * The nonces of one recorded heartbeat as a landmark would have issued them: bound to the landmark that
 * signed the measurement and the device it names, expiring NONCE_TTL_MS after the measurement, and already
 * used if an earlier record of the batch presented them.
 */
function noncesAsIssued(p: Parsed, burnt: ReadonlyMap<string, number>): Map<string, IssuedNonce> {
  const nonces = new Map<string, IssuedNonce>();
  for (const { message: m } of p.heartbeat.measurements) {
    const earlier = burnt.get(m.nonce);
    nonces.set(m.nonce, {
      nonce: m.nonce,
      landmarkId: m.landmarkId,
      deviceId: m.deviceId,
      expiresAt: new Date(Date.parse(m.measuredAt) + NONCE_TTL_MS).toISOString(),
      usedAt: earlier === undefined ? null : `record ${earlier} of this batch`,
    });
  }
  return nonces;
}

function orderFindings(clock: string, state: DeviceState): EvidenceFinding[] {
  if (state.lastRecord === null || Date.parse(clock) > state.lastClock) return [];
  const before = new Date(state.lastClock).toISOString();
  const message =
    `the report's clock ${clock} is not after ${before} of record ${state.lastRecord}, ` +
    'which carries a lower counter: the records are reordered or doctored';
  return [{ kind: 'out-of-order', message }];
}

/** A landmark cannot have measured a ping after the device reported its answer (beyond the clock skew allowed live). */
function lateMeasurements(p: Parsed): EvidenceFinding[] {
  const clock = Date.parse(p.heartbeat.report.message.clock);
  return p.heartbeat.measurements
    .filter(({ message: m }) => Date.parse(m.measuredAt) > clock + 5 * 60_000)
    .map(({ message: m }) => ({
      kind: 'measured-after-report' as const,
      landmarkId: m.landmarkId,
      nonce: m.nonce,
      message: `landmark ${m.landmarkId} measured nonce ${m.nonce} at ${m.measuredAt}, after the report of ${p.heartbeat.report.message.clock}`,
    }));
}

function summarise(verdicts: EvidenceVerdict[]): EvidenceReport {
  const findingCounts: Record<string, number> = {};
  for (const v of verdicts)
    for (const k of new Set(v.findings.map((f) => f.kind))) findingCounts[k] = (findingCounts[k] ?? 0) + 1;
  const accepted = verdicts.filter((v) => v.accepted).length;
  return { verdicts, accepted, rejected: verdicts.length - accepted, findingCounts };
}
