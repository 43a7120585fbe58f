// Classes of published list names that did not find themselves (bench/screening-self.ts), each as a class with
// made-up names: number words in person names, names joined by a slash, names left with one word or only common ones.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../model';
import { testEntry } from './entries.test-support';
import { InMemoryCandidateIndex } from './candidate-index';
import { normaliseName } from './normalise';
import { splitAlternatives } from './pair';
import { Screener } from './screen';

const entry = testEntry;
const screener = new Screener(
  new InMemoryCandidateIndex([
    {
      list: 'test',
      listVersion: 'v1',
      entries: [
        entry('ten', 'person', ['Oleg Vadimovich TEN', 'Олег Вадимович Тен']),
        entry('glaz', 'person', ['Oleg Vadimovich GLAZOV']),
        entry('tango', 'person', ['Pierre KAYUMBA', 'TANGO TWO', 'TANGO DEUX']),
        entry('tango4', 'person', ['Jean MUKENDI', 'TANGO FOUR']),
        entry('hasan', 'person', ['Rami AL-HASAN', 'AL-HASAN']),
        entry('slash', 'unknown', ['Orlau Plant Import/Export Co.']),
        entry('dept', 'organization', ['DEPARTMENT 170/12']),
        entry('dept2', 'organization', ['DEPARTMENT 170/16']),
        entry('llc', 'unknown', ['LLC Center']),
        entry('mrs', 'unknown', ['MRS GmbH', 'MRS International']),
        entry('ano', 'organization', ['Kestrel Aviation Academy', 'ANO']),
        entry('206', 'unknown', ['Orlau Academy 206th Research Institute']),
        ...Array.from({ length: 20 }, (_, i) => entry(`f${i}`, 'person', [`Oleg Vadimovich Zq${i}ov`])),
      ],
    },
  ]),
);
const top = (name: string, type?: EntityType) => screener.screen({ name, type })[0]?.entryId;
const ids = (name: string, type?: EntityType) => screener.screen({ name, type }).map((h) => h.entryId);

test('number words in a person name are words: a surname "Ten", a code name "Tango Two" find their entry', () => {
  // A name of unknown type is read as an organisation's (numbers as digits) and, for listed persons, as a person's.
  assert.equal(top('Oleg Vadimovich TEN'), 'ten');
  assert.equal(top('Олег Вадимович Тен'), 'ten');
  assert.equal(top('TANGO TWO'), 'tango');
  assert.equal(top('TANGO DEUX'), 'tango');
  assert.equal(top('TANGO FOUR'), 'tango4');
  assert.equal(top('AL-HASAN'), 'hasan');
  // The person's reading is not another person: "Tango Two" is not "Tango Four".
  assert.ok(!ids('TANGO TWO').includes('tango4'));
  assert.ok(!ids('Oleg Vadimovich TEN').includes('glaz'));
});

test('two names of unknown type compare their numbers as numbers, not as words one letter apart', () => {
  assert.deepEqual(ids('Orlau Academy 207th Research Institute'), []);
  assert.equal(top('Orlau Academy 206th Research Institute'), '206');
});

test('a slash inside a name joins its words: the whole name is read as well as each side of the slash', () => {
  assert.deepEqual(splitAlternatives('Plant Import/Export Co.'), [
    'Plant Import/Export Co.',
    'Plant Import',
    'Export Co.',
  ]);
  assert.deepEqual(splitAlternatives('Orion Brigade'), ['Orion Brigade']);
  assert.equal(top('Orlau Plant Import/Export Co.'), 'slash');
  assert.equal(top('DEPARTMENT 170/12'), 'dept');
  assert.ok(!ids('DEPARTMENT 170/12').includes('dept2'));
});

test('a name that is a legal form and one word, or one common word, finds itself; that word in another name does not', () => {
  assert.equal(top('LLC Center'), 'llc');
  assert.equal(top('Center LLC'), 'llc');
  assert.deepEqual(ids('Center Ltd'), []);
  assert.equal(top('ANO'), 'ano');
  assert.deepEqual(ids('ANO Kestrel Energy'), []);
});

test('a title-like word is the name when dropping it leaves only a legal form or generic words', () => {
  assert.deepEqual(normaliseName('MRS GmbH', 'unknown')[0]!.tokens, ['mrs']);
  assert.deepEqual(normaliseName('MRS International', 'unknown')[0]!.tokens, ['mrs', 'international']);
  assert.deepEqual(normaliseName('Mrs Olga Petrova', 'person')[0]!.tokens, ['olga', 'petrova']);
  assert.equal(top('MRS GmbH'), 'mrs');
  assert.equal(top('MRS International'), 'mrs');
});
