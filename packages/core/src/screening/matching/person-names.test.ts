// The classes of false alerts on unlisted persons of issue 17 (made-up names, not bench rows): a listed name made only
// of common given names carrying a hit, and a relative whose name is the listed chain behind another own given name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ListEntry } from '../model';
import { InMemoryCandidateIndex } from './candidate-index';
import { compareNames } from './compare-names';
import { normaliseName } from './normalise';
import { compareNamePair } from './pair';
import { Screener } from './screen';
import { DEFAULT_THRESHOLD } from './thresholds';
import { testEntry } from './entries.test-support';

const COMMON = new Set(['mohammed', 'mohammad', 'ali', 'ahmed', 'omar', 'rahman']);
const listWeight = (t: string) => (COMMON.has(t) ? 0.6 : t === 'abdul' || t === 'al' ? 0.25 : 1);
const score = (a: string, b: string, weight: (t: string) => number = listWeight) =>
  compareNames(normaliseName(a, 'person')[0]!, normaliseName(b, 'person')[0]!, weight).score;

test('a listed name of common given names does not carry a hit on a name with words of its own', () => {
  assert.ok(score('Ali-Mohammad TANVARI', 'Ali MOHAMMED') < DEFAULT_THRESHOLD);
  assert.ok(score('Abdul Rahman Qasimi', 'Abdul Rahman') < DEFAULT_THRESHOLD);
  assert.ok(score('Ahmed Omar Haddadin', 'Omar Ahmed') < DEFAULT_THRESHOLD);
  // The same name, and the name as a fragment of the listed one (the customer file may lack the surname), still hit.
  assert.ok(score('Ali Mohammed', 'Ali Mohammed') >= DEFAULT_THRESHOLD);
  assert.ok(score('Ali Mohammed', 'Ali Mohammed Tanvari') >= DEFAULT_THRESHOLD);
  // Rare words agreeing carry the hit as before, a middle name left over or not.
  assert.ok(score('Zoran Petrak Vidmar', 'Zoran Petrak') >= DEFAULT_THRESHOLD);
  assert.ok(score('Ali Mohammed TANVARI', 'Ali TANVARI') >= DEFAULT_THRESHOLD);
  // Without list statistics (every word weighs the same) nothing changes.
  assert.ok(score('Ali-Mohammad TANVARI', 'Ali MOHAMMED', () => 1) >= DEFAULT_THRESHOLD);
});

test('the commonness of given names comes from the list itself', () => {
  // Thirty listed persons, a fifth of them named Mohammed and a fifth Ali: as common as in the published lists.
  const given = 'Bashir Hamza Idris Karim Nabil Rafiq Samir Tariq Walid Yasin Zaki Faris Ghassan Jamil Kamal'.split(
    ' ',
  );
  const surnames = 'Haddad Khoury Nasser Saleh Jaber Darwish Hamdan Karimi Rostami Zand Qudsi Barakat Tamimi'.split(
    ' ',
  );
  const entries: ListEntry[] = Array.from({ length: 30 }, (_, i) => {
    const first = i < 6 ? 'Mohammed ' : i < 12 ? 'Ali ' : '';
    return testEntry(`P${i}`, 'person', [`${first}${given[i % 15]} ${surnames[i % 13]}`], { programs: [] });
  });
  entries.push({ ...entries[0]!, sourceId: 'X', names: [{ full: 'Ali MOHAMMED', kind: 'strong_alias' }] });
  const screener = new Screener(new InMemoryCandidateIndex([{ list: 'test', listVersion: '1', entries }]));
  const hitsX = (name: string) => screener.screen({ name, type: 'person' }).some((h) => h.entryId === 'X');
  assert.equal(hitsX('Ali-Mohammed TANVARI'), false);
  assert.equal(hitsX('Ali Mohammed'), true);
});

const pair = (a: string, b: string) => compareNamePair(a, b, 'person')?.score ?? 0;

test('a name that is the listed chain behind another own given name is the son or the father, not the listed person', () => {
  assert.ok(pair('Tariq Hamid Yusuf al-Dulaimi', 'Hamid Yusuf al-Dulaimi') < DEFAULT_THRESHOLD);
  assert.ok(pair('Hamid Yusuf al-Dulaimi', 'Tariq Hamid Yusuf al-Dulaimi') < DEFAULT_THRESHOLD);
  // A middle name added or dropped is not a shift: the own given name agrees.
  assert.ok(pair('Hamid Tariq Yusuf al-Dulaimi', 'Hamid Yusuf al-Dulaimi') >= DEFAULT_THRESHOLD);
  assert.ok(pair('Hamid Yusuf al-Dulaimi', 'Hamid Yusuf Dulaimi') >= DEFAULT_THRESHOLD);
  // A title or the first part of a compound given name before a two-word name is not another person's own name.
  assert.ok(pair('Sardar Karimullah WAZED', 'Karimullah WAZED') >= DEFAULT_THRESHOLD);
  assert.ok(pair('Mohammed Bashar AL-QUDSI', 'Bashar AL-QUDSI') >= DEFAULT_THRESHOLD);
  // Outside a nasab a person may go by a name without the first given name.
  assert.ok(pair('Jean Pierre Marchand de Villiers', 'Pierre Marchand de Villiers') >= DEFAULT_THRESHOLD);
});
