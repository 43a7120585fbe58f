// Research security end to end: a visiting researcher affiliated with a defence-linked university
// gets the list findings (§1286, ASPI defence universities, Entity List) and a deemed-export
// determination for 3E001 technology (licensing engine, technology_release_to = citizenship).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { openTestDatabase, testEngines } from '@dualuse/store/testing';
import { REGULATIONS_SNAPSHOT, sharedData, sharedRegulationFiles } from '../../../../test/support/shared';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { importRegulations } from '../regulations/index';
import { listAuditRecords } from '../audit/log';
import { importControlList } from '../controls/import';
import { importListFiles } from '../lists/import';
import { cliPrincipal } from '../access/principals';
import { bootstrapOperator } from '../access/tenants';
import { screenResearcher } from './research';

const file = (path: string) => ({ name: path.replace(/^.*\//, ''), bytes: new Uint8Array(readFileSync(path)) });

for (const engine of testEngines()) {
  describe(`research security on ${engine}`, () => {
    let app: AppContext;
    let admin: ReturnType<typeof cliPrincipal>;
    before(async () => {
      app = await openApp(loadConfig({ LOG_LEVEL: 'silent', DUALUSE_LIST_MAX_AGE_DAYS: '0' }), {
        db: await openTestDatabase(engine),
      });
      const boot = await bootstrapOperator(app);
      admin = cliPrincipal({ id: boot!.tenant.id, isOperator: true });
      const lists = sharedData('lists');
      await importListFiles(
        app,
        admin,
        [file(`${lists}/us-vendor-restrictions/2026-08-04/special_leg/source_files/section_1286.csv`)],
        { declaredDate: { date: '2026-07-23', by: 'newest date in the §1286 source (SOURCE.md)' } },
      );
      await importListFiles(
        app,
        admin,
        [file(`${lists}/aspi-defence-universities/2020-08-22/clusters/china-defence-universities.json`)],
        {
          declaredDate: { date: '2020-08-22', by: 'last change of the MISP galaxy cluster (SOURCE.md)' },
        },
      );
      await importListFiles(app, admin, [file(`${lists}/us-csl/2022-05-16/bis_el_meu_uvl.csv`)]);
      await importControlList(
        app,
        admin,
        readFileSync(sharedData('controls', 'us-ccl-ecfr', 'ccl_parsed.json'), 'utf8'),
        {
          fileName: 'ccl_parsed.json',
        },
      );
      await importRegulations(app, admin, sharedRegulationFiles(), { contentDate: REGULATIONS_SNAPSHOT.date });
    });
    after(() => app.close());

    test('a researcher from Harbin Institute of Technology: §1286, ASPI and Entity List findings; 3E001 release needs a US licence', async () => {
      const r = await screenResearcher(app, admin, {
        name: 'Zhang Wenjie',
        citizenship: 'CN',
        affiliations: ['Harbin Institute of Technology'],
        technology: [{ US: '3E001' }],
        host: { name: 'Example State University', country: 'US' },
        date: '2026-11-23',
      });
      const risks = r.findings.map((f) => `${f.risk}|${f.list}|${f.entryName}`).sort();
      assert.deepEqual(risks, [
        'defence_university_indicator|aspi-china-defence-universities|Harbin Institute of Technology',
        'dod_1286_institution|us-dod-1286|Harbin Institute of Technology',
        'export_control_restricted_party|us-bis-entity-list|Harbin Institute of Technology',
      ]);
      for (const f of r.findings) assert.ok(f.subject.startsWith('affiliation'), 'the person herself is on no list');
      const el = r.findings.find((f) => f.list === 'us-bis-entity-list')!;
      assert.match(el.why, /licence requirement: /);
      const aspi = r.findings.find((f) => f.list.startsWith('aspi'))!;
      assert.match(aspi.why, /Seven sons of national defence/);
      assert.equal(r.findings.find((f) => f.list === 'us-dod-1286')!.effects[0]!.citation.includes('§1286'), true);
      const us = r.deemedExport.find((d) => d.jurisdiction === 'US')!;
      assert.equal(us.decision, 'LICENCE_REQUIRED');
      assert.ok(r.decisions.some((d) => /US: a licence is required before the technology is released/.test(d)));
      assert.ok(r.decisions.some((d) => /§1286/.test(d)));
      const audit = await listAuditRecords(app, admin, { action: 'research.screen', limit: 1 });
      assert.equal(audit.records[0]!.inputVersions['us-dod-1286'], r.versions['us-dod-1286']);
    });

    test('a bad citizenship is refused naming the field', async () => {
      await assert.rejects(
        screenResearcher(app, admin, {
          name: 'X',
          citizenship: 'China',
          affiliations: [],
          technology: [],
          host: { name: 'U', country: 'US' },
        }),
        /citizenship/,
      );
    });
  });
}
