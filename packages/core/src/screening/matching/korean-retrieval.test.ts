// Retrieval of a Korean name romanised by the other system (made-up names, not bench rows).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { koreanQueryKeys, listedVariationKeys } from './blocking-keys';
import { InMemoryCandidateIndex } from './candidate-index';
import { testEntry } from './entries.test-support';
import { normaliseName } from './normalise';

// Twelve entries carry the query's "Jang" and "Jin" (Revised Romanization), twelve others "Chong" and "Un"
// (McCune-Reischauer); the listed parties spell those by the other system and share one word with the query, a word
// ten other names carry too: the two shared words outweigh it in blocking weight.
const SYLLABLES = ['ba', 'ko', 'ri', 'mu', 'sa', 'ta', 'ni', 'lo', 'pe', 'du'];
const sharing = SYLLABLES.slice(0, 6).flatMap((a) =>
  ['so', 'he'].flatMap((b) => [
    testEntry(`j${a}${b}`, 'person', [`Jang Jin-${a}${b}l`]),
    testEntry(`c${a}${b}`, 'person', [`Chong Un-${a}${b}l`]),
  ]),
);
const others = SYLLABLES.flatMap((a) =>
  SYLLABLES.map((b) => testEntry(`o${a}${b}`, 'person', [`${a}${b}ro ${b}${a}ki`])),
);
const namesakes = SYLLABLES.flatMap((a) => [
  testEntry(`m${a}`, 'person', [`Myong ${a}taki`]),
  testEntry(`h${a}`, 'person', [`Chol ${a}taki`]),
]);
const index = new InMemoryCandidateIndex([
  {
    list: 'test',
    listVersion: '1',
    entries: [
      ...sharing,
      ...others,
      ...namesakes,
      testEntry('mr', 'person', ['CHANG MYONG-CHIN']),
      testEntry('rr', 'person', ['Jeong Eun-Chol']),
    ],
  },
]);
const candidates = (name: string) => index.candidates(normaliseName(name, 'person'), 30).map((e) => e.entry.sourceId);

test('a Korean name in Revised Romanization reaches the listed McCune-Reischauer spelling', () => {
  const found = candidates('Jang Myong-Jin');
  assert.ok(found.includes('mr'), found.join(' '));
});

test('...and a McCune-Reischauer query the Revised Romanization spelling (eo/o, eu/u, ch/j)', () => {
  const found = candidates('Chong Un-Chol');
  assert.ok(found.includes('rr'), found.join(' '));
});

test('Korean fold keys only for tokens that read as Korean syllables, listed only where the fold differs', () => {
  assert.deepEqual(
    listedVariationKeys(normaliseName('CHANG MYONG', 'person')[0]!).filter((k) => k.startsWith('h:')),
    ['h:jang'],
  );
  assert.deepEqual(koreanQueryKeys(normaliseName('Cheol Myong', 'person')[0]!), ['h:jol', 't:jol', 'h:myong']);
  assert.deepEqual(koreanQueryKeys(normaliseName('Richard Branson', 'person')[0]!), []);
  // A Hangul query is read by both systems already (transliterate.ts).
  for (const r of normaliseName('김정은', 'person')) assert.deepEqual(koreanQueryKeys(r), []);
});
