// Retrieval keeps the entries that share a word no more than two listed names carry (made-up names, not bench rows).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InMemoryCandidateIndex } from './candidate-index';
import { testEntry } from './entries.test-support';
import { normaliseName } from './normalise';

// Twelve entries share four of the query's words; the listed party shares only its fifth, which no other name
// carries, among a hundred unrelated names: the four shared words outweigh the rare one in blocking weight.
const SYLLABLES = ['ba', 'ko', 'ri', 'mu', 'sa', 'ta', 'ni', 'lo', 'pe', 'du'];
const sharing = SYLLABLES.slice(0, 6).flatMap((a) =>
  ['Ivo', 'Per'].map((b) => testEntry(`s${a}${b}`, 'person', [`Nimbel Trask Ostrova Velund ${b}${a}dor`])),
);
const others = SYLLABLES.flatMap((a) =>
  SYLLABLES.map((b) => testEntry(`o${a}${b}`, 'person', [`${a}${b}ro ${b}${a}ki`])),
);
const index = new InMemoryCandidateIndex([
  {
    list: 'test',
    listVersion: '1',
    entries: [...sharing, ...others, testEntry('rare', 'person', ['Qorvath Lindqvist'])],
  },
]);
const candidates = (name: string, limit = 30) =>
  index.candidates(normaliseName(name, 'person'), limit).map((e) => e.entry.sourceId);

test('an entry sharing only a word no other listed name carries is a candidate past the blocking floor', () => {
  const found = candidates('Nimbel Trask Ostrova Velund Qorvath');
  assert.ok(found.includes('rare'), found.join(' '));
  assert.ok(found.includes(sharing[0]!.sourceId));
});

test('...and past the candidate limit', () => {
  const found = candidates('Nimbel Trask Ostrova Velund Qorvath', 5);
  assert.ok(found.includes('rare'), found.join(' '));
});

test('a word twelve entries carry keeps no entry past the floor', () => {
  // The same query without the rare word reaches the twelve alike; nothing unrelated is added.
  assert.deepEqual(candidates('Nimbel Trask Ostrova Velund').sort(), sharing.map((e) => e.sourceId).sort());
});

test('the first three letters of an unknown word, on one listed name, keep that entry', () => {
  // "Qorvax": no listed name carries it; "qor" begins one listed word only.
  const found = candidates('Nimbel Trask Ostrova Velund Qorvax');
  assert.ok(found.includes('rare'), found.join(' '));
});
