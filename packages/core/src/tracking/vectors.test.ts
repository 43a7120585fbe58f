// The published test vectors (docs/protocol/heartbeat-v1.vectors.json) hold for both Ed25519
// implementations: the pure one in the core and Node's native one the server uses.
import assert from 'node:assert/strict';
import { createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { canonicalJson } from '../common/canonical-json';
import {
  HeartbeatSchema,
  keyPairFromSeed,
  fromBase64Url,
  pureVerifier,
  signText,
  type SignatureVerifier,
} from './index';

const vectors = JSON.parse(
  readFileSync(new URL('../../../../docs/protocol/heartbeat-v1.vectors.json', import.meta.url), 'utf8'),
);

const nodeVerifier: SignatureVerifier = {
  verify: (text, signature, publicKey) =>
    verify(
      null,
      Buffer.from(text),
      createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' }),
      Buffer.from(signature, 'base64url'),
    ),
};

const keyOf = (signer: string): string =>
  signer === 'agency'
    ? vectors.keys.agency.publicKey
    : signer === vectors.keys.device.id
      ? vectors.keys.device.publicKey
      : vectors.keys.landmarks.find((l: { id: string }) => l.id === signer).publicKey;

test('the seeds give the published public keys', () => {
  for (const k of [vectors.keys.device, vectors.keys.agency, ...vectors.keys.landmarks]) {
    assert.equal(keyPairFromSeed(fromBase64Url(k.seed)).publicKey, k.publicKey);
  }
});

test('every message encodes canonically and its signature verifies under both implementations', () => {
  for (const m of vectors.messages) {
    assert.equal(canonicalJson(m.message), m.canonical, m.name);
    for (const v of [pureVerifier, nodeVerifier])
      assert.ok(v.verify(m.canonical, m.signature, keyOf(m.signer)), m.name);
  }
});

test('signing reproduces the published signatures byte for byte (Ed25519 is deterministic)', () => {
  const seeds = new Map<string, string>([
    [vectors.keys.device.id, vectors.keys.device.seed],
    ['agency', vectors.keys.agency.seed],
    ...vectors.keys.landmarks.map((l: { id: string; seed: string }) => [l.id, l.seed] as [string, string]),
  ]);
  for (const m of vectors.messages) assert.equal(signText(m.canonical, seeds.get(m.signer)!), m.signature, m.name);
});

test('the invalid vectors fail under both implementations', () => {
  for (const m of vectors.invalid)
    for (const v of [pureVerifier, nodeVerifier])
      assert.equal(v.verify(m.canonical, m.signature, keyOf(m.signer)), false, m.name);
});

test('the heartbeat vector matches the wire schema', () => {
  assert.ok(HeartbeatSchema.safeParse(vectors.heartbeat).success);
});
