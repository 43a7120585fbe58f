/**
 * End-use monitoring, officer side: the registry of devices and landmarks, the timeline of a
 * device, alerts and the silence scan. The protocol side (nonces, heartbeats) is in
 * devices-protocol.ts, commands in devices-commands.ts.
 */
import { authorise, invalidInput, notFound, type Principal } from '@dualuse/core';
import { PublicKeySchema, silenceAlert, type LocationDecision, type Report } from '@dualuse/core/tracking';
import {
  findDevice,
  inTenant,
  insertAlerts,
  insertDevice,
  insertLandmark,
  listAlertRows,
  listDeviceRows,
  listHeartbeats,
  listLandmarkRows,
  listMeasurements,
  resolveAlertRow,
  type AlertRow,
  type DeviceRow,
  type HeartbeatRow,
  type LandmarkRow,
  type MeasurementRow,
  type Orm,
} from '@dualuse/store';
import { alertDetails } from './alert-details';
import { record } from '../audit/log';
import { uniquely, type AppContext } from '../common';
import { agencyPublicKey, commandView, getCommandRows, type CommandView } from './commands';

export interface SiteInput {
  lat: number;
  lon: number;
  radiusKm: number;
  country: string;
}

export interface NewDeviceInput {
  serial: string;
  model: string;
  eccn: string;
  licenceRef: string;
  publicKey: string;
  site: SiteInput;
  heartbeatHours: number;
  graceHours: number;
  relocationNeedsNotice?: boolean | undefined;
  /** The counter the device was installed with; its first heartbeat must exceed it (default 0). */
  startingCounter?: number | undefined;
  /** The destinations this device's licence proscribes, when it names its own (default: tracking/proscribed.ts). */
  proscribedCountries?: string[] | undefined;
}

export const deviceView = (d: DeviceRow) => ({
  id: d.id,
  serial: d.serial,
  model: d.model,
  eccn: d.eccn,
  licenceRef: d.licenceRef,
  publicKey: d.publicKey,
  site: { lat: d.siteLat, lon: d.siteLon, radiusKm: d.siteRadiusKm, country: d.siteCountry },
  heartbeatHours: d.heartbeatHours,
  graceHours: d.graceHours,
  relocationNeedsNotice: d.relocationNeedsNotice,
  lastCounter: d.lastCounter,
  startingCounter: d.startingCounter,
  proscribedCountries: d.proscribedCountries ?? null,
  lastHeartbeatAt: d.lastHeartbeatAt?.toISOString() ?? null,
  lastDecision: (d.lastDecision ?? null) as LocationDecision | null,
  state: d.state as 'enabled' | 'disabled',
  createdAt: d.createdAt.toISOString(),
});
export type DeviceView = ReturnType<typeof deviceView>;

export const landmarkView = (l: LandmarkRow) => ({
  id: l.id,
  name: l.name,
  operator: l.operator,
  lat: l.lat,
  lon: l.lon,
  publicKey: l.publicKey,
  createdAt: l.createdAt.toISOString(),
});
export type LandmarkView = ReturnType<typeof landmarkView>;

export const alertView = (a: AlertRow, details: readonly string[] = []) => ({
  id: a.id,
  deviceId: a.deviceId,
  heartbeatId: a.heartbeatId,
  kind: a.kind,
  severity: a.severity,
  message: a.message,
  /** Raw identifiers for an investigator (device and heartbeat ids, nonces, exact times). */
  details: [...details],
  raisedAt: a.raisedAt.toISOString(),
  resolvedAt: a.resolvedAt?.toISOString() ?? null,
});
export type AlertView = ReturnType<typeof alertView>;

async function withDetails(tx: Orm, rows: AlertRow[]): Promise<AlertView[]> {
  const details = await alertDetails(tx, rows);
  return rows.map((a) => alertView(a, details.get(a.id)));
}

