/**
 * A small world for tracking tests: real cities, landmarks with keys, and a device that
 * answers from a chosen true position. RTTs are what a real network would show: fibre speed,
 * 30 % routing inflation, 0.1 ms processing, plus any delay the device adds. Pure (no I/O):
 * keys are derived from labels with the core's own Ed25519.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { distanceKm, FIBRE_KM_PER_MS, type LatLon } from './geo';
import { keyPairFromSeed, signMessage, toBase64Url, type KeyPair } from './keys';
import type { Site } from './location';
import { MESSAGE_TYPES, type Heartbeat, type Report } from './protocol';
import type { IssuedNonce, LandmarkKey } from './verify';

export const CITIES = {
  kualaLumpur: { lat: 3.139, lon: 101.6869 },
  singapore: { lat: 1.3521, lon: 103.8198 },
  hongKong: { lat: 22.3193, lon: 114.1694 },
  moscow: { lat: 55.7558, lon: 37.6173 },
  frankfurt: { lat: 50.1109, lon: 8.6821 },
  almaty: { lat: 43.222, lon: 76.8512 },
} satisfies Record<string, LatLon>;

export const keyFor = (label: string): KeyPair => keyPairFromSeed(sha256(utf8ToBytes(`test key ${label}`)));

export interface TestLandmark extends LandmarkKey {
  seed: string;
}

export const LANDMARKS: TestLandmark[] = (['kualaLumpur', 'singapore', 'hongKong', 'moscow', 'frankfurt'] as const).map(
  (city) => {
    const k = keyFor(city);
    return { id: `lm-${city}`, ...CITIES[city], publicKey: k.publicKey, seed: k.seed };
  },
);
export const LANDMARK_MAP = new Map(LANDMARKS.map((l) => [l.id, l]));

export const DEVICE = { id: 'dev-1', ...keyFor('dev-1') };
export const KL_SITE: Site = { lat: 3.1478, lon: 101.6953, radiusKm: 1, country: 'MY' };

/** What a landmark would measure to a device at `at`: never less than the physics allows. */
export function realisticRttUs(at: LatLon, landmark: LatLon, addedUs = 0): number {
  return Math.round(((2 * distanceKm(at, landmark)) / FIBRE_KM_PER_MS) * 1.3 * 1000 + 100 + addedUs);
}

let nonceCounter = 0;
export const T0 = new Date('2026-11-23T12:00:00.000Z');

export interface Round {
  heartbeat: Heartbeat;
  nonces: Map<string, IssuedNonce>;
}

/** One full round: each landmark issues a nonce, measures the RTT from `at`, signs; the device reports. */
export function round(
  at: LatLon,
  counter: number,
  options: { addedUs?: number; report?: Partial<Report>; landmarks?: TestLandmark[] } = {},
): Round {
  const nonces = new Map<string, IssuedNonce>();
  const lms = options.landmarks ?? LANDMARKS;
  const measurements = lms.map((l) => {
    const nonce = toBase64Url(sha256(utf8ToBytes(`nonce ${nonceCounter++}`)).slice(0, 16));
    nonces.set(nonce, {
      nonce,
      landmarkId: l.id,
      deviceId: DEVICE.id,
      expiresAt: new Date(T0.getTime() + 300_000).toISOString(),
      usedAt: null,
    });
    return signMessage(
      {
        type: MESSAGE_TYPES.measurement,
        landmarkId: l.id,
        deviceId: DEVICE.id,
        nonce,
        rttUs: realisticRttUs(at, l, options.addedUs),
        measuredAt: T0.toISOString(),
      },
      l.seed,
    );
  });
  const report: Report = {
    type: MESSAGE_TYPES.report,
    deviceId: DEVICE.id,
    counter,
    clock: T0.toISOString(),
    nonces: measurements.map((m) => m.message.nonce),
    sensors: { relocation: false, enclosureOpened: false },
    state: 'enabled',
    acks: [],
    ...options.report,
  };
  return { heartbeat: { report: signMessage(report, DEVICE.seed), measurements }, nonces };
}
