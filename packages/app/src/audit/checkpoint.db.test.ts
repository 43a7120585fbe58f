// Issue 12 §4: a database superuser rewrites the audit log with raw SQL — deletes the last
// records and moves the head back, or edits a record and re-hashes everything after it. The
// chain alone still verifies (shown first); held to a checkpoint signed with a key outside the
// database, verification catches both. Also: what a checkpoint does not cover.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { auditHash, type AuditCheckpoint, type AuditRecord } from '@dualuse/core';
import { openTestDatabase, testEngines, type Engine } from '@dualuse/store/testing';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { verifyAuditLog } from './log';
import {
  checkpointEvidence,
  checkpointSignerAndSink,
  startCheckpointTimer,
  trustedCheckpointKeys,
} from './checkpoint-config';
import { writeAuditCheckpoints } from './checkpoints';
import { generateCheckpointKey } from './keys';
import { cliPrincipal } from '../access/principals';
import { bootstrapOperator } from '../access/tenants';
import { createUser } from '../access/users';

const dir = mkdtempSync(join(tmpdir(), 'dualuse-checkpoints-'));
const key = generateCheckpointKey();
const keyFile = join(dir, 'audit-signing.pem');
writeFileSync(keyFile, key.privateKeyPem, { mode: 0o600 });
after(() => rmSync(dir, { recursive: true, force: true }));

type Row = {
  seq: number;
  at: Date | string;
  actor: unknown;
  action: string;
  subject: unknown;
  details: unknown;
  input_versions: unknown;
  request_id: string | null;
  prev_hash: string;
  hash: string;
  tenant_id: string;
};

/** What an attacker with the database's superuser rights runs: triggers off, raw SQL. */
async function asSuperuser(
  app: AppContext,
  work: (q: <R>(sql: string, params?: unknown[]) => Promise<R[]>) => Promise<void>,
) {
  await app.db.raw(async (tx) => {
    await tx.exec('ALTER TABLE audit_events DISABLE TRIGGER USER');
    await work((sql, params) => tx.query(sql, params));
    await tx.exec('ALTER TABLE audit_events ENABLE TRIGGER USER');
  });
}

const asRecord = (r: Row): AuditRecord => ({
  tenantId: r.tenant_id,
  seq: Number(r.seq) /* bigint: a string from node-postgres */,
  at: new Date(r.at).toISOString(),
  actor: r.actor as AuditRecord['actor'],
  action: r.action,
  subject: r.subject as AuditRecord['subject'],
  details: r.details as AuditRecord['details'],
  inputVersions: r.input_versions as AuditRecord['inputVersions'],
  requestId: r.request_id,
  prevHash: r.prev_hash,
  hash: r.hash,
});

