import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../../test/support/shared';
import { parseDfat } from './au-dfat';

test('DFAT consolidated xlsx: 11,068 name rows grouped by Reference into listings', () => {
  const l = parseDfat(
    'regulation8_consolidated.xlsx',
    readFileSync(sharedData('lists', 'au-dfat', '2026-07-23', 'regulation8_consolidated.xlsx')),
  );
  // One listing per "Primary Name" row (3,846); every row's name lands in its listing.
  assert.equal(l.entries.length, 3846);
  assert.ok(l.entries.every((e) => e.names[0]?.kind === 'primary'));
  const names = l.entries.reduce((n, e) => n + e.names.length, 0);
  assert.ok(names > 11000 && names <= 11068, `names ${names}`);
  const n = (t: string) => l.entries.filter((e) => e.type === t).length;
  assert.deepEqual([n('person'), n('organization'), n('vessel')], [2543, 1041, 262]);
  const akhund = l.entries.find((e) => e.sourceId === '2')!;
  assert.deepEqual(akhund.names, [
    { full: 'MOHAMMAD HASSAN AKHUND', kind: 'primary' },
    { full: 'محمد حسن أخوند', kind: 'strong_alias', script: 'Arab' },
  ]);
  assert.deepEqual([akhund.countries, akhund.programs, akhund.birthDates.length], [['AF'], ['1988 (Taliban)'], 10]);
  const weak = l.entries.reduce((c, e) => c + e.names.filter((x) => x.kind === 'weak_alias').length, 0);
  assert.ok(weak > 400 && weak <= 451, `"Weak" alias rows → weak_alias (${weak})`);
  const andaman = l.entries.find((e) => e.sourceId === '8227')!;
  assert.deepEqual(
    [andaman.type, andaman.identifiers, andaman.listedOn],
    ['vessel', [{ type: 'imo', value: '9288693' }], '2025-06-18'],
  );
  // Excel-serial DOBs are converted, circa dates kept approximate.
  assert.ok(l.entries.some((e) => e.birthDates.some((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.date))));
  assert.ok(l.entries.some((e) => e.birthDates.some((d) => d.approximate)));
});
