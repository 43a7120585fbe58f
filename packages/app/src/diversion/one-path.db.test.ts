/**
 * One scoring path (issue 18 item 4): `dualuse score` (scoreShipments) and `shipments import` (importShipments) score
 * through the same step (scoring.ts tenantScorer) and so read the tenant's imported companies alike. Before, `score`
 * ignored them: an order to a company 60 % owned by an SDN scored lower through `score` than through the import.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseShipmentLines } from '@dualuse/core/diversion';
import { testEngines } from '@dualuse/store/testing';
import type { AppContext } from '../context';
import { importCompanies, importShipments } from './records';
import { scoreShipments } from './scoring';
import { enc, exporter, jsonl, openDiversionWorld, type DiversionWorld } from './records-support.test';

interface Flagged {
  tag: string;
  why: string;
}
const office = 'Office 1203, 18 Harbour Road, Wan Chai, Hong Kong';
// An SDN-owned consignee at an office that eleven firms share (the mass-registration rule needs ten).
const registry = [
  'record,id,name,country,address,listed_on,from,to,percentage,start_date',
  'company,OWN,Volga Holding AO,RU,,us_ofac_sdn,,,,',
  `company,KILO,Kilo Components Ltd,HK,"${office}",,,,,`,
  ...Array.from({ length: 10 }, (_, i) => `company,F${i},Firm ${i} Trading Ltd,HK,"${office}",,,,,`),
  'shareholder,SH-1,,,,,OWN,KILO,60,2023-01-01',
].join('\n');
const orders = [
  {
    id: 'O-1',
    date: '2025-06-02',
    destination: 'HK',
    parties: [exporter, { role: 'consignee', id: 'KILO', name: 'Kilo Components Ltd', country: 'HK', address: office }],
    items: [{ hsCode: '854231', quantity: 400, description: 'STM32F407VGT6 microcontrollers' }],
  },
  {
    id: 'O-2',
    date: '2025-06-03',
    destination: 'NO',
    parties: [exporter, { role: 'end_user', name: 'Fjord Marine AS', country: 'NO', business: 'shipbuilding' }],
    items: [{ hsCode: '848180', quantity: 12 }],
  },
];

for (const engine of testEngines()) {
  describe(`one scoring path for score and import on ${engine}`, () => {
    let app: AppContext;
    let analyst: DiversionWorld['analyst'];
    before(async () => {
      ({ app, analyst } = await openDiversionWorld(engine));
      await importCompanies(app, analyst, { name: 'registry.csv', bytes: enc(registry) });
    });
    after(() => app.close());

    test('the same orders give the same answers through `score` and `shipments import`, imported companies included', async () => {
      const text = orders.map((o) => JSON.stringify(o)).join('\n');
      const scored = await scoreShipments(app, analyst, parseShipmentLines(text, 'orders.jsonl'));
      const imported = await importShipments(app, analyst, { name: 'orders.jsonl', bytes: jsonl(orders) });
      // The import summarises each result (flags as tag, why, citation); both are read through the same projection.
      const answer = (r: { id: string; alert: boolean; score: number; severity: string; flags: Flagged[] }) => ({
        id: r.id,
        alert: r.alert,
        score: r.score,
        severity: r.severity,
        flags: r.flags.map((f) => [f.tag, f.why]),
      });
      assert.deepEqual(scored.results.map(answer), imported.results.map(answer));
      assert.equal(scored.inputVersions.registry, imported.inputVersions.registry);
      assert.match(scored.inputVersions.registry ?? '', /^sha256:/, '`score` names the registry it read');
      const tags = scored.results[0]!.flags.map((f) => f.tag);
      assert.ok(tags.includes('ownership_50pct_blocked'), `the SDN owner through score: ${tags.join(', ')}`);
      assert.ok(tags.includes('mass_registration_address'), `the shared office through score: ${tags.join(', ')}`);
    });

    test('a company file carries activity codes; an order matched to the company by name and country reads them', async () => {
      const csv = [
        'record,id,name,country,nace,naics,activity',
        'company,SVC,Ak Zhol Service LLP,KZ,95.22,,washing machines and refrigerators',
        'company,DIST,Nomad Components LLP,KZ,46.52,423690,',
      ].join('\n');
      await importCompanies(app, analyst, { name: 'profiles.csv', bytes: enc(csv) });
      await assert.rejects(
        importCompanies(app, analyst, { name: 'bad.csv', bytes: enc('record,id,name,naics\ncompany,Z,Z LLP,81-14') }),
        /bad\.csv: line 2, field naics: "81-14" is not a NAICS code/,
      );
      const to = (name: string) => ({
        id: `A-${name}`,
        date: '2025-06-04',
        destination: 'KZ',
        parties: [exporter, { role: 'consignee', name, country: 'KZ' }],
        items: [{ hsCode: '854239', quantity: 200, description: 'ADAR1000ACCZN beamformers' }],
      });
      const run = await scoreShipments(
        app,
        analyst,
        [to('AK ZHOL SERVICE LLP'), to('Nomad Components LLP')].map(
          (o) => parseShipmentLines(JSON.stringify(o), 'x')[0]!,
        ),
      );
      const mismatch = run.results.map((r) => r.flags.find((f) => f.tag === 'line_of_business_mismatch')?.why);
      assert.match(
        mismatch[0] ?? '',
        /consignee "AK ZHOL SERVICE LLP" declares its activity as NACE 95\.22 .*Repair of household appliances/,
      );
      assert.equal(mismatch[1], undefined, 'an electronics wholesaler');
    });
  });
}
