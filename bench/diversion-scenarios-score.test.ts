// The scenario bench's scoring (diversion-scenarios-score.ts) on a fixture small enough to count by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benchFigures, ringRecovered, type ScenarioOutcome } from './diversion-scenarios-score';

/** [id, should alert, alerted, required tags, cited tags] */
const o = (
  ...[id, expectedAlert, alerted, expected = [], cited = []]: [string, boolean, boolean, string[]?, string[]?]
) => ({ id, expectedAlert, alerted, expectedCitations: expected, citedTags: cited }) satisfies ScenarioOutcome;

test('precision, recall and citation coverage counted over scenarios', () => {
  const f = benchFigures(
    [
      o('A', true, true, ['x', 'y'], ['x', 'y', 'z']), // tp, 2 of 2 citations
      o('B', true, true, ['x', 'w'], ['x']), // tp, 1 of 2
      o('C', true, false, ['y'], []), // fn, 0 of 1
      o('D', false, true), // fp
      o('E', false, false), // tn
      o('F', false, false, [], ['x']), // tn: a negative's flags count nowhere
    ],
    { truth: [], found: [] },
  );
  assert.deepEqual([f.tp, f.fp, f.fn, f.tn], [2, 1, 1, 2]);
  assert.equal(f.precision, 2 / 3);
  assert.equal(f.recall, 2 / 3);
  assert.deepEqual(f.citations, { present: 3, expected: 5, coverage: 3 / 5 });
  assert.deepEqual(f.missedAlerts, ['C']);
  assert.deepEqual(f.falseAlerts, ['D']);
  assert.deepEqual(f.missingCitations, [
    { scenario: 'B', tag: 'w' },
    { scenario: 'C', tag: 'y' },
  ]);
});

test('nothing alerted: precision is undefined (null), not 0 or 1', () => {
  const f = benchFigures([o('A', true, false, ['x'])], { truth: [], found: [] });
  assert.equal(f.precision, null);
  assert.equal(f.recall, 0);
});

test('a ring is recovered by one found ring holding all its members, at least half of it true members', () => {
  const truth = { id: 'R', members: ['a', 'b', 'c'] };
  assert.equal(ringRecovered(truth, [['a', 'b'], ['c']]), false, 'split across two rings');
  assert.equal(ringRecovered(truth, [['a', 'b', 'c', 'x', 'y']]), true, '3 of 5 are true members');
  assert.equal(ringRecovered(truth, [['a', 'b', 'c', 'w', 'x', 'y', 'z']]), false, 'swallowed by a larger blob');
  const f = benchFigures([], { truth: [truth, { id: 'S', members: ['d', 'e'] }], found: [['c', 'b', 'a']] });
  assert.deepEqual(f.rings, { recovered: 1, truth: 2, recall: 0.5, missed: ['S'] });
});
