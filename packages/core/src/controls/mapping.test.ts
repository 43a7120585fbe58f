import assert from 'node:assert/strict';
import { test } from 'node:test';
import { counterparts, wassenaarNumber } from './mapping';

test('Wassenaar numbering of an ECCN paragraph', () => {
  assert.equal(wassenaarNumber('3B001.f.1.a'), '3.B.1.f.1.a');
  assert.equal(wassenaarNumber('2B001'), '2.B.1');
  assert.equal(wassenaarNumber('5A002.a'), '5.A.2.a');
});

test('multilateral entries map by number; US-unilateral and AT-only ones do not', () => {
  const by = (code: string) => Object.fromEntries(counterparts(code).map((c) => [c.jurisdiction, c]));
  const mill = by('2B001.b.2');
  assert.equal(mill.WA?.code, '2.B.1.b.2');
  assert.equal(mill.EU?.relation, 'same_number');
  assert.equal(by('1C350').WA, undefined, 'an Australia Group entry is not on the Wassenaar list');
  assert.equal(by('1C350').EU?.code, '1C350');
  const gpu = by('3A090.a');
  assert.equal(gpu.EU?.code, '3A501');
  assert.equal(gpu.WA?.relation, 'no_equivalent');
  assert.equal(by('5A992.c').EU?.relation, 'no_equivalent');
  assert.equal(by('3A991').UK?.relation, 'no_equivalent');
  assert.ok(counterparts('3B001.f.1.b').some((c) => c.jurisdiction === 'NL' && c.relation === 'national_measure'));
  assert.ok(counterparts('9A610').every((c) => c.relation === 'no_equivalent'));
});
