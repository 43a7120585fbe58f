/**
 * Held licences against determinations: which licence covers which item, and why the others do not.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainError } from '../common/errors';
import { codeCovers, itemsNeedingLicence, matchLicences, parseLicence, type HeldLicence } from './licences';
import type { DeterminationResult } from './model';
import { parseTransaction } from './transaction';
import { item, run } from './scenario-support.test';

const party = { role: 'end_user', name: 'Example Cloud Co., Ltd.', country: 'SA' };
const gpuTx = (extra: Record<string, unknown> = {}) => ({
  destination: 'SA',
  parties: [party],
  items: [item('3A090.a', { hs: '854231', value: 250000, quantity: 10, ...extra })],
});
const licence = (over: Record<string, unknown> = {}) =>
  parseLicence({
    number: 'D1234567',
    jurisdiction: 'US',
    authority: 'BIS',
    items: [{ code: '3A090' }],
    destinations: ['SA'],
    parties: [{ role: 'end_user', name: 'EXAMPLE CLOUD CO LTD', country: 'SA' }],
    value_limit: 1_000_000,
    quantity_limit: 40,
    valid_from: '2026-01-01',
    expires: '2029-12-31',
    ...over,
  });
const held = (l = licence(), used = { value: 0, quantity: 0 }, id = 'L1'): HeldLicence => ({ id, licence: l, used });
const tx = (s: ReturnType<typeof gpuTx>) =>
  parseTransaction({ id: 'T', date: '2026-11-23', exporter: { country: 'US' }, end_use: [], ...s });

describe('licence records', () => {
  test('a licence is validated field by field, with JSON Pointers', () => {
    assert.throws(
      () =>
        parseLicence({
          number: 'X',
          jurisdiction: 'US',
          items: [{ code: 'GPU' }],
          destinations: ['China'],
          valid_from: '2026-01-01',
          expires: '2025-01-01',
          value_limit: -1,
          colour: 'red',
        }),
      (e: unknown) => {
        assert.ok(e instanceof DomainError && e.kind === 'invalid_input');
        const pointers = (e.details as { issues: { pointer: string }[] }).issues.map((i) => i.pointer).sort();
        assert.deepEqual(pointers, ['/colour', '/destinations/0', '/expires', '/items/0/code', '/value_limit']);
        return true;
      },
    );
  });

  test('an entry covers its paragraphs; a paragraph does not cover its sibling', () => {
    assert.ok(codeCovers('3A090', '3A090.a'));
    assert.ok(codeCovers('3A090.a', '3A090.a'));
    assert.ok(!codeCovers('3A090.a', '3A090.b'));
    assert.ok(!codeCovers('3A09', '3A090.a'));
  });
});

describe('matching held licences (15 CFR 750.7: a licence authorises the items, parties and destination it names)', () => {
  test('88 FR 73458: a 3A090.a GPU to Saudi Arabia needs a licence; a BIS licence naming the end user covers it and the balance is shown', () => {
    const s = gpuTx();
    const result = run(s);
    assert.equal(result.determinations.US!.decision, 'LICENCE_REQUIRED');
    assert.deepEqual(itemsNeedingLicence(result, 'US'), [0]);
    const [us] = matchLicences(tx(s), result, [held(licence(), { value: 500_000, quantity: 20 })]);
    assert.equal(us!.covered, true);
    assert.deepEqual(us!.items[0]!.licence, {
      id: 'L1',
      number: 'D1234567',
      remaining_value: 250_000,
      remaining_quantity: 10,
    });
  });

  test('each unfit licence says why: expired, wrong destination, unnamed party, exhausted balance, other item', () => {
    const s = gpuTx();
    const result = run(s);
    const candidates = [
      held(licence({ number: 'EXPIRED', expires: '2026-06-30' }), undefined, 'a'),
      held(licence({ number: 'QA-ONLY', destinations: ['QA'] }), undefined, 'b'),
      held(licence({ number: 'OTHER-PARTY', parties: [{ name: 'Another Co' }] }), undefined, 'c'),
      held(licence({ number: 'DRAWN' }), { value: 900_000, quantity: 35 }, 'd'),
      held(licence({ number: '4A090-ONLY', items: [{ code: '4A090' }] }), undefined, 'e'),
    ];
    const [us] = matchLicences(tx(s), result, candidates);
    assert.equal(us!.covered, false);
    const why = Object.fromEntries(us!.items[0]!.checked.map((c) => [c.number, c.why.join('; ')]));
    assert.match(why.EXPIRED!, /expired on 2026-06-30/);
    assert.match(why['QA-ONLY']!, /does not list destination SA/);
    assert.match(why['OTHER-PARTY']!, /does not name the end user 'Example Cloud Co., Ltd.'/);
    assert.match(why.DRAWN!, /value 250000 exceeds the remaining 100000 USD/);
    assert.match(why.DRAWN!, /quantity 10 exceeds the remaining 5 of 40/);
    assert.match(why['4A090-ONLY']!, /does not list 3A090\.a/);
  });

  test('two items drawing on one licence share its balance: the second no longer fits', () => {
    const s = {
      ...gpuTx(),
      items: [item('3A090.a', { value: 600_000, quantity: 10 }), item('3A090.a', { value: 600_000, quantity: 10 })],
    };
    const [us] = matchLicences(tx(s), run(s), [held()]);
    assert.equal(us!.items[0]!.licence?.number, 'D1234567');
    assert.equal(us!.items[1]!.licence, undefined);
    assert.match(us!.items[1]!.checked[0]!.why.join(), /exceeds the remaining 400000/);
  });

  test('a licence with a value limit cannot cover an item whose value is not given', () => {
    const s = { ...gpuTx(), items: [item('3A090.a', { quantity: 1 })] };
    const [us] = matchLicences(tx(s), run(s), [held()]);
    assert.match(us!.items[0]!.checked[0]!.why.join(), /no value to draw down/);
  });

  test('no licence is looked for where none is needed (EAR99 to Saudi Arabia)', () => {
    const s = { ...gpuTx(), items: [item('EAR99', { value: 10 })] };
    assert.deepEqual(matchLicences(tx(s), run(s), [held()]), []);
  });

  test('a prohibition is not lifted by a held licence', () => {
    // The engine's PROHIBITED answers come from rules such as Reg. (EU) 833/2014 Art. 2(1); built by hand here.
    const s = gpuTx();
    const prohibited: DeterminationResult = {
      id: 'T',
      asOf: '2026-11-23',
      warnings: [],
      determinations: {
        US: {
          decision: 'PROHIBITED',
          rules: [
            {
              id: 'R',
              citation: 'c',
              title: 't',
              source: 's',
              effectiveFrom: '2020-01-01',
              item: 0,
              why: 'w',
              effect: { decision: 'PROHIBITED' },
            },
          ],
          not_fired: [],
          open_questions: [],
        },
      },
    };
    const [us] = matchLicences(tx(s), prohibited, [held()]);
    assert.equal(us!.covered, false);
    assert.match(us!.items[0]!.checked[0]!.why.join(), /does not lift a prohibition/);
  });
});
