// Retrieval of the classes of variation blocking-keys.ts covers (made-up names, not bench rows).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../../test/support/shared';
import { parseListFile } from '../formats/index';
import type { ListEntry } from '../model';
import { deletionKeys, joinedSoundKeys, listedVariationKeys, queryVariationKeys } from './blocking-keys';
import { foldedKey, InMemoryCandidateIndex } from './candidate-index';
import { normaliseName } from './normalise';
import { Screener } from './screen';

const person = (sourceId: string, full: string): ListEntry => ({
  sourceId,
  type: 'person',
  names: [{ full, kind: 'primary' }],
  addresses: [],
  countries: [],
  birthDates: [],
  birthPlaces: [],
  identifiers: [],
  programs: [],
});

// 144 namesakes sharing a common given name, with surnames made of syllables none begins with z or e,
// among 2,400 other names (the given name on 5 % of them, as on real lists): the common name alone
// reaches the namesakes all equally, so only a key on the variation ranks the listed party among them.
const SYLLABLES = ['ba', 'ko', 'ri', 'mu', 'sa', 'ta', 'ni', 'lo', 'pe', 'du', 'gi', 'ha'];
const namesakes: ListEntry[] = [];
for (const a of SYLLABLES) for (const b of SYLLABLES) namesakes.push(person(`n${a}${b}`, `Mohammad ${a}${b}lan`));
const others: ListEntry[] = [];
for (const a of SYLLABLES)
  for (const b of SYLLABLES)
    for (const c of SYLLABLES.slice(0, 8)) others.push(person(`o${a}${b}${c}`, `${c}${a}ro ${b}${c}ki`));
const listed = [
  person('zah', 'Mohammad Zahidullah'),
  person('emr', 'Emraan Tolbertson'),
  person('kws', 'Ri Kwang-Song'),
  person('shf', 'Ahmad Shafiqullah'),
];
// One-word names beginning "Abu", as kunyas are often written joined: their shared first letters reach them all
// equally.
const kunyas: ListEntry[] = [];
for (const a of SYLLABLES) for (const b of SYLLABLES) kunyas.push(person(`k${a}${b}`, `Abu${a}${b}lan`));
listed.push(person('wqs', 'ABUWAQAS'));
const index = new InMemoryCandidateIndex([
  { list: 'test', listVersion: '1', entries: [...namesakes, ...others, ...kunyas, ...listed] },
]);
const screener = new Screener(index);
const found = (name: string, id: string) =>
  assert.ok(
    screener.screen({ name, type: 'person' }).some((h) => h.entryId === id),
    `${name}: ${JSON.stringify(screener.screen({ name, type: 'person' }).map((h) => [h.name, h.score]))}`,
  );

test('a last token cut to two letters is retrieved among namesakes', () => {
  assert.ok(namesakes.length > 100 && others.length > 1000);
  const hits = screener.screen({ name: 'Mohammad Zu', type: 'person' });
  assert.ok(!hits.some((h) => h.entryId === 'zah'), 'another initial vowel is another token');
});

test('a typo within the first letters of a token is retrieved through its deletion neighbours', () => {
  // Both tokens mistyped within their first three letters: no token, sound, skeleton or prefix is
  // shared ("Rolbertson" sounds RLPRTSN, "Tolbertson" TLPRTSN).
  found('Enraan Rolbertson', 'emr');
  const keys = (t: string) => new Set(deletionKeys(t));
  const shared = (a: string, b: string) => [...keys(a)].some((k) => keys(b).has(k));
  assert.ok(shared('emraan', 'enraan') && shared('emraan', 'meraan') && shared('emraan', 'emran'));
  assert.ok(!shared('emraan', 'oskaar'));
  // Short tokens have too many neighbours: no deletion keys.
  assert.deepEqual(deletionKeys('ali'), []);
});

test('a given name joined on one side and split on the other shares a key', () => {
  const listedKeys = new Set(listedVariationKeys(normaliseName('Ri Kwang-Song', 'person')[0]!));
  const query = queryVariationKeys(normaliseName('Yi Kwangsong', 'person')[0]!);
  assert.ok(query.some((k) => listedKeys.has(k)));
  // And the other way round: the listed name joined, the query split.
  const joined = new Set(['t:kwangsong']);
  assert.ok(queryVariationKeys(normaliseName('Ri Kwang Song', 'person')[0]!).some((k) => joined.has(k)));
  found('Ri Kwangsong', 'kws');
});

test('two words written as one and spelt differently are retrieved by the sound of the pair joined', () => {
  // "abu" + "wakas" shares no token, joined form or first letters with "abuwaqas" that the other "Abu…" names lack;
  // the pair joined sounds like it (APKS).
  assert.ok(joinedSoundKeys(normaliseName('Abu Wakas', 'person')[0]!).includes('p:APKS'));
  found('Abu Wakas', 'wqs');
  // A pair too short to sound like one word keys nothing ("abu ali" is APL).
  assert.deepEqual(joinedSoundKeys(normaliseName('Abu Ali', 'person')[0]!), []);
});

test('a Hebrew-script rendering with ש for "sh" reaches the Latin name', () => {
  found('אחמד שפקללה', 'shf');
});

test('a name spelt by another romanisation table (Ukrainian h for Russian g) is retrieved on a real list', () => {
  // The query token folds to the listed one ("Olehovych" → "Olegovich"); an ordinary token folds to nothing.
  assert.equal(foldedKey('rohozin'), 't:rogozin');
  assert.equal(foldedKey('olehovych'), 't:olegovich');
  assert.equal(foldedKey('karim'), null);
  // DFAT lists Dmitry Olegovich ROGOZIN with his Ukrainian spelling too: without it, that spelling must still find him
  // among the list's many Dmitrys and patronymics (it shares only deletion neighbours with his names).
  const path = sharedData('lists', 'au-dfat', '2026-07-23', 'regulation8_consolidated.xlsx');
  const dfat = parseListFile([{ name: 'regulation8_consolidated.xlsx', bytes: readFileSync(path) }])[0]!;
  const entries = dfat.entries.map((e) => ({ ...e, names: e.names.filter((n) => !/ROHOZIN/.test(n.full)) }));
  const rogozin = entries.find((e) => e.names.some((n) => n.full === 'Dmitry Olegovich ROGOZIN'))!;
  const s = new Screener(new InMemoryCandidateIndex([{ list: dfat.list, listVersion: '1', entries }]));
  const hits = s.screen({ name: 'Dmytro Olehovych ROHOZIN', type: 'person' });
  assert.equal(hits[0]?.entryId, rogozin.sourceId);
});
