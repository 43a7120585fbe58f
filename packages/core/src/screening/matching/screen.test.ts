import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ListEntry } from '../model';
import { InMemoryCandidateIndex } from './candidate-index';
import { compareNamePair } from './pair';
import { Screener } from './screen';
import { DEFAULT_THRESHOLD } from './thresholds';
import { testEntry } from './entries.test-support';

const entry = testEntry;

const entries: ListEntry[] = [
  entry('1', 'person', ['Sergey Viktorovich LAVROV'], { birthDates: [{ date: '1950-03-21' }], countries: ['RU'] }),
  entry('2', 'organization', ['ROSOBORONEKSPORT OAO', 'Rosoboronexport']),
  entry('3', 'organization', ['GLOBAL TRADING LLC']),
  entry('4', 'vessel', ['OCEAN STAR'], { identifiers: [{ type: 'imo', value: '9123456' }] }),
  entry('5', 'person', ['Yevgeniy Viktorovich PRIGOZHIN'], { birthDates: [{ date: '1961-06-01' }] }),
  entry('6', 'person', ['KIM Jong Un']),
  entry('7', 'person', ['Vladimir Vladimirovich PUTIN']),
  entry('8', 'organization', ['Huawei Technologies Co., Ltd.']),
  entry('9', 'person', ['Muhammad Abdallah HASAN'], { birthDates: [{ date: '1970' }] }),
  ...Array.from({ length: 40 }, (_, i) => entry(`filler-${i}`, 'person', [`Person${i} Filler${i}`])),
];
const screener = new Screener(new InMemoryCandidateIndex([{ list: 'test-list', listVersion: 'v1', entries }]));
const top = (
  name: string,
  extra: Parameters<Screener['screen']>[0] extends infer Q ? Partial<Q & object> : never = {},
) => screener.screen({ name, ...extra } as Parameters<Screener['screen']>[0])[0];

test('finds a person whatever the order, case, patronymic or transliteration', () => {
  for (const q of ['lavrov, sergey', 'Sergei Lavrov', 'Сергей Лавров', 'SERGEY V. LAVROV']) {
    assert.equal(top(q)?.entryId, '1', q);
  }
  assert.equal(top('Evgeny Prigozhin')?.entryId, '5');
  assert.equal(top('Евгений Пригожин')?.entryId, '5');
  assert.equal(top('김정은')?.entryId, '6');
  assert.equal(top('金正恩')?.entryId, '6');
  assert.equal(top('Владимир Путин')?.entryId, '7');
});

test('maps legal forms across languages and finds companies written in other scripts', () => {
  assert.equal(top('АО Рособоронэкспорт')?.entryId, '2');
  assert.equal(top('Rosoboronexport JSC')?.entryId, '2');
  assert.equal(top('HUAWEI TECHNOLOGIES COMPANY LIMITED')?.entryId, '8');
});

test('generic words alone never reach the threshold', () => {
  assert.equal(top('Global Trading Corp'), undefined);
  assert.ok(
    (compareNamePair('Global Trading Corp', 'GLOBAL TRADING LLC', 'organization')?.score ?? 0) < DEFAULT_THRESHOLD,
  );
});

test('a date of birth or country alone never reaches the threshold', () => {
  assert.equal(top('John Smith', { birthDate: '1950-03-21', countries: ['RU'] }), undefined);
});

test('a matching identifier is decisive; a conflicting date of birth lowers the score', () => {
  const byImo = screener.screen({
    name: 'Star of the Ocean',
    type: 'vessel',
    identifiers: [{ type: 'imo', value: 'IMO 9123456' }],
  })[0];
  assert.equal(byImo?.entryId, '4');
  assert.ok(byImo!.score >= 0.99);
  assert.ok(byImo!.explanation.features.some((f) => f.feature === 'identifier'));
  const plain = top('Sergey Lavrov')!;
  const agreeing = top('Sergey Lavrov', { birthDate: '1950-03-21' })!;
  const conflicting = screener.screen({ name: 'Sergey Lavrov', birthDate: '1985-01-01' }, { threshold: 0 })[0]!;
  assert.ok(agreeing.score > plain.score, 'agreeing DOB raises');
  assert.ok(conflicting.score < plain.score, 'conflicting DOB lowers');
  assert.ok(plain.score <= 0.95, 'no pile-up at 1.0 on a name alone');
});

test('every hit explains itself token by token', () => {
  const hit = top('Lavrov Sergei')!;
  assert.equal(hit.list, 'test-list');
  assert.equal(hit.listVersion, 'v1');
  assert.deepEqual(hit.explanation.tokens.map((t) => t.candidate).sort(), ['lavrov', 'sergey']);
  assert.deepEqual(hit.explanation.unmatchedCandidate, ['viktorovich']);
  assert.equal(hit.explanation.features[0]!.feature, 'name');
});

test('different given names with a shared surname are not a match', () => {
  assert.ok(
    (compareNamePair('Sergey Ivanovich Lavrov', 'Sergey Viktorovich Lavrov', 'person')?.score ?? 1) < DEFAULT_THRESHOLD,
  );
  assert.ok((compareNamePair('KIM SONG MIN', 'KIM SONG CHOL', 'person')?.score ?? 1) < DEFAULT_THRESHOLD);
  assert.ok((compareNamePair('김종은', '김정은', 'person')?.score ?? 1) < DEFAULT_THRESHOLD);
});

test('a reversed patronymic is a different person', () => {
  const same = compareNamePair('Omar bin Abdullah al-Harbi', 'OMAR IBN ABDULLAH AL HARBI', 'person')!;
  const reversed = compareNamePair('Omar bin Abdullah al-Harbi', 'Abdullah bin Omar al-Harbi', 'person')!;
  assert.ok(same.score >= DEFAULT_THRESHOLD, `bin/ibn spellings agree (${same.score})`);
  assert.ok(reversed.score < DEFAULT_THRESHOLD, `son and father swapped (${reversed.score})`);
  assert.equal(reversed.method, 'reversed_patronymic');
});
