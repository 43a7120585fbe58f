/**
 * The protocol side of end-use monitoring: landmarks ask for nonces, devices post heartbeats.
 * Neither carries a bearer token: a landmark or device is authenticated by its Ed25519
 * signature under the key registered for it (docs/protocol/heartbeat-v1.md §4). The tenant is
 * found from the device or landmark id (system scope), then all work runs inside that tenant.
 */
import { DomainError, type AuditActor } from '@dualuse/core';
import {
  assessHeartbeat, DEFAULT_PROSCRIBED, DEFAULT_VERIFY_POLICY, PROTOCOL, signingText, verifyHeartbeat,
  type Alert, type Command, type Finding, type Heartbeat, type LandmarkKey, type LocationDecision, type NonceRequest, type Signed, type SignatureVerifier,
} from '@dualuse/core/tracking/index';
import {
  advanceDevice, appendAudit, findDevice, findDeviceTenants, findLandmark, findLandmarkTenant, findNonces, inTenant, insertAlerts, insertHeartbeat, insertNonce,
  listAlertRows, listCommandRows, listLandmarkRows, markNoncesUsed, updateCommand, type DeviceRow, type Orm,
} from '@dualuse/store';
import type { AppContext } from './common';
import { nodeVerifier, newNonce } from './devices-crypto';

export const NONCE_TTL_MS = 5 * 60_000;
/** Versions of what a location decision rests on, for the audit record's inputVersions. */
export const TRACKING_INPUTS = { protocol: PROTOCOL, borders: '@rapideditor/country-coder 5.6', proscribed: 'tracking/proscribed.ts 2026-11' };

const unauthenticated = (message: string) => new DomainError('unauthenticated', message);
const deviceActor = (d: DeviceRow): AuditActor => ({ type: 'system', id: `device:${d.id}`, name: `device ${d.serial} (signed heartbeat)` });

export async function issueNonce(ctx: AppContext, request: Signed<NonceRequest>, verifier: SignatureVerifier = nodeVerifier): Promise<{ nonce: string; expiresAt: string }> {
  const r = request.message;
  const tenantId = await findLandmarkTenant(ctx.db.orm, r.landmarkId);
  if (!tenantId) throw unauthenticated(`landmark ${r.landmarkId} is not registered`);
  const now = ctx.now();
  return inTenant(ctx.db, tenantId, async (tx) => {
    const landmark = (await findLandmark(tx, r.landmarkId))!;
    if (!verifier.verify(signingText(r), request.signature, landmark.publicKey)) throw unauthenticated(`the nonce request's signature does not verify under landmark ${landmark.name}'s key`);
    // A stale request replayed later must not obtain nonces in the landmark's name.
    if (Math.abs(Date.parse(r.requestedAt) - now.getTime()) > DEFAULT_VERIFY_POLICY.maxClockSkewMs) throw unauthenticated('the nonce request is stale or from the future (requestedAt)');
    if (!(await findDevice(tx, r.deviceId))) throw new DomainError('not_found', `device ${r.deviceId} is not registered with this landmark's agency`);
    const expiresAt = new Date(now.getTime() + NONCE_TTL_MS);
    const row = await insertNonce(tx, { nonce: newNonce(), tenantId, landmarkId: landmark.id, deviceId: r.deviceId, issuedAt: now, expiresAt });
    return { nonce: row.nonce, expiresAt: expiresAt.toISOString() };
  });
}

export interface HeartbeatResult {
  heartbeatId: string;
  accepted: boolean;
  findings: Finding[];
  decision: LocationDecision;
  explanation: string;
  alerts: Alert[];
  /** Signed commands for the device to execute and acknowledge in its next report. */
  commands: Signed<Command>[];
}

export async function ingestHeartbeat(ctx: AppContext, heartbeat: Heartbeat, verifier: SignatureVerifier = nodeVerifier): Promise<HeartbeatResult> {
  const [result] = await ingestHeartbeats(ctx, [heartbeat], verifier);
  if (result instanceof DomainError) throw result;
  return result!;
}

/**
 * The batch path: heartbeats of one tenant share one transaction and one load of the
 * landmarks, which is what a gateway forwarding many devices' heartbeats wants. Each result
 * is the heartbeat's outcome, or the error that refused it (an unregistered device), in order.
 */
export async function ingestHeartbeats(ctx: AppContext, heartbeats: readonly Heartbeat[], verifier: SignatureVerifier = nodeVerifier): Promise<(HeartbeatResult | DomainError)[]> {
  const results: (HeartbeatResult | DomainError)[] = new Array(heartbeats.length);
  const byTenant = new Map<string, number[]>();
  const tenants = await findDeviceTenants(ctx.db.orm, heartbeats.map((hb) => hb.report.message.deviceId));
  for (const [i, hb] of heartbeats.entries()) {
    const tenantId = tenants.get(hb.report.message.deviceId);
    if (!tenantId) results[i] = unauthenticated(`device ${hb.report.message.deviceId} is not registered`);
    else byTenant.set(tenantId, [...(byTenant.get(tenantId) ?? []), i]);
  }
  for (const [tenantId, indices] of byTenant) {
    await inTenant(ctx.db, tenantId, async (tx) => {
      const landmarkRows = await listLandmarkRows(tx);
      const landmarks = new Map<string, LandmarkKey>(landmarkRows.map((l) => [l.id, { id: l.id, name: l.name, lat: l.lat, lon: l.lon, publicKey: l.publicKey }]));
      for (const i of indices) results[i] = await ingestOne(ctx, tx, tenantId, heartbeats[i]!, landmarks, verifier);
    });
  }
  return results;
}

