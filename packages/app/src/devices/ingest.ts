/**
 * Heartbeat ingestion, batch first: one tenant's heartbeats share one transaction, one lock
 * of their devices, one read of nonces, landmarks, open alerts and open commands, and one
 * write per table. Verification runs in arrival order against state kept in memory, so two
 * heartbeats of one device in a batch are judged exactly as if they had come one by one.
 */
import { randomUUID } from 'node:crypto';
import type { AuditActor } from '@dualuse/core';
import {
  assessHeartbeat,
  DEFAULT_PROSCRIBED,
  PROTOCOL,
  verifyHeartbeat,
  type Alert,
  type Command,
  type Finding,
  type Heartbeat,
  type IssuedNonce,
  type LandmarkKey,
  type LocationDecision,
  type Signed,
  type SignatureVerifier,
} from '@dualuse/core/tracking';
import {
  advanceDevices,
  appendAudit,
  findDevicesForUpdate,
  findNonces,
  insertAlerts,
  insertHeartbeatRows,
  listAlertRows,
  listCommandRows,
  listLandmarkRows,
  markNoncesUsed,
  updateCommand,
  type CommandRow,
  type DeviceAdvance,
  type Orm,
} from '@dualuse/store';
import type { AppContext } from '../common';

/** Versions of what a location decision rests on, for the audit record's inputVersions. */
export const TRACKING_INPUTS = {
  protocol: PROTOCOL,
  borders: '@rapideditor/country-coder 5.6',
  proscribed: 'tracking/proscribed.ts 2026-11',
};

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

