// Issue 14 item 6 at the use-case level: DE publishes a party and indicators to its coalition; FR's screening of
// a differently spelled party and its check of a payment's fields hit them with DE's provenance; NL (not a member)
// sees nothing; DE's retraction withdraws them; both audit chains verify.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Principal } from '@dualuse/core';
import { openTestDatabase, testEngines } from '@dualuse/store/testing';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { verifyAuditLog } from '../audit/log';
import { cliPrincipal } from '../access/principals';
import { bootstrapOperator } from '../access/tenants';
import { acceptCoalition, createCoalition } from './coalitions';
import { createAgencies } from './agencies.test-support';
import { checkSharedIndicators, listShared, publishShared, retractShared, screenSharedParties } from './shared-lists';

for (const engine of testEngines()) {
  describe(`shared list additions and indicators on ${engine}`, () => {
    let app: AppContext;
    const ids: Record<'de' | 'fr' | 'nl', string> = { de: '', fr: '', nl: '' };
    const who = (t: keyof typeof ids): Principal => cliPrincipal({ id: ids[t], isOperator: false });

    before(async () => {
      app = await openApp(loadConfig({ LOG_LEVEL: 'silent' }), { db: await openTestDatabase(engine) });
      const op = cliPrincipal({ id: (await bootstrapOperator(app))!.tenant.id, isOperator: true });
      Object.assign(ids, await createAgencies(app, op, 't'));
      const c = await createCoalition(app, who('de'), {
        name: 'EU',
        members: [ids.fr],
        shares: ['denial', 'undercut', 'list_addition', 'indicator'],
      });
      await acceptCoalition(app, who('fr'), c.id);
    });
    after(() => app.close());

    test('published, consumed with provenance, invisible to non-members, withdrawn on retraction', async () => {
      const party = await publishShared(app, who('de'), 'list_addition', {
        party: { name: 'Ala-Too Machine Trading LLC', country: 'KG', address: 'Chui Ave 12, Bishkek' },
        reason: 'Front company procuring machine tools for a military plant',
      });
      const phone = await publishShared(app, who('de'), 'indicator', {
        type: 'phone',
        value: '+996 312 55-66-77',
        reason: 'Used by the front company',
      });
      await publishShared(app, who('de'), 'indicator', {
        type: 'hs_pattern',
        value: '8457*',
        reason: 'Machining centres',
      });
      await assert.rejects(
        publishShared(app, who('de'), 'indicator', { type: 'fax', value: '1', reason: 'x' }),
        /\/type: expected one of/,
      );

      const [screened] = await screenSharedParties(app, who('fr'), [
        { name: 'Ala Too Machine Trading L.L.C.', country: 'KG' },
      ]);
      assert.deepEqual(
        screened!.hits.map((h) => [h.sharedParty.name, h.provenance.agencyName, h.provenance.reason]),
        [['Ala-Too Machine Trading LLC', 'BAFA', 'Front company procuring machine tools for a military plant']],
      );
      const clean = await screenSharedParties(app, who('fr'), [{ name: 'Bishkek Bakery Supplies' }]);
      assert.deepEqual(clean[0]!.hits, []);

      const payment = { phones: ['00996312556677'], hsCodes: ['845710', '940510'], emails: ['x@example.kg'] };
      const hits = await checkSharedIndicators(app, who('fr'), payment);
      assert.deepEqual(
        hits.map((h) => [h.type, h.matched, h.provenance.agencyName]),
        [
          ['hs_pattern', '845710', 'BAFA'],
          ['phone', '00996312556677', 'BAFA'],
        ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
      );
      assert.deepEqual(await checkSharedIndicators(app, who('nl'), payment), [], 'NL is not a member');
      assert.deepEqual(await listShared(app, who('nl'), 'list_addition'), []);

      await retractShared(app, who('de'), 'list_addition', party.recordId);
      await retractShared(app, who('de'), 'indicator', phone.recordId);
      const after1 = await screenSharedParties(app, who('fr'), [
        { name: 'Ala Too Machine Trading L.L.C.', country: 'KG' },
      ]);
      assert.deepEqual(after1[0]!.hits, []);
      assert.deepEqual(
        (await checkSharedIndicators(app, who('fr'), payment)).map((h) => h.type),
        ['hs_pattern'],
      );
      for (const t of ['de', 'fr'] as const) assert.equal((await verifyAuditLog(app, who(t))).ok, true, t);
    });
  });
}
