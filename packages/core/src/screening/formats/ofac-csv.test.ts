import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../../test/support/shared';
import { parseOfacCsv, readOfacRows } from './ofac-csv';

const file = (...p: string[]) => ({ name: p.at(-1)!, bytes: readFileSync(sharedData('lists', 'ofac', ...p)) });
const byType = (types: string[]) => types.reduce<Record<string, number>>((a, t) => ((a[t] = (a[t] ?? 0) + 1), a), {});

// Counts from shared/data/lists/ofac/SOURCE.md.
const SDN = {
  '2024-02-20': [13931, 6700, 6063, 786, 382],
  '2024-02-23': [14484, 6757, 6547, 798, 382],
  '2024-05-03': [14965, 6854, 6884, 851, 376],
} as const;

for (const [date, [rows, ind, ent, ves, air]] of Object.entries(SDN)) {
  test(`OFAC sdn.csv ${date}: every row, typed as SOURCE.md counts them`, () => {
    const l = parseOfacCsv([file('sdn-csv', date, 'sdn.csv')]);
    assert.equal(l.list, 'us-ofac-sdn');
    assert.equal(l.entries.length, rows);
    assert.deepEqual(byType(l.entries.map((e) => e.type)), {
      person: ind,
      organization: ent,
      vessel: ves,
      aircraft: air,
    });
  });
}

test('OFAC SDN deltas by ent_num match SOURCE.md (+553/-0, then +587/-106)', () => {
  const ids = (d: string) => new Set(parseOfacCsv([file('sdn-csv', d, 'sdn.csv')]).entries.map((e) => e.sourceId));
  const [a, b, c] = ['2024-02-20', '2024-02-23', '2024-05-03'].map(ids) as [Set<string>, Set<string>, Set<string>];
  const diff = (x: Set<string>, y: Set<string>) => [...y].filter((i) => !x.has(i)).length;
  assert.deepEqual([diff(a, b), diff(b, a), diff(b, c), diff(c, b)], [553, 0, 587, 106]);
});

test('OFAC remarks: circa DOB, POB, nationality and weak a.k.a.s', () => {
  const l = parseOfacCsv([file('sdn-csv', '2024-05-03', 'sdn.csv')]);
  const duri = l.entries.find((e) => e.sourceId === '7848')!;
  assert.deepEqual(duri.names, [
    { full: 'AL-DURI, Izzat Ibrahim', kind: 'primary' },
    { full: 'ABU BRAYS', kind: 'weak_alias' },
    { full: 'ABU AHMAD', kind: 'weak_alias' },
  ]);
  assert.deepEqual(duri.birthDates, [{ date: '1942', approximate: true }]);
  assert.deepEqual(duri.birthPlaces, ['al-Dur, Iraq']);
  assert.deepEqual(duri.countries, ['IQ']);
  assert.deepEqual(duri.programs, ['IRAQ2']);
  const tug = l.entries.find((e) => e.sourceId === '4249')!;
  assert.equal(tug.type, 'vessel');
  assert.deepEqual(tug.identifiers, [
    { type: 'call_sign', value: 'CL2059' },
    { type: 'imo', value: '7206512' },
  ]);
  const weak = l.entries.reduce((n, e) => n + e.names.filter((x) => x.kind === 'weak_alias').length, 0);
  // SOURCE.md: 3,578 "a.k.a." mentions in remarks, plus 88 "f.k.a."/"n.k.a."; a few repeat within an entry.
  assert.ok(weak > 3600 && weak <= 3578 + 88, `weak a.k.a.s from remarks: ${weak}`);
});

test('OFAC non-SDN consolidated trio joins aliases, addresses and overflow remarks', () => {
  const names = ['cons_prim.csv', 'cons_alt.csv', 'cons_add.csv', 'cons_comments.csv'];
  const l = parseOfacCsv(names.map((n) => file('non-sdn-cons', '2025-12-19', n)));
  assert.equal(l.list, 'us-ofac-cons');
  assert.equal(l.entries.length, 442);
  assert.deepEqual(byType(l.entries.map((e) => e.type)), { person: 79, organization: 363 });
  const haniya = l.entries.find((e) => e.sourceId === '9639')!;
  assert.deepEqual(
    haniya.names.map((n) => [n.full, n.kind]),
    [
      ['HANIYA, Ismail Abdul Salah', 'primary'],
      ['HANIYA, Ismail', 'strong_alias'],
      ['HANIYYA, Ismaeel', 'strong_alias'],
    ],
  );
  assert.deepEqual(haniya.birthDates, [{ date: '1962' }]);
  // 17016's remarks continue in cons_comments.csv; the LEI only appears in the overflow.
  const e17016 = l.entries.find((e) => e.sourceId === '17016')!;
  assert.ok(e17016.identifiers.some((i) => i.type === 'lei' && i.value === '253400WSS48YWMBUA688'));
  assert.equal(l.entries.reduce((n, e) => n + e.addresses.length, 0) <= 574, true);
});

test('OFAC 2026 aux files: row counts and alias types as SOURCE.md; alone they are refused', () => {
  const rows = (n: string, role: 'alt' | 'add' | 'comments') =>
    readOfacRows(n, file('sdn-aux', '2026-08-01', n).bytes, role);
  const alt = rows('alt.csv', 'alt');
  assert.equal(alt.length, 20169);
  assert.deepEqual(byType(alt.map((r) => r.cells[2]!)), { aka: 19621, fka: 531, nka: 17 });
  assert.equal(new Set(alt.map((r) => r.cells[0])).size, 8787);
  assert.equal(rows('add.csv', 'add').length, 24920);
  assert.equal(rows('sdn_comments.csv', 'comments').length, 33);
  assert.throws(() => parseOfacCsv([file('sdn-aux', '2026-08-01', 'alt.csv')]), /sdn\.csv is required/);
});
