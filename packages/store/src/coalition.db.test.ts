// Cross-tenant visibility of coalition records is decided by PostgreSQL row-level security
// (migrations/0012): hand-written SQL as the tenant role sees exactly what the policies allow.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { insertTenant } from './repositories/tenants';
import { inTenantRaw } from './tenant-scope';
import { openTestDatabase, testEngines, type TestDatabase } from './testing';

for (const engine of testEngines()) {
  describe(`coalition row-level security on ${engine}`, () => {
    let db: TestDatabase;
    const t: Record<'de' | 'fr' | 'nl' | 'x', string> = { de: '', fr: '', nl: '', x: '' };
    let coalition = '';
    let share = '';
    let application = '';
    const as = <T>(who: keyof typeof t, text: string, params: unknown[] = []) =>
      inTenantRaw(db, t[who], (tx) => tx.query<T & Record<string, unknown>>(text, params));

    before(async () => {
      db = await openTestDatabase(engine);
      for (const k of ['de', 'fr', 'nl'] as const)
        t[k] = (await insertTenant(db.orm, { slug: `agency-${k}`, name: `Agency ${k}`, kind: 'agency' })).id;
      t.x = (await insertTenant(db.orm, { slug: 'exporter-x', name: 'Exporter X', kind: 'company' })).id;
      for (const k of ['de', 'fr', 'nl'] as const)
        await as(k, `INSERT INTO coalition_agencies (tenant_id, name, country) VALUES ($1, $2, $3)`, [
          t[k],
          `Agency ${k}`,
          k.toUpperCase(),
        ]);
      coalition = (
        await as<{ id: string }>(
          'de',
          `INSERT INTO coalitions (tenant_id, name) VALUES ($1, 'EU dual-use') RETURNING id`,
          [t.de],
        )
      )[0]!.id;
      await as(
        'de',
        `INSERT INTO coalition_members (coalition_id, member_id, tenant_id, accepted_at) VALUES ($1, $2, $2, now())`,
        [coalition, t.de],
      );
      await as('de', `INSERT INTO coalition_members (coalition_id, member_id, tenant_id) VALUES ($1, $2, $3)`, [
        coalition,
        t.fr,
        t.de,
      ]);
      share = (
        await as<{ id: string }>(
          'de',
          `INSERT INTO coalition_shares (tenant_id, coalition_id, kind, record_id, payload) VALUES ($1, $2, 'denial', 'd1', '{"regimeRef":"DE-1"}') RETURNING id`,
          [t.de, coalition],
        )
      )[0]!.id;
    });
    after(() => db.close());

    test('every tenant reads the agency directory', async () => {
      assert.equal((await as('x', 'SELECT * FROM coalition_agencies')).length, 3);
      assert.deepEqual(
        await as('x', `UPDATE coalition_agencies SET name = 'hijacked' WHERE tenant_id = $1 RETURNING 1`, [t.de]),
        [],
      );
    });

    test('a share is invisible to an invited member until it accepts, and to non-members always', async () => {
      assert.deepEqual(await as('fr', 'SELECT id FROM coalition_shares'), []);
      await assert.rejects(
        as('de', `UPDATE coalition_members SET accepted_at = now() WHERE member_id = $1`, [t.fr]).then((r) =>
          r.length ? r : Promise.reject(new Error('nothing updated')),
        ),
        /nothing updated|policy/,
      );
      await as('fr', `UPDATE coalition_members SET accepted_at = now() WHERE coalition_id = $1 AND member_id = $2`, [
        coalition,
        t.fr,
      ]);
      assert.deepEqual(
        (await as<{ id: string }>('fr', 'SELECT id FROM coalition_shares')).map((r) => r.id),
        [share],
      );
      assert.deepEqual(await as('nl', 'SELECT id FROM coalition_shares'), []);
      assert.deepEqual(await as('nl', 'SELECT id FROM coalitions'), []);
      assert.equal((await as('fr', 'SELECT id FROM coalitions')).length, 1);
    });

    test('only the founder edits the coalition and removes members, never itself (migration 0018)', async () => {
      const rename = `UPDATE coalitions SET withheld = ARRAY['reason'] WHERE id = $1 RETURNING withheld`;
      assert.deepEqual(await as('fr', rename, [coalition]), [], 'a member reads the coalition but cannot edit it');
      assert.deepEqual(await as('nl', rename, [coalition]), []);
      const x = await as('nl', 'INSERT INTO coalitions (tenant_id, name) VALUES ($1, $2) RETURNING id', [t.nl, 'tmp']);
      await as(
        'nl',
        'INSERT INTO coalition_members (coalition_id, member_id, tenant_id, accepted_at) VALUES ($1, $2, $2, now())',
        [x[0]!.id, t.nl],
      );
      await as('nl', 'INSERT INTO coalition_members (coalition_id, member_id, tenant_id) VALUES ($1, $2, $3)', [
        x[0]!.id,
        t.x,
        t.nl,
      ]);
      const remove = 'DELETE FROM coalition_members WHERE coalition_id = $1 AND member_id = $2 RETURNING member_id';
      assert.deepEqual(await as('fr', remove, [x[0]!.id, t.x]), [], 'only the founder removes');
      assert.deepEqual(await as('nl', remove, [x[0]!.id, t.nl]), [], 'the founder never removes itself');
      assert.deepEqual(
        (await as<{ member_id: string }>('nl', remove, [x[0]!.id, t.x])).map((r) => r.member_id),
        [t.x],
      );
      assert.deepEqual(await as('de', rename, [coalition]), [{ withheld: ['reason'] }]);
      await as('de', `UPDATE coalitions SET withheld = ARRAY[]::text[] WHERE id = $1`, [coalition]);
    });

    test('only the founder adds members, and nobody joins anyone else accepted', async () => {
      await assert.rejects(
        as(
          'nl',
          `INSERT INTO coalition_members (coalition_id, member_id, tenant_id, accepted_at) VALUES ($1, $2, $2, now())`,
          [coalition, t.nl],
        ),
        /row-level security/,
      );
      await assert.rejects(
        as(
          'de',
          `INSERT INTO coalition_members (coalition_id, member_id, tenant_id, accepted_at) VALUES ($1, $2, $3, now())`,
          [coalition, t.nl, t.de],
        ),
        /row-level security/,
      );
      await assert.rejects(
        as(
          'nl',
          `INSERT INTO coalition_shares (tenant_id, coalition_id, kind, record_id, payload) VALUES ($1, $2, 'denial', 'n1', '{}')`,
          [t.nl, coalition],
        ),
        /row-level security/,
      );
    });

    test('an application is seen by its exporter and its agency only; only the agency works it', async () => {
      application = (
        await as<{ id: string }>(
          'x',
          `INSERT INTO licence_applications (tenant_id, agency_id, reference, applicant_name, input) VALUES ($1, $2, 'X-1', 'Exporter X', '{}') RETURNING id`,
          [t.x, t.de],
        )
      )[0]!.id;
      assert.equal((await as('de', 'SELECT id FROM licence_applications')).length, 1);
      assert.deepEqual(await as('fr', 'SELECT id FROM licence_applications'), []);
      assert.deepEqual(
        await as('x', `UPDATE licence_applications SET status = 'approved' WHERE id = $1 RETURNING id`, [application]),
        [],
      );
      assert.equal(
        (
          await as('de', `UPDATE licence_applications SET status = 'in_review' WHERE id = $1 RETURNING id`, [
            application,
          ])
        ).length,
        1,
      );
    });

    test('the applicant sees questions but not the agency’s notes, and may only answer', async () => {
      await as(
        'de',
        `INSERT INTO application_events (tenant_id, application_id, kind, body, author) VALUES ($1, $2, 'note', '"internal"', 'o'), ($1, $2, 'question', '"end use?"', 'o')`,
        [t.de, application],
      );
      assert.deepEqual(
        (await as<{ kind: string }>('x', 'SELECT kind FROM application_events')).map((r) => r.kind),
        ['question'],
      );
      await as(
        'x',
        `INSERT INTO application_events (tenant_id, application_id, kind, body, author) VALUES ($1, $2, 'answer', '"tractors"', 'x')`,
        [t.x, application],
      );
      await assert.rejects(
        as(
          'x',
          `INSERT INTO application_events (tenant_id, application_id, kind, body, author) VALUES ($1, $2, 'countersign', '"ok"', 'x')`,
          [t.x, application],
        ),
        /row-level security/,
      );
      assert.equal((await as('de', 'SELECT kind FROM application_events')).length, 3);
    });

    test('a consultation needs a partner; both agencies see it, nobody else', async () => {
      await assert.rejects(
        as(
          'nl',
          `INSERT INTO consultations (tenant_id, counterpart_id, application_id, share_id, denial_ref, deadline) VALUES ($1, $2, $3, $4, 'DE-1', '2027-01-01')`,
          [t.nl, t.de, application, share],
        ),
        /row-level security|violates/,
      );
      const id = (
        await as<{ id: string }>(
          'fr',
          `INSERT INTO consultations (tenant_id, counterpart_id, application_id, share_id, denial_ref, deadline) VALUES ($1, $2, $3, $4, 'DE-1', '2027-01-01') RETURNING id`,
          [t.fr, t.de, application, share],
        )
      )[0]!.id;
      await as(
        'de',
        `INSERT INTO consultation_messages (tenant_id, consultation_id, kind, body, author) VALUES ($1, $2, 'answer', 'diversion risk', 'o')`,
        [t.de, id],
      );
      assert.equal((await as('fr', 'SELECT id FROM consultation_messages')).length, 1);
      assert.deepEqual(await as('nl', 'SELECT id FROM consultations'), []);
      assert.deepEqual(await as('x', 'SELECT id FROM consultation_messages'), []);
    });
  });
}
