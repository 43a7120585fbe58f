/**
 * Ed25519 (RFC 8032) in pure JS, for what runs anywhere: the device simulator, test
 * vectors, the browser. The server verifies with Node's native crypto instead (≈ 20× faster);
 * both produce and accept the same bytes, which the test vectors prove.
 */
import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { signingText, type Signed, type SignatureVerifier } from './protocol';

ed.hashes.sha512 = sha512;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64url without padding (RFC 4648 §5), the encoding of keys, signatures and nonces. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < chars; j++) out += ALPHABET[(n >> (18 - 6 * j)) & 63];
  }
  return out;
}

export function fromBase64Url(text: string): Uint8Array {
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of text) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw new TypeError(`not base64url: '${ch}'`);
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >> bits) & 255);
    }
  }
  return Uint8Array.from(out);
}

export interface KeyPair {
  /** The 32-byte private seed, base64url. Keep secret. */
  seed: string;
  publicKey: string;
}

export function keyPairFromSeed(seed: Uint8Array): KeyPair {
  return { seed: toBase64Url(seed), publicKey: toBase64Url(ed.getPublicKey(seed)) };
}

export function signText(text: string, seed: string): string {
  return toBase64Url(ed.sign(utf8ToBytes(text), fromBase64Url(seed)));
}

/** Signs the canonical JSON of a message: the only way a protocol message is ever signed. */
export function signMessage<M extends object>(message: M, seed: string): Signed<M> {
  return { message, signature: signText(signingText(message), seed) };
}

/** Pure-JS verifier (slow; for browsers and tools). Malformed keys or signatures verify false. */
export const pureVerifier: SignatureVerifier = {
  verify(text, signature, publicKey) {
    try {
      return ed.verify(fromBase64Url(signature), utf8ToBytes(text), fromBase64Url(publicKey));
    } catch {
      return false;
    }
  },
};
