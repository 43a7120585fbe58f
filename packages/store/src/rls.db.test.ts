// Tenant isolation is enforced by PostgreSQL (row-level security), not by the queries:
// hand-written SQL in the tenant role sees and changes its own tenant's rows only.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { insertTenant } from './repositories/tenants';
import { inTenantRaw } from './tenant-scope';
import { openTestDatabase, testEngines, type TestDatabase } from './testing';

for (const engine of testEngines()) {
  describe(`row-level security on ${engine}`, () => {
    let db: TestDatabase;
    let a: string;
    let b: string;
    let bUser: string;

    before(async () => {
      db = await openTestDatabase(engine);
      a = (await insertTenant(db.orm, { slug: 'agency-a', name: 'Agency A', kind: 'agency' })).id;
      b = (await insertTenant(db.orm, { slug: 'bank-b', name: 'Bank B', kind: 'bank' })).id;
      await inTenantRaw(db, a, (tx) =>
        tx.query(`INSERT INTO users (tenant_id, email, name, role) VALUES ($1, 'ann@a.example', 'Ann', 'admin')`, [a]),
      );
      const [row] = await inTenantRaw(db, b, (tx) =>
        tx.query<{ id: string }>(
          `INSERT INTO users (tenant_id, email, name, role) VALUES ($1, 'bob@b.example', 'Bob', 'officer') RETURNING id`,
          [b],
        ),
      );
      bUser = row!.id;
    });
    after(() => db.close());

    test('runs as the restricted role, not as the table owner', async () => {
      const [row] = await inTenantRaw(db, a, (tx) => tx.query<{ u: string }>('SELECT current_user AS u'));
      assert.equal(row!.u, 'dualuse_app');
    });

    test('a query asking for another tenant by id finds nothing', async () => {
      const rows = await inTenantRaw(db, a, (tx) => tx.query('SELECT * FROM users WHERE tenant_id = $1', [b]));
      assert.deepEqual(rows, []);
      const all = await inTenantRaw(db, a, (tx) => tx.query<{ email: string }>('SELECT email FROM users'));
      assert.deepEqual(
        all.map((r) => r.email),
        ['ann@a.example'],
      );
      const tenants = await inTenantRaw(db, a, (tx) => tx.query<{ slug: string }>('SELECT slug FROM tenants'));
      assert.deepEqual(
        tenants.map((t) => t.slug),
        ['agency-a'],
      );
    });

    test("updates and deletes of another tenant's rows change nothing", async () => {
      const updated = await inTenantRaw(db, a, (tx) =>
        tx.query(`UPDATE users SET role = 'auditor' WHERE id = $1 RETURNING id`, [bUser]),
      );
      assert.deepEqual(updated, []);
      const [bob] = await inTenantRaw(db, b, (tx) =>
        tx.query<{ role: string }>('SELECT role FROM users WHERE id = $1', [bUser]),
      );
      assert.equal(bob!.role, 'officer');
    });

    test('inserting a row into another tenant is refused', async () => {
      await assert.rejects(
        inTenantRaw(db, a, (tx) =>
          tx.query(
            `INSERT INTO users (tenant_id, email, name, role) VALUES ($1, 'mallory@b.example', 'Mallory', 'admin')`,
            [b],
          ),
        ),
        /row-level security/,
      );
    });

    test("moving one's own row into another tenant is refused", async () => {
      await assert.rejects(
        inTenantRaw(db, a, (tx) => tx.query('UPDATE users SET tenant_id = $1', [b])),
        /row-level security/,
      );
    });

    test('without a tenant the role sees no rows at all (fail closed)', async () => {
      const rows = await db.raw(async (tx) => {
        await tx.exec('SET LOCAL ROLE dualuse_app');
        return tx.query('SELECT * FROM users');
      });
      assert.deepEqual(rows, []);
    });

    test('the audit log cannot be changed, even by its own tenant', async () => {
      await inTenantRaw(db, a, (tx) =>
        tx.query(
          `INSERT INTO audit_events (tenant_id, seq, at, actor, action, details, input_versions, prev_hash, hash) VALUES ($1, 1, now(), '{}', 'x', '{}', '{}', '', '')`,
          [a],
        ),
      );
      await assert.rejects(
        inTenantRaw(db, a, (tx) => tx.query(`UPDATE audit_events SET action = 'y'`)),
        /permission denied|append-only/,
      );
      await assert.rejects(
        inTenantRaw(db, a, (tx) => tx.query('DELETE FROM audit_events')),
        /permission denied|append-only/,
      );
      // The owner role bypasses RLS but not the trigger.
      await assert.rejects(
        db.raw((tx) => tx.query(`DELETE FROM audit_events`)),
        /append-only/,
      );
    });
  });
}
