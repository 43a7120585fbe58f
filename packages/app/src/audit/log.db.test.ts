// The audit chain, end to end on a real database: use cases append to it, and tampering
// done behind the application's back (as the table owner, triggers disabled) is detected.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openTestDatabase, testEngines, type Engine } from '@dualuse/store/testing';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { listAuditRecords, verifyAuditLog } from './log';
import { cliPrincipal } from '../access/principals';
import { bootstrapOperator } from '../access/tenants';
import { createUser } from '../access/users';

async function withAuditedApp(
  engine: Engine,
  work: (app: AppContext, tamper: (sql: string) => Promise<void>) => Promise<void>,
) {
  const db = await openTestDatabase(engine);
  const app = await openApp(loadConfig({ LOG_LEVEL: 'silent' }), { db });
  try {
    const boot = await bootstrapOperator(app);
    const admin = cliPrincipal({ id: boot!.tenant.id, isOperator: true });
    for (const n of [1, 2, 3])
      await createUser(app, admin, { email: `u${n}@x.example`, name: `User ${n}`, role: 'analyst' });
    const tamper = (sql: string) =>
      db.raw(async (tx) => {
        await tx.exec('ALTER TABLE audit_events DISABLE TRIGGER USER');
        await tx.exec(sql);
        await tx.exec('ALTER TABLE audit_events ENABLE TRIGGER USER');
      });
    await work(app, tamper);
  } finally {
    await app.close();
  }
}

const admin = async (app: AppContext) =>
  cliPrincipal({ id: (await app.db.orm.query.tenants.findFirst())!.id, isOperator: true });

for (const engine of testEngines()) {
  describe(`audit log on ${engine}`, () => {
    test('every change is recorded with who, what and when, and the chain verifies', async () => {
      await withAuditedApp(engine, async (app) => {
        const p = await admin(app);
        const { records, head } = await listAuditRecords(app, p, { limit: 100 });
        assert.deepEqual(records.map((r) => r.action).reverse(), [
          'tenant.open',
          'user.create',
          'api_key.create',
          'user.create',
          'user.create',
          'user.create',
        ]);
        assert.equal(head!.seq, 6);
        assert.equal(records[0]!.actor.type, 'cli');
        assert.deepEqual(records[0]!.details, { email: 'u3@x.example', role: 'analyst' });
        const progress: number[] = [];
        const v = await verifyAuditLog(app, p, (done) => progress.push(done));
        assert.deepEqual(
          { ok: v.ok, checked: v.checked, findings: v.findings },
          { ok: true, checked: 6, findings: [] },
        );
        assert.deepEqual(progress, [6]);
      });
    });

    const cases: [string, string, string][] = [
      [
        'an edited record',
        `UPDATE audit_events SET details = '{"email":"evil@x.example","role":"admin"}' WHERE seq = 4`,
        'edited',
      ],
      ['a deleted record', 'DELETE FROM audit_events WHERE seq = 3', 'missing'],
      [
        'swapped records',
        'UPDATE audit_events SET seq = 1000 WHERE seq = 4; UPDATE audit_events SET seq = 4 WHERE seq = 5; UPDATE audit_events SET seq = 5 WHERE seq = 1000',
        'reordered',
      ],
      ['a deleted tail', 'DELETE FROM audit_events WHERE seq >= 5', 'truncated'],
    ];
    for (const [what, sql, kind] of cases) {
      test(`verification detects ${what}`, async () => {
        await withAuditedApp(engine, async (app, tamper) => {
          await tamper(sql);
          const v = await verifyAuditLog(app, await admin(app));
          assert.equal(v.ok, false);
          assert.ok(
            v.findings.some((f) => f.kind === kind),
            `expected a '${kind}' finding, got ${JSON.stringify(v.findings)}`,
          );
        });
      });
    }
  });
}