export async function ingestTenantBatch(
  ctx: AppContext,
  tx: Orm,
  tenantId: string,
  input: { batch: readonly Heartbeat[]; verifier: SignatureVerifier },
): Promise<HeartbeatResult[]> {
  const { batch, verifier } = input;
  const receivedAt = ctx.now();
  const landmarks = new Map<string, LandmarkKey>(
    (await listLandmarkRows(tx)).map((l) => [
      l.id,
      { id: l.id, name: l.name, lat: l.lat, lon: l.lon, publicKey: l.publicKey },
    ]),
  );
  const devices = new Map(
    (
      await findDevicesForUpdate(
        tx,
        batch.map((h) => h.report.message.deviceId),
      )
    ).map((d) => [d.id, d]),
  );
  const counters = new Map([...devices.values()].map((d) => [d.id, d.lastCounter]));
  const nonces = new Map<string, IssuedNonce>(
    (
      await findNonces(
        tx,
        batch.flatMap((h) => h.measurements.map((m) => m.message.nonce)),
      )
    ).map((n) => [
      n.nonce,
      {
        nonce: n.nonce,
        landmarkId: n.landmarkId,
        deviceId: n.deviceId,
        expiresAt: n.expiresAt.toISOString(),
        usedAt: n.usedAt?.toISOString() ?? null,
      },
    ]),
  );
  const openAlerts = new Set(
    (await listAlertRows(tx, { deviceIds: [...devices.keys()], open: true, limit: 100_000 })).map(
      (a) => `${a.deviceId} ${a.kind}`,
    ),
  );
  const consumed: string[] = [];
  const advances = new Map<string, DeviceAdvance>();
  const rows: Parameters<typeof insertHeartbeatRows>[1] = [];
  const measurements: Parameters<typeof insertHeartbeatRows>[2] = [];
  const newAlerts: Parameters<typeof insertAlerts>[1] = [];
  const results: HeartbeatResult[] = [];
  const alerted: { deviceId: string; heartbeatId: string; kinds: string[]; decision: string; explanation: string }[] =
    [];

  for (const heartbeat of batch) {
    const report = heartbeat.report.message;
    const device = devices.get(report.deviceId)!;
    const verification = verifyHeartbeat(
      {
        heartbeat,
        device: { id: device.id, publicKey: device.publicKey, lastCounter: counters.get(device.id)! },
        landmarks,
        nonces,
        receivedAt,
      },
      verifier,
    );
    for (const n of verification.consumedNonces) nonces.set(n, { ...nonces.get(n)!, usedAt: receivedAt.toISOString() });
    consumed.push(...verification.consumedNonces);
    const site = {
      lat: device.siteLat,
      lon: device.siteLon,
      radiusKm: device.siteRadiusKm,
      country: device.siteCountry,
    };
    const assessment = assessHeartbeat(report, verification, { landmarks, site, proscribed: proscribedFor(device) });
    const heartbeatId = randomUUID();
    if (verification.reportAccepted) {
      counters.set(device.id, report.counter);
      advances.set(device.id, {
        id: device.id,
        counter: report.counter,
        decision: assessment.location.decision,
        state: report.state,
      });
    }
    const { location } = assessment;
    rows.push({
      id: heartbeatId,
      tenantId,
      deviceId: device.id,
      receivedAt,
      counter: report.counter,
      accepted: verification.reportAccepted,
      report,
      signature: heartbeat.report.signature,
      findings: verification.findings,
      decision: location.decision,
      verdict: {
        explanation: location.explanation,
        regionCountry: location.regionCountry,
        excludedBy: location.excludedBy,
        discs: location.discs,
        gnss: assessment.gnss,
      },
    });
    const valid = new Set(verification.measurements.map((m) => m.nonce));
    for (const m of heartbeat.measurements)
      measurements.push({
        tenantId,
        heartbeatId,
        landmarkId: m.message.landmarkId,
        nonce: m.message.nonce,
        rttUs: m.message.rttUs,
        message: m.message,
        signature: m.signature,
        valid: valid.has(m.message.nonce),
      });
    // An alert stays open until an officer resolves it; the same condition in later heartbeats
    // is on record in those heartbeats and does not flood the queue with copies.
    const fresh = assessment.alerts.filter((a) => !openAlerts.has(`${device.id} ${a.kind}`));
    for (const a of fresh) {
      openAlerts.add(`${device.id} ${a.kind}`);
      newAlerts.push({
        tenantId,
        deviceId: device.id,
        heartbeatId,
        kind: a.kind,
        severity: a.severity,
        message: a.message,
        raisedAt: receivedAt,
      });
    }
    if (fresh.length)
      alerted.push({
        deviceId: device.id,
        heartbeatId,
        kinds: fresh.map((a) => a.kind),
        decision: location.decision,
        explanation: location.explanation,
      });
    results.push({
      heartbeatId,
      accepted: verification.reportAccepted,
      findings: verification.findings,
      decision: location.decision,
      explanation: location.explanation,
      alerts: assessment.alerts,
      commands: [],
    });
  }

  await markNoncesUsed(tx, consumed, receivedAt);
  await insertHeartbeatRows(tx, rows, measurements);
  await insertAlerts(tx, newAlerts);
  const advanced = await advanceDevices(tx, [...advances.values()], receivedAt);
  const audit = (deviceId: string, action: string, details: Record<string, unknown>) => {
    const d = devices.get(deviceId)!;
    const actor: AuditActor = { type: 'system', id: `device:${d.id}`, name: `device ${d.serial} (signed heartbeat)` };
    return appendAudit(
      tx,
      tenantId,
      {
        actor,
        action,
        subject: { type: 'device', id: d.id },
        details: details as never,
        inputVersions: TRACKING_INPUTS,
        requestId: null,
      },
      receivedAt,
    );
  };
  for (const a of alerted)
    await audit(a.deviceId, 'device.alert', {
      heartbeatId: a.heartbeatId,
      kinds: a.kinds,
      decision: a.decision,
      explanation: a.explanation,
    });

  // Commands: acknowledged by accepted reports, delivered with accepted heartbeats' responses.
  const open = await listCommandRows(tx, {
    deviceIds: [...advanced],
    status: ['approved', 'delivered'],
    limit: 100_000,
  });
  if (open.length) {
    for (const [i, heartbeat] of batch.entries()) {
      const report = heartbeat.report.message;
      if (!results[i]!.accepted || !advanced.has(report.deviceId)) continue;
      results[i]!.commands = await acknowledgeAndDeliver(
        tx,
        open.filter((c) => c.deviceId === report.deviceId),
        { acks: report.acks, heartbeatId: results[i]!.heartbeatId, at: receivedAt },
        (action, details) => audit(report.deviceId, action, details),
      );
    }
  }
  return results;
}

/** Marks commands the report acknowledges, then returns the approved ones still to execute. */
async function acknowledgeAndDeliver(
  tx: Orm,
  open: CommandRow[],
  heartbeat: { acks: readonly string[]; heartbeatId: string; at: Date },
  audit: (action: string, details: Record<string, unknown>) => Promise<unknown>,
): Promise<Signed<Command>[]> {
  const { acks, heartbeatId, at } = heartbeat;
  const out: Signed<Command>[] = [];
  for (const c of open) {
    if (c.status === 'acknowledged') continue;
    if (acks.includes(c.id)) {
      await updateCommand(tx, c.id, { status: 'acknowledged', acknowledgedAt: at, ackHeartbeatId: heartbeatId });
      await audit('device.command.acknowledge', { commandId: c.id, action: c.action, heartbeatId });
      c.status = 'acknowledged';
      continue;
    }
    if (c.status === 'approved') {
      await updateCommand(tx, c.id, { status: 'delivered', deliveredAt: at });
      await audit('device.command.deliver', { commandId: c.id, action: c.action, heartbeatId });
      c.status = 'delivered';
    }
    out.push(c.signedCommand as Signed<Command>);
  }
  return out;
}

/** The licence's own proscribed destinations when it names them, else the default set with its legal bases. */
const proscribedFor = (d: { proscribedCountries: string[] | null }): ReadonlySet<string> =>
  d.proscribedCountries ? new Set(d.proscribedCountries) : DEFAULT_PROSCRIBED;
