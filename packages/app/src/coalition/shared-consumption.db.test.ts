// Issue 14 item 6, consumption: DE publishes a party and indicators to its coalition with FR. FR's ordinary screening
// (search and counterparties) hits the party on the `coalition-shared` list with DE's provenance; FR's diversion
// scoring (on request and on import) flags the indicators with it. NL, not a member, gets neither. DE's retraction
// withdraws FR's open hit on the next screening and removes the flag; both audit chains verify.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Principal } from '@dualuse/core';
import type { Shipment, ShipmentScore } from '@dualuse/core/diversion';
import { openTestDatabase, testEngines } from '@dualuse/store/testing';
import { sharedData } from '../../../../test/support/shared';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { listAuditRecords, verifyAuditLog } from '../audit/log';
import { cliPrincipal } from '../access/principals';
import { bootstrapOperator } from '../access/tenants';
import { importListFiles } from '../lists/import';
import { getHits, screenParties } from '../screening/screen';
import { importCounterparties, screenCounterparties } from '../screening/counterparties';
import { scoreShipments } from '../diversion/scoring';
import { importShipments } from '../diversion/records';
import { StreamScorer } from '../stream/scorer';
import { acceptCoalition, createCoalition } from './coalitions';
import { createAgencies } from './agencies.test-support';
import { publishShared, retractShared } from './shared-lists';
import { COALITION_SHARED_LIST } from './shared-consumption';

const LIST = sharedData(
  'lists',
  'us-vendor-restrictions',
  '2026-08-04',
  'special_leg',
  'source_files',
  'section_889.csv',
);
const PARTY = { name: 'Ala Too Machine Trading L.L.C.', countries: ['KG'] };
const shipment = (id: string): Shipment => ({
  id,
  date: '2026-11-20',
  destination: 'KG',
  parties: [
    { role: 'exporter', name: 'Werkzeug GmbH', country: 'DE' },
    { role: 'consignee', name: 'Bishkek Bakery Supplies', country: 'KG', phones: ['00996 312 556677'] },
  ],
  items: [{ description: 'bread oven', hsCode: '8417.20' }],
  payment: { payer: 'Bishkek Bakery Supplies', payerAccount: 'KG12 3456 7890' },
});
const flagOf = (s: ShipmentScore) => s.flags.find((f) => f.tag === 'coalition_indicator');

