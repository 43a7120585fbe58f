// The vendor / bill-of-materials check end to end on both engines, against the real list
// fixtures (../shared/data/lists/us-vendor-restrictions): a Hikvision camera bought through a
// renamed subsidiary (modelled by imported ownership), a Huawei RAN unit, a DJI drone and
// clean vendors give exactly the expected findings, each with its list version and citation.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { openTestDatabase, testEngines } from '@dualuse/store/testing';
import { sharedData } from '../../../../test/support/shared';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { listAuditRecords } from '../audit/log';
import { importCompanies } from '../diversion/records';
import { importListFiles } from '../lists/import';
import { cliPrincipal } from '../access/principals';
import { bootstrapOperator } from '../access/tenants';
import { checkInventory } from './check';
import { listVendorReportSummaries, recheckReport } from './reports';

const VR = (...p: string[]) => sharedData('lists', 'us-vendor-restrictions', '2026-08-04', ...p);
const file = (path: string) => ({ name: path.replace(/^.*\//, ''), bytes: new Uint8Array(readFileSync(path)) });
const enc = (s: string) => new TextEncoder().encode(s);

export async function importVendorLists(app: AppContext, admin: ReturnType<typeof cliPrincipal>): Promise<void> {
  // §889 names its companies in the statute, which states no list date: the enactment date is declared.
  await importListFiles(app, admin, [file(VR('special_leg', 'source_files', 'section_889.csv'))], {
    declaredDate: { date: '2018-08-13', by: 'enactment of Pub. L. 115-232' },
  });
  await importListFiles(app, admin, [file(VR('fcc_covered_list', 'table.csv'))]);
  await importListFiles(app, admin, [file(VR('dod_chinese_milcorps', 'sanctions.csv'))]);
}

export const INVENTORY = [
  'vendor,product,model,category,country_of_origin,deployed_in',
  'Acme Vision Ltd,IP camera,DS-2CD2143G2,video surveillance camera,CN,government facility perimeter security',
  '"Huawei Technologies Co., Ltd.",5G radio unit,AAU5613,RAN radio unit,CN,5G RAN',
  'DJI,Mavic 3 Enterprise,M3E,drone (UAS),CN,site inspection',
  'Nokia Solutions and Networks Oy,AirScale,ASIK,RAN baseband,FI,5G RAN',
  'Axis Communications AB,network camera,P3265-LVE,video surveillance camera,SE,office lobby',
  ',unnamed switch,X1,switch,US,office',
  'Foo Networks,router,R1,router,Narnia,office',
].join('\n');

for (const engine of testEngines()) {
  describe(`vendor check on ${engine}`, () => {
    let app: AppContext;
    let admin: ReturnType<typeof cliPrincipal>;
    before(async () => {
      // The statute-named lists are years old by design; freshness is not what this test is about.
      app = await openApp(loadConfig({ LOG_LEVEL: 'silent', DUALUSE_LIST_MAX_AGE_DAYS: '0' }), {
        db: await openTestDatabase(engine),
      });
      const boot = await bootstrapOperator(app);
      admin = cliPrincipal({ id: boot!.tenant.id, isOperator: true });
      await importVendorLists(app, admin);
      // Acme Vision Ltd: a renamed subsidiary, wholly owned by Hikvision (registry extract).
      const reg = [
        'record,id,name,country,from,to,percentage,start_date',
        'company,HIK,"Hangzhou Hikvision Digital Technology Co., Ltd.",CN,,,,',
        'company,ACME,Acme Vision Ltd,GB,,,,',
        'shareholder,SH-1,,,HIK,ACME,100,2019-01-01',
      ].join('\n');
      await importCompanies(app, admin, { name: 'registry.csv', bytes: enc(reg) });
    });
    after(() => app.close());

    test('exactly the expected findings, each with legal effect, list version and citation; bad rows reported one by one', async () => {
      const r = await checkInventory(app, admin, { name: 'network.csv', content: INVENTORY }, { on: '2026-11-23' });
      const got = r.rows.flatMap((x) =>
        x.findings.map((f) => `${x.row.vendor}|${f.kind}|${f.list}|${f.entry?.name.slice(0, 44)}`),
      );
      assert.deepEqual(got.sort(), [
        'Acme Vision Ltd|listed_owner|us-dod-1260h|Hangzhou Hikvision Digital Technology Co., L',
        'Acme Vision Ltd|listed_owner|us-fcc-covered|Hangzhou Hikvision Digital Technology Compan',
        'Acme Vision Ltd|listed_owner|us-ndaa-889|Hangzhou Hikvision Digital Technology Compan',
        'DJI|fcc_covered_category|us-fcc-covered|Uncrewed aircraft systems (UAS) and UAS crit',
        // Two 1260H entries carry the alias "DJI" (both are listed).
        'DJI|listed_vendor|us-dod-1260h|Shenzhen DJI Innovation Technology Co., Ltd.',
        'DJI|listed_vendor|us-dod-1260h|Shenzhen DJI Technology Co., Ltd.',
        'Huawei Technologies Co., Ltd.|listed_vendor|us-dod-1260h|Huawei Technologies Co., Ltd.',
        'Huawei Technologies Co., Ltd.|listed_vendor|us-fcc-covered|Huawei Technologies Company',
        'Huawei Technologies Co., Ltd.|listed_vendor|us-ndaa-889|Huawei Technologies Company',
      ]);
      const all = r.rows.flatMap((x) => x.findings);
      for (const f of all) {
        assert.equal(f.listVersion, r.versions[f.list!], 'each finding names the list version used');
        assert.ok(f.citation.length > 10 && f.effects.length > 0, `${f.kind} ${f.list} is cited with its effects`);
      }
      const acme = r.rows.find((x) => x.row.vendor === 'Acme Vision Ltd')!;
      assert.match(
        acme.findings[0]!.chain.join(),
        /Hangzhou Hikvision Digital Technology Co\., Ltd\. holds 100 % of Acme Vision Ltd \[record SH-1\]/,
      );
      const s889 = acme.findings.find((f) => f.list === 'us-ndaa-889')!;
      assert.deepEqual(
        s889.effects.map((e) => [e.from, e.status]),
        [
          ['2019-08-13', 'in_force'],
          ['2020-08-13', 'in_force'],
        ],
      );
      assert.match(s889.citation, /§889\(a\)\(1\)\(A\).*FAR 52\.204-25/);
      assert.match(
        acme.findings.find((f) => f.list === 'us-fcc-covered')!.explanation,
        /to the extent it is used for the purpose of public safety/,
      );
      const huawei1260 = all.find((f) => f.list === 'us-dod-1260h' && f.party.startsWith('Huawei'))!;
      assert.deepEqual(
        huawei1260.effects.map((e) => [e.id, e.status]),
        [
          ['1260H-805-entity', 'in_force'],
          ['1260H-805-goods', 'not_yet'],
        ],
      );
      const uas = all.find((f) => f.kind === 'fcc_covered_category')!;
      assert.match(uas.explanation, /produced in CN, a foreign country/);
      assert.match(uas.citation, /47 CFR 2\.903/);
      assert.deepEqual(r.errors, [
        { at: 'line 7', field: 'vendor', reason: 'vendor is empty: nothing to screen' },
        { at: 'line 8', field: 'country_of_origin', reason: '"Narnia" is not a country name or ISO code' },
      ]);
      assert.equal(r.rows.length, 5);
      const audit = await listAuditRecords(app, admin, { action: 'vendors.check', limit: 5 });
      assert.equal(audit.records[0]!.inputVersions['us-ndaa-889'], r.versions['us-ndaa-889']);
    });

    test('the Clean Network profile, when enabled, adds a policy finding for an untrusted vendor in a 5G network only', async () => {
      const r = await checkInventory(
        app,
        admin,
        { name: 'network.csv', content: INVENTORY },
        { on: '2026-11-23', cleanNetwork: true },
      );
      const policy = r.rows.flatMap((x) => x.findings.filter((f) => f.kind === 'clean_network'));
      assert.deepEqual(
        policy.map((f) => [f.party, f.basis]),
        [['Huawei Technologies Co., Ltd.', 'policy']],
      );
      assert.match(policy[0]!.explanation, /^POLICY .*5G Clean Path: "an end-to-end communication path/);
      assert.match(policy[0]!.citation, /Clean Network.*5 August 2020/);
    });

    test('reports are kept; a list change marks them due; a re-check uses the new versions and keeps the old report', async () => {
      const first = await checkInventory(app, admin, { name: 'kept.csv', content: INVENTORY }, { on: '2026-11-23' });
      let kept = (await listVendorReportSummaries(app, { ...admin, role: 'auditor' })).find((r) => r.id === first.id)!;
      assert.deepEqual(kept.changedLists, []);
      await importListFiles(app, admin, [file(VR('special_leg', 'source_files', 'section_5949.csv'))], {
        declaredDate: { date: '2022-12-23', by: 'enactment of Pub. L. 117-263' },
      });
      kept = (await listVendorReportSummaries(app, admin)).find((r) => r.id === first.id)!;
      assert.deepEqual(kept.changedLists, ['us-ndaa-5949']);
      const again = await recheckReport(app, admin, first.id, '2026-11-23');
      assert.notEqual(again.id, first.id);
      assert.ok(again.versions['us-ndaa-5949']);
      assert.equal(again.findings, first.findings);
    });

    test('an auditor may not run a check', async () => {
      await assert.rejects(
        checkInventory(app, { ...admin, role: 'auditor' }, { name: 'x.csv', content: INVENTORY }),
        /vendors:check/,
      );
    });
  });
}
