import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../test/support/shared';
import { parseUnXml } from './formats/un-xml';
import { readPartiesCsv, readPartiesJsonl } from './party-batch';
import { parsePartyDate } from './party-dates';

// A customer file made from real UN listings: name, date of birth, nationality.
const un = parseUnXml(
  'consolidated.xml',
  new Uint8Array(readFileSync(sharedData('lists', 'un', '2026-08-01', 'consolidated.xml'))),
);
const persons = un.entries
  .filter((e) => e.type === 'person' && e.birthDates[0]?.date.length === 10 && e.countries[0])
  .slice(0, 40);

test('every unambiguous date form is read; ambiguous and impossible ones are refused with the reason', () => {
  for (const [text, want] of [
    ['1969-7-16', '1969-07-16'],
    ['16.07.1969', '1969-07-16'],
    ['16/07/1969', '1969-07-16'],
    ['07/16/1969', '1969-07-16'],
    ['July 16, 1969', '1969-07-16'],
    ['16 Jul 1969', '1969-07-16'],
    ['1969', '1969'],
    ['1969-07', '1969-07'],
    ['1969/07/16', '1969-07-16'],
  ]) {
    assert.equal(parsePartyDate(text!), want, text);
  }
  assert.match((parsePartyDate('07/08/1969') as { error: string }).error, /day\/month or month\/day/);
  assert.match((parsePartyDate('1969-02-30') as { error: string }).error, /day 30 does not exist/);
  assert.match((parsePartyDate('yesterday') as { error: string }).error, /not a date/);
});

test('a list-derived CSV with injected faults: each bad row is one precise error, the rest is read', () => {
  const rows = persons.map((e) => ({ name: e.names[0]!.full, dob: e.birthDates[0]!.date, country: e.countries[0]! }));
  const [y, m, d] = rows[3]!.dob.split('-');
  const lines = rows.map((r) => `"${r.name}";${r.dob};${r.country}`);
  lines[3] = `"${rows[3]!.name}";${d}.${m}.${y};${rows[3]!.country}`; // another date form: accepted
  lines[5] = `"${rows[5]!.name}";02/03/1970;${rows[5]!.country}`; // ambiguous: refused
  lines[8] = `;${rows[8]!.dob};${rows[8]!.country}`; // no name
  lines[12] = `"${rows[12]!.name}";${rows[12]!.dob};Atlantis`; // unknown country
  lines[20] = `"${rows[20]!.name.replace(' ', '\n')}";${rows[20]!.dob};${rows[20]!.country}`; // quoted newline
  const text = `\uFEFFname;date_of_birth;nationality\n${lines.join('\n')}\n`;
  const batch = readPartiesCsv(text, 'customers.csv');
  assert.deepEqual(
    batch.errors.map((e) => [e.line, e.error.field]),
    [
      [7, 'date_of_birth'],
      [10, 'name'],
      [14, 'country'],
    ],
  );
  assert.match(
    batch.errors[0]!.error.message,
    /customers\.csv line 7: date of birth '02\/03\/1970' could be day\/month or month\/day/,
  );
  assert.equal(batch.rows.length, rows.length - 3);
  assert.equal(batch.rows.find((p) => p.line === 5)!.birthDate, rows[3]!.dob);
  // The quoted newline keeps its record whole; the next record's line number follows the physical line.
  assert.equal(batch.rows.find((p) => p.line === 22)!.name, rows[20]!.name.replace(' ', '\n'));
  assert.equal(batch.rows.at(-1)!.line, rows.length + 2);
  assert.throws(() => readPartiesCsv(text, 'customers.csv', true), /customers\.csv line 7: date of birth/);
});

test('tab-separated and JSON Lines batches report bad rows the same way', () => {
  const tsv = `full_name\tdate_of_birth\n${persons[0]!.names[0]!.full}\t${persons[0]!.birthDates[0]!.date}\n${persons[1]!.names[0]!.full}\t1969-13-01\n`;
  const t = readPartiesCsv(tsv, 'c.tsv');
  assert.equal(t.rows.length, 1);
  assert.deepEqual(t.errors, [
    { line: 3, error: { field: 'date_of_birth', message: 'c.tsv line 3: date of birth month 13 does not exist' } },
  ]);
  const jsonl = [
    JSON.stringify({ name: persons[0]!.names[0]!.full, date_of_birth: 'July 16, 1969' }),
    '{not json',
    JSON.stringify({ name: persons[1]!.names[0]!.full }),
  ].join('\n');
  const j = readPartiesJsonl(jsonl, 'c.jsonl');
  assert.equal(j.rows[0]!.birthDate, '1969-07-16');
  assert.deepEqual(
    j.errors.map((e) => [e.line, e.error.field]),
    [[2, 'row']],
  );
  assert.equal(j.rows[1]!.line, 3);
});

test('columns the reader does not use are named, not silently dropped; a header without a name column says what was read', () => {
  const batch = readPartiesCsv('name;country;account_manager;Notes\nACME Ltd;DE;J. Smith;x\n', 'c.csv');
  assert.equal(batch.rows.length, 1);
  assert.deepEqual(batch.ignoredColumns, ['account_manager', 'notes']);
  assert.equal(readPartiesCsv('name,country\nACME,DE\n', 'c.csv').ignoredColumns, undefined);
  assert.throws(
    () => readPartiesCsv('customer|country\nACME|DE\n', 'c.csv'),
    /no 'name' or 'full_name' column \(columns read: 'customer\|country'; separators tried: comma, semicolon, tab\)/,
  );
});
