import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../../test/support/shared';
import { parseUnXml } from './un-xml';

const un = (date: string) =>
  parseUnXml('consolidated.xml', readFileSync(sharedData('lists', 'un', date, 'consolidated.xml')));
const count = (l: ReturnType<typeof un>, t: string) => l.entries.filter((e) => e.type === t).length;

test('UN consolidated XML: individuals and entities per SOURCE.md, both dates', () => {
  const a = un('2026-02-27');
  const b = un('2026-08-01');
  assert.deepEqual([count(a, 'person'), count(a, 'organization'), a.publishedAt], [730, 273, '2026-02-27']);
  assert.deepEqual([count(b, 'person'), count(b, 'organization'), b.publishedAt], [736, 275, '2026-08-01']);
  const ids = (l: typeof a) => new Set(l.entries.map((e) => e.sourceId));
  const [x, y] = [ids(a), ids(b)];
  assert.equal([...y].filter((i) => !x.has(i)).length, 16, 'reference numbers added');
  assert.equal([...x].filter((i) => !y.has(i)).length, 8, 'reference numbers removed');
});

test('UN: names with quality, original script, DOBs, nationality, programme', () => {
  const l = un('2026-08-01');
  const adl = l.entries.find((e) => e.sourceId === 'QDi.001')!;
  assert.deepEqual(
    adl.names.map((n) => [n.full, n.kind]),
    [
      ['MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE', 'primary'],
      ['محمد صلاح الدين عبدالحليم زيدان', 'strong_alias'],
      ['Sayf-Al Adl', 'strong_alias'],
      ['Muhamad Ibrahim Makkawi', 'strong_alias'],
      ['Ibrahim al-Madani', 'weak_alias'],
      ["Saif Al-'Adil", 'weak_alias'],
      ['Seif al Adel', 'weak_alias'],
    ],
  );
  assert.equal(adl.names[1]!.script, 'Arab');
  assert.deepEqual(adl.names[0], {
    full: 'MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE',
    kind: 'primary',
    given: 'MOHAMMED SALAHALDIN ABD EL HALIM',
    family: 'ZIDANE',
  });
  assert.deepEqual(adl.birthDates, [{ date: '1963-04-11' }, { date: '1960-04-11' }]);
  assert.deepEqual([adl.countries, adl.programs, adl.listedOn], [['EG'], ['Al-Qaida'], '2001-01-25']);
  const taganda = l.entries.find((e) => e.sourceId === 'CDi.030')!;
  assert.deepEqual(taganda.birthDates, [{ date: '1973', to: '1974' }], 'TYPE_OF_DATE BETWEEN');
  const adf = l.entries.find((e) => e.sourceId === 'CDe.001')!;
  assert.deepEqual(
    adf.names.map((n) => n.kind),
    ['primary', 'strong_alias', 'former', 'former', 'former'],
  );
  assert.deepEqual(adf.addresses, [
    { full: 'North Kivu, Democratic Republic of the Congo', region: 'North Kivu', country: 'CD' },
  ]);
  assert.ok(
    l.entries.some((e) => e.birthDates.some((d) => d.approximate)),
    'APPROXIMATELY dates are marked',
  );
  assert.ok(l.entries.some((e) => e.identifiers.some((i) => i.type === 'passport')));
});
