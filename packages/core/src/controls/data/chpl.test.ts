import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../../test/support/shared';
import { lookupChpl, parseChplCsv } from './chpl';

const chpl = parseChplCsv(readFileSync(sharedData('controls', 'bis-chpl', 'chpl_hs6_tiers.csv'), 'utf8'));

test('the shared CHPL file: 50 HS-6 codes in six tiers (SOURCE.md counts)', () => {
  assert.equal(chpl.items.length, 50);
  assert.deepEqual(chpl.countsByTier, { '1': 4, '2': 5, '3.A': 16, '3.B': 9, '4.A': 11, '4.B': 5 });
  assert.deepEqual(chpl.items[0], {
    tier: '1',
    hs6: '854231',
    description: 'Electronic integrated circuits: processors and controllers',
  });
});

test('lookup by HS-6, CN-8 or heading', () => {
  assert.deepEqual(
    lookupChpl(chpl, '8542 31 90').map((i) => [i.tier, i.hs6]),
    [['1', '854231']],
  );
  assert.deepEqual(
    lookupChpl(chpl, '8542').map((i) => i.hs6),
    ['854231', '854232', '854233', '854239'],
  );
  assert.deepEqual(lookupChpl(chpl, '0101.21'), []);
  assert.throws(() => lookupChpl(chpl, '85423'), /'85423' is not an HS\/CN\/HTS code/);
});

test('bad files are refused with the line', () => {
  assert.throws(() => parseChplCsv('tier,hs,desc\n'), /line 1: expected the header/);
  assert.throws(() => parseChplCsv('tier,hs6,hs_description_short\n5,854231,x\n'), /line 2: tier '5' is not one of/);
  assert.throws(
    () => parseChplCsv('tier,hs6,hs_description_short\n1,8542,x\n'),
    /line 2: HS code '8542' is not six digits/,
  );
  assert.throws(
    () => parseChplCsv('tier,hs6,hs_description_short\n1,854231,x\n2,854231,y\n'),
    /line 3: HS code 854231 is already listed on line 2/,
  );
});
