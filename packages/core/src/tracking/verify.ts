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

export interface Finding {
  kind: FindingKind;
  message: string;
  landmarkId?: string;
  nonce?: string;
}

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
  const { heartbeat, device, landmarks, nonces, receivedAt } = input;
  const policy = input.policy ?? DEFAULT_VERIFY_POLICY;
  const findings: Finding[] = [];
  const report = heartbeat.report.message;
  let accepted = true;

  if (report.deviceId !== device.id) {
    findings.push({ kind: 'device-mismatch', message: `the report names device ${report.deviceId}, not ${device.id}` });
    accepted = false;
  } else if (!verifier.verify(signingText(report), heartbeat.report.signature, device.publicKey)) {
    // A forged report says nothing trustworthy, so its counter and clock are not judged.
    findings.push({
      kind: 'bad-device-signature',
      message: `the report's signature does not verify under device ${device.id}'s key`,
    });
    accepted = false;
  } else {
    if (report.counter === device.lastCounter) {
      findings.push({
        kind: 'replayed-counter',
        message: `counter ${report.counter} was already accepted: a replayed report`,
      });
      accepted = false;
    } else if (report.counter < device.lastCounter) {
      findings.push({
        kind: 'rolled-back-counter',
        message: `counter ${report.counter} is below the last accepted ${device.lastCounter}: a replay or a rolled-back device`,
      });
      accepted = false;
    }
    const skew = Date.parse(report.clock) - receivedAt.getTime();
    if (Math.abs(skew) > policy.maxClockSkewMs) {
      findings.push({
        kind: 'clock-skew',
        message: `the device clock is ${Math.round(skew / 1000)} s off (allowed ±${policy.maxClockSkewMs / 1000} s)`,
      });
      accepted = false;
    }
  }

  const measurements: VerifiedMeasurement[] = [];
  const consumed: string[] = [];
  const answered = new Set(report.nonces);
  for (const sm of heartbeat.measurements) {
    const m = sm.message;
    const at = { landmarkId: m.landmarkId, nonce: m.nonce };
    const landmark = landmarks.get(m.landmarkId);
    if (!landmark) {
      findings.push({ ...at, kind: 'unknown-landmark', message: `landmark ${m.landmarkId} is not registered` });
      continue;
    }
    if (!verifier.verify(signingText(m), sm.signature, landmark.publicKey)) {
      findings.push({
        ...at,
        kind: 'bad-landmark-signature',
        message: `the measurement's signature does not verify under landmark ${m.landmarkId}'s key`,
      });
      continue;
    }
    const issued = nonces.get(m.nonce);
    if (!issued) {
      findings.push({ ...at, kind: 'unknown-nonce', message: `nonce ${m.nonce} was never issued` });
      continue;
    }
    if (issued.landmarkId !== m.landmarkId || issued.deviceId !== device.id || m.deviceId !== device.id) {
      findings.push({
        ...at,
        kind: 'nonce-not-issued-for-this',
        message: `nonce ${m.nonce} was issued to landmark ${issued.landmarkId} for device ${issued.deviceId}`,
      });
      continue;
    }
    if (issued.usedAt !== null || consumed.includes(m.nonce)) {
      findings.push({
        ...at,
        kind: 'reused-nonce',
        message: `nonce ${m.nonce} was already used${issued.usedAt ? ` at ${issued.usedAt}` : ' in this heartbeat'}`,
      });
      continue;
    }
    consumed.push(m.nonce);
    if (receivedAt.getTime() > Date.parse(issued.expiresAt)) {
      findings.push({ ...at, kind: 'expired-nonce', message: `nonce ${m.nonce} expired at ${issued.expiresAt}` });
      continue;
    }
    if (!answered.has(m.nonce)) {
      findings.push({
        ...at,
        kind: 'nonce-not-in-report',
        message: `the device's report does not list nonce ${m.nonce}`,
      });
      continue;
    }
    if (accepted)
      measurements.push({ landmarkId: m.landmarkId, nonce: m.nonce, rttUs: m.rttUs, measuredAt: m.measuredAt });
  }
  return { reportAccepted: accepted, findings, measurements, consumedNonces: consumed };
}