async function ingestOne(ctx: AppContext, tx: Orm, tenantId: string, heartbeat: Heartbeat, landmarks: ReadonlyMap<string, LandmarkKey>, verifier: SignatureVerifier): Promise<HeartbeatResult> {
  const report = heartbeat.report.message;
  const receivedAt = ctx.now();
  // The row lock serialises heartbeats of one device, so counters are judged in order.
  const device = (await findDevice(tx, report.deviceId, true))!;
  const nonceRows = await findNonces(tx, heartbeat.measurements.map((m) => m.message.nonce));
  const nonces = new Map(nonceRows.map((n) => [n.nonce, { nonce: n.nonce, landmarkId: n.landmarkId, deviceId: n.deviceId, expiresAt: n.expiresAt.toISOString(), usedAt: n.usedAt?.toISOString() ?? null }]));
  const verification = verifyHeartbeat({ heartbeat, device: { id: device.id, publicKey: device.publicKey, lastCounter: device.lastCounter }, landmarks, nonces, receivedAt }, verifier);
  const site = { lat: device.siteLat, lon: device.siteLon, radiusKm: device.siteRadiusKm, country: device.siteCountry };
  const assessment = assessHeartbeat(report, verification, landmarks, site, DEFAULT_PROSCRIBED);
  await markNoncesUsed(tx, verification.consumedNonces, receivedAt);
  const valid = new Set(verification.measurements.map((m) => m.nonce));
  const hb = await insertHeartbeat(
    tx,
    {
      tenantId, deviceId: device.id, receivedAt, counter: report.counter, accepted: verification.reportAccepted, report, signature: heartbeat.report.signature,
      findings: verification.findings, decision: assessment.location.decision,
      verdict: { explanation: assessment.location.explanation, regionCountry: assessment.location.regionCountry, excludedBy: assessment.location.excludedBy, discs: assessment.location.discs, gnss: assessment.gnss },
    },
    heartbeat.measurements.map((m) => ({ tenantId, landmarkId: m.message.landmarkId, nonce: m.message.nonce, rttUs: m.message.rttUs, message: m.message, signature: m.signature, valid: valid.has(m.message.nonce) })),
  );
  const actor = deviceActor(device);
  const audit = (action: string, details: Record<string, unknown>) =>
    appendAudit(tx, tenantId, { actor, action, subject: { type: 'device', id: device.id }, details: details as never, inputVersions: TRACKING_INPUTS, requestId: null }, receivedAt);
  // An alert stays open until an officer resolves it; the same condition in later heartbeats
  // is on record in those heartbeats and does not flood the queue with copies.
  const open = assessment.alerts.length ? new Set((await listAlertRows(tx, { deviceId: device.id, open: true, limit: 100 })).map((a) => a.kind)) : new Set<string>();
  const fresh = assessment.alerts.filter((a) => !open.has(a.kind));
  if (fresh.length) {
    await insertAlerts(tx, fresh.map((a) => ({ tenantId, deviceId: device.id, heartbeatId: hb.id, kind: a.kind, severity: a.severity, message: a.message, raisedAt: receivedAt })));
    await audit('device.alert', { heartbeatId: hb.id, kinds: fresh.map((a) => a.kind), decision: assessment.location.decision, explanation: assessment.location.explanation });
  }
  let commands: Signed<Command>[] = [];
  if (verification.reportAccepted && (await advanceDevice(tx, device.id, report.counter, receivedAt, assessment.location.decision, report.state))) {
    commands = await acknowledgeAndDeliver(tx, device, report.acks, hb.id, receivedAt, audit);
  }
  return { heartbeatId: hb.id, accepted: verification.reportAccepted, findings: verification.findings, decision: assessment.location.decision, explanation: assessment.location.explanation, alerts: assessment.alerts, commands };
}

/** Marks commands the report acknowledges, then returns the approved ones still to execute. */
async function acknowledgeAndDeliver(tx: Orm, device: DeviceRow, acks: readonly string[], heartbeatId: string, at: Date, audit: (action: string, details: Record<string, unknown>) => Promise<unknown>): Promise<Signed<Command>[]> {
  const open = await listCommandRows(tx, { deviceId: device.id, status: ['approved', 'delivered'], limit: 16 });
  const out: Signed<Command>[] = [];
  for (const c of open) {
    if (acks.includes(c.id)) {
      await updateCommand(tx, c.id, { status: 'acknowledged', acknowledgedAt: at, ackHeartbeatId: heartbeatId });
      await audit('device.command.acknowledge', { commandId: c.id, action: c.action, heartbeatId });
      continue;
    }
    if (c.status === 'approved') {
      await updateCommand(tx, c.id, { status: 'delivered', deliveredAt: at });
      await audit('device.command.deliver', { commandId: c.id, action: c.action, heartbeatId });
    }
    out.push(c.signedCommand as Signed<Command>);
  }
  return out;
}
