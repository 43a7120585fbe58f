// Paging stored counterparties in a chosen order, on each engine: the order spans pages, and ties are broken by id.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { inTenant } from '../tenant-scope';
import { openTestDatabase, testEngines, type TestDatabase } from '../testing';
import { listCounterparties, upsertCounterparty, type CounterpartyPageQuery } from './screening';
import { insertTenant } from './tenants';

// Lower-case ASCII names, so the database collation (C in PGlite, the cluster's locale in PostgreSQL) cannot matter.
const NAMES = ['delta', 'alpha', 'echo', 'bravo', 'charlie', 'alpha'];

for (const engine of testEngines()) {
  describe(`counterparty pages on ${engine}`, () => {
    let db: TestDatabase;
    let tenant: string;

    before(async () => {
      db = await openTestDatabase(engine);
      tenant = (await insertTenant(db.orm, { slug: 'exporter-a', name: 'A', kind: 'company' })).id;
      await inTenant(db, tenant, async (tx) => {
        for (const [i, name] of NAMES.entries())
          await upsertCounterparty(tx, {
            tenantId: tenant,
            // One party without an external id: it comes last in either direction.
            externalId: i === 2 ? null : `C-${i}`,
            name,
            party: { name },
            fingerprint: `f${i}`,
          });
      });
    });
    after(() => db.close());

    /** Every page of size 2 in turn, concatenated. */
    const paged = (q: Omit<CounterpartyPageQuery, 'limit' | 'offset'>) =>
      inTenant(db, tenant, async (tx) => {
        const out = [];
        for (let offset = 0; offset < NAMES.length; offset += 2)
          out.push(...(await listCounterparties(tx, { ...q, limit: 2, offset })));
        return out;
      });

    test('pages follow the chosen column and direction across pages, ties by id', async () => {
      const byName = await paged({});
      assert.deepEqual(
        byName.map((r) => r.name),
        ['alpha', 'alpha', 'bravo', 'charlie', 'delta', 'echo'],
      );
      assert.ok(byName[0]!.id < byName[1]!.id, 'the two alphas in id order');
      const desc = await paged({ sort: 'name', order: 'desc' });
      assert.deepEqual(
        desc.map((r) => r.name),
        ['echo', 'delta', 'charlie', 'bravo', 'alpha', 'alpha'],
      );
      assert.equal(new Set(desc.map((r) => r.id)).size, NAMES.length, 'no party on two pages');
    });

    test('external ids sort with the missing one last in both directions', async () => {
      assert.deepEqual(
        (await paged({ sort: 'externalId' })).map((r) => r.externalId),
        ['C-0', 'C-1', 'C-3', 'C-4', 'C-5', null],
      );
      assert.deepEqual(
        (await paged({ sort: 'externalId', order: 'desc' })).map((r) => r.externalId),
        ['C-5', 'C-4', 'C-3', 'C-1', 'C-0', null],
      );
    });

    test('by creation time, newest first', async () => {
      const rows = await paged({ sort: 'createdAt', order: 'desc' });
      const times = rows.map((r) => r.createdAt.getTime());
      assert.deepEqual(
        times,
        [...times].sort((x, y) => y - x),
      );
    });
  });
}
