import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { sharedData } from '../../../../test/support/shared';
import { NUCLEAR_CATEGORY, regimeOf } from './eccn';
import { JP_SME_2023 } from './data/jp';
import { counterparts, wassenaarNumber } from './mapping';

const by = (code: string, asOf?: string) =>
  Object.fromEntries(
    counterparts(code, asOf)
      .filter((c) => c.relation !== 'national_only')
      .map((c) => [c.jurisdiction, c]),
  );

test('Wassenaar numbering of an ECCN paragraph', () => {
  assert.equal(wassenaarNumber('3B001.f.1.a'), '3.B.1.f.1.a');
  assert.equal(wassenaarNumber('2B001'), '2.B.1');
  assert.equal(wassenaarNumber('5A002.a'), '5.A.2.a');
});

test('multilateral entries map to the same item by number in WA, EU, UK and AU', () => {
  const mill = by('2B001.b.2');
  assert.equal(mill.WA?.code, '2.B.1.b.2');
  assert.deepEqual(
    [mill.EU?.relation, mill.EU?.code, mill.UK?.code, mill.AU?.code],
    ['same_item', '2B001.b.2', '2B001.b.2', '2B001.b.2'],
  );
  assert.equal(by('1C350').WA, undefined, 'an Australia Group entry is not on the Wassenaar list');
  assert.equal(by('1C350').EU?.code, '1C350');
  assert.match(by('1C001').EU!.note, /Annex IV Part I/);
});

test('US-unilateral entries have no EU, WA, UK or AU counterpart', () => {
  for (const code of ['3A090', '3A090.a', '4A090', '3B090', '0Y521', '0A501', '9A515', '9A610', '5A992.c', '3A991']) {
    for (const j of ['EU', 'WA'] as const) {
      const c = by(code)[j];
      assert.equal(c?.relation, 'us_unilateral', `${code} in ${j}`);
      assert.equal(c?.code, undefined, `${code} has no ${j} code`);
    }
    // UK/AU: never a same-number entry; a UK national PL entry may cover it (0A501 → PL9010).
    assert.ok(
      counterparts(code).every((c) => c.relation === 'us_unilateral' || c.relation === 'national_only'),
      code,
    );
  }
  // The EU's own 3A501 (2025) is named as a different item, not as a counterpart.
  assert.match(by('3A090.a', '2026-01-01').EU!.note, /3A501/);
  assert.doesNotMatch(by('3A090.a', '2025-01-01').EU!.note, /3A501/);
});

test('same number but different scope: 3B001 (US-unilateral paragraphs)', () => {
  const litho = by('3B001.f.1.b');
  assert.equal(litho.EU?.relation, 'differs');
  assert.equal(litho.EU?.code, '3B001.f.1.b');
  assert.match(litho.EU!.note, /Oct-2023/);
});

test('national entries overlay an ECCN as of a date (NL, JP, UK PL)', () => {
  const nl = (asOf: string) =>
    counterparts('3B001.f.1.b', asOf)
      .filter((c) => c.jurisdiction === 'NL')
      .map((c) => c.code);
  assert.deepEqual(nl('2023-08-31'), []);
  assert.deepEqual(nl('2023-09-01'), ['3B1001']);
  assert.deepEqual(nl('2024-09-07'), ['3B1001', '3B1001DUV']);
  assert.deepEqual(
    counterparts('3B001.f', '2023-07-23')
      .filter((c) => c.jurisdiction === 'JP')
      .map((c) => c.code),
    JP_SME_2023.filter((i) => !i.aliases.includes('JP2023ETC')).map((i) => i.code),
  ); // per provision since issue 11 item 5; etching (3B001.c) does not concern 3B001.f
  const firearm = counterparts('0A501');
  assert.deepEqual(
    firearm.filter((c) => c.jurisdiction === 'UK').map((c) => [c.code, c.relation, c.verified]),
    [['PL9010', 'national_only', false]],
  ); // unverified since issue 11 item 6: no passage of S.I. 2015/940 quoted
  assert.ok(counterparts('9A610').every((c) => c.relation === 'us_unilateral'));
});

describe('Wassenaar has no category 0', () => {
  test('0D001 and 0E001 are nuclear (NSG) entries: EU/UK/AU counterparts, no Wassenaar one', () => {
    for (const code of ['0D001', '0E001']) {
      assert.equal(regimeOf(code), 'nsg');
      const js = counterparts(code).map((c) => c.jurisdiction);
      assert.ok(!js.includes('WA'), `${code}: no WA entry`);
      assert.deepEqual(js, ['EU', 'UK', 'AU']);
    }
    assert.equal(regimeOf('1D001'), 'wassenaar', 'categories 1-9 keep the x0xx = Wassenaar rule');
    assert.equal(
      counterparts('0D001').find((c) => c.jurisdiction === 'EU')!.relation,
      'differs',
      'US 0D001 is only the ITAR 0A002 software',
    );
  });

  test('the passages the rule rests on are in the DSGL 2024 text', () => {
    const text = readFileSync(sharedData('controls', 'au-dsgl', '2024-09-01', 'dsgl-2024.txt'), 'utf8').replace(
      /\s+/g,
      ' ',
    );
    for (const q of NUCLEAR_CATEGORY.quote) assert.ok(text.includes(q.replace(/\s+/g, ' ')), q);
  });
});
