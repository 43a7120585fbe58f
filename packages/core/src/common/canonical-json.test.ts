import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson } from './canonical-json';

test('sorts keys at every depth and drops undefined members', () => {
  assert.equal(
    canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } }),
    '{"a":{"d":[3,{"y":2,"z":1}]},"b":1}',
  );
});

test('matches RFC 8785 number and string forms', () => {
  assert.equal(canonicalJson([1.0, 0.1, 1e21, -0, 'é\n"']), '[1,0.1,1e+21,0,"é\\n\\""]');
});

test('refuses values JSON cannot carry, naming where they are', () => {
  assert.throws(() => canonicalJson({ a: [1, Number.NaN] }), /\$\.a\[1\] is not a finite number/);
  assert.throws(() => canonicalJson({ f: () => 1 }), /\$\.f has type function/);
});
