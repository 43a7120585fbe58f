// The reviewed non-US lists loaded as versions next to the US CCL: show and search find EU, UK,
// WA, AU, NL and JP entries; US-unilateral entries have no EU/WA entry; loading twice is a no-op.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { openTestDatabase, testEngines } from '@dualuse/store/testing';
import { sharedData } from '../../../../test/support/shared';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { searchControls, showControl } from './entries';
import { importControlList } from './import';
import { chplLookup, loadCuratedControlLists } from './curated';
import { controlTree } from './tree';
import { cliPrincipal } from '../access/principals';
import { bootstrapOperator } from '../access/tenants';

const ccl = readFileSync(sharedData('controls', 'us-ccl-ecfr', 'ccl_parsed.json'), 'utf8');

for (const engine of testEngines()) {
  describe(`curated control lists on ${engine}`, () => {
    let app: AppContext;
    let admin: ReturnType<typeof cliPrincipal>;
    before(async () => {
      app = await openApp(loadConfig({ LOG_LEVEL: 'silent' }), { db: await openTestDatabase(engine) });
      const boot = await bootstrapOperator(app);
      admin = cliPrincipal({ id: boot!.tenant.id, isOperator: true });
      const imported = await importControlList(app, admin, ccl, { fileName: 'ccl_parsed.json' });
      assert.equal(imported.curated?.length, 10);
      assert.ok(imported.curated.every((r) => r.status === 'imported'));
    });
    after(() => app.close());

    test('importing the CCL loaded the curated lists once; loading again changes nothing', async () => {
      const again = await loadCuratedControlLists(app, admin);
      assert.equal(again.results.length, 10);
      assert.deepEqual(
        again.results.filter((r) => r.list === 'eu-annex-i').map((r) => [r.effectiveFrom, r.entries]),
        [
          ['2024-11-15', 346],
          ['2025-11-15', 349],
        ],
      );
      assert.ok(again.results.every((r) => r.status === 'unchanged'));
    });

    test('show finds entries of every jurisdiction as of a date', async () => {
      const eu = await showControl(app, admin, '3B001.f.1.b', { asOf: '2025-06-01', jurisdiction: 'EU' });
      assert.equal(eu.entries[0]!.list, 'eu-annex-i');
      assert.equal(eu.entries[0]!.effectiveFrom, '2024-11-15');
      assert.equal(eu.entries[0]!.paragraph!.code, '3B001.f.1.b');
      const nl = await showControl(app, admin, '3B1001.l', { asOf: '2024-01-01', jurisdiction: 'NL' });
      assert.equal(nl.entries[0]!.paragraph!.text, 'EUV pellicles.');
      // Japan by provision (issue 11 item 5): familiar written forms, and the former group codes as aliases.
      for (const form of ['Art. 6 item 17 (ka)', '第6条第17号カ', 'JP6-17-KA']) {
        assert.equal(
          (await showControl(app, admin, form, { asOf: '2024-01-01', jurisdiction: 'JP' })).entries[0]!.entry.heading,
          'Art. 6 item 17 (ka): etching equipment (1 of 3)',
          form,
        );
      }
      assert.deepEqual(
        (await showControl(app, admin, 'JP2023LIT', { asOf: '2024-01-01', jurisdiction: 'JP' })).entries.map(
          (e) => e.entry.code,
        ),
        ['JP6-17-2', 'JP6-17-RU', 'JP6-17-WA', 'JP6-17-WO'],
      );
      assert.equal(
        (await showControl(app, admin, 'PL9010', { asOf: '2026-01-01', jurisdiction: 'UK' })).entries[0]!.list,
        'uk-strategic',
      );
      assert.equal(
        (await showControl(app, admin, '2B001', { asOf: '2026-01-01', jurisdiction: 'WA' })).entries[0]!.list,
        'wa-dual-use',
      );
      assert.equal(
        (await showControl(app, admin, '1C350', { asOf: '2026-01-01', jurisdiction: 'AU' })).entries[0]!.list,
        'au-dsgl',
      );
      assert.equal(
        (await showControl(app, admin, '3A501', { asOf: '2026-01-01', jurisdiction: 'EU' })).entries[0]!.entry.code,
        '3A501',
      );
      await assert.rejects(showControl(app, admin, '3A501', { asOf: '2025-01-01', jurisdiction: 'EU' }), /not found/);
      for (const j of ['EU', 'WA'])
        await assert.rejects(
          showControl(app, admin, '3A090', { asOf: '2026-01-01', jurisdiction: j }),
          /control entry 3A090 in .* was not found/,
        );
      const us = await showControl(app, admin, '3A090.a', { asOf: '2026-01-01', jurisdiction: 'US' });
      assert.deepEqual(
        us.entries[0]!.counterparts.filter((c) => c.jurisdiction === 'EU' || c.jurisdiction === 'WA').map((c) => [
          c.jurisdiction,
          c.relation,
          c.code,
        ]),
        [
          ['WA', 'us_unilateral', undefined],
          ['EU', 'us_unilateral', undefined],
        ],
      );
    });

    test('own texts: the DSGL instrument and EU Annex I rows replace the US text; the rest says it is US text', async () => {
      const docx = new Uint8Array(readFileSync(sharedData('controls', 'au-dsgl', '2024-09-01', 'F2024L01024.docx')));
      const au = await importControlList(app, admin, docx, { fileName: 'F2024L01024.docx' });
      assert.deepEqual(
        [au.status, au.version.list, au.version.effectiveFrom, au.version.entryCount, au.version.format],
        ['imported', 'au-dsgl', '2024-09-01', 375, 'au-dsgl-docx'],
      );
      const csv = readFileSync(
        sharedData('controls', 'eu-annex-i-oca', '2024-09-05', 'trade.compliance.code.excerpt.csv'),
        'utf8',
      );
      await assert.rejects(
        importControlList(app, admin, csv, { fileName: 'excerpt.csv' }),
        /give the date from which this Annex I applies with --effective-from/,
      );
      const eu = await importControlList(app, admin, csv, { fileName: 'excerpt.csv', effectiveFrom: '2024-11-15' });
      assert.deepEqual([eu.version.list, eu.version.entryCount], ['eu-annex-i', 346]);
      // Re-deriving (a reload) keeps both: the DSGL is not replaced by derived entries, the EU texts stay.
      const again = await loadCuratedControlLists(app, admin);
      assert.deepEqual(
        again.results.filter(
          (r) => r.list === 'au-dsgl' || (r.list === 'eu-annex-i' && r.effectiveFrom === '2024-11-15'),
        ),
        [],
        'the imported texts are not re-derived',
      );
      assert.ok(again.results.every((r) => r.status === 'unchanged'));
      const show = async (code: string, j: string) =>
        (await showControl(app, admin, code, { asOf: '2025-06-01', jurisdiction: j })).entries[0]!;
      const au3b = await show('3B001', 'AU');
      assert.deepEqual(
        [au3b.text_source, au3b.entry.heading.slice(0, 40)],
        ['own', 'Equipment for the manufacturing of semic'],
      );
      assert.equal((await show('0A001', 'AU')).text_source, 'own', 'a DSGL entry with no US counterpart');
      assert.equal((await show('3B001', 'EU')).text_source, 'own');
      const derived = await show('3B002', 'EU');
      assert.equal(derived.text_source, 'us_counterpart');
      assert.match(derived.text_label, /^EU text not loaded: the text shown is the US CCL text of 3B002/);
      assert.equal((await show('2B001', 'WA')).text_source, 'us_counterpart');
      assert.equal((await show('JP2023LIT', 'JP')).text_source, 'summary');
      // The list tree says it too: WA headings are US headings, AU headings the DSGL's own.
      const tree = async (j: string) =>
        new Set(
          (await controlTree(app, admin, { asOf: '2025-06-01', jurisdiction: j, prefix: '3B' })).nodes.map(
            (n) => n.text_source,
          ),
        );
      assert.deepEqual([[...(await tree('WA'))], [...(await tree('AU'))]], [['us_counterpart'], ['own']]);
      const hits = await searchControls(app, admin, 'imprint lithography', { asOf: '2025-06-01', jurisdiction: 'AU' });
      assert.ok(hits.hits.length > 0);
      assert.deepEqual([...new Set(hits.hits.map((h) => `${h.list}:${h.text_source}`))], ['au-dsgl:own']);
    });

    test('search finds national entries', async () => {
      const r = await searchControls(app, admin, 'EUV pellicles', { asOf: '2024-01-01', jurisdiction: 'NL' });
      assert.equal(r.hits[0]?.code, '3B1001');
    });

    test('CHPL lookup through the service', () => {
      const csv = readFileSync(sharedData('controls', 'bis-chpl', 'chpl_hs6_tiers.csv'), 'utf8');
      const r = chplLookup(admin, csv, { fileName: 'chpl_hs6_tiers.csv', hs: '85423190' });
      assert.deepEqual([r.total, r.matches?.map((m) => m.tier)], [50, ['1']]);
    });
  });
}
