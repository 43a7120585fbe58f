/**
 * A fleet of simulated devices and landmarks driving the real services end to end: landmarks
 * sign nonce requests and measurements, devices sign reports, execute signed commands and
 * acknowledge them. True positions, network delay and misbehaviour are configurable. Time is
 * simulated (each round advances the clock by the heartbeat duty), so silence past the grace
 * period shows up without waiting days; the services see the simulated clock through ctx.now.
 */
import type { Principal } from '@dualuse/core';
import {
  distanceKm,
  FIBRE_KM_PER_MS,
  MESSAGE_TYPES,
  pureVerifier,
  signingText,
  signMessage,
  type Command,
  type Heartbeat,
  type KeyPair,
  type LatLon,
  type Measurement,
  type Report,
  type Signed,
} from '@dualuse/core/tracking';
import type { AppContext } from '../common';
import { approveCommand, proposeCommand } from './commands';
import { newKeyPair } from './crypto';
import { ingestHeartbeat, issueNonce } from './protocol';
import { registerDevice, registerLandmark, scanSilentDevices, type SiteInput } from './registry';

export type Misbehaviour = 'none' | 'forge' | 'replay' | 'rollback' | 'silent';

export interface SimLandmark extends LatLon {
  name: string;
  operator?: string;
}

export interface SimDevice {
  serial: string;
  site: SiteInput;
  /** Where the device really is. */
  position: LatLon;
  /** Delay the device (or a relay) adds to every ping, ms: it can add delay, never remove it. */
  addedDelayMs?: number;
  misbehaviour?: Misbehaviour;
  /** From this round on the device is somewhere else (its relocation sensor trips once). */
  moveTo?: { round: number; position: LatLon };
}

export interface SimulationSpec {
  landmarks: SimLandmark[];
  devices: SimDevice[];
  rounds: number;
  heartbeatHours?: number;
  graceHours?: number;
  /** Routing inflation over the great-circle fibre path (≥ 1). */
  inflation?: number;
  /** One command, proposed and approved by two officers before `round`. */
  command?: { serial: string; action: 'disable' | 'enable'; round: number; proposer: Principal; approver: Principal };
}

export interface RoundResult {
  round: number;
  serial: string;
  sent: boolean;
  accepted: boolean | null;
  decision: string | null;
  alerts: string[];
  findings: string[];
  commandsReceived: string[];
  state: 'enabled' | 'disabled';
}

interface Live {
  spec: SimDevice;
  id: string;
  keys: KeyPair;
  agencyKey: string;
  counter: number;
  state: 'enabled' | 'disabled';
  pendingAcks: string[];
  executed: Set<string>;
  last: Heartbeat | null;
}

const rttUs = (from: LatLon, to: LatLon, inflation: number, addedMs: number) =>
  Math.round(((2 * distanceKm(from, to)) / FIBRE_KM_PER_MS) * inflation * 1000 + 100 + addedMs * 1000);

export async function simulate(
  ctx: AppContext,
  officer: Principal,
  spec: SimulationSpec,
  onRound?: (r: RoundResult) => void,
): Promise<{ results: RoundResult[]; deviceIds: Record<string, string>; commandId: string | null }> {
  let clock = ctx.now().getTime();
  const sim: AppContext = { ...ctx, now: () => new Date(clock) };
  const heartbeatHours = spec.heartbeatHours ?? 24;
  const tag = Math.random().toString(36).slice(2, 8);
  const landmarks = [];
  for (const l of spec.landmarks) {
    const keys = newKeyPair();
    const row = await registerLandmark(sim, officer, {
      name: `${l.name} (sim ${tag})`,
      operator: l.operator ?? 'simulator',
      lat: l.lat,
      lon: l.lon,
      publicKey: keys.publicKey,
    });
    landmarks.push({ ...l, id: row.id, keys });
  }
  const live: Live[] = [];
  for (const d of spec.devices) {
    const keys = newKeyPair();
    const row = await registerDevice(sim, officer, {
      serial: `${d.serial}-${tag}`,
      model: 'simulated',
      eccn: '2B001',
      licenceRef: `SIM-${tag}`,
      publicKey: keys.publicKey,
      site: d.site,
      heartbeatHours,
      graceHours: spec.graceHours ?? 24,
    });
    live.push({
      spec: d,
      id: row.id,
      keys,
      agencyKey: row.agencyPublicKey,
      counter: 0,
      state: 'enabled',
      pendingAcks: [],
      executed: new Set(),
      last: null,
    });
  }
  const results: RoundResult[] = [];
  let commandId: string | null = null;
  for (let round = 1; round <= spec.rounds; round++) {
    if (spec.command && spec.command.round === round) {
      const target = live.find((d) => d.spec.serial === spec.command!.serial);
      if (!target) throw new Error(`simulation command names unknown device ${spec.command.serial}`);
      const proposed = await proposeCommand(sim, spec.command.proposer, target.id, {
        action: spec.command.action,
        reason: 'simulated two-person command',
      });
      await approveCommand(sim, spec.command.approver, proposed.id);
      commandId = proposed.id;
    }
    for (const d of live) {
      const r = await deviceRound(sim, d, landmarks, { round, inflation: spec.inflation ?? 1.3 });
      results.push(r);
      onRound?.(r);
    }
    await scanSilentDevices(sim, officer);
    clock += heartbeatHours * 3_600_000;
  }
  return { results, deviceIds: Object.fromEntries(live.map((d) => [d.spec.serial, d.id])), commandId };
}

