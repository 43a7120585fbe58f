/** The checkpoint settings of the configuration, resolved into a signer, a sink and trusted keys. */
import { invalidInput } from '@dualuse/core';
import type { Config } from '../config';
import { fileCheckpointSink, readCheckpointFile, type CheckpointEvidence, type CheckpointSink } from './audit-checkpoints';
import { loadCheckpointSigner, readTrustedKeys, type CheckpointSigner } from './audit-keys';

type CheckpointConfig = Pick<Config, 'DUALUSE_AUDIT_SIGNING_KEY_FILE' | 'DUALUSE_AUDIT_CHECKPOINT_FILE' | 'DUALUSE_AUDIT_TRUSTED_KEYS_FILE'>;

/** Trusted keys: the trusted-keys file, plus the public half of the configured signing key. */
export function trustedCheckpointKeys(c: CheckpointConfig, extraPublicKeyFile?: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of [c.DUALUSE_AUDIT_TRUSTED_KEYS_FILE, extraPublicKeyFile]) if (file) for (const [id, k] of readTrustedKeys(file)) keys.set(id, k);
  if (c.DUALUSE_AUDIT_SIGNING_KEY_FILE) {
    const signer = loadCheckpointSigner(c.DUALUSE_AUDIT_SIGNING_KEY_FILE);
    keys.set(signer.keyId, signer.publicKey);
  }
  return keys;
}

/** The evidence to verify against: `file` (e.g. --checkpoint) or the configured checkpoint file; none if neither. */
export async function checkpointEvidence(c: CheckpointConfig, file?: string, publicKeyFile?: string): Promise<CheckpointEvidence | undefined> {
  const path = file ?? c.DUALUSE_AUDIT_CHECKPOINT_FILE;
  if (!path) return undefined;
  return readCheckpointFile(path, trustedCheckpointKeys(c, publicKeyFile));
}

export function checkpointSignerAndSink(c: CheckpointConfig, file?: string): { signer: CheckpointSigner; sink: CheckpointSink } {
  if (!c.DUALUSE_AUDIT_SIGNING_KEY_FILE) throw invalidInput('DUALUSE_AUDIT_SIGNING_KEY_FILE is not set: make a key with `dualuse audit keygen --out FILE` and keep it with the secrets', 'DUALUSE_AUDIT_SIGNING_KEY_FILE');
  const path = file ?? c.DUALUSE_AUDIT_CHECKPOINT_FILE;
  if (!path) throw invalidInput('no checkpoint destination: set DUALUSE_AUDIT_CHECKPOINT_FILE or pass --out FILE', 'DUALUSE_AUDIT_CHECKPOINT_FILE');
  return { signer: loadCheckpointSigner(c.DUALUSE_AUDIT_SIGNING_KEY_FILE), sink: fileCheckpointSink(path) };
}
