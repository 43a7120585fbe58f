// Control lists end to end on both engines: import the shared CCL snapshot as a version,
// read entries "as of" a date, search the texts, classify, and prove tenants can only read.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { openTestDatabase, testEngines } from '@dualuse/store/testing';
import { sharedData } from '../../../../test/support/shared';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { listAuditRecords } from './audit';
import { classifyItems, importControlList, searchControls, showControl } from './controls';
import { cliPrincipal } from './principals';
import { bootstrapOperator } from './tenants';

const ccl = readFileSync(sharedData('controls', 'us-ccl-ecfr', 'ccl_parsed.json'), 'utf8');

for (const engine of testEngines()) {
  describe(`controls on ${engine}`, () => {
    let app: AppContext;
    let admin: ReturnType<typeof cliPrincipal>;
    before(async () => {
      app = await openApp(loadConfig({ LOG_LEVEL: 'silent' }), { db: await openTestDatabase(engine) });
      const boot = await bootstrapOperator(app);
      admin = cliPrincipal({ id: boot!.tenant.id, isOperator: true });
    });
    after(() => app.close());

    test('import the CCL snapshot once; the same file again is unchanged', async () => {
      const first = await importControlList(app, admin, ccl, { fileName: 'ccl_parsed.json' });
      assert.equal(first.status, 'imported');
      assert.equal(first.version.entryCount, 605);
      assert.equal(first.version.effectiveFrom, '2025-01-16');
      assert.equal((await importControlList(app, admin, ccl, { fileName: 'again.json' })).status, 'unchanged');
      const { records } = await listAuditRecords(app, admin, { action: 'controls.', limit: 10 });
      assert.equal(records.length, 1);
    });

    test('show an entry and a paragraph as of a date; before any version → not found', async () => {
      const r = await showControl(app, admin, '3A090', { asOf: '2026-01-01' });
      assert.equal(r.entries.length, 1);
      assert.deepEqual(r.entries[0]!.entry.reasons, ['RS', 'AT']);
      const f = await showControl(app, admin, '3b001.f.1.b', { asOf: '2026-01-01', jurisdiction: 'us' });
      assert.match(f.entries[0]!.paragraph!.text, /wavelength equal to or longer than 193 nm/);
      await assert.rejects(showControl(app, admin, '3A090', { asOf: '2024-01-01' }), /no control list is in force on 2024-01-01/);
      await assert.rejects(showControl(app, admin, '3A090.q', { asOf: '2026-01-01' }), /3A090.q .* was not found/);
      await assert.rejects(showControl(app, admin, '3A090', { jurisdiction: 'XX' }), /unknown jurisdiction/);
    });

    test('a later version wins from its effective date on', async () => {
      const edited = ccl.replace('"description": "Integrated circuits as follows (see List of Items Controlled)."', '"description": "Integrated circuits (amended heading) as follows."');
      assert.notEqual(edited, ccl);
      await importControlList(app, admin, edited, { fileName: 'next.json', effectiveFrom: '2026-06-01', version: 'test amendment' });
      assert.match((await showControl(app, admin, '3A090', { asOf: '2026-07-01' })).entries[0]!.entry.heading, /amended heading/);
      assert.doesNotMatch((await showControl(app, admin, '3A090', { asOf: '2026-05-31' })).entries[0]!.entry.heading, /amended/);
    });

    test('full-text search finds computational lithography software with the passage; trigram catches a typo', async () => {
      const r = await searchControls(app, admin, 'computational lithography', { asOf: '2026-01-01' });
      const codes = r.hits.map((h) => h.code);
      assert.ok(codes.includes('3D003') && codes.includes('3D993'), codes.join(','));
      assert.match(r.hits.find((h) => h.code === '3D003')!.passage, /«[Cc]omputational» «lithography»/);
      const typo = await searchControls(app, admin, 'lithografy', { asOf: '2026-01-01' });
      assert.ok(typo.hits.some((h) => h.code === '3B001'), typo.hits.map((h) => h.code).join(','));
    });

    test('classify an item and record the run with the list version as input', async () => {
      const r = await classifyItems(app, admin, [{ parameters: { lithography_type: 'step_and_scan', wavelength_nm: 13.5, numerical_aperture: 0.33 } }], { asOf: '2026-01-01', jurisdictions: ['US'] });
      assert.deepEqual(r.results[0]!.entries.map((e) => e.code), ['3B001.f.1.a']);
      const { records } = await listAuditRecords(app, admin, { action: 'classify.', limit: 1 });
      assert.ok(records[0]!.inputVersions['us-ccl']);
      await assert.rejects(classifyItems(app, admin, [{ parameters: { tpp: 1 } }, { parameters: { tpp: -1 } }]), /item 1: .*tpp must be at least 0/);
    });

    test('tenants read control lists but cannot write them', async () => {
      await assert.rejects(
        app.db.raw(async (tx) => {
          await tx.exec('SET LOCAL ROLE dualuse_app');
          await tx.query(`INSERT INTO control_list_versions (list, jurisdiction, version, effective_from, format, content_hash, entry_count, imported_by) VALUES ('x-list', 'US', 'v', '2020-01-01', 'f', 'h', 0, '{}')`);
        }),
        /permission denied/,
      );
      await assert.rejects(app.db.raw((tx) => tx.exec(`UPDATE control_entries SET heading = 'x' WHERE code = '3A090'`)), /immutable/);
    });
  });
}
