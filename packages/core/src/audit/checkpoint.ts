import { canonicalJson } from '../common/canonical-json';

/**
 * A checkpoint anchors a tenant's audit chain outside the database. The chain alone proves
 * only that records agree with each other: whoever can write the database (a superuser) can
 * delete the last records and move the head back, or edit a record and re-hash everything
 * after it, and the result verifies. A checkpoint is the head (seq, hash) at a moment, signed
 * with an Ed25519 key the database never holds and copied to an append-only place the
 * operator chooses. Verifying against it catches any change to records 1..seq.
 *
 * What it does not catch: changes to records written after the newest checkpoint (the window
 * between checkpoints), and a chain that was already tampered with when a checkpoint was
 * signed (the signer verifies first and refuses to sign a broken chain). docs/operations.md.
 */
export interface AuditCheckpoint {
  type: 'dualuse.audit-checkpoint';
  v: 1;
  tenantId: string;
  /** The head at signing time; seq 0 / the genesis hash for an empty chain. */
  seq: number;
  hash: string;
  /** When it was signed (ISO 8601 UTC). */
  at: string;
  /** SHA-256 (hex, first 16) of the signer's raw public key, so a verifier picks the key. */
  keyId: string;
}

export interface SignedAuditCheckpoint {
  checkpoint: AuditCheckpoint;
  /** Ed25519 over the UTF-8 of `checkpointPayload(checkpoint)`, base64url. */
  signature: string;
}

/** The exact bytes (as text) that are signed: RFC 8785-style canonical JSON. */
export const checkpointPayload = (c: AuditCheckpoint): string => canonicalJson({ ...c });

/** Parses one stored line; returns why not when it is not a signed checkpoint. */
export function parseSignedCheckpoint(value: unknown): SignedAuditCheckpoint | string {
  if (typeof value !== 'object' || value === null) return 'not a JSON object';
  const { checkpoint: c, signature } = value as { checkpoint?: Partial<AuditCheckpoint>; signature?: unknown };
  if (typeof signature !== 'string' || !/^[A-Za-z0-9_-]{86}$/.test(signature))
    return 'signature: not a base64url Ed25519 signature';
  if (typeof c !== 'object' || c === null) return 'checkpoint: missing';
  if (c.type !== 'dualuse.audit-checkpoint' || c.v !== 1) return 'checkpoint.type/v: not a dualuse audit checkpoint v1';
  if (typeof c.tenantId !== 'string' || !c.tenantId) return 'checkpoint.tenantId: missing';
  if (!Number.isSafeInteger(c.seq) || (c.seq as number) < 0) return 'checkpoint.seq: not a non-negative integer';
  if (typeof c.hash !== 'string' || !/^[0-9a-f]{64}$/.test(c.hash)) return 'checkpoint.hash: not a SHA-256 hex digest';
  if (typeof c.at !== 'string' || Number.isNaN(Date.parse(c.at))) return 'checkpoint.at: not a date';
  if (typeof c.keyId !== 'string' || !/^[0-9a-f]{16}$/.test(c.keyId)) return 'checkpoint.keyId: not 16 hex digits';
  const checkpoint: AuditCheckpoint = {
    type: c.type,
    v: c.v,
    tenantId: c.tenantId,
    seq: c.seq as number,
    hash: c.hash,
    at: c.at,
    keyId: c.keyId,
  };
  return { checkpoint, signature };
}

/** The newest checkpoint of a tenant: the highest seq (later signing time breaks ties). */
export function newestCheckpoint(
  list: readonly SignedAuditCheckpoint[],
  tenantId: string,
): SignedAuditCheckpoint | null {
  let best: SignedAuditCheckpoint | null = null;
  for (const s of list) {
    if (s.checkpoint.tenantId !== tenantId) continue;
    if (
      !best ||
      s.checkpoint.seq > best.checkpoint.seq ||
      (s.checkpoint.seq === best.checkpoint.seq && s.checkpoint.at > best.checkpoint.at)
    )
      best = s;
  }
  return best;
}
