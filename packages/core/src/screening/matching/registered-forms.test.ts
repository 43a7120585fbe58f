// English renderings of a CN, JP or KR company's registered form agree (registered-forms.ts; made-up names).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareNames } from './compare-names';
import { normaliseName } from './normalise';
import { DEFAULT_THRESHOLD } from './thresholds';
import { defaultWeight } from './weights';

/** Best score of a query (no countries, as in a customer file) against a listed name of a party with `countries`. */
function score(query: string, listed: string, countries: string[]): number {
  let best = 0;
  for (const q of normaliseName(query, 'organization'))
    for (const c of normaliseName(listed, 'organization', countries))
      best = Math.max(best, compareNames(q, c, defaultWeight).score);
  return best;
}

test('"Co., Ltd." and "Corporation" of a Chinese, Japanese or Korean company are one registered form', () => {
  for (const country of ['CN', 'JP', 'KR']) {
    const s = score('Kestrel Telecom Group Co., Ltd.', 'Kestrel Telecommunications Corporation', [country]);
    assert.ok(s >= DEFAULT_THRESHOLD, `${country}: ${s}`);
  }
});

test('elsewhere, or against a form of another law, the legal forms still disagree', () => {
  const elsewhere = score('Kestrel Telecom Group Co., Ltd.', 'Kestrel Telecommunications Corporation', ['US']);
  assert.ok(elsewhere < DEFAULT_THRESHOLD, `US: ${elsewhere}`);
  const llc = score('Kestrel Telecom Group LLC', 'Kestrel Telecommunications Corporation', ['CN']);
  assert.ok(llc < DEFAULT_THRESHOLD, `LLC: ${llc}`);
});

test('the native forms, in either romanisation, are read as the registered form and agree with both renderings', () => {
  for (const native of ['Jusik Hoesa', 'Chusik Hoesa', 'Kabushiki Gaisha', 'Kabushiki Kaisha', 'Youxian Gongsi']) {
    const [reading] = normaliseName(`Kestrel Telecom Group ${native}`, 'organization');
    assert.deepEqual(reading?.tokens, ['kestrel', 'telecom', 'group'], native);
    const s = score(`Kestrel Telecom Group ${native}`, 'Kestrel Telecommunications Corporation', []);
    assert.ok(s >= DEFAULT_THRESHOLD, `${native}: ${s}`);
  }
});
