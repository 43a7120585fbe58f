import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auditHash, GENESIS_HASH, nextAuditRecord, type AuditEntry, type AuditRecord } from './record';
import { AuditChainVerifier, verifyAuditChain } from './verify';
import { newestCheckpoint, parseSignedCheckpoint, type SignedAuditCheckpoint } from './checkpoint';

const entry = (n: number): AuditEntry => ({
  action: 'user.create',
  actor: { type: 'user', id: 'u1', name: 'Ann', role: 'admin' },
  subject: { type: 'user', id: `u${n}` },
  details: { n },
  inputVersions: { list: 'ofac-sdn@2024-05-03' },
  requestId: null,
});

function chain(length: number): AuditRecord[] {
  const out: AuditRecord[] = [];
  for (let i = 1; i <= length; i++) {
    const prev = out[out.length - 1];
    out.push(
      nextAuditRecord(
        't1',
        prev ? { seq: prev.seq, hash: prev.hash } : null,
        entry(i),
        new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      ),
    );
  }
  return out;
}
const headOf = (c: AuditRecord[]) => ({ seq: c[c.length - 1]!.seq, hash: c[c.length - 1]!.hash });

test('a chain links each record to the previous one and verifies', () => {
  const c = chain(5);
  assert.equal(c[0]!.prevHash, GENESIS_HASH);
  assert.equal(c[3]!.prevHash, c[2]!.hash);
  const v = verifyAuditChain(c, headOf(c));
  assert.deepEqual({ ok: v.ok, checked: v.checked, lastSeq: v.lastSeq }, { ok: true, checked: 5, lastSeq: 5 });
});

test('the hash covers every field', () => {
  const [r] = chain(1);
  for (const change of [
    { action: 'user.delete' },
    { at: '2026-01-01T00:00:02.000Z' },
    { details: { n: 2 } },
    { actor: { ...r!.actor, role: 'auditor' } },
    { inputVersions: {} },
    { tenantId: 't2' },
  ]) {
    assert.notEqual(auditHash({ ...r!, ...change }), r!.hash, JSON.stringify(change));
  }
});

test('an edited record is found', () => {
  const c = chain(5);
  c[2] = { ...c[2]!, details: { n: 999 } };
  const v = verifyAuditChain(c, headOf(c));
  assert.equal(v.ok, false);
  assert.deepEqual(
    v.findings.map((f) => [f.kind, f.seq]),
    [['edited', 3]],
  );
});

test('an edited record whose hash was recomputed breaks the next link', () => {
  const c = chain(5);
  const forged = { ...c[2]!, details: { n: 999 } };
  c[2] = { ...forged, hash: auditHash(forged) };
  const v = verifyAuditChain(c, headOf(c));
  assert.deepEqual(
    v.findings.map((f) => [f.kind, f.seq]),
    [['edited', 4]],
  );
});

test('a deleted record is found', () => {
  const c = chain(5);
  c.splice(1, 1);
  const v = verifyAuditChain(c, headOf(c));
  assert.ok(
    v.findings.some((f) => f.kind === 'missing' && f.seq === 2),
    JSON.stringify(v.findings),
  );
});

test('reordered records are found', () => {
  const c = chain(5);
  [c[1], c[2]] = [c[2]!, c[1]!];
  const v = verifyAuditChain(c, headOf(c));
  assert.ok(
    v.findings.some((f) => f.kind === 'reordered'),
    JSON.stringify(v.findings),
  );
});

test('records removed from the end are found against the recorded head', () => {
  const c = chain(5);
  const head = headOf(c);
  const v = verifyAuditChain(c.slice(0, 3), head);
  assert.deepEqual(
    v.findings.map((f) => [f.kind, f.seq]),
    [['truncated', 4]],
  );
});

// Checkpoints (checkpoint.ts): a (seq, hash) signed outside the database holds the chain.
const anchored = (records: AuditRecord[], at: { seq: number; hash: string }, head = headOf(records)) => {
  const v = new AuditChainVerifier().anchorTo(at);
  for (const r of records) v.add(r);
  return v.finish(head);
};

test('a chain rolled back behind a checkpoint, head moved too, is found only with the checkpoint', () => {
  const c = chain(6);
  const checkpoint = headOf(c.slice(0, 5));
  const rolledBack = c.slice(0, 3);
  assert.equal(verifyAuditChain(rolledBack, headOf(rolledBack)).ok, true);
  assert.deepEqual(
    anchored(rolledBack, checkpoint).findings.map((f) => [f.kind, f.seq]),
    [['rolled_back', 4]],
  );
});

test('a chain edited and re-hashed behind a checkpoint is found only with the checkpoint', () => {
  const c = chain(6);
  const checkpoint = headOf(c.slice(0, 5));
  const forged: AuditRecord[] = [c[0]!];
  for (const r of c.slice(1)) {
    const prev = forged[forged.length - 1]!;
    const unhashed = { ...r, prevHash: prev.hash, details: r.seq === 2 ? { n: 999 } : r.details };
    forged.push({ ...unhashed, hash: auditHash(unhashed) });
  }
  assert.equal(verifyAuditChain(forged, headOf(forged)).ok, true);
  assert.deepEqual(
    anchored(forged, checkpoint).findings.map((f) => [f.kind, f.seq]),
    [['rewritten', 5]],
  );
  assert.equal(anchored(c, checkpoint).ok, true);
});

test('a signed checkpoint line is parsed strictly', () => {
  const good = {
    checkpoint: {
      type: 'dualuse.audit-checkpoint',
      v: 1,
      tenantId: 't1',
      seq: 3,
      hash: 'a'.repeat(64),
      at: '2026-12-07T00:00:00.000Z',
      keyId: '0123456789abcdef',
    },
    signature: 'A'.repeat(86),
  };
  assert.equal(typeof parseSignedCheckpoint(good), 'object');
  assert.match(String(parseSignedCheckpoint({ ...good, signature: 'short' })), /signature/);
  assert.match(String(parseSignedCheckpoint({ ...good, checkpoint: { ...good.checkpoint, seq: -1 } })), /seq/);
  assert.match(String(parseSignedCheckpoint({ ...good, checkpoint: { ...good.checkpoint, hash: 'xyz' } })), /hash/);
  const older = { ...good, checkpoint: { ...good.checkpoint, seq: 2 } };
  assert.equal(
    newestCheckpoint(
      [older, good as never].map((x) => parseSignedCheckpoint(x) as SignedAuditCheckpoint),
      't1',
    )?.checkpoint.seq,
    3,
  );
});