for (const engine of testEngines()) {
  describe(`audit checkpoints against a superuser on ${engine}`, () => {
    let app: AppContext;
    let tenant: { id: string; isOperator: boolean };
    let n = 0;
    const file = join(dir, `${engine}-${process.pid}.jsonl`);
    const config = () => ({ DUALUSE_AUDIT_SIGNING_KEY_FILE: keyFile, DUALUSE_AUDIT_CHECKPOINT_FILE: file });
    const addUsers = async (count: number) => {
      for (let i = 0; i < count; i++)
        await createUser(app, cliPrincipal(tenant), { email: `u${++n}@x.example`, name: `User ${n}`, role: 'analyst' });
    };
    const verify = async (withCheckpoint: boolean) =>
      verifyAuditLog(
        app,
        cliPrincipal(tenant),
        undefined,
        withCheckpoint ? await checkpointEvidence(config()) : undefined,
      );
    const checkpoint = async () => {
      const { signer, sink } = checkpointSignerAndSink(config());
      return writeAuditCheckpoints(app, signer, sink, trustedCheckpointKeys(config()));
    };

    before(async () => {
      rmSync(file, { force: true });
      app = await openApp(loadConfig({ LOG_LEVEL: 'silent', ...config() }), {
        db: await openTestDatabase(engine as Engine),
      });
      tenant = (await bootstrapOperator(app))!.tenant;
    });
    after(() => app.close());

    test('a checkpoint signs the verified head and lands in the append-only file', async () => {
      await addUsers(4); // seq 1..3 from bootstrap, 4..7 users
      const run = await checkpoint();
      assert.deepEqual(run.refused, []);
      assert.equal(run.written.length, 1);
      assert.equal(run.written[0]!.checkpoint.seq, 7);
      assert.equal(run.written[0]!.checkpoint.keyId, key.keyId);
      const lines = readFileSync(file, 'utf8').trim().split('\n');
      assert.equal(lines.length, 1);
      const v = await verify(true);
      assert.equal(v.ok, true, JSON.stringify(v.findings));
      assert.equal(v.checkpoint?.seq, 7);
    });

    test('deleting the last records and moving the head back: passes the chain alone, caught by the checkpoint', async () => {
      await addUsers(2); // 8, 9 (after the checkpoint)
      await asSuperuser(app, async (q) => {
        const [r4] = await q<{ hash: string }>('SELECT hash FROM audit_events WHERE tenant_id = $1 AND seq = 4', [
          tenant.id,
        ]);
        await q('DELETE FROM audit_events WHERE tenant_id = $1 AND seq > 4', [tenant.id]);
        await q('UPDATE audit_heads SET seq = 4, hash = $2 WHERE tenant_id = $1', [tenant.id, r4!.hash]);
      });
      const alone = await verify(false);
      assert.equal(alone.ok, true, 'the failure of issue 12: the chain and its in-database head agree');
      const held = await verify(true);
      assert.equal(held.ok, false);
      assert.deepEqual(
        held.findings.map((f) => f.kind),
        ['rolled_back'],
      );
      assert.match(held.findings[0]!.message, /no record 7/);
      // And the signer refuses to bless the rolled-back chain.
      const again = await checkpoint();
      assert.equal(again.written.length, 0);
      assert.equal(again.refused[0]!.verification.findings[0]!.kind, 'rolled_back');
    });

    test('editing a record and re-hashing everything after it: passes the chain alone, caught by the checkpoint', async () => {
      await addUsers(4); // the chain continues from seq 4: 5..8, so seq 7 exists again with another hash
      await asSuperuser(app, async (q) => {
        const rows = (await q<Row>('SELECT * FROM audit_events WHERE tenant_id = $1 ORDER BY seq', [tenant.id])).map(
          asRecord,
        );
        let prev = rows[1]!.hash;
        for (const r of rows.slice(2)) {
          const forged = {
            ...r,
            prevHash: prev,
            details: r.seq === 3 ? { ...r.details, note: 'rewritten' } : r.details,
          };
          const hash = auditHash(forged);
          await q('UPDATE audit_events SET details = $3, prev_hash = $4, hash = $5 WHERE tenant_id = $1 AND seq = $2', [
            tenant.id,
            r.seq,
            JSON.stringify(forged.details),
            prev,
            hash,
          ]);
          prev = hash;
        }
        await q('UPDATE audit_heads SET hash = $2 WHERE tenant_id = $1', [tenant.id, prev]);
      });
      const alone = await verify(false);
      assert.equal(alone.ok, true, `a consistent re-hash verifies on its own: ${JSON.stringify(alone.findings)}`);
      const held = await verify(true);
      assert.deepEqual(
        held.findings.map((f) => [f.kind, f.seq]),
        [['rewritten', 7]],
      );
    });

    test('a forged or untrusted checkpoint fails verification instead of being ignored', async () => {
      const [line] = readFileSync(file, 'utf8').trim().split('\n');
      const signed = JSON.parse(line!) as { checkpoint: { seq: number; hash: string } };
      const forgedFile = join(dir, `${engine}-forged.jsonl`);
      writeFileSync(
        forgedFile,
        JSON.stringify({ ...signed, checkpoint: { ...signed.checkpoint, hash: 'f'.repeat(64) } }) + '\n',
      );
      const forged = await verifyAuditLog(
        app,
        cliPrincipal(tenant),
        undefined,
        await checkpointEvidence(config(), forgedFile),
      );
      assert.ok(
        forged.findings.some((f) => f.kind === 'bad_checkpoint' && /signature does not match/.test(f.message)),
        JSON.stringify(forged.findings),
      );
      const other = generateCheckpointKey();
      const otherKey = join(dir, `${engine}-other.pem`);
      writeFileSync(otherKey, other.privateKeyPem);
      const { signer } = checkpointSignerAndSink({
        DUALUSE_AUDIT_SIGNING_KEY_FILE: otherKey,
        DUALUSE_AUDIT_CHECKPOINT_FILE: forgedFile,
        DUALUSE_AUDIT_TRUSTED_KEYS_FILE: undefined,
      });
      writeFileSync(
        forgedFile,
        JSON.stringify(signer.sign({ ...(signed.checkpoint as unknown as AuditCheckpoint), keyId: signer.keyId })) +
          '\n',
      );
      const untrusted = await verifyAuditLog(
        app,
        cliPrincipal(tenant),
        undefined,
        await checkpointEvidence(config(), forgedFile),
      );
      assert.ok(
        untrusted.findings.some((f) => f.kind === 'bad_checkpoint' && /unknown key/.test(f.message)),
        JSON.stringify(untrusted.findings),
      );
      const empty = join(dir, `${engine}-empty.jsonl`);
      writeFileSync(empty, '');
      const none = await verifyAuditLog(
        app,
        cliPrincipal(tenant),
        undefined,
        await checkpointEvidence(config(), empty),
      );
      assert.ok(none.findings.some((f) => f.kind === 'bad_checkpoint' && /no trusted checkpoint/.test(f.message)));
    });

    test('not detected (documented): changes confined to records after the newest checkpoint', async () => {
      // Start a new checkpoint file: a checkpoint protects only what was written before it.
      rmSync(file, { force: true });
      const signed = await checkpoint();
      const at = signed.written[0]!.checkpoint.seq;
      await addUsers(2);
      await asSuperuser(app, async (q) => {
        const [r] = await q<{ hash: string }>('SELECT hash FROM audit_events WHERE tenant_id = $1 AND seq = $2', [
          tenant.id,
          at,
        ]);
        await q('DELETE FROM audit_events WHERE tenant_id = $1 AND seq > $2', [tenant.id, at]);
        await q('UPDATE audit_heads SET seq = $2, hash = $3 WHERE tenant_id = $1', [tenant.id, at, r!.hash]);
      });
      const v = await verify(true);
      assert.equal(
        v.ok,
        true,
        'records written after the newest checkpoint can be removed undetected: checkpoint often (docs/operations.md)',
      );
    });

    test('the server signs checkpoints on its own timer (first one at start)', async () => {
      rmSync(file, { force: true });
      const stop = startCheckpointTimer(app);
      try {
        for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
      } finally {
        stop();
      }
      assert.equal(readFileSync(file, 'utf8').trim().split('\n').length, 1);
      assert.equal((await verify(true)).ok, true);
    });
  });
}
