// Words written in part (word-parts.ts, normalise.ts), with made-up names: stems, abbreviations, cut legal forms.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../model';
import { normaliseName } from './normalise';
import { compareNamePair } from './pair';
import { DEFAULT_THRESHOLD } from './thresholds';

const score = (a: string, b: string, type: EntityType = 'organization') => compareNamePair(a, b, type)?.score ?? 0;
const matches = (a: string, b: string, type?: EntityType) =>
  assert.ok(score(a, b, type) >= DEFAULT_THRESHOLD, `${a} | ${b}: ${score(a, b, type)}`);
const differs = (a: string, b: string, type?: EntityType) =>
  assert.ok(score(a, b, type) < DEFAULT_THRESHOLD, `${a} | ${b}: ${score(a, b, type)}`);

test("an organisation's word may stand for a longer word it begins: abbreviations and derived words", () => {
  matches('Air Kestrel', 'Kestrel Airlines');
  matches('Ningbo Haoxin Imp & Export Co., Ltd.', 'Ningbo Haoxin Import & Export Co., Ltd.');
  matches('Iranian Orlau Composites', 'Iran Orlau Composites');
  // Below a full match, like a last word cut short.
  assert.ok(score('Air Kestrel', 'Kestrel Airlines') < score('Kestrel Airlines', 'Kestrel Airlines'));
});

test('a stem is not read when the legal forms differ, in persons, or when a split word is one word', () => {
  differs('Russ Orlau Cargo GmbH', 'Russian Orlau Cargo Oy');
  differs('Raymond Johnson', 'John Raymond', 'person');
  differs('Kendra Miller', 'Ken Miller Kowalczyk', 'person');
  // "Orla nt" is "Orlant" written apart, matched as one word, not "orla" as the stem of "orlant".
  assert.ok(
    score('Orla nt-Space LLC', 'Orlant-Space LLC') > 0.95,
    String(score('Orla nt-Space LLC', 'Orlant-Space LLC')),
  );
});

test('a legal form cut short at the end of a name is read as that legal form, not as a word of the name', () => {
  const tokens = (name: string, type: EntityType = 'organization') => normaliseName(name, type)[0]!.tokens;
  assert.deepEqual(tokens('Kestrel Avionika Joint Stock Com'), tokens('Kestrel Avionika Joint Stock Company'));
  assert.deepEqual(tokens('Orlau Open Joint Stock Co'), ['orlau']);
  assert.deepEqual(tokens('Ningbo Haoxin Optical Electronics Company Li'), [
    'ningbo',
    'haoxin',
    'optical',
    'electronics',
  ]);
  assert.deepEqual(tokens('Ningbo Haoxin Optical Group Cor'), tokens('Ningbo Haoxin Optical Group Corporation'));
  matches('Orlau Aircraft Manufacturing Com', 'Orlau Aircraft Manufacturing Company');
  // A short name's last word is never taken for a stump: "Li", "Lim" are surnames.
  assert.deepEqual(tokens('Wang Li', 'unknown'), ['wang', 'li']);
  assert.deepEqual(tokens('Tan Ah Lim', 'unknown'), ['tan', 'ah', 'lim']);
  // A longer name of unknown type ending in one keeps a person's reading beside the organisation's.
  const lim = normaliseName('Kim Jong Chol Lim', 'unknown');
  assert.deepEqual(lim.find((r) => r.personOnly)?.tokens, ['kim', 'jong', 'chol', 'lim']);
});