export const heartbeatView = (h: HeartbeatRow, measurements: MeasurementRow[]) => ({
  id: h.id,
  receivedAt: h.receivedAt.toISOString(),
  counter: h.counter,
  accepted: h.accepted,
  decision: h.decision as LocationDecision,
  findings: h.findings as { kind: string; message: string; detail?: string }[],
  verdict: h.verdict as Record<string, unknown>,
  // Validated against ReportSchema when it was received (protocol.ts), stored as signed.
  report: h.report as Report,
  measurements: measurements.map((m) => ({ landmarkId: m.landmarkId, nonce: m.nonce, rttUs: m.rttUs, valid: m.valid })),
});
export type HeartbeatView = ReturnType<typeof heartbeatView>;

function checkKey(publicKey: string, pointer: string): void {
  if (!PublicKeySchema.safeParse(publicKey).success)
    throw invalidInput('an Ed25519 public key is 32 bytes, base64url without padding (43 characters)', pointer);
}

function licenceConditions(input: NewDeviceInput) {
  const startingCounter = input.startingCounter ?? 0;
  if (!Number.isSafeInteger(startingCounter) || startingCounter < 0)
    throw invalidInput('a whole number of at least 0: the counter the device was installed with', '/startingCounter');
  const bad = (input.proscribedCountries ?? []).findIndex((c) => !/^[A-Z]{2}$/.test(c));
  if (bad >= 0) throw invalidInput('an ISO 3166-1 alpha-2 code, upper case', `/proscribedCountries/${bad}`);
  const proscribedCountries = input.proscribedCountries ? [...new Set(input.proscribedCountries)] : null;
  return { startingCounter, lastCounter: startingCounter, proscribedCountries };
}

export async function registerDevice(
  ctx: AppContext,
  p: Principal,
  input: NewDeviceInput,
  requestId: string | null = null,
): Promise<DeviceView & { agencyPublicKey: string }> {
  authorise(p, 'devices:write');
  checkKey(input.publicKey, '/publicKey');
  if (!/^[A-Z]{2}$/.test(input.site.country))
    throw invalidInput('an ISO 3166-1 alpha-2 code, upper case', '/site/country');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const row = await uniquely(`a device with serial ${input.serial} or this public key`, () =>
      insertDevice(tx, {
        tenantId: p.tenantId,
        serial: input.serial,
        model: input.model,
        eccn: input.eccn,
        licenceRef: input.licenceRef,
        publicKey: input.publicKey,
        siteLat: input.site.lat,
        siteLon: input.site.lon,
        siteRadiusKm: input.site.radiusKm,
        siteCountry: input.site.country,
        heartbeatHours: input.heartbeatHours,
        graceHours: input.graceHours,
        relocationNeedsNotice: input.relocationNeedsNotice ?? true,
        ...licenceConditions(input),
      }),
    );
    await record(tx, ctx, p, {
      action: 'device.register',
      subject: { type: 'device', id: row.id },
      details: {
        serial: row.serial,
        eccn: row.eccn,
        licenceRef: row.licenceRef,
        site: { ...input.site },
        publicKey: row.publicKey,
        startingCounter: row.startingCounter,
        proscribedCountries: row.proscribedCountries,
      },
      requestId,
    });
    // The device must be provisioned with the key that will sign its commands.
    return { ...deviceView(row), agencyPublicKey: await agencyPublicKey(tx, p.tenantId) };
  });
}

export async function registerLandmark(
  ctx: AppContext,
  p: Principal,
  input: { name: string; operator: string; lat: number; lon: number; publicKey: string },
  requestId: string | null = null,
): Promise<LandmarkView> {
  authorise(p, 'devices:write');
  checkKey(input.publicKey, '/publicKey');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const row = await uniquely(`a landmark named ${input.name} or with this public key`, () =>
      insertLandmark(tx, { tenantId: p.tenantId, ...input }),
    );
    await record(tx, ctx, p, {
      action: 'landmark.register',
      subject: { type: 'landmark', id: row.id },
      details: { name: row.name, operator: row.operator, lat: row.lat, lon: row.lon, publicKey: row.publicKey },
      requestId,
    });
    return landmarkView(row);
  });
}

