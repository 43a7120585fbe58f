// Numbered units of one organisation (issue 17; made-up names, not bench rows).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareNamePair } from './pair';
import { tokenSimilarity } from './similarity';
import { DEFAULT_THRESHOLD } from './thresholds';

const score = (a: string, b: string) => compareNamePair(a, b, 'organization')?.score ?? 0;

test('two numbered units of one parent are different parties; the same unit written otherwise is not', () => {
  const parent = 'Orinoco Aerospace Industry Group Third Academy. Subordinate Institution -';
  assert.ok(score(`${parent} 306th Research Institute`, `${parent} 301 Research Institute`) < DEFAULT_THRESHOLD);
  assert.ok(score(`${parent} 42nd Research Institute`, `${parent} 301 Research Institute`) < DEFAULT_THRESHOLD);
  assert.ok(
    score('Meridian Shipbuilding Group 803rd Design Institute', 'Meridian Shipbuilding Group 8th Design Academy') <
      DEFAULT_THRESHOLD,
  );
  // The same unit: with or without the ordinal suffix, in words.
  assert.ok(score(`${parent} 306th Research Institute`, `${parent} 306 Research Institute`) >= DEFAULT_THRESHOLD);
  assert.ok(
    score('Meridian Shipbuilding Group 3rd Design Institute', 'Meridian Shipbuilding Group Third Design Institute') >=
      DEFAULT_THRESHOLD,
  );
  // Series numbers are not units: an issuer's vehicles differ by them and are labelled one party in the public pairs.
  assert.ok(
    score('Meridian Auto Receivables Trust 2004-1', 'Meridian Auto Receivables Trust 2004-2') >= DEFAULT_THRESHOLD,
  );
});

test('a one-digit number is no initial', () => {
  assert.equal(tokenSimilarity('7', '701'), 0);
  assert.equal(tokenSimilarity('701', '7'), 0);
  assert.ok(tokenSimilarity('j', 'jamal') > 0.8);
});
