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
 */
export type AuditFindingKind = 'edited' | 'missing' | 'reordered' | 'truncated';

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
}

export class AuditChainVerifier {
  private checked = 0;
  private lastSeq = 0;
  private lastHash = GENESIS_HASH;
  private readonly findings: AuditFinding[] = [];
  /** Hash → seq of every record seen, to tell a reordering from a deletion. */
  private readonly seen = new Map<string, number>();

  constructor(private readonly maxFindings = 1000) {}

  add(record: AuditRecord): void {
    this.checked += 1;
    const expectedSeq = this.lastSeq + 1;
    if (auditHash(record) !== record.hash) {
      this.report('edited', record.seq, `record ${record.seq} was changed after it was written (its hash does not match its content)`);
    }
    if (record.seq < expectedSeq) {
      this.report('reordered', record.seq, `record ${record.seq} comes after record ${this.lastSeq}`);
    } else if (record.seq > expectedSeq) {
      this.report('missing', expectedSeq, `records ${expectedSeq}..${record.seq - 1} are missing`);
    }
    if (record.prevHash !== this.lastHash) {
      const linked = this.seen.get(record.prevHash);
      if (linked !== undefined) {
        this.report('reordered', record.seq, `record ${record.seq} links to record ${linked}, not to record ${this.lastSeq} before it`);
      } else if (record.seq === expectedSeq) {
        // Seq is contiguous but the link is broken: the previous record was replaced or rewritten.
        this.report('edited', record.seq, `record ${record.seq} does not link to record ${this.lastSeq} (previous record was replaced)`);
      }
    }
    this.seen.set(record.hash, record.seq);
    this.lastSeq = Math.max(this.lastSeq, record.seq);
    this.lastHash = record.hash;
  }

  finish(head: { seq: number; hash: string } | null): AuditVerification {
    if (head) {
      if (head.seq > this.lastSeq) {
        this.report('truncated', this.lastSeq + 1, `records ${this.lastSeq + 1}..${head.seq} were removed from the end of the log`);
      } else if (head.seq === this.lastSeq && head.hash !== this.lastHash) {
        this.report('edited', head.seq, `the last record does not match the recorded head of the chain`);
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

  private report(kind: AuditFindingKind, seq: number, message: string): void {
    if (this.findings.length < this.maxFindings) this.findings.push({ kind, seq, message });
  }
}

export function verifyAuditChain(records: Iterable<AuditRecord>, head: { seq: number; hash: string } | null = null): AuditVerification {
  const verifier = new AuditChainVerifier();
  for (const r of records) verifier.add(r);
  return verifier.finish(head);
}
