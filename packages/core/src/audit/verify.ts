import { auditHash, GENESIS_HASH, type AuditRecord } from './record';

/**
 * Verifies a tenant's chain record by record, so a caller can stream millions of rows
 * through it and show progress. Feed records in ascending `seq` order, then call `finish`
 * with the stored head (the last seq and hash the writer recorded) to catch a truncated tail.
 *
 * What each finding means:
 * - `edited`: the record's content no longer matches its own hash.
 * - `missing`: sequence numbers jump: records were deleted.
 * - `reordered`: a record's seq is lower than or equal to one already seen, or its
 *   prevHash names a record other than the one before it.
 * - `truncated`: the chain ends before the head the writer recorded.
 * - `rolled_back`: the chain ends before a signed checkpoint (checkpoint.ts): records were
 *   deleted and the head moved back, which the in-database head alone cannot show.
 * - `rewritten`: the record at a signed checkpoint's seq has another hash: records up to it
 *   were edited and the chain re-hashed after them.
 * - `bad_checkpoint`: a checkpoint that was asked for is absent, unreadable, or not signed by
 *   a trusted key (a forged or altered anchor must fail, not be ignored).
 */
export type AuditFindingKind =
  'edited' | 'missing' | 'reordered' | 'truncated' | 'rolled_back' | 'rewritten' | 'bad_checkpoint';

export interface AuditFinding {
  kind: AuditFindingKind;
  seq: number;
  message: string;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  lastSeq: number;
  lastHash: string;
  findings: AuditFinding[];
  /** The signed checkpoint the chain was held to, if one was given. */
  checkpoint?: { seq: number; hash: string; at: string; keyId: string; source: string } | null;
}

export class AuditChainVerifier {
  private checked = 0;
  private lastSeq = 0;
  private lastHash = GENESIS_HASH;
  private readonly findings: AuditFinding[] = [];
  /** Hash → seq of every record seen, to tell a reordering from a deletion. */
  private readonly seen = new Map<string, number>();

  /** A signed checkpoint's (seq, hash) to hold the chain to, and the hash found at that seq. */
  private anchor: { seq: number; hash: string } | null = null;
  private anchorFound: string | null = null;

  constructor(private readonly maxFindings = 1000) {}

  /** Holds the chain to a checkpoint verified elsewhere (its signature is the caller's job). */
  anchorTo(checkpoint: { seq: number; hash: string }): this {
    this.anchor = checkpoint;
    if (checkpoint.seq === 0) this.anchorFound = GENESIS_HASH;
    return this;
  }

  add(record: AuditRecord): void {
    this.checked += 1;
    const expectedSeq = this.lastSeq + 1;
    if (auditHash(record) !== record.hash) {
      this.report(
        'edited',
        record.seq,
        `record ${record.seq} was changed after it was written (its hash does not match its content)`,
      );
    }
    if (record.seq < expectedSeq) {
      this.report('reordered', record.seq, `record ${record.seq} comes after record ${this.lastSeq}`);
    } else if (record.seq > expectedSeq) {
      this.report('missing', expectedSeq, `records ${expectedSeq}..${record.seq - 1} are missing`);
    }
    if (record.prevHash !== this.lastHash) {
      const linked = this.seen.get(record.prevHash);
      if (linked !== undefined) {
        this.report(
          'reordered',
          record.seq,
          `record ${record.seq} links to record ${linked}, not to record ${this.lastSeq} before it`,
        );
      } else if (record.seq === expectedSeq) {
        // Seq is contiguous but the link is broken: the previous record was replaced or rewritten.
        this.report(
          'edited',
          record.seq,
          `record ${record.seq} does not link to record ${this.lastSeq} (previous record was replaced)`,
        );
      }
    }
    if (this.anchor && record.seq === this.anchor.seq && this.anchorFound === null) this.anchorFound = record.hash;
    this.seen.set(record.hash, record.seq);
    this.lastSeq = Math.max(this.lastSeq, record.seq);
    this.lastHash = record.hash;
  }

  finish(head: { seq: number; hash: string } | null): AuditVerification {
    if (head) {
      if (head.seq > this.lastSeq) {
        this.report(
          'truncated',
          this.lastSeq + 1,
          `records ${this.lastSeq + 1}..${head.seq} were removed from the end of the log`,
        );
      } else if (head.seq === this.lastSeq && head.hash !== this.lastHash) {
        this.report('edited', head.seq, `the last record does not match the recorded head of the chain`);
      }
    }
    if (this.anchor) {
      const a = this.anchor;
      if (this.anchorFound === null) {
        this.report(
          'rolled_back',
          Math.min(this.lastSeq + 1, a.seq),
          `the chain has no record ${a.seq}, which a signed checkpoint covers (it ends at ${this.lastSeq}): records were deleted and the head moved back`,
        );
      } else if (this.anchorFound !== a.hash) {
        this.report(
          'rewritten',
          a.seq,
          `record ${a.seq} does not match the signed checkpoint: records up to ${a.seq} were changed and the chain re-hashed`,
        );
      }
    }
    return {
      ok: this.findings.length === 0,
      checked: this.checked,
      lastSeq: this.lastSeq,
      lastHash: this.lastHash,
      findings: [...this.findings],
    };
  }

  /** A finding established outside the chain (e.g. a checkpoint whose signature fails). */
  reportProblem(kind: AuditFindingKind, seq: number, message: string): void {
    this.report(kind, seq, message);
  }

  private report(kind: AuditFindingKind, seq: number, message: string): void {
    if (this.findings.length < this.maxFindings) this.findings.push({ kind, seq, message });
  }
}

export function verifyAuditChain(
  records: Iterable<AuditRecord>,
  head: { seq: number; hash: string } | null = null,
): AuditVerification {
  const verifier = new AuditChainVerifier();
  for (const r of records) verifier.add(r);
  return verifier.finish(head);
}
