// Korean names written syllable by syllable and joined (korean-syllables.ts; made-up names, not bench rows).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listedVariationKeys, queryVariationKeys } from './blocking-keys';
import { normaliseName } from './normalise';
import { compareNamePair } from './pair';
import { DEFAULT_THRESHOLD } from './thresholds';

const score = (a: string, b: string, type: 'person' | 'organization') => compareNamePair(a, b, type)?.score ?? 0;

test('a word of three Korean syllables matches them written apart, either way round', () => {
  for (const [a, b, type] of [
    ['Tae Song Bong Shipping Corporation', 'Taesongbong Shipping Corporation', 'organization'],
    ['Hwanggumsan Trading', 'Hwang Gum San Trading Company', 'organization'],
    ['Ri Yong Chol Pak', 'Pak Riyongchol', 'person'],
  ] as const) {
    assert.ok(score(a, b, type) >= DEFAULT_THRESHOLD, `${a} | ${b}: ${score(a, b, type)}`);
  }
});

test('another syllable, or three words that are not Korean syllables, do not join', () => {
  const other = score('Tae Song Kum Shipping Corporation', 'Taesongbong Shipping Corporation', 'organization');
  assert.ok(other < DEFAULT_THRESHOLD, `another syllable: ${other}`);
  const notKorean = score('Stern Frost Quell Holding', 'Sternfrostquell Holding', 'organization');
  assert.ok(notKorean < DEFAULT_THRESHOLD, `not Korean syllables: ${notKorean}`);
});

test('the joined word and the three syllables share a blocking key, whichever side is listed', () => {
  const keys = (name: string, side: 'listed' | 'query') =>
    normaliseName(name, 'organization').flatMap((r) =>
      side === 'listed' ? listedVariationKeys(r) : queryVariationKeys(r),
    );
  // Listed apart, the query joined: the query looks its long word up as a joined listed word (`b:`).
  assert.ok(keys('Tae Song Bong Shipping', 'listed').includes('b:taesongbong'));
  assert.ok(keys('Taesongbong Shipping', 'query').includes('b:taesongbong'));
  // Listed joined, the query apart: the query looks its joined syllables up as a listed word (`t:`).
  assert.ok(keys('Tae Song Bong Shipping', 'query').includes('t:taesongbong'));
});
