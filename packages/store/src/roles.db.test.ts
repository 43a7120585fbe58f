// The application role and its grants (roles.ts), on both engines: every GRANT of the
// migrations is found, a database that lost them is reported and repaired; on PGlite (its own
// cluster) also a database whose role was dropped altogether.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkDatabase } from './db-check';
import { checkRoles, grantsIn, repairRoles, rolesHealthy } from './roles';
import { openTestDatabase, testEngines } from './testing';

test('the grants are read from the migrations, column grants included', () => {
  const grants = grantsIn();
  assert.ok(grants.some((g) => g.statement === 'GRANT SELECT ON tenants TO dualuse_app;'));
  const column = grants.find((g) => /superseded_by/.test(g.statement));
  assert.deepEqual(column?.checks, [{ privilege: 'UPDATE', object: 'licences', column: 'superseded_by' }]);
  assert.ok(grants.find((g) => /SCHEMA public/.test(g.statement))?.checks[0]?.schema);
});

for (const engine of testEngines()) {
  describe(`roles and grants on ${engine}`, () => {
    test('a migrated database is healthy; revoked grants and disabled RLS are found and repaired', async () => {
      const db = await openTestDatabase(engine);
      try {
        assert.equal(rolesHealthy(await checkRoles(db)), true, JSON.stringify(await checkRoles(db)));
        await db.raw(async (tx) => {
          await tx.exec('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM dualuse_app');
          await tx.exec('ALTER TABLE users DISABLE ROW LEVEL SECURITY');
        });
        const broken = await checkRoles(db);
        assert.equal(broken.roleExists, true);
        assert.ok(
          broken.missingGrants.includes('GRANT SELECT, INSERT ON audit_events TO dualuse_app;'),
          JSON.stringify(broken.missingGrants),
        );
        assert.deepEqual(broken.rlsOff, ['users']);
        const items = await checkDatabase(db);
        assert.deepEqual(
          items.map((i) => [i.check, i.ok]),
          [
            ['migrations', true],
            ['role and grants', false],
            ['tenant-scoped read', true],
          ],
        ); // no tenant yet: nothing to read
        const before = await repairRoles(db);
        assert.equal(before.missingGrants.length, broken.missingGrants.length);
        assert.equal(rolesHealthy(await checkRoles(db)), true);
      } finally {
        await db.close();
      }
    });

    if (engine === 'pglite') {
      test('a dropped role is re-created with its grants', async () => {
        const db = await openTestDatabase(engine);
        try {
          await db.raw(async (tx) => {
            await tx.exec('DROP OWNED BY dualuse_app');
            await tx.exec('DROP ROLE dualuse_app');
          });
          const broken = await checkRoles(db);
          assert.equal(broken.roleExists, false);
          await repairRoles(db);
          assert.equal(rolesHealthy(await checkRoles(db)), true);
        } finally {
          await db.close();
        }
      });
    }
  });
}
