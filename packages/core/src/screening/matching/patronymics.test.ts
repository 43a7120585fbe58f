// The class of false alerts of issue 17 where a patronymic matched the word it is formed from (made-up names, not
// bench rows): a surname against the patronymic of the same stem, a given name against its son's patronymic.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareNamePair } from './pair';
import { patronymicOfOther } from './patronymics';
import { tokenSimilarity } from './similarity';
import { DEFAULT_THRESHOLD } from './thresholds';

const score = (a: string, b: string) => compareNamePair(a, b, 'person')?.score ?? 0;

test('a patronymic and the given name or surname of its stem are two words', () => {
  for (const [a, b] of [
    ['sergey', 'sergeyevich'],
    ['stepan', 'stepanovich'],
    ['borisova', 'borisovna'],
    ['ivanov', 'ivanovich'],
    ['hlib', 'hlibovych'],
    ['uladzimir', 'uladzimiravich'],
    ['vladimirovich', 'vladimirpetrovich'],
  ] as const) {
    assert.ok(patronymicOfOther(a, b) && patronymicOfOther(b, a), `${a} / ${b}`);
    assert.ok(tokenSimilarity(a, b) < 0.8, `${a} / ${b} ${tokenSimilarity(a, b)}`);
  }
  // Two patronymics (spelt by two conventions), two surnames, a patronymic and an unrelated word: not this class.
  for (const [a, b] of [
    ['yevgenyevich', 'evgenievich'],
    ['ivanov', 'ivanova'],
    ['sergeyevich', 'serebryakov'],
    ['ivanovich', 'ivanovsky'],
    ['yakovlevna', 'yakovlena'],
    ['sergeyevich', 'sergeevich'],
  ] as const) {
    assert.ok(!patronymicOfOther(a, b), `${a} / ${b}`);
  }
});

test('a name whose surname is the stem of the listed patronymic does not hit', () => {
  assert.ok(score('Irina Borisova', 'Irina Borisovna KLIMOVA') < DEFAULT_THRESHOLD);
  assert.ok(score('Marina Glebova', 'Marina Glebovna') < DEFAULT_THRESHOLD);
  // The same names, and patronymics spelt by other conventions, still hit.
  assert.ok(score('Irina Borisovna KLIMOVA', 'Irina Borisovna KLIMOVA') >= DEFAULT_THRESHOLD);
  assert.ok(score('Sergei Yevgenyevich ZAVOLSKY', 'Sergey Evgenievich ZAVOLSKY') >= DEFAULT_THRESHOLD);
  assert.ok(score('Irina KLIMOVA', 'Irina Borisovna KLIMOVA') >= DEFAULT_THRESHOLD);
});

test("a father's given name is not his son's patronymic, alone or beside another word", () => {
  // The son's patronymic is not the father's given name glued to the father's own patronymic either.
  assert.ok(score('Oleg Borisovich ZAVOLSKY', 'Boris Arkadyevich ZAVOLSKY') < DEFAULT_THRESHOLD);
  assert.ok(score('Gleb Borisovich ZAVOLSKY', 'Boris Glebovich ZAVOLSKY') < DEFAULT_THRESHOLD);
  // The two words written as one still find the listed name, and a misspelt patronymic still finds the right one.
  assert.ok(score('Glebarkadyevich ZAVOLSKY', 'Gleb Arkadyevich ZAVOLSKY') >= DEFAULT_THRESHOLD);
  assert.ok(score('Anna Yakovlevna ZAVOLSKAYA', 'Anna Yakovlena ZAVOLSKAYA') >= DEFAULT_THRESHOLD);
});
