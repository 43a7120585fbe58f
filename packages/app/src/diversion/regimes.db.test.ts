/** Ownership regimes on imported companies: each regime counts only owners on its own lists (issue 18). */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testEngines } from '@dualuse/store/testing';
import type { AppContext } from '../context';
import { partyOwnership } from './graph';
import { importCompanies, importShipments } from './records';
import { enc, exporter, jsonl, openDiversionWorld, type DiversionWorld } from './records-support.test';

for (const engine of testEngines()) {
  describe(`ownership regimes on imported companies on ${engine}`, () => {
    let app: AppContext;
    let analyst: DiversionWorld['analyst'];
    before(async () => {
      ({ app, analyst } = await openDiversionWorld(engine));
    });
    after(() => app.close());

    test('each ownership regime counts only owners on its own lists; a listed flag naming no list counts under none, visibly', async () => {
      const csv = [
        'record,id,name,country,listed,listed_on,from,to,percentage',
        'company,SDN-O,Sdn Only Holding AO,RU,,us_ofac_sdn,,,',
        'company,SDN-T,Tango Components Ltd,HK,,,,,',
        'company,BARE-O,Bare Flag Holding AO,RU,true,,,,',
        'company,BARE-T,Uniform Parts Ltd,HK,,,,,',
        'shareholder,SH-S,,,,,SDN-O,SDN-T,60',
        'shareholder,SH-B,,,,,BARE-O,BARE-T,60',
      ].join('\n');
      const imported = await importCompanies(app, analyst, { name: 'lists.csv', bytes: enc(csv) });
      assert.match(imported.warnings.join('\n'), /Bare Flag Holding AO \(BARE-O\): flagged listed but names no list/);
      // 15 Nov 2026: the BIS Affiliates Rule is in force again (suspension ended 9 Nov 2026).
      const covered = async (party: string) =>
        Object.fromEntries(
          (await partyOwnership(app, analyst, party, '2026-11-15')).regimes.map((r) => [r.regime, r.covered]),
        );
      assert.deepEqual(await covered('SDN-T'), {
        ofac_50_percent: true,
        eu_ownership_control: false,
        bis_affiliates_rule: false,
      });
      assert.deepEqual(await covered('BARE-T'), {
        ofac_50_percent: false,
        eu_ownership_control: false,
        bis_affiliates_rule: false,
      });
      const bare = await partyOwnership(app, analyst, 'BARE-T', '2026-11-15');
      assert.ok(bare.warnings.some((w) => /Bare Flag Holding AO .*counted under no ownership regime/.test(w)));
      await assert.rejects(
        importCompanies(app, analyst, {
          name: 'bad.csv',
          bytes: enc('record,id,name,listed_on\ncompany,Z,Z Ltd,ofac'),
        }),
        /bad\.csv: line 2, field listed_on: unknown list "ofac"/,
      );
      // Scoring on import: the SDN-owned consignee raises the OFAC flag, not the Entity List affiliates flag.
      const tango = { role: 'consignee', id: 'SDN-T', name: 'Tango Components Ltd', country: 'HK' };
      const imp = await importShipments(app, analyst, {
        name: 't.jsonl',
        bytes: jsonl([{ id: 'S-T', date: '2026-11-20', parties: [exporter, tango], items: [] }]),
      });
      const tags = imp.results[0]!.flags.map((f) => f.tag);
      assert.ok(tags.includes('ownership_50pct_blocked'), tags.join(', '));
      assert.ok(!tags.includes('affiliates_rule_entity_list'), tags.join(', '));
    });
  });
}
