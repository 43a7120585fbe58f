// `mayReach` is a shortcut: it may say yes wrongly, never no wrongly. Checked on made-up names and their variants.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { belowFloor, mayReach, similarityAtLeast, tokenSimilarity } from './similarity';
import { tokenFacts } from './token-facts';

const WORDS = [
  'mohammadessa',
  'abdulrahman',
  'benhelal',
  'jinping',
  'yongwon',
  'cheolsu',
  'jongeun',
  'kyongil',
  'djamelou',
  'soufiane',
  'schwarzkopf',
  'oleksandr',
  'sergeyev',
  'khalilov',
  'ignatovich',
  'phillipson',
  'seeyoung',
  'weisbach',
];

/** A seeded generator (mulberry32): the same variants every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One edit: a letter dropped, doubled, replaced or swapped with the next, or a romanisation choice. */
function variant(word: string, r: () => number): string {
  const i = Math.floor(r() * word.length);
  const letter = String.fromCharCode(97 + Math.floor(r() * 26));
  const swaps: [RegExp, string][] = [
    [/eo/, 'o'],
    [/^ch/, 'j'],
    [/u/, 'ou'],
    [/sh/, 'sch'],
    [/i/, 'y'],
    [/v/, 'w'],
  ];
  const [from, to] = swaps[Math.floor(r() * swaps.length)]!;
  switch (Math.floor(r() * 5)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i] + word.slice(i);
    case 2:
      return word.slice(0, i) + letter + word.slice(i + 1);
    case 3:
      return word.slice(0, i) + (word[i + 1] ?? '') + word[i] + word.slice(i + 2);
    default:
      return word.replace(from, to);
  }
}

/**
 * Each word of WORDS against 200 others drawn from `r`: every fourth another word of the list, the rest variants of
 * the word itself. The draws interleave with those the caller makes from `r` between two pairs.
 */
function* seededPairs(r: () => number): Generator<{ word: string; other: string; n: number }> {
  for (const word of WORDS)
    for (let n = 0; n < 200; n++)
      yield { word, other: n % 4 === 0 ? WORDS[Math.floor(r() * WORDS.length)]! : variant(variant(word, r), r), n };
}

test('mayReach never rules out a joined pair that reaches the merge floor', () => {
  const r = random(17);
  let reached = 0;
  let ruledOut = 0;
  for (const { word, other } of seededPairs(r)) {
    const cut = 1 + Math.floor(r() * (other.length - 1));
    const [b1, b2] = [other.slice(0, cut), other.slice(cut)];
    const s = tokenSimilarity(word, b1 + b2);
    const may = mayReach(word, b1, b2, 0.9);
    if (s >= 0.9) reached++;
    if (!may) ruledOut++;
    assert.ok(may || s < 0.9, `${word} | ${b1} ${b2}: ${s}`);
  }
  // Both kinds occur, so the check above is exercised either way.
  assert.ok(reached > 100 && ruledOut > 100, `${reached} reached, ${ruledOut} ruled out`);
});

test('similarityAtLeast is the similarity above the floor, 0 below, whether or not it computes it', () => {
  const r = random(29);
  let skipped = 0;
  let above = 0;
  for (const { word, other: whole, n } of seededPairs(r)) {
    // Short tokens too (syllables, where the edit ratio counts most).
    const other = n % 3 === 0 ? whole.slice(0, 2 + Math.floor(r() * 4)) : whole;
    const a = n % 3 === 0 ? word.slice(0, 2 + Math.floor(r() * 4)) : word;
    const [fa, fo] = [tokenFacts(a), tokenFacts(other)];
    // Before the pair is memoised (as a batch meets most pairs), and after.
    const first = similarityAtLeast(fa, fo, 0.8);
    const s = tokenSimilarity(a, other);
    assert.equal(first, s >= 0.8 ? s : 0, `${a} | ${other}`);
    assert.equal(similarityAtLeast(fa, fo, 0.8), s >= 0.8 ? s : 0, `${a} | ${other}`);
    // Skipped only when surely below the floor.
    if (belowFloor(fa, fo, 0.8)) skipped++;
    assert.ok(!belowFloor(fa, fo, 0.8) || s < 0.8, `${a} | ${other}: ${s}`);
    if (s >= 0.8) above++;
    assert.equal(similarityAtLeast(fa, fo, 0.5), s >= 0.5 ? s : 0, `${a} | ${other} at 0.5`);
  }
  assert.ok(skipped > 100 && above > 100, `${skipped} skipped, ${above} above`);
});
