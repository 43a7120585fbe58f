// The controls API over HTTP: show, search and classify against the imported CCL snapshot.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { cliPrincipal, importControlList } from '@dualuse/app';
import { findTenantBySlug } from '@dualuse/store';
import { sharedData } from '../../../../../test/support/shared';
import { callJson, startTestServer, type TestServer } from '../../testing';

describe('controls API', () => {
  let s: TestServer;
  const call = (method: string, path: string, body?: unknown) => callJson(s, { method, path, body });
  before(async () => {
    s = await startTestServer();
    const operator = await findTenantBySlug(s.app.db.orm, 'operator');
    await importControlList(
      s.app,
      cliPrincipal({ id: operator!.id, isOperator: true }),
      readFileSync(sharedData('controls', 'us-ccl-ecfr', 'ccl_parsed.json'), 'utf8'),
      { fileName: 'ccl_parsed.json' },
    );
  });
  after(() => s.close());

  test('GET /controls/{code} with asOf and jurisdiction', async () => {
    const r = await call('GET', '/api/v1/controls/3A090?asOf=2026-01-01&jurisdiction=US');
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.entries[0].entry.code, '3A090');
    assert.deepEqual(r.body.entries[0].entry.chartColumns, ['AT1']);
    assert.equal((await call('GET', '/api/v1/controls/3A090%24?asOf=2026-01-01')).status, 400);
    assert.equal((await call('GET', '/api/v1/controls/9A999?asOf=2026-01-01')).status, 404);
  });

  test('GET /controls/search returns entries with the passage', async () => {
    const r = await call('GET', '/api/v1/controls/search?q=computational%20lithography');
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.ok(
      r.body.hits.some((h: { code: string; passage: string }) => h.code === '3D003' && /lithography/.test(h.passage)),
    );
  });

  test('POST /classifications approves, GET lists, POST /classifications/recheck finds nothing new', async () => {
    const saved = await call('POST', '/api/v1/classifications', {
      productRef: 'VPN-9',
      productName: 'VPN appliance',
      jurisdiction: 'US',
      code: '5A002.a',
      rationale: 'AES-256, not mass market',
      parameters: { function: 'encryption', symmetric_key_bits: 256, mass_market: false },
    });
    assert.equal(saved.status, 201, JSON.stringify(saved.body));
    const list = await call('GET', '/api/v1/classifications');
    assert.deepEqual(
      list.body.classifications.map((c: { productRef: string; status: string }) => [c.productRef, c.status]),
      [['VPN-9', 'current']],
    );
    const recheck = await call('POST', '/api/v1/classifications/recheck');
    assert.deepEqual(recheck.body, { checked: 1, flagged: [] });
    const bad = await call('POST', '/api/v1/classifications', {
      productRef: 'X',
      productName: 'X',
      jurisdiction: 'US',
      code: '5A002.zz',
      rationale: 'r',
    });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].pointer, '/code');
  });

  test('POST /classify: the H100 example, a batch, and a precise 400', async () => {
    const h100 = {
      parameters: {
        item_kind: 'integrated_circuit',
        dense_tops: 1979,
        bit_length: 8,
        die_area_mm2: 814,
        designed_for_datacenter: true,
      },
      description: 'H100 SXM',
    };
    const one = await call('POST', '/api/v1/classify', h100);
    assert.equal(one.status, 200, JSON.stringify(one.body));
    assert.equal(one.body.entries[0].code, '3A090.a');
    assert.ok(one.body.entries[0].explanation.checks.length > 0);
    const batch = await call('POST', '/api/v1/classify', {
      items: [h100, { parameters: { function: 'encryption', symmetric_key_bits: 256, mass_market: true } }],
    });
    assert.equal(batch.body.results.length, 2);
    // Described as users describe it: the form and datacenter use are read from the words, and shown.
    const described = await call('POST', '/api/v1/classify', {
      description: 'AMD Instinct MI300X datacenter accelerator',
      parameters: { dense_tops: { value: 1307.4, unit: 'TFLOPS' }, bit_length: 16 },
    });
    assert.equal(described.body.verdict, 'listed', JSON.stringify(described.body));
    assert.ok(described.body.entries.some((e: { code: string }) => e.code === '3A090.a'));
    assert.deepEqual(
      described.body.inferred.map((f: { param: string; words: string[] }) => [f.param, f.words]),
      [
        ['item_kind', ['accelerator']],
        ['designed_for_datacenter', ['datacenter']],
      ],
    );
    const open = await call('POST', '/api/v1/classify', {
      description: 'OAM module',
      parameters: { dense_tops: { value: 1307.4, unit: 'TFLOPS' }, bit_length: 16 },
    });
    assert.equal(open.body.verdict, 'undetermined');
    assert.ok(
      open.body.provisional.some(
        (p: { summary: string }) => p.summary === '3A090.a if Form of the item: integrated circuit',
      ),
    );
    const bad = await call('POST', '/api/v1/classify', {
      parameters: { wavelength_nm: { value: 13.5, unit: 'parsec' } },
    });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].pointer, '/parameters/wavelength_nm/unit');
  });
});
