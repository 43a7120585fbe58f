/**
 * Relocation notices and re-enable requests (issue 18 item 6; docs/protocol/heartbeat-v1.md §12), each with a
 * decision record. A licence that binds equipment to a site lets it move only on notice to the agency; an
 * officer other than the requester accepts the move (the device's heartbeats are judged against the new site from
 * then on) or refuses it. A disabled device comes back only on a request carrying the evidence the agency needs —
 * a service attestation and, where the device kept reporting, the check of its recorded heartbeats; accepting it
 * proposes the enable command, which still needs a second officer's approval (commands.ts, two-person rule).
 * A move into a destination the licence proscribes is refused outright: no officer can accept it.
 */
import { authorise, conflict, invalidInput, notFound, type Principal } from '@dualuse/core';
import { DEFAULT_PROSCRIBED } from '@dualuse/core/tracking';
import {
  decideDeviceRequestRow,
  findDevice,
  findDeviceRequestForUpdate,
  inTenant,
  insertDeviceRequest,
  listDeviceRequestRows,
  moveDeviceSite,
  type DeviceRequestRow,
  type Orm,
} from '@dualuse/store';
import { record } from '../audit/log';
import type { AppContext } from '../common';
import { namedOfficer, proposeIn } from './commands';
import type { SiteInput } from './registry';

export interface RelocationNotice {
  deviceId: string;
  site: SiteInput;
  reason: string;
  requestId?: string | null | undefined;
}

export interface ReEnableRequest {
  deviceId: string;
  reason: string;
  evidence: {
    /** Who serviced the device, what was done, and that it is back at its licensed site. */
    serviceAttestation: string;
    /** The sha256 of a recorded-heartbeats file checked with POST /devices/evidence, when there is one. */
    heartbeatEvidenceSha256?: string | undefined;
  };
  requestId?: string | null | undefined;
}

export interface RequestDecision {
  decision: 'accept' | 'refuse';
  reason: string;
  requestId?: string | null | undefined;
}

export const deviceRequestView = (r: DeviceRequestRow) => ({
  id: r.id,
  deviceId: r.deviceId,
  kind: r.kind,
  details: r.details as Record<string, unknown>,
  reason: r.reason,
  requestedBy: r.requestedBy,
  requestedAt: r.requestedAt.toISOString(),
  status: r.status,
  decidedBy: r.decidedBy,
  decidedAt: r.decidedAt?.toISOString() ?? null,
  decisionReason: r.decisionReason,
  commandId: r.commandId,
});
export type DeviceRequestView = ReturnType<typeof deviceRequestView>;

function checkSite(site: SiteInput): void {
  const ok = (v: number, lo: number, hi: number) => Number.isFinite(v) && v >= lo && v <= hi;
  if (!ok(site.lat, -90, 90)) throw invalidInput('latitude between -90 and 90', '/site/lat');
  if (!ok(site.lon, -180, 180)) throw invalidInput('longitude between -180 and 180', '/site/lon');
  if (!(site.radiusKm > 0 && site.radiusKm <= 1000))
    throw invalidInput('a radius above 0, at most 1000 km', '/site/radiusKm');
  if (!/^[A-Z]{2}$/.test(site.country)) throw invalidInput('an ISO 3166-1 alpha-2 code, upper case', '/site/country');
}

const text = (value: string, pointer: string): string => {
  const t = value.trim();
  if (!t || t.length > 4000) throw invalidInput('1 to 4000 characters: say why', pointer);
  return t;
};

export async function noticeRelocation(ctx: AppContext, p: Principal, n: RelocationNotice): Promise<DeviceRequestView> {
  authorise(p, 'devices:write');
  const requester = namedOfficer(p);
  checkSite(n.site);
  const reason = text(n.reason, '/reason');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const device = await findDevice(tx, n.deviceId);
    if (!device) throw notFound(`device ${n.deviceId}`);
    const from = {
      lat: device.siteLat,
      lon: device.siteLon,
      radiusKm: device.siteRadiusKm,
      country: device.siteCountry,
    };
    const row = await insertDeviceRequest(tx, {
      ...{ tenantId: p.tenantId, deviceId: device.id, kind: 'relocation', reason },
      ...{ details: { site: { ...n.site }, from }, requestedBy: requester, requestedAt: ctx.now() },
    });
    await audit(tx, ctx, p, { row, action: 'device.relocation.notice', requestId: n.requestId });
    return deviceRequestView(row);
  });
}

