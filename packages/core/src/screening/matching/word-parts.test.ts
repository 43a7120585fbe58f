// Words written in part (word-parts.ts), with made-up names: stems and abbreviations in organisations' names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../model';
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
