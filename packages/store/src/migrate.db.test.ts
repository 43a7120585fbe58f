import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { loadMigrations, migrate } from './migrate';
import { schema } from './schema';
import { openTestDatabase, testEngines, type TestDatabase } from './testing';

for (const engine of testEngines()) {
  describe(`migrations on ${engine}`, () => {
    let db: TestDatabase;
    before(async () => (db = await openTestDatabase(engine)));
    after(() => db.close());

    test('running them again applies nothing and changes nothing', async () => {
      const before = await db.raw((tx) => tx.query<{ n: number }>('SELECT count(*)::int AS n FROM dualuse_migrations'));
      assert.deepEqual(await migrate(db), { applied: [] });
      const afterRun = await db.raw((tx) =>
        tx.query<{ n: number }>('SELECT count(*)::int AS n FROM dualuse_migrations'),
      );
      assert.deepEqual(afterRun, before);
      assert.equal(before[0]!.n, loadMigrations().length);
    });

    test('an applied migration edited on disk is refused', async () => {
      const edited = loadMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'f'.repeat(64) } : m));
      await assert.rejects(migrate(db, edited), /0001_foundation\.sql was changed after it was applied/);
    });

    test('a failing migration leaves nothing behind', async () => {
      const bad = [
        ...loadMigrations(),
        { name: '9999_bad.sql', checksum: 'x', sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();' },
      ];
      await assert.rejects(migrate(db, bad), /9999_bad\.sql failed/);
      const rows = await db.raw((tx) => tx.query(`SELECT 1 FROM pg_tables WHERE tablename = 'half_done'`));
      assert.equal(rows.length, 0);
    });

    test('the trigram, fuzzy-match and unaccent extensions work', async () => {
      const [row] = await db.raw((tx) =>
        tx.query<{ sim: number; lev: number; un: string }>(
          `SELECT similarity('Rosoboronexport', 'Rosoboroneksport') AS sim, levenshtein('Yevgeniy', 'Evgenii') AS lev, unaccent('Société Générale') AS un`,
        ),
      );
      assert.ok(row!.sim > 0.5);
      assert.equal(row!.lev, 3);
      assert.equal(row!.un, 'Societe Generale');
    });

    test('the drizzle schema matches the tables the SQL migrations create', async () => {
      const columns = await db.raw((tx) =>
        tx.query<{ table_name: string; column_name: string; is_nullable: string }>(
          `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
        ),
      );
      for (const table of Object.values(schema)) {
        const config = getTableConfig(table);
        const inDb = columns.filter((c) => c.table_name === config.name);
        assert.ok(inDb.length > 0, `table ${config.name} is missing from the migrations`);
        assert.deepEqual(
          inDb.map((c) => c.column_name).sort(),
          config.columns.map((c) => c.name).sort(),
          `columns of ${config.name}`,
        );
        for (const column of config.columns) {
          const dbColumn = inDb.find((c) => c.column_name === column.name)!;
          assert.equal(dbColumn.is_nullable === 'NO', column.notNull, `${config.name}.${column.name} nullability`);
        }
      }
    });
  });
}
