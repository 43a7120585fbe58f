/**
 * From a verified heartbeat to alerts. Policy (END-USE-MONITORING.md, "Decisions"): a proved
 * departure or a proscribed country alerts and justifies a disable command; a bad signature
 * or a replay alerts for investigation but never disables by itself (it may be an attack on
 * the verifier, not the device); a tripped relocation sensor alerts (the device self-locks).
 */
import { checkGnss, decideLocation, discsFrom, type LocationVerdict, type Site } from './location';
import type { Report } from './protocol';
import type { FindingKind, HeartbeatVerification, LandmarkKey } from './verify';

export const ALERT_KINDS = [
  'left-site',
  'proscribed-country',
  'relocation-sensor',
  'enclosure-opened',
  'gnss-spoofed',
  'silent',
  'bad-signature',
  'replay',
  'protocol-violation',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
export type Severity = 'critical' | 'high' | 'medium';

export interface Alert {
  kind: AlertKind;
  severity: Severity;
  message: string;
}

const SEVERITY: Record<AlertKind, Severity> = {
  'proscribed-country': 'critical',
  'left-site': 'high',
  'relocation-sensor': 'high',
  'gnss-spoofed': 'high',
  'bad-signature': 'high',
  replay: 'high',
  silent: 'medium',
  'enclosure-opened': 'medium',
  'protocol-violation': 'medium',
};

const alert = (kind: AlertKind, message: string): Alert => ({ kind, severity: SEVERITY[kind], message });

/** Which alert a failed check raises: signatures and replays have their own; the rest are protocol violations. */
export function alertKindOfFinding(kind: FindingKind): AlertKind {
  if (kind === 'bad-device-signature' || kind === 'bad-landmark-signature') return 'bad-signature';
  if (kind === 'replayed-counter' || kind === 'rolled-back-counter' || kind === 'reused-nonce') return 'replay';
  return 'protocol-violation';
}

export interface Assessment {
  location: LocationVerdict;
  gnss: ReturnType<typeof checkGnss> | null;
  alerts: Alert[];
}

/** Where the device may be: the landmarks it measures against, its licensed site and the proscribed countries. */
export interface AssessmentPlace {
  landmarks: ReadonlyMap<string, LandmarkKey>;
  site: Site;
  proscribed: ReadonlySet<string>;
}

export function assessHeartbeat(
  report: Report,
  verification: HeartbeatVerification,
  place: AssessmentPlace,
): Assessment {
  const { landmarks, site, proscribed } = place;
  const alerts: Alert[] = [];
  for (const f of verification.findings) alerts.push(alert(alertKindOfFinding(f.kind), f.message));
  const discs = discsFrom(verification.measurements, landmarks);
  const location = decideLocation(discs, site, proscribed);
  let gnss: Assessment['gnss'] = null;
  // Only an accepted report's contents are believed: a forged report's sensors mean nothing.
  if (verification.reportAccepted) {
    if (location.decision === 'left-site') alerts.push(alert('left-site', location.explanation));
    if (location.decision === 'in-proscribed-country') alerts.push(alert('proscribed-country', location.explanation));
    if (report.sensors.relocation)
      alerts.push(
        alert('relocation-sensor', 'the relocation/tilt sensor tripped: the device was moved and has locked itself'),
      );
    if (report.sensors.enclosureOpened) alerts.push(alert('enclosure-opened', 'the enclosure was opened'));
    if (report.gnss && discs.length > 0) {
      gnss = checkGnss(report.gnss, discs, report.gnss.accuracyM / 1000);
      if (gnss.spoofed)
        alerts.push(
          alert(
            'gnss-spoofed',
            `the GNSS claim lies ${gnss.excessKm.toFixed(0)} km beyond the bound of landmark ${gnss.label}: spoofed`,
          ),
        );
    }
  }
  return { location, gnss, alerts: oneAlertPerKind(alerts) };
}

/**
 * Five reused nonces in one replayed heartbeat are one replay: one alert per kind, distinct
 * messages joined, a message repeated n times said once with "(n times)".
 */
function oneAlertPerKind(alerts: readonly Alert[]): Alert[] {
  const byKind = new Map<AlertKind, Map<string, number>>();
  for (const a of alerts) {
    const messages = byKind.get(a.kind) ?? new Map<string, number>();
    messages.set(a.message, (messages.get(a.message) ?? 0) + 1);
    byKind.set(a.kind, messages);
  }
  return [...byKind].map(([kind, messages]) =>
    alert(kind, [...messages].map(([m, n]) => (n > 1 ? `${m} (${n} times)` : m)).join('; ')),
  );
}

export interface HeartbeatDuty {
  /** Last accepted heartbeat, or registration if none yet (ISO). */
  lastSeenAt: string;
  heartbeatHours: number;
  graceHours: number;
}

/** Silent past the grace period: the licence lapses until a valid heartbeat re-verifies the device. */
export function silenceAlert(duty: HeartbeatDuty, now: Date): Alert | null {
  const due = Date.parse(duty.lastSeenAt) + (duty.heartbeatHours + duty.graceHours) * 3_600_000;
  if (now.getTime() <= due) return null;
  const hours = Math.floor((now.getTime() - Date.parse(duty.lastSeenAt)) / 3_600_000);
  return alert(
    'silent',
    `no valid heartbeat for ${hours} h (duty every ${duty.heartbeatHours} h, grace ${duty.graceHours} h)`,
  );
}

/**
 * Two-person rule for disable/enable: the officer who proposes counts as the first approver,
 * and a different officer must approve before the command is signed. Returns the approvers
 * once there are two distinct ones.
 */
export function twoPersonApprovers(proposedBy: string, approvals: readonly string[]): [string, string] | null {
  const second = approvals.find((a) => a !== proposedBy);
  return second === undefined ? null : [proposedBy, second];
}