export async function requestReEnable(ctx: AppContext, p: Principal, r: ReEnableRequest): Promise<DeviceRequestView> {
  authorise(p, 'devices:write');
  const requester = namedOfficer(p);
  const reason = text(r.reason, '/reason');
  const serviceAttestation = text(r.evidence.serviceAttestation ?? '', '/evidence/serviceAttestation');
  const sha = r.evidence.heartbeatEvidenceSha256;
  if (sha !== undefined && !/^[0-9a-f]{64}$/.test(sha))
    throw invalidInput(
      '64 lower-case hex digits (the sha256 POST /devices/evidence reports)',
      '/evidence/heartbeatEvidenceSha256',
    );
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const device = await findDevice(tx, r.deviceId);
    if (!device) throw notFound(`device ${r.deviceId}`);
    if (device.state !== 'disabled')
      throw conflict(`device ${device.serial} is not disabled: there is nothing to re-enable`);
    const evidence = { serviceAttestation, ...(sha ? { heartbeatEvidenceSha256: sha } : {}) };
    const row = await insertDeviceRequest(tx, {
      ...{ tenantId: p.tenantId, deviceId: device.id, kind: 're-enable', reason },
      ...{ details: { evidence }, requestedBy: requester, requestedAt: ctx.now() },
    });
    await audit(tx, ctx, p, { row, action: 'device.reenable.request', requestId: r.requestId });
    return deviceRequestView(row);
  });
}

export async function decideDeviceRequest(
  ctx: AppContext,
  p: Principal,
  id: string,
  d: RequestDecision,
): Promise<DeviceRequestView> {
  authorise(p, 'devices:approve');
  const officer = namedOfficer(p);
  const decisionReason = text(d.reason, '/reason');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const request = await findDeviceRequestForUpdate(tx, id);
    if (!request) throw notFound(`device request ${id}`);
    if (request.status !== 'open') throw conflict(`device request ${id} was already ${request.status}`);
    if (request.requestedBy === officer)
      throw conflict('the requester cannot decide their own request: another officer must (two people)');
    const accept = d.decision === 'accept' && acceptable(request, (await findDevice(tx, request.deviceId))!);
    const commandId = accept ? await carryOut(tx, ctx, { p, officer }, request) : null;
    const row = await decideDeviceRequestRow(tx, id, {
      ...{ status: accept ? 'accepted' : 'refused', decidedBy: officer, decidedAt: ctx.now() },
      ...{ decisionReason, commandId },
    });
    await audit(tx, ctx, p, {
      row,
      action: `device.${request.kind === 'relocation' ? 'relocation' : 'reenable'}.decide`,
      requestId: d.requestId,
    });
    return deviceRequestView(row);
  });
}

/** A move into a destination the licence proscribes cannot be accepted (fail closed, whatever the officer says). */
function acceptable(request: DeviceRequestRow, device: { proscribedCountries: string[] | null }): boolean {
  if (request.kind !== 'relocation') return true;
  const country = (request.details as { site: SiteInput }).site.country;
  const proscribed = device.proscribedCountries ? new Set(device.proscribedCountries) : DEFAULT_PROSCRIBED;
  if (proscribed.has(country)) {
    const source = device.proscribedCountries ? "the device's licence" : 'tracking/proscribed.ts';
    throw conflict(`the new site is in ${country}, a destination ${source} proscribes: refuse the notice`);
  }
  return true;
}

async function carryOut(
  tx: Orm,
  ctx: AppContext,
  who: { p: Principal; officer: string },
  request: DeviceRequestRow,
): Promise<string | null> {
  if (request.kind === 'relocation') {
    await moveDeviceSite(tx, request.deviceId, (request.details as { site: SiteInput }).site);
    return null;
  }
  const reason = `re-enable request ${request.id} accepted: ${request.reason}`.slice(0, 2000);
  const command = await proposeIn(tx, ctx, who, { deviceId: request.deviceId, action: 'enable', reason });
  return command.id;
}

export async function listDeviceRequests(
  ctx: AppContext,
  p: Principal,
  q: { deviceId?: string | undefined; open?: boolean | undefined } = {},
): Promise<DeviceRequestView[]> {
  authorise(p, 'devices:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => (await listDeviceRequestRows(tx, q)).map(deviceRequestView));
}

async function audit(
  tx: Orm,
  ctx: AppContext,
  p: Principal,
  a: { row: DeviceRequestRow; action: string; requestId?: string | null | undefined },
): Promise<void> {
  await record(tx, ctx, p, {
    action: a.action,
    subject: { type: 'device', id: a.row.deviceId },
    details: {
      request: a.row.id,
      kind: a.row.kind,
      status: a.row.status,
      reason: a.row.decisionReason ?? a.row.reason,
    },
    requestId: a.requestId ?? null,
  });
}
