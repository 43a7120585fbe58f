/**
 * The Ed25519 key that signs audit checkpoints (core/audit/checkpoint.ts), and the public
 * keys a verifier trusts. The private key lives in a file the operator keeps with the other
 * secrets (DUALUSE_AUDIT_SIGNING_KEY_FILE, PKCS#8 PEM as written by `dualuse audit keygen`
 * or `openssl genpkey -algorithm ed25519`), never in the database: a database superuser
 * must not be able to sign a checkpoint for a chain they rewrote.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { readFileSync } from 'node:fs';
import { checkpointPayload, DomainError, type AuditCheckpoint, type SignedAuditCheckpoint } from '@dualuse/core';

export interface CheckpointSigner {
  keyId: string;
  /** Raw 32-byte public key, base64url: what a verifier lists as trusted. */
  publicKey: string;
  sign(c: AuditCheckpoint): SignedAuditCheckpoint;
}

const raw = (pub: KeyObject): string => String(pub.export({ format: 'jwk' }).x);
export const keyIdOf = (publicKey: string): string =>
  createHash('sha256').update(Buffer.from(publicKey, 'base64url')).digest('hex').slice(0, 16);

const badKey = (file: string, why: string) =>
  new DomainError('invalid_input', `audit signing key ${file}: ${why}`, { pointer: file });

export function loadCheckpointSigner(file: string): CheckpointSigner {
  let key: KeyObject;
  try {
    key = createPrivateKey(readFileSync(file));
  } catch (error) {
    throw badKey(file, `cannot read a private key (${(error as Error).message.split('\n')[0]})`);
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw badKey(file, `is ${key.asymmetricKeyType ?? 'not an asymmetric'} key; an Ed25519 key is needed`);
  const publicKey = raw(createPublicKey(key));
  const keyId = keyIdOf(publicKey);
  return {
    keyId,
    publicKey,
    sign: (c) => ({
      checkpoint: c,
      signature: sign(null, Buffer.from(checkpointPayload(c), 'utf8'), key).toString('base64url'),
    }),
  };
}

/** A fresh key pair: the private key as PKCS#8 PEM (for the secrets file) and the raw public key. */
export function generateCheckpointKey(): { privateKeyPem: string; publicKey: string; keyId: string } {
  const pair = generateKeyPairSync('ed25519');
  const publicKey = raw(pair.publicKey);
  return {
    privateKeyPem: pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicKey,
    keyId: keyIdOf(publicKey),
  };
}

/**
 * Trusted public keys by key id, from a text file with one raw base64url public key per line
 * (`#` comments allowed): the current key and every retired one, so checkpoints signed
 * before a rotation still verify.
 */
export function readTrustedKeys(file: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DomainError('invalid_input', `trusted audit keys ${file}: ${(error as Error).message}`, {
      pointer: file,
    });
  }
  const keys = new Map<string, string>();
  text.split('\n').forEach((line, i) => {
    const k = line.replace(/#.*/, '').trim();
    if (!k) return;
    if (!/^[A-Za-z0-9_-]{43}$/.test(k))
      throw new DomainError(
        'invalid_input',
        `trusted audit keys ${file} line ${i + 1}: not a base64url Ed25519 public key (43 characters)`,
        { pointer: `${file}:${i + 1}` },
      );
    keys.set(keyIdOf(k), k);
  });
  return keys;
}

/** Whether a trusted key signed exactly this checkpoint. */
export function checkpointSignatureValid(s: SignedAuditCheckpoint, trusted: ReadonlyMap<string, string>): boolean {
  const pub = trusted.get(s.checkpoint.keyId);
  if (!pub) return false;
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: pub }, format: 'jwk' });
  return verify(null, Buffer.from(checkpointPayload(s.checkpoint), 'utf8'), key, Buffer.from(s.signature, 'base64url'));
}