async function deviceRound(
  ctx: AppContext,
  d: Live,
  landmarks: { id: string; keys: KeyPair; lat: number; lon: number }[],
  at: { round: number; inflation: number },
): Promise<RoundResult> {
  const { round, inflation } = at;
  const base = { round, serial: d.spec.serial, state: d.state };
  const misbehaviour = d.spec.misbehaviour ?? 'none';
  if (misbehaviour === 'silent')
    return { ...base, sent: false, accepted: null, decision: null, alerts: [], findings: [], commandsReceived: [] };
  const moved = d.spec.moveTo && round >= d.spec.moveTo.round;
  const position = moved ? d.spec.moveTo!.position : d.spec.position;
  let heartbeat: Heartbeat;
  if (misbehaviour === 'replay' && d.last) {
    heartbeat = d.last;
  } else {
    const now = ctx.now();
    const measurements: Signed<Measurement>[] = [];
    for (const l of landmarks) {
      const request = signMessage(
        { type: MESSAGE_TYPES.nonceRequest, landmarkId: l.id, deviceId: d.id, requestedAt: now.toISOString() },
        l.keys.seed,
      );
      const { nonce } = await issueNonce(ctx, request);
      // The landmark pings; the device signs {deviceId, nonce}; the landmark checks it and stops its clock.
      const ping = signMessage({ type: MESSAGE_TYPES.pingResponse, deviceId: d.id, nonce }, d.keys.seed);
      if (!pureVerifier.verify(signingText(ping.message), ping.signature, d.keys.publicKey)) continue;
      measurements.push(
        signMessage(
          {
            type: MESSAGE_TYPES.measurement,
            landmarkId: l.id,
            deviceId: d.id,
            nonce,
            rttUs: rttUs(position, l, inflation, d.spec.addedDelayMs ?? 0),
            measuredAt: now.toISOString(),
          },
          l.keys.seed,
        ),
      );
    }
    d.counter = misbehaviour === 'rollback' && d.counter > 1 ? d.counter - 1 : d.counter + 1;
    const report: Report = {
      type: MESSAGE_TYPES.report,
      deviceId: d.id,
      counter: d.counter,
      clock: now.toISOString(),
      nonces: measurements.map((m) => m.message.nonce),
      sensors: { relocation: Boolean(moved && round === d.spec.moveTo!.round), enclosureOpened: false },
      state: d.state,
      acks: d.pendingAcks,
    };
    const signer = misbehaviour === 'forge' ? newKeyPair().seed : d.keys.seed;
    heartbeat = { report: signMessage(report, signer), measurements };
  }
  const result = await ingestHeartbeat(ctx, heartbeat);
  d.last = heartbeat;
  if (result.accepted) d.pendingAcks = [];
  for (const c of result.commands) execute(d, c);
  return {
    ...base,
    state: d.state,
    sent: true,
    accepted: result.accepted,
    decision: result.decision,
    alerts: result.alerts.map((a) => a.kind),
    findings: result.findings.map((f) => f.kind),
    commandsReceived: result.commands.map((c) => `${c.message.action}:${c.message.commandId}`),
  };
}

/** What the device firmware does with a command: verify the agency's signature, execute once, acknowledge. */
function execute(d: Live, c: Signed<Command>): void {
  if (c.message.deviceId !== d.id || !pureVerifier.verify(signingText(c.message), c.signature, d.agencyKey)) return;
  if (!d.executed.has(c.message.commandId)) {
    d.executed.add(c.message.commandId);
    d.state = c.message.action === 'disable' ? 'disabled' : 'enabled';
  }
  if (!d.pendingAcks.includes(c.message.commandId)) d.pendingAcks.push(c.message.commandId);
}

export const CITIES = {
  kualaLumpur: { lat: 3.139, lon: 101.6869 },
  singapore: { lat: 1.3521, lon: 103.8198 },
  hongKong: { lat: 22.3193, lon: 114.1694 },
  moscow: { lat: 55.7558, lon: 37.6173 },
  frankfurt: { lat: 50.1109, lon: 8.6821 },
};

/** Issue 7's scenario: one licensed site in Kuala Lumpur and a device for each path. */
export function issue7Scenario(rounds = 4): SimulationSpec {
  const site = { lat: 3.1478, lon: 101.6953, radiusKm: 1, country: 'MY' };
  const atSite = { lat: 3.148, lon: 101.6955 };
  return {
    rounds,
    landmarks: [
      { name: 'Kuala Lumpur', ...CITIES.kualaLumpur },
      { name: 'Singapore', ...CITIES.singapore },
      { name: 'Hong Kong', ...CITIES.hongKong },
      { name: 'Moscow', ...CITIES.moscow },
      { name: 'Frankfurt', ...CITIES.frankfurt },
    ],
    devices: [
      { serial: 'KL-AT-SITE', site, position: atSite },
      { serial: 'KL-IN-HONG-KONG', site, position: CITIES.hongKong },
      { serial: 'KL-IN-MOSCOW', site, position: { lat: 55.9, lon: 37.4 } },
      { serial: 'KL-MOVED', site, position: atSite, moveTo: { round: 2, position: { lat: 1.29, lon: 103.85 } } },
      { serial: 'KL-FORGED', site, position: atSite, misbehaviour: 'forge' },
      { serial: 'KL-REPLAY', site, position: atSite, misbehaviour: 'replay' },
      { serial: 'KL-SILENT', site, position: atSite, misbehaviour: 'silent' },
    ],
  };
}
