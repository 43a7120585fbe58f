// GET /controls/tree over HTTP: the shared CCL snapshot browsed one level at a time.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { cliPrincipal, importControlList } from '@dualuse/app';
import { findTenantBySlug } from '@dualuse/store';
import { sharedData } from '../../../../../test/support/shared';
import { callJson, startTestServer, type TestServer } from '../../testing';

interface Node {
  code: string;
  kind: string;
  heading: string;
  entries?: number;
  reasons?: string[];
  chartColumns?: string[];
  paragraphs?: number;
  list?: string;
}

describe('controls tree API', () => {
  let s: TestServer;
  let entryCount = 0;
  const call = (path: string) => callJson(s, { path });
  before(async () => {
    s = await startTestServer();
    const operator = await findTenantBySlug(s.app.db.orm, 'operator');
    const imported = await importControlList(
      s.app,
      cliPrincipal({ id: operator!.id, isOperator: true }),
      readFileSync(sharedData('controls', 'us-ccl-ecfr', 'ccl_parsed.json'), 'utf8'),
      { fileName: 'ccl_parsed.json' },
    );
    entryCount = imported.version.entryCount;
  });
  after(() => s.close());

  test('the root lists categories 0-9 whose counts add up to every entry of the version', async () => {
    const r = await call('/api/v1/controls/tree?jurisdiction=US&asOf=2026-01-01');
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const nodes = r.body.nodes as Node[];
    assert.deepEqual(
      nodes.map((n) => n.code),
      ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    );
    assert.equal(nodes.find((n) => n.code === '3')!.heading, 'Electronics');
    assert.equal(
      nodes.reduce((sum, n) => sum + n.entries!, 0),
      entryCount,
    );
    assert.ok(entryCount > 600, `${entryCount} entries`);
    assert.equal(r.body.lists[0].list, 'us-ccl');
  });

  test('a category lists its product groups; a group lists its entries with reasons and chart columns', async () => {
    const groups = (await call('/api/v1/controls/tree?prefix=3')).body.nodes as Node[];
    assert.deepEqual(
      groups.map((n) => n.code),
      ['3A', '3B', '3C', '3D', '3E'],
    );
    assert.equal(groups[1]!.heading, 'Test, inspection and production equipment');
    const entries = (await call('/api/v1/controls/tree?prefix=3A&jurisdiction=us')).body.nodes as Node[];
    assert.equal(entries.length, groups[0]!.entries);
    const e = entries.find((n) => n.code === '3A090')!;
    assert.equal(e.kind, 'entry');
    assert.deepEqual(e.reasons, ['RS', 'AT']);
    assert.deepEqual(e.chartColumns, ['AT1']);
    assert.equal(e.paragraphs, 3);
    assert.ok(entries.every((n) => n.code.startsWith('3A')));
    // The CCL has no code outside the category/group numbering, so 'other' is empty there.
    const other = await call('/api/v1/controls/tree?prefix=other');
    assert.equal(other.status, 200, JSON.stringify(other.body));
    assert.deepEqual(other.body.nodes, []);
    // A category's own notes come with its groups: Category 4's Technical Note on "APP".
    const cat4 = await call('/api/v1/controls/tree?prefix=4');
    assert.match(cat4.body.notes[0].title, /Adjusted Peak Performance/);
    assert.deepEqual((await call('/api/v1/controls/tree?prefix=3')).body.notes, []);
  });

  test('bad input gets a precise 400; a jurisdiction with no list in force a 404', async () => {
    const bad = await call('/api/v1/controls/tree?prefix=3Z');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors[0].pointer, '/prefix');
    const badDate = await call('/api/v1/controls/tree?asOf=2026-13-45');
    assert.equal(badDate.status, 400);
    // The AU DSGL (derived with the CCL import) is in force from 1 Sep 2024, not before.
    assert.equal((await call('/api/v1/controls/tree?jurisdiction=AU&asOf=2024-08-31')).status, 404);
    assert.equal((await call('/api/v1/controls/tree?jurisdiction=AU&asOf=2026-01-01')).status, 200);
    assert.equal((await call('/api/v1/controls/tree?asOf=1990-01-01')).status, 404);
  });
});
