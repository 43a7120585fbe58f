// Control lists end to end on both engines: import the shared CCL snapshot as a version,
// read entries "as of" a date, search the texts, classify, and prove tenants can only read.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { openTestDatabase, testEngines } from '@dualuse/store/testing';
import { sharedData } from '../../../../test/support/shared';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { listAuditRecords } from '../audit/log';
import { classifyItems } from './classify';
import { diffControls, searchControls, showControl } from './entries';
import { importControlList, syncControlList } from './import';
import { getProductClassifications, saveProductClassification } from './records';
import { cliPrincipal } from '../access/principals';
import { bootstrapOperator } from '../access/tenants';

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
      // The import, and the curated/derived lists loaded with it.
      assert.deepEqual(records.map((r) => r.action).sort(), ['controls.import', 'controls.load_curated']);
    });

    test('approve product classifications against the version in force; bad codes are refused', async () => {
      const h100 = {
        item_kind: 'integrated_circuit',
        dense_tops: 1979,
        bit_length: 8,
        die_area_mm2: 814,
        designed_for_datacenter: true,
      };
      await saveProductClassification(app, admin, {
        productRef: 'GPU-1',
        productName: 'H100 SXM',
        jurisdiction: 'US',
        code: '3A090.a',
        rationale: 'TPP 15832 ≥ 4800',
        parameters: h100,
      });
      await saveProductClassification(app, admin, {
        productRef: 'LITHO-1',
        productName: 'EUV scanner',
        jurisdiction: 'us',
        code: '3B001.f.1.a',
        rationale: '13.5 nm',
      });
      await saveProductClassification(app, admin, {
        productRef: 'CAM-1',
        productName: 'Webcam',
        jurisdiction: 'US',
        code: 'ear99',
        rationale: 'no listed function',
      });
      await assert.rejects(
        saveProductClassification(app, admin, {
          productRef: 'X',
          productName: 'X',
          jurisdiction: 'US',
          code: '3A090.q',
          rationale: 'r',
        }),
        /3A090.q is not a paragraph of 3A090/,
      );
      await assert.rejects(
        saveProductClassification(app, admin, {
          productRef: 'X',
          productName: 'X',
          jurisdiction: 'US',
          code: '3A090.a',
          rationale: 'r',
          parameters: { tpp: -1 },
        }),
        /tpp must be at least 0/,
      );
      const rows = await getProductClassifications(app, admin);
      assert.deepEqual(
        rows.map((r) => [r.productRef, r.code, r.status]),
        [
          ['CAM-1', 'EAR99', 'current'],
          ['GPU-1', '3A090.a', 'current'],
          ['LITHO-1', '3B001.f.1.a', 'current'],
        ],
      );
    });

    test('show an entry and a paragraph as of a date; before any version → not found', async () => {
      const r = await showControl(app, admin, '3A090', { asOf: '2026-01-01' });
      assert.equal(r.entries.length, 1);
      assert.deepEqual(r.entries[0]!.entry.reasons, ['RS', 'AT']);
      const f = await showControl(app, admin, '3b001.f.1.b', { asOf: '2026-01-01', jurisdiction: 'us' });
      assert.match(f.entries[0]!.paragraph!.text, /wavelength equal to or longer than 193 nm/);
      const mill = await showControl(app, admin, '2B001', { asOf: '2026-01-01' });
      assert.ok(mill.entries[0]!.counterparts.some((c) => c.jurisdiction === 'WA' && c.code === '2.B.1'));
      await assert.rejects(
        showControl(app, admin, '3A090', { asOf: '2020-01-01' }),
        /no control list is in force on 2020-01-01/,
      );
      await assert.rejects(showControl(app, admin, '3A090.q', { asOf: '2026-01-01' }), /3A090.q .* was not found/);
      await assert.rejects(showControl(app, admin, '3A090', { jurisdiction: 'XX' }), /unknown jurisdiction/);
    });

    test('a later version wins from its effective date on', async () => {
      const edited = ccl.replace(
        '"description": "Integrated circuits as follows (see List of Items Controlled)."',
        '"description": "Integrated circuits (amended heading) as follows."',
      );
      assert.notEqual(edited, ccl);
      const next = await importControlList(app, admin, edited, {
        fileName: 'next.json',
        effectiveFrom: '2026-06-01',
        version: 'test amendment',
      });
      // The import re-checked every tenant: only the product resting on the changed entry is flagged.
      const flagged = Object.values(next.rechecked!).flatMap((r) => r.flagged);
      assert.deepEqual(
        flagged.map((f) => f.productRef),
        ['GPU-1'],
      );
      assert.match(
        flagged[0]!.reason,
        /3A090 changed in us-ccl test amendment \(effective 2026-06-01\): heading, text/,
      );
      assert.deepEqual(
        (await getProductClassifications(app, admin, { status: 'review_needed' })).map((r) => r.productRef),
        ['GPU-1'],
      );
      assert.match(
        (await showControl(app, admin, '3A090', { asOf: '2026-07-01' })).entries[0]!.entry.heading,
        /amended heading/,
      );
      assert.doesNotMatch(
        (await showControl(app, admin, '3A090', { asOf: '2026-05-31' })).entries[0]!.entry.heading,
        /amended/,
      );
      const d = await diffControls(app, admin, {});
      assert.equal(d.to.effectiveFrom, '2026-06-01');
      assert.deepEqual(
        d.diff.changed.map((c) => [c.code, c.fields]),
        [['3A090', ['heading', 'text']]],
      );
      assert.equal(d.diff.unchanged, 604);
    });

    test('full-text search finds computational lithography software with the passage; trigram catches a typo', async () => {
      const r = await searchControls(app, admin, 'computational lithography', { asOf: '2026-01-01' });
      const codes = r.hits.map((h) => h.code);
      assert.ok(codes.includes('3D003') && codes.includes('3D993'), codes.join(','));
      assert.match(r.hits.find((h) => h.code === '3D003')!.passage, /«[Cc]omputational» «lithography»/);
      const typo = await searchControls(app, admin, 'lithografy', { asOf: '2026-01-01' });
      assert.ok(
        typo.hits.some((h) => h.code === '3B001'),
        typo.hits.map((h) => h.code).join(','),
      );
    });

    test('trade terms search the lists\' wording: "datacenter GPU accelerator" finds 3A090 and 4A090 first', async () => {
      const r = await searchControls(app, admin, 'datacenter GPU accelerator', { asOf: '2026-01-01' });
      const codes = r.hits.map((h) => h.code);
      const ranked = r.hits.map((h) => `${h.code}:${h.coverage}`).join(',');
      // 3A090 first; the next are the computers containing such chips (4A090, 4A994.l, national 4A5xx).
      assert.equal(codes[0], '3A090', ranked);
      assert.ok(codes.slice(0, 4).includes('4A090'), ranked);
      assert.ok(!codes.slice(0, 10).includes('2B122'), ranked);
      assert.ok(r.expansions.some((e) => e.term === 'gpu' && e.means.includes('total processing performance')));
    });

    test('classify an item and record the run with the list version as input', async () => {
      const r = await classifyItems(
        app,
        admin,
        [{ parameters: { lithography_type: 'step_and_scan', wavelength_nm: 13.5, numerical_aperture: 0.33 } }],
        { asOf: '2026-01-01', jurisdictions: ['US'] },
      );
      assert.deepEqual(
        r.results[0]!.entries.map((e) => e.code),
        ['3B001.f.1.a'],
      );
      const described = await classifyItems(
        app,
        admin,
        [{ description: 'software for computational lithography of EUV masks' }],
        { asOf: '2026-01-01' },
      );
      assert.equal(described.results[0]!.verdict, 'undetermined');
      assert.equal(described.results[0]!.text_candidates?.[0]?.code, '3D003');
      const { records } = await listAuditRecords(app, admin, { action: 'classify.', limit: 1 });
      assert.ok(records[0]!.inputVersions['us-ccl']);
      await assert.rejects(
        classifyItems(app, admin, [{ parameters: { tpp: 1 } }, { parameters: { tpp: -1 } }]),
        /item 1: .*tpp must be at least 0/,
      );
    });

    test('sync downloads part 774 from an eCFR API as of a date; an unreachable source is "unavailable"', async () => {
      const xml = `<DIV5 N="774" TYPE="PART"><DIV9 N="1" TYPE="APPENDIX"><P><B>9Z999 Not a real entry</B></P><P><B>1A999 Test equipment (see List of Items Controlled).</B></P><P><I>Reason for Control:</I> AT</P><TABLE><TR><TD>AT applies to entire entry</TD><TD>AT Column 1.</TD></TR></TABLE></DIV9></DIV5>`;
      let asked = '';
      const http = createServer((req, res) => {
        asked = req.url ?? '';
        res.writeHead(200, { 'content-type': 'application/xml' }).end(xml);
      });
      await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
      try {
        const r = await syncControlList(app, admin, {
          date: '2030-01-01',
          baseUrl: `http://127.0.0.1:${(http.address() as AddressInfo).port}/`,
        });
        assert.equal(asked, '/api/versioner/v1/full/2030-01-01/title-15.xml?part=774');
        assert.equal(r.version.version, 'eCFR 2030-01-01');
        assert.equal(r.version.entryCount, 1);
      } finally {
        http.close();
      }
      await assert.rejects(
        syncControlList(app, admin, { date: '2030-01-02', baseUrl: 'http://127.0.0.1:9' }),
        /cannot reach/,
      );
    });

    test('tenants read control lists but cannot write them', async () => {
      await assert.rejects(
        app.db.raw(async (tx) => {
          await tx.exec('SET LOCAL ROLE dualuse_app');
          await tx.query(
            `INSERT INTO control_list_versions (list, jurisdiction, version, effective_from, format, content_hash, entry_count, imported_by) VALUES ('x-list', 'US', 'v', '2020-01-01', 'f', 'h', 0, '{}')`,
          );
        }),
        /permission denied/,
      );
      await assert.rejects(
        app.db.raw((tx) => tx.exec(`UPDATE control_entries SET heading = 'x' WHERE code = '3A090'`)),
        /immutable/,
      );
    });
  });
}
