/**
 * Ed25519 for the verifier, on Node's native crypto (OpenSSL): the pure-JS verifier in the
 * core accepts the same bytes but is about 20 times slower. Public keys are parsed once and
 * kept, because parsing costs about as much as a verification.
 */
import { createPublicKey, randomBytes, verify, type KeyObject } from 'node:crypto';
import { keyPairFromSeed, toBase64Url, type KeyPair, type SignatureVerifier } from '@dualuse/core/tracking';

const keys = new Map<string, KeyObject | null>();
const MAX_CACHED_KEYS = 100_000;

function publicKeyObject(publicKey: string): KeyObject | null {
  let key = keys.get(publicKey);
  if (key === undefined) {
    try {
      key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' });
    } catch {
      key = null;
    }
    if (keys.size >= MAX_CACHED_KEYS) keys.clear();
    keys.set(publicKey, key);
  }
  return key;
}

export const nodeVerifier: SignatureVerifier = {
  verify(text, signature, publicKey) {
    const key = publicKeyObject(publicKey);
    if (!key || !/^[A-Za-z0-9_-]{86}$/.test(signature)) return false;
    return verify(null, Buffer.from(text, 'utf8'), key, Buffer.from(signature, 'base64url'));
  },
};

export const newKeyPair = (): KeyPair => keyPairFromSeed(randomBytes(32));
/** 16 random bytes: a nonce nobody can predict, so no answer can be prepared in advance. */
export const newNonce = (): string => toBase64Url(randomBytes(16));
