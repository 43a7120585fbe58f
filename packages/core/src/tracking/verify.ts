/**
 * Verification of one heartbeat (docs/protocol/heartbeat-v1.md §5). Every failure becomes a
 * finding that the caller stores with the heartbeat; nothing is silently dropped. The report
 * is accepted (and may move the counter) only with a good device signature, a strictly larger
 * counter and a clock within the allowed skew; a measurement counts for location only if the
 * report was accepted and the measurement passes every check of its own.
 */
import { signingText, type Heartbeat, type SignatureVerifier } from './protocol';
import type { LatLon } from './geo';

export interface DeviceKeyState {
  id: string;
  publicKey: string;
  /** The highest counter accepted so far; 0 before the first report. */
  lastCounter: number;
}

export interface LandmarkKey extends LatLon {
  id: string;
  publicKey: string;
  name?: string;
}

export interface IssuedNonce {
  nonce: string;
  landmarkId: string;
  deviceId: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface VerifyPolicy {
  /** Largest allowed |device clock − verifier clock|, ms. */
  maxClockSkewMs: number;
}

export const DEFAULT_VERIFY_POLICY: VerifyPolicy = { maxClockSkewMs: 5 * 60_000 };

export const FINDING_KINDS = [
  'device-mismatch',
  'bad-device-signature',
  'replayed-counter',
  'rolled-back-counter',
  'clock-skew',
  'unknown-landmark',
  'bad-landmark-signature',
  'unknown-nonce',
  'nonce-not-issued-for-this',
  'reused-nonce',
  'expired-nonce',
  'nonce-not-in-report',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/**
 * One failed check. `message` is for people: it names no key, nonce or database id (the page puts
 * the device's serial beside it). `detail` carries the raw identifiers an investigator needs, shown
 * behind "details"; findings stored before it existed have only `message`.
 */
export interface Finding {
  kind: FindingKind;
  message: string;
  detail?: string;
  landmarkId?: string;
  nonce?: string;
}

/** "2026-11-23 11:59 UTC": a time a reader can take in at a glance; seconds live in `detail`. */
export const readableUtc = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

export interface VerifiedMeasurement {
  landmarkId: string;
  nonce: string;
  rttUs: number;
  measuredAt: string;
}

export interface HeartbeatVerification {
  reportAccepted: boolean;
  findings: Finding[];
  /** Measurements fit to bound the location (empty unless the report was accepted). */
  measurements: VerifiedMeasurement[];
  /** Nonces this heartbeat consumed: the caller marks them used, whatever the outcome. */
  consumedNonces: string[];
}

export interface VerifyInput {
  heartbeat: Heartbeat;
  device: DeviceKeyState;
  landmarks: ReadonlyMap<string, LandmarkKey>;
  nonces: ReadonlyMap<string, IssuedNonce>;
  receivedAt: Date;
  policy?: VerifyPolicy;
}

export function verifyHeartbeat(input: VerifyInput, verifier: SignatureVerifier): HeartbeatVerification {
  const { heartbeat, device, landmarks, nonces } = input;
  const findings = checkReport(input, verifier);
  const accepted = findings.length === 0;
  const measurements: VerifiedMeasurement[] = [];
  const seen: NonceUse = { consumed: [], answered: new Set(heartbeat.report.message.nonces) };
  for (const sm of heartbeat.measurements) {
    const m = sm.message;
    const landmark = landmarks.get(m.landmarkId);
    const finding = !landmark
      ? {
          kind: 'unknown-landmark' as const,
          message: 'a distance measurement names a landmark that is not registered',
          detail: `landmark ${m.landmarkId} is not registered`,
        }
      : !verifier.verify(signingText(m), sm.signature, landmark.publicKey)
        ? {
            kind: 'bad-landmark-signature' as const,
            message: `a measurement in ${landmarkName(landmark)}'s name is not signed with that landmark's key`,
            detail: `the measurement's signature does not verify under landmark ${m.landmarkId}'s key`,
          }
        : checkNonce(
            { m, landmark, issued: nonces.get(m.nonce), deviceId: device.id, receivedAt: input.receivedAt },
            seen,
          );
    if (finding) findings.push({ landmarkId: m.landmarkId, nonce: m.nonce, ...finding });
    else if (accepted)
      measurements.push({ landmarkId: m.landmarkId, nonce: m.nonce, rttUs: m.rttUs, measuredAt: m.measuredAt });
  }
  return { reportAccepted: accepted, findings, measurements, consumedNonces: seen.consumed };
}

/** 40 s, 7 min, 24 h, 3 days: the unit a person would use. */
export function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  if (s < 172_800) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86_400)} days`;
}

type Check = Omit<Finding, 'landmarkId' | 'nonce'>;
const landmarkName = (l: LandmarkKey): string => (l.name ? `landmark ${l.name}` : 'a registered landmark');

/** The report's own checks; any finding here rejects it. */
function checkReport(input: VerifyInput, verifier: SignatureVerifier): Finding[] {
  const { heartbeat, device, receivedAt } = input;
  const policy = input.policy ?? DEFAULT_VERIFY_POLICY;
  const report = heartbeat.report.message;
  if (report.deviceId !== device.id)
    return [
      {
        kind: 'device-mismatch',
        message: 'the report claims to come from a different device',
        detail: `the report names device ${report.deviceId}, not ${device.id}`,
      },
    ];
  // A forged report says nothing trustworthy, so its counter and clock are not judged.
  if (!verifier.verify(signingText(report), heartbeat.report.signature, device.publicKey))
    return [
      {
        kind: 'bad-device-signature',
        message: "the report is not signed with this device's registered key: forged or altered in transit",
        detail: `the report's signature does not verify under device ${device.id}'s key ${device.publicKey}`,
      },
    ];
  const findings: Finding[] = [];
  if (report.counter === device.lastCounter)
    findings.push({
      kind: 'replayed-counter',
      message: `an earlier report was sent again (a replay): report no. ${report.counter} was already accepted`,
      detail: `device ${device.id}: counter ${report.counter} equals the last accepted counter`,
    });
  else if (report.counter < device.lastCounter)
    findings.push({
      kind: 'rolled-back-counter',
      message: `report no. ${report.counter} is older than the last accepted no. ${device.lastCounter}: a replay or a device reset to an earlier state`,
      detail: `device ${device.id}: counter ${report.counter} < last accepted ${device.lastCounter}`,
    });
  const skew = Date.parse(report.clock) - receivedAt.getTime();
  if (Math.abs(skew) > policy.maxClockSkewMs)
    findings.push({
      kind: 'clock-skew',
      message: `the device clock is ${duration(Math.abs(skew))} ${skew > 0 ? 'ahead' : 'behind'} (allowed ±${duration(policy.maxClockSkewMs)})`,
      detail: `device ${device.id}: clock ${report.clock}, received ${receivedAt.toISOString()}`,
    });
  return findings;
}

interface NonceUse {
  /** Nonces burnt by this heartbeat so far, whatever the outcome. */
  consumed: string[];
  /** Nonces the device's signed report says it answered. */
  answered: ReadonlySet<string>;
}

interface NonceCheck {
  m: Heartbeat['measurements'][number]['message'];
  landmark: LandmarkKey;
  issued: IssuedNonce | undefined;
  deviceId: string;
  receivedAt: Date;
}

/** A landmark's challenge (nonce) must be ours, for this pair, fresh, unexpired and in the report. */
function checkNonce({ m, landmark, issued, deviceId, receivedAt }: NonceCheck, seen: NonceUse): Check | null {
  const by = landmarkName(landmark);
  if (!issued)
    return {
      kind: 'unknown-nonce',
      message: `a measurement by ${by} answers a challenge that was never issued`,
      detail: `nonce ${m.nonce} was never issued`,
    };
  if (issued.landmarkId !== m.landmarkId || issued.deviceId !== deviceId || m.deviceId !== deviceId)
    return {
      kind: 'nonce-not-issued-for-this',
      message: `a measurement by ${by} answers a challenge issued for another landmark or device`,
      detail: `nonce ${m.nonce} was issued to landmark ${issued.landmarkId} for device ${issued.deviceId}`,
    };
  if (issued.usedAt !== null || seen.consumed.includes(m.nonce))
    return {
      kind: 'reused-nonce',
      // Not naming the landmark: a replayed heartbeat reuses every landmark's challenge, and one
      // sentence with a count reads better than five (the landmarks are in the detail).
      message: issued.usedAt
        ? `a landmark's challenge was answered again (a replay); it was first used ${readableUtc(issued.usedAt)}`
        : "a landmark's challenge was answered twice in this heartbeat (a replay)",
      detail: `nonce ${m.nonce} (landmark ${m.landmarkId}) was already used${issued.usedAt ? ` at ${issued.usedAt}` : ' in this heartbeat'}`,
    };
  seen.consumed.push(m.nonce);
  if (receivedAt.getTime() > Date.parse(issued.expiresAt))
    return {
      kind: 'expired-nonce',
      message: `a challenge from ${by} was answered after it expired at ${readableUtc(issued.expiresAt)}`,
      detail: `nonce ${m.nonce} expired at ${issued.expiresAt}`,
    };
  if (!seen.answered.has(m.nonce))
    return {
      kind: 'nonce-not-in-report',
      message: `the device's report does not list the challenge that ${by} measured`,
      detail: `report.nonces lacks nonce ${m.nonce}`,
    };
  return null;
}
