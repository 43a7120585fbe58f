/** The checkpoint settings of the configuration, resolved into a signer, a sink and trusted keys. */
import { invalidInput } from '@dualuse/core';
import type { Config } from '../config';
import {
  fileCheckpointSink,
  readCheckpointFile,
  writeAuditCheckpoints,
  type CheckpointEvidence,
  type CheckpointSink,
} from './checkpoints';
import type { AppContext } from '../context';
import { loadCheckpointSigner, readTrustedKeys, type CheckpointSigner } from './keys';

type CheckpointConfig = Pick<
  Config,
  'DUALUSE_AUDIT_SIGNING_KEY_FILE' | 'DUALUSE_AUDIT_CHECKPOINT_FILE' | 'DUALUSE_AUDIT_TRUSTED_KEYS_FILE'
>;

/** Trusted keys: the trusted-keys file, plus the public half of the configured signing key. */
export function trustedCheckpointKeys(c: CheckpointConfig, extraPublicKeyFile?: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of [c.DUALUSE_AUDIT_TRUSTED_KEYS_FILE, extraPublicKeyFile])
    if (file) for (const [id, k] of readTrustedKeys(file)) keys.set(id, k);
  if (c.DUALUSE_AUDIT_SIGNING_KEY_FILE) {
    const signer = loadCheckpointSigner(c.DUALUSE_AUDIT_SIGNING_KEY_FILE);
    keys.set(signer.keyId, signer.publicKey);
  }
  return keys;
}

/** The evidence to verify against: `file` (e.g. --checkpoint) or the configured checkpoint file; none if neither. */
export async function checkpointEvidence(
  c: CheckpointConfig,
  file?: string,
  publicKeyFile?: string,
): Promise<CheckpointEvidence | undefined> {
  const path = file ?? c.DUALUSE_AUDIT_CHECKPOINT_FILE;
  if (!path) return undefined;
  return readCheckpointFile(path, trustedCheckpointKeys(c, publicKeyFile));
}

export function checkpointSignerAndSink(
  c: CheckpointConfig,
  file?: string,
): { signer: CheckpointSigner; sink: CheckpointSink } {
  if (!c.DUALUSE_AUDIT_SIGNING_KEY_FILE)
    throw invalidInput(
      'DUALUSE_AUDIT_SIGNING_KEY_FILE is not set: make a key with `dualuse audit keygen --out FILE` and keep it with the secrets',
      'DUALUSE_AUDIT_SIGNING_KEY_FILE',
    );
  const path = file ?? c.DUALUSE_AUDIT_CHECKPOINT_FILE;
  if (!path)
    throw invalidInput(
      'no checkpoint destination: set DUALUSE_AUDIT_CHECKPOINT_FILE or pass --out FILE',
      'DUALUSE_AUDIT_CHECKPOINT_FILE',
    );
  return { signer: loadCheckpointSigner(c.DUALUSE_AUDIT_SIGNING_KEY_FILE), sink: fileCheckpointSink(path) };
}

/**
 * The server's own checkpointing, every DUALUSE_AUDIT_CHECKPOINT_MINUTES when a key and a file
 * are configured (on the embedded database no CLI can run beside the server, so cron cannot
 * do it). A chain that fails verification is logged as an error and left unsigned. Returns a
 * stop function; the timer does not keep the process alive.
 */
export function startCheckpointTimer(ctx: AppContext): () => void {
  const c = ctx.config;
  if (!c.DUALUSE_AUDIT_CHECKPOINT_MINUTES || !c.DUALUSE_AUDIT_SIGNING_KEY_FILE || !c.DUALUSE_AUDIT_CHECKPOINT_FILE)
    return () => {};
  const { signer, sink } = checkpointSignerAndSink(c); // a bad key stops start-up here, not later
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const run = await writeAuditCheckpoints(ctx, signer, sink, trustedCheckpointKeys(c));
      ctx.logger.info({ signed: run.written.length, destination: sink.describe }, 'audit checkpoints signed');
      for (const r of run.refused)
        ctx.logger.error(
          { tenant: r.slug, findings: r.verification.findings.slice(0, 5) },
          'audit chain failed verification: no checkpoint signed',
        );
    } catch (error) {
      ctx.logger.error({ err: (error as Error).message }, 'audit checkpoint failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), c.DUALUSE_AUDIT_CHECKPOINT_MINUTES * 60_000);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