for (const engine of testEngines()) {
  describe(`coalition-shared parties and indicators consumed on ${engine}`, () => {
    let app: AppContext;
    const ids: Record<'de' | 'fr' | 'nl', string> = { de: '', fr: '', nl: '' };
    const who = (t: keyof typeof ids): Principal => cliPrincipal({ id: ids[t], isOperator: false });
    let party = '';
    let phone = '';
    let stream: StreamScorer;

    before(async () => {
      app = await openApp(loadConfig({ LOG_LEVEL: 'silent', DUALUSE_LIST_MAX_AGE_DAYS: '0' }), {
        db: await openTestDatabase(engine),
      });
      const op = cliPrincipal({ id: (await bootstrapOperator(app))!.tenant.id, isOperator: true });
      await importListFiles(app, op, [{ name: 'section_889.csv', bytes: new Uint8Array(readFileSync(LIST)) }], {
        declaredDate: { date: '2018-08-13', by: 'enactment of Pub. L. 115-232' },
      });
      Object.assign(ids, await createAgencies(app, op, 'c'));
      const c = await createCoalition(app, who('de'), {
        name: 'Machine tools group',
        members: [ids.fr],
        shares: ['list_addition', 'indicator'],
      });
      await acceptCoalition(app, who('fr'), c.id);
      party = (
        await publishShared(app, who('de'), 'list_addition', {
          party: { name: 'Ala-Too Machine Trading LLC', country: 'KG', address: 'Chui Ave 12, Bishkek' },
          reason: 'Front company procuring machine tools for a military plant',
        })
      ).recordId;
      phone = (
        await publishShared(app, who('de'), 'indicator', {
          type: 'phone',
          value: '+996 312 55-66-77',
          reason: 'Phone of the front company',
        })
      ).recordId;
      await publishShared(app, who('de'), 'indicator', {
        type: 'payer_account',
        value: 'KG1234567890',
        reason: 'Pays for it',
      });
    });
    after(() => app.close());

    test('a member screening hits the shared party as the coalition-shared list, with provenance', async () => {
      const { results } = await screenParties(app, who('fr'), [PARTY, { name: 'Bishkek Bakery Supplies' }], {
        origin: 'search',
      });
      const hit = results[0]!.hits.find((h) => h.list === COALITION_SHARED_LIST);
      assert.ok(hit, 'the shared party is hit');
      assert.equal(hit.entryId, party);
      assert.equal(hit.status, 'open');
      assert.deepEqual(
        [hit.provenance?.agencyName, hit.provenance?.coalitions.map((c) => c.name), hit.provenance?.reason],
        ['BAFA', ['Machine tools group'], 'Front company procuring machine tools for a military plant'],
      );
      assert.ok(hit.provenance?.publishedAt);
      assert.deepEqual(results[1]!.hits, [], 'an unrelated name hits nothing');
      const stored = await getHits(app, who('fr'), { status: 'open', limit: 10 });
      assert.deepEqual(
        stored.map((h) => [h.list, h.listVersionId, h.provenance?.agencyId]),
        [[COALITION_SHARED_LIST, null, ids.de]],
      );
      // Only the coalition-shared list when asked for it alone; none of it when another list is asked for.
      const only = await screenParties(app, who('fr'), [PARTY], { origin: 'search', lists: [COALITION_SHARED_LIST] });
      assert.deepEqual(
        only.results[0]!.hits.map((h) => h.list),
        [COALITION_SHARED_LIST],
      );
      const other = await screenParties(app, who('fr'), [PARTY], { origin: 'search', lists: ['us-ndaa-889'] });
      assert.equal(other.results[0]!.hits.filter((h) => h.list === COALITION_SHARED_LIST).length, 0);
    });

    test('the read is audited in both chains; a non-member neither hits nor reads', async () => {
      const read = (
        await listAuditRecords(app, who('de'), { action: 'coalition.list_addition.read', limit: 200 })
      ).records.filter((e) => (e.details as Record<string, unknown>).byTenant === ids.fr);
      assert.ok(read.length >= 1, "FR's screening is in DE's chain");
      const nl = await screenParties(app, who('nl'), [PARTY], { origin: 'search' });
      assert.deepEqual(nl.results[0]!.hits, []);
      const nlScore = await scoreShipments(app, who('nl'), [shipment('NL-1')]);
      assert.equal(flagOf(nlScore.results[0]!), undefined);
      assert.ok(
        nlScore.results[0]!.abstained.includes('coalition_indicator'),
        'NL has no indicators: the rule abstains',
      );
    });

    test('diversion scoring flags shared indicators with provenance, on request and on import', async () => {
      const run = await scoreShipments(app, who('fr'), [shipment('FR-1')]);
      const flag = flagOf(run.results[0]!);
      assert.ok(flag, 'flagged');
      assert.deepEqual(flag.fields.sort(), ['parties[1].phones', 'payment.payerAccount']);
      assert.deepEqual(flag.provenance?.map((p) => [p.agencyName, p.reason]).sort(), [
        ['BAFA', 'Pays for it'],
        ['BAFA', 'Phone of the front company'],
      ]);
      assert.match(flag.why, /shared with Machine tools group on \d{4}-\d{2}-\d{2}: Phone of the front company/);
      assert.ok(run.inputVersions[`${COALITION_SHARED_LIST}:indicators`]);
      const line = JSON.stringify(shipment('FR-IMP-1'));
      const imported = await importShipments(app, who('fr'), {
        name: 's.jsonl',
        bytes: new TextEncoder().encode(line),
      });
      assert.match(imported.results[0]!.flags.find((f) => f.tag === 'coalition_indicator')?.why ?? '', /BAFA/);
    });

    test('the stream worker flags shared indicators too, auditing each record it reads once', async () => {
      stream = new StreamScorer(app, { refreshMs: 0 }); // reloads on every event, as after many refreshes
      const reads = async () =>
        (await listAuditRecords(app, who('fr'), { action: 'coalition.indicator.read', limit: 500 })).records.length;
      const before = await reads();
      const first = await stream.score(shipment('FR-S-1'), who('fr'));
      assert.deepEqual(flagOf(first.result)?.fields.sort(), ['parties[1].phones', 'payment.payerAccount']);
      assert.ok(first.inputVersions[`${COALITION_SHARED_LIST}:indicators`], 'the indicator set is named');
      assert.equal(await reads(), before + 1, "the first use is in FR's chain");
      await stream.score(shipment('FR-S-2'), who('fr'));
      assert.equal(await reads(), before + 1, 'the same records read again add no audit record');
    });

    test('retraction: the party stops hitting, its open hit is withdrawn, the indicator stops flagging', async () => {
      await importCounterparties(app, who('fr'), [{ ...PARTY, externalId: 'C-1' }]);
      const before = await screenCounterparties(app, who('fr'));
      assert.ok(before[0]!.hits.some((h) => h.list === COALITION_SHARED_LIST && h.status === 'open'));
      await retractShared(app, who('de'), 'list_addition', party);
      await retractShared(app, who('de'), 'indicator', phone);
      const again = await screenCounterparties(app, who('fr'));
      assert.equal(again[0]!.hits.filter((h) => h.list === COALITION_SHARED_LIST).length, 0);
      assert.deepEqual(
        (await getHits(app, who('fr'), { limit: 10 })).map((h) => [h.list, h.status]),
        [[COALITION_SHARED_LIST, 'withdrawn']],
        'the hit opened before the retraction is withdrawn, not left open',
      );
      const [withdrawn] = (await listAuditRecords(app, who('fr'), { action: 'screening.withdraw', limit: 5 })).records;
      assert.match(String((withdrawn?.details as Record<string, unknown>).why), /retracted/);
      const flag = flagOf((await scoreShipments(app, who('fr'), [shipment('FR-2')])).results[0]!);
      assert.deepEqual(flag?.fields, ['payment.payerAccount'], 'only the indicator still published flags');
      const streamed = flagOf((await stream.score(shipment('FR-S-3'), who('fr'))).result);
      assert.deepEqual(streamed?.fields, ['payment.payerAccount'], 'the stream worker stops flagging it too');
      for (const t of ['de', 'fr'] as const) assert.equal((await verifyAuditLog(app, who(t))).ok, true, t);
    });
  });
}
