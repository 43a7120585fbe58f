// The names-only relation of the alias curve bench (screening-name-relations.ts) on synthetic names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bestRelation, ListedNames, nameRelation } from './screening-name-relations';
import { tokenSort } from './screening-baseline';

test('the same distinctive words, legal forms and order aside, are identical', () => {
  assert.equal(nameRelation('Acme Trading LLC', 'Trading Acme Ltd'), 'identical');
  assert.equal(nameRelation('José Pérez', 'PEREZ, Jose'), 'identical');
});

test('a fragment of two words or more, or a name extended by at most a third, is contained', () => {
  assert.equal(nameRelation('Ali Hassan', 'Ali Hassan Omar'), 'contained'); // the query is the fragment
  assert.equal(nameRelation('Ali Hassan Omar', 'Ali Hassan'), 'contained'); // the listed name is 2/3 of the query
  assert.equal(nameRelation('Acme Trading Dubai Branch', 'Acme Trading'), 'contained_other'); // 2 of 4 words
  assert.equal(nameRelation('Hassan', 'Ali Hassan Omar'), 'contained_other'); // one word
});

test('one word differs only with as many words on each side, spelled alike or not', () => {
  assert.equal(nameRelation('Ali Hassan Mohammed', 'Ali Hassan Mohamed'), 'one_word_spelled_alike');
  assert.equal(nameRelation('Ali Hassan Omar', 'Ali Hassan Karim'), 'one_word_differs');
  assert.equal(nameRelation('Ali Hassan', 'Ali Karim Omar'), 'other');
  assert.equal(nameRelation('Mohammed', 'Mohamed'), 'other'); // a one-word name shares no word
});

test('a list gives the strongest relation to any of its names, found through shared words', () => {
  const list = new ListedNames(['Ali Hassan Umar', 'Ali Hassan Omar Karim', 'Bank of Springfield']);
  assert.deepEqual(list.relation('Ali Hassan Omar'), {
    relation: 'contained',
    words: ['ali', 'hassan', 'omar', 'karim'],
  });
  assert.equal(list.relation('Springfield Bank').relation, 'identical');
  assert.equal(list.relation('Zed Nobody').relation, 'other');
  assert.equal(bestRelation('Ali Hassan Omar', ['Ali Hassan Umar', 'Omar Hassan Ali']), 'identical');
});

test('the baseline compares names with their words sorted', () => {
  assert.equal(tokenSort('PEREZ, José'), 'jose perez');
  assert.equal(tokenSort('José Pérez'), 'jose perez');
});
