/**
 * Writes heartbeat-v1.vectors.json: fixed keys, one round of messages, their canonical
 * encodings and Ed25519 signatures. Ed25519 is deterministic, so re-running reproduces the
 * file byte for byte; packages/core/src/tracking/vectors.test.ts checks both directions.
 *
 *   node --import tsx docs/protocol/generate-vectors.ts
 */
import { writeFileSync } from 'node:fs';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import {
  keyPairFromSeed,
  MESSAGE_TYPES,
  signingText,
  signMessage,
  toBase64Url,
  type KeyPair,
} from '@dualuse/core/tracking';

/** Seeds derived from labels, so anyone can re-derive the keys. */
const key = (label: string): KeyPair =>
  keyPairFromSeed(sha256(utf8ToBytes(`dualuse-heartbeat/1 test vector: ${label}`)));
const nonce = (label: string) => toBase64Url(sha256(utf8ToBytes(`nonce ${label}`)).slice(0, 16));

const device = { id: 'dev-kl-0001', ...key('device dev-kl-0001') };
const landmarks = [
  { id: 'lm-kuala-lumpur', lat: 3.139, lon: 101.6869, ...key('landmark lm-kuala-lumpur') },
  { id: 'lm-singapore', lat: 1.3521, lon: 103.8198, ...key('landmark lm-singapore') },
  { id: 'lm-hong-kong', lat: 22.3193, lon: 114.1694, ...key('landmark lm-hong-kong') },
];
const agency = key('agency');
const nonces = landmarks.map((l) => nonce(l.id));
const rtts = [350, 2600, 21000];

const entry = (name: string, signer: string, signed: { message: object; signature: string }) => ({
  name,
  signer,
  message: signed.message,
  canonical: signingText(signed.message),
  signature: signed.signature,
});

const nonceRequest = signMessage(
  {
    type: MESSAGE_TYPES.nonceRequest,
    landmarkId: landmarks[0]!.id,
    deviceId: device.id,
    requestedAt: '2026-11-23T12:00:00.000Z',
  },
  landmarks[0]!.seed,
);
const ping = signMessage({ type: MESSAGE_TYPES.pingResponse, deviceId: device.id, nonce: nonces[0]! }, device.seed);
const report = signMessage(
  {
    type: MESSAGE_TYPES.report,
    deviceId: device.id,
    counter: 42,
    clock: '2026-11-23T12:00:01.250Z',
    nonces,
    sensors: { relocation: false, enclosureOpened: false },
    gnss: { lat: 3.1412, lon: 101.6865, accuracyM: 15 },
    state: 'enabled' as const,
    acks: ['cmd-0001'],
  },
  device.seed,
);
const measurements = landmarks.map((l, i) =>
  signMessage(
    {
      type: MESSAGE_TYPES.measurement,
      landmarkId: l.id,
      deviceId: device.id,
      nonce: nonces[i]!,
      rttUs: rtts[i]!,
      measuredAt: '2026-11-23T12:00:01.000Z',
    },
    l.seed,
  ),
);
const command = signMessage(
  {
    type: MESSAGE_TYPES.command,
    commandId: 'cmd-0001',
    deviceId: device.id,
    action: 'disable' as const,
    issuedAt: '2026-11-23T11:00:00.000Z',
    approvedBy: ['officer-a', 'officer-b'],
  },
  agency.seed,
);

const vectors = {
  protocol: 'dualuse-heartbeat/1',
  note: 'Seeds are SHA-256("dualuse-heartbeat/1 test vector: <label>"); keys, nonces and signatures are base64url without padding. Never use these keys outside tests.',
  keys: {
    device: { id: device.id, seed: device.seed, publicKey: device.publicKey },
    landmarks: landmarks.map((l) => ({ id: l.id, lat: l.lat, lon: l.lon, seed: l.seed, publicKey: l.publicKey })),
    agency: { seed: agency.seed, publicKey: agency.publicKey },
  },
  messages: [
    entry('nonce request', landmarks[0]!.id, nonceRequest),
    entry('ping response', device.id, ping),
    entry('report', device.id, report),
    ...measurements.map((m, i) => entry(`measurement ${i + 1}`, landmarks[i]!.id, m)),
    entry('command', 'agency', command),
  ],
  heartbeat: { report, measurements },
  invalid: [
    {
      name: 'report with counter changed after signing',
      signer: device.id,
      canonical: signingText({ ...report.message, counter: 43 }),
      signature: report.signature,
    },
    {
      name: 'measurement signed by another landmark',
      signer: landmarks[1]!.id,
      canonical: signingText(measurements[0]!.message),
      signature: measurements[0]!.signature,
    },
  ],
};

writeFileSync(new URL('./heartbeat-v1.vectors.json', import.meta.url), `${JSON.stringify(vectors, null, 2)}\n`);
console.log('wrote docs/protocol/heartbeat-v1.vectors.json');
