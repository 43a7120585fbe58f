import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../../test/support/shared';
import { parseBisDpl } from './bis-dpl';

const dpl = (d: string) => parseBisDpl('dpl.txt', readFileSync(sharedData('lists', 'us-bis-dpl', d, 'dpl.txt')));

test('BIS DPL: rows per SOURCE.md (581, 665), one entry per Name + Effective_Date', () => {
  const a = dpl('2022-09-07');
  const b = dpl('2023-11-28');
  const rows = (l: typeof a) => l.entries.reduce((n, e) => n + e.addresses.length, 0);
  assert.deepEqual([rows(a), a.entries.length, a.publishedAt], [581, 461, '2022-09-02']);
  assert.deepEqual([rows(b), b.entries.length, b.publishedAt], [665, 547, '2023-11-28']);
  const ids = (l: typeof a) => new Set(l.entries.map((e) => e.sourceId));
  const [x, y] = [ids(a), ids(b)];
  // SOURCE.md: keyed by Name + Effective_Date, 185 added and 99 removed.
  assert.deepEqual([[...y].filter((i) => !x.has(i)).length, [...x].filter((i) => !y.has(i)).length], [185, 99]);
});

test('BIS DPL: an entry with its order, Federal Register citation and US address', () => {
  const villa = dpl('2023-11-28').entries.find((e) => e.names[0]!.full === 'AARON ABRAHAM VILLA')!;
  assert.deepEqual(villa, {
    sourceId: 'AARON ABRAHAM VILLA|2022-08-24',
    type: 'unknown',
    names: [{ full: 'AARON ABRAHAM VILLA', kind: 'primary' }],
    addresses: [
      {
        full: '3415 RIVERA AVENUE, EL PASO, TX, 79905',
        street: '3415 RIVERA AVENUE',
        city: 'EL PASO',
        region: 'TX',
        postalCode: '79905',
      },
    ],
    countries: [],
    birthDates: [],
    birthPlaces: [],
    identifiers: [],
    programs: ['DPL'],
    listedOn: '2022-08-24',
    federalRegisterNotice: '87 F.R. 52741 8/29/2022',
    remarks: 'F.R. NOTICE ADDED; expires 01/14/2026; standard order',
  });
});