export async function getDevices(ctx: AppContext, p: Principal): Promise<DeviceView[]> {
  authorise(p, 'devices:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => (await listDeviceRows(tx)).map(deviceView));
}

export async function getLandmarks(ctx: AppContext, p: Principal): Promise<LandmarkView[]> {
  authorise(p, 'devices:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => (await listLandmarkRows(tx)).map(landmarkView));
}

export interface DeviceTimeline {
  device: DeviceView;
  heartbeats: HeartbeatView[];
  alerts: AlertView[];
  commands: CommandView[];
}

export async function getDeviceTimeline(
  ctx: AppContext,
  p: Principal,
  id: string,
  limit = 50,
): Promise<DeviceTimeline> {
  authorise(p, 'devices:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const device = await findDevice(tx, id);
    if (!device) throw notFound(`device ${id}`);
    const heartbeats = await listHeartbeats(tx, id, limit);
    const measurements = await listMeasurements(
      tx,
      heartbeats.map((h) => h.id),
    );
    return {
      device: deviceView(device),
      heartbeats: heartbeats.map((h) =>
        heartbeatView(
          h,
          measurements.filter((m) => m.heartbeatId === h.id),
        ),
      ),
      alerts: await withDetails(tx, await listAlertRows(tx, { deviceId: id, limit })),
      commands: (await getCommandRows(tx, { deviceId: id, limit })).map(commandView),
    };
  });
}

export async function getAlerts(
  ctx: AppContext,
  p: Principal,
  q: { open?: boolean; kind?: string; deviceId?: string; limit: number },
): Promise<AlertView[]> {
  authorise(p, 'devices:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => withDetails(tx, await listAlertRows(tx, q)));
}

export async function resolveAlert(
  ctx: AppContext,
  p: Principal,
  id: string,
  resolution: { note: string; requestId?: string | null | undefined },
): Promise<AlertView> {
  const { note } = resolution;
  const requestId = resolution.requestId ?? null;
  authorise(p, 'devices:write');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const row = await resolveAlertRow(tx, id, ctx.now(), { userId: p.userId, name: p.displayName, note });
    if (!row) throw notFound(`open alert ${id}`);
    await record(tx, ctx, p, {
      action: 'device.alert.resolve',
      subject: { type: 'device', id: row.deviceId },
      details: { alertId: id, kind: row.kind, note },
      requestId,
    });
    return (await withDetails(tx, [row]))[0]!;
  });
}

/** Raises a 'silent' alert for each device past its heartbeat duty plus grace (once per silence). */
export async function scanSilentDevices(
  ctx: AppContext,
  p: Principal,
  requestId: string | null = null,
): Promise<AlertView[]> {
  authorise(p, 'devices:write');
  const now = ctx.now();
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const raised: AlertView[] = [];
    const open = new Set(
      (await listAlertRows(tx, { open: true, kind: 'silent', limit: 100_000 })).map((a) => a.deviceId),
    );
    for (const d of await listDeviceRows(tx)) {
      const alert = silenceAlert(
        {
          lastSeenAt: (d.lastHeartbeatAt ?? d.createdAt).toISOString(),
          heartbeatHours: d.heartbeatHours,
          graceHours: d.graceHours,
        },
        now,
      );
      if (!alert || open.has(d.id)) continue;
      const [row] = await insertAlerts(tx, [
        {
          tenantId: p.tenantId,
          deviceId: d.id,
          kind: alert.kind,
          severity: alert.severity,
          message: alert.message,
          raisedAt: now,
        },
      ]);
      await record(tx, ctx, p, {
        action: 'device.alert',
        subject: { type: 'device', id: d.id },
        details: { kinds: ['silent'], message: alert.message },
        requestId,
      });
      raised.push(alertView(row!));
    }
    return raised;
  });
}
