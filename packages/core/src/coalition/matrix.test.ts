import assert from 'node:assert/strict';
import { test } from 'node:test';
import { determine } from '../licensing/engine';
import { cclEntries } from '../licensing/scenario-support.test';
import { sharedTables } from '../regulations/shared-tables.test';
import { classificationFromUs, seedMatrixRequest } from './data/matrix-seed';
import { cellTransaction, computeMatrix, matrixCsv } from './matrix';

const options = () => {
  const e = cclEntries();
  return {
    controls: (j: string, c: string) => (j === 'US' ? e.get(c) : undefined),
    screened: true,
    tables: sharedTables().tables,
  };
};

test('the seed matrix (10 items × 10 destinations × 6 jurisdictions): every cell equals a single determination', () => {
  const req = seedMatrixRequest('2026-11-23');
  const rows = computeMatrix(req, options());
  assert.equal(rows.length, 100);
  assert.equal(rows.flatMap((r) => r.cells).length, 600);
  for (const r of rows)
    for (const c of r.cells) {
      const item = req.items.find((i) => i.id === c.item)!;
      const single = determine(cellTransaction(req, item, c.destination, c.jurisdiction), options()).determinations[
        c.jurisdiction
      ]!;
      assert.equal(c.decision, single.decision, `${c.item} → ${c.destination} in ${c.jurisdiction}`);
      assert.deepEqual(
        c.rules.map((x) => x.id),
        single.rules.map((x) => x.id),
      );
      assert.equal(c.policy, single.policy);
    }
});

test('a weak link is a row where one ally requires a licence and another does not', () => {
  const rows = computeMatrix(seedMatrixRequest('2026-11-23'), options());
  for (const r of rows) {
    const restrictive = r.cells.some((c) => c.decision === 'LICENCE_REQUIRED' || c.decision === 'PROHIBITED');
    const free = r.cells.filter((c) => c.decision === 'NO_LICENCE_REQUIRED' || c.decision === 'LICENCE_EXCEPTION');
    assert.equal(r.weakLink, restrictive && free.length > 0, `${r.item} → ${r.destination}`);
    assert.deepEqual(r.weakest, restrictive ? free.map((c) => c.jurisdiction) : []);
  }
});

test('classifications outside the US are derived through the controls mapping, national overlays included', () => {
  const c = classificationFromUs('2B001.b');
  assert.equal(c.EU, '2B001.b');
  assert.equal(c.UK, '2B001.b');
  assert.equal(classificationFromUs('3B090').NL, '3B1001');
  assert.equal(classificationFromUs('3A090.a').EU, undefined, 'US-unilateral: no EU entry by number');
});

test('CSV export: one RFC 4180 line per cell with a header, bad requests named by pointer', () => {
  const req = seedMatrixRequest('2026-11-23', ['US', 'EU']);
  const csv = matrixCsv(computeMatrix({ ...req, items: req.items.slice(0, 2), destinations: ['CN'] }, options()));
  const lines = csv.trimEnd().split('\r\n');
  assert.equal(lines.length, 1 + 2 * 2);
  assert.match(lines[0]!, /^item,destination,jurisdiction,exporter,decision/);
  assert.throws(() => computeMatrix({ ...req, destinations: ['XX'] }), /ISO 3166-1/);
  assert.throws(() => computeMatrix({ ...req, date: '2026/11/23' }), /ISO date/);
});
