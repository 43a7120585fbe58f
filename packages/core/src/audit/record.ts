import { canonicalJson, type Json } from '../common/canonical-json';
import { sha256Hex } from '../common/hash';

/**
 * One entry of a tenant's audit log. Every decision the system makes and every change a
 * user makes becomes one record: who (actor), when (at), what (action, subject, details)
 * and on which inputs (inputVersions: e.g. the list version a screening ran against).
 */
export interface AuditActor {
  type: 'user' | 'api_key' | 'cli' | 'system';
  id: string;
  name: string;
  role?: string;
}

export interface AuditSubject {
  type: string;
  id: string;
}

export interface AuditEntry {
  action: string;
  actor: AuditActor;
  subject: AuditSubject | null;
  details: { [key: string]: Json };
  inputVersions: { [key: string]: string };
  requestId: string | null;
}

export interface AuditRecord extends AuditEntry {
  tenantId: string;
  /** 1, 2, 3, ... within the tenant's chain, with no gaps. */
  seq: number;
  /** ISO 8601 UTC with milliseconds; hashed as text, so it must round-trip exactly. */
  at: string;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);
/** Bumped if the hashed fields ever change, so old chains still verify under their version. */
export const AUDIT_HASH_VERSION = 1;

/** The hash covers every field but itself, including the previous record's hash: that is the chain. */
export function auditHash(record: Omit<AuditRecord, 'hash'>): string {
  return sha256Hex(
    canonicalJson({
      v: AUDIT_HASH_VERSION,
      tenantId: record.tenantId,
      seq: record.seq,
      at: record.at,
      actor: record.actor as unknown as Json,
      action: record.action,
      subject: record.subject as unknown as Json,
      details: record.details,
      inputVersions: record.inputVersions,
      requestId: record.requestId,
      prevHash: record.prevHash,
    }),
  );
}

/** The next link of a chain whose last record has `head` (null for an empty chain). */
export function nextAuditRecord(
  tenantId: string,
  head: { seq: number; hash: string } | null,
  entry: AuditEntry,
  at: Date,
): AuditRecord {
  const unhashed = {
    ...entry,
    tenantId,
    seq: (head?.seq ?? 0) + 1,
    at: at.toISOString(),
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  return { ...unhashed, hash: auditHash(unhashed) };
}
