// Regulation versions on each engine: read as of a content date, immutable, read-only to tenants.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { inTenant } from '../tenant-scope';
import { openTestDatabase, testEngines, type TestDatabase } from '../testing';
import {
  findRegulationVersionByHash,
  insertRegulationVersion,
  listRegulationVersions,
  regulationVersionAsOf,
} from './regulations';
import { insertTenant } from './tenants';

const version = (contentDate: string, contentHash: string) => ({
  jurisdiction: 'US',
  kind: 'ear-country-tables',
  contentDate,
  format: 'ecfr-csv',
  sourceFiles: ['country_chart.csv'],
  sourceSha256: 'f'.repeat(64),
  contentHash,
  data: { chart: [], groups: [] },
  warnings: ['LI: no groups row'],
  importedBy: { type: 'system' },
});

for (const engine of testEngines()) {
  describe(`regulation versions on ${engine}`, () => {
    let db: TestDatabase;
    let tenant: string;
    before(async () => {
      db = await openTestDatabase(engine);
      tenant = (await insertTenant(db.orm, { slug: 'agency-a', name: 'A', kind: 'agency' })).id;
      await insertRegulationVersion(db.orm, version('2026-09-24', 'a'.repeat(64)));
      await insertRegulationVersion(db.orm, version('2026-11-01', 'b'.repeat(64)));
    });
    after(() => db.close());

    test('as of a date: the newest content date on or before it; before every version, the oldest', async () => {
      assert.equal(
        (await regulationVersionAsOf(db.orm, 'US', 'ear-country-tables', '2026-10-15'))!.contentDate,
        '2026-09-24',
      );
      assert.equal(
        (await regulationVersionAsOf(db.orm, 'US', 'ear-country-tables', '2026-12-01'))!.contentDate,
        '2026-11-01',
      );
      assert.equal(
        (await regulationVersionAsOf(db.orm, 'US', 'ear-country-tables', '2020-01-01'))!.contentDate,
        '2026-09-24',
      );
      assert.equal(await regulationVersionAsOf(db.orm, 'EU', 'ear-country-tables', '2026-12-01'), undefined);
      assert.ok(
        await findRegulationVersionByHash(db.orm, {
          jurisdiction: 'US',
          kind: 'ear-country-tables',
          contentDate: '2026-09-24',
          contentHash: 'a'.repeat(64),
        }),
      );
      assert.deepEqual(
        (await listRegulationVersions(db.orm, 'US', 'ear-country-tables')).map((v) => v.contentDate),
        ['2026-09-24', '2026-11-01'],
      );
    });

    test('a version is evidence: no update, no delete, no second copy; tenants may only read it', async () => {
      const row = (await regulationVersionAsOf(db.orm, 'US', 'ear-country-tables', '2026-10-15'))!;
      await assert.rejects(
        db.raw((tx) => tx.query(`UPDATE regulation_versions SET content_date = '2026-01-01' WHERE id = $1`, [row.id])),
        /immutable/,
      );
      await assert.rejects(
        db.raw((tx) => tx.query(`DELETE FROM regulation_versions WHERE id = $1`, [row.id])),
        /immutable/,
      );
      await assert.rejects(insertRegulationVersion(db.orm, version('2026-09-24', 'a'.repeat(64))), (e: Error) =>
        /duplicate key|unique/i.test(String(e.cause ?? e)),
      );
      assert.equal(
        (await inTenant(db, tenant, (tx) => listRegulationVersions(tx, 'US', 'ear-country-tables'))).length,
        2,
      );
      await assert.rejects(
        inTenant(db, tenant, (tx) => insertRegulationVersion(tx, version('2026-12-01', 'c'.repeat(64)))),
        (e: Error) => /permission denied/i.test(String(e.cause ?? e)),
      );
    });
  });
}
