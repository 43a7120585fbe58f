import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDate } from './dates';

test('list date phrases → partial dates at the precision given', () => {
  const cases: [string, 'dmy' | 'mdy', unknown][] = [
    ['10 Dec 1948', 'dmy', { date: '1948-12-10' }],
    ['Dec 1948', 'dmy', { date: '1948-12' }],
    ['1948', 'dmy', { date: '1948' }],
    ['circa 1951', 'dmy', { date: '1951', approximate: true }],
    ['1960 to 1965', 'dmy', { date: '1960', to: '1965' }],
    ['Between 1955 and 1958', 'dmy', { date: '1955', to: '1958' }],
    ['Approximately: Between 1959 and 1965', 'dmy', { date: '1959', to: '1965', approximate: true }],
    ['12/05/1958', 'dmy', { date: '1958-05-12' }],
    ['dd/mm/1945', 'dmy', { date: '1945' }],
    ['00/08/1961', 'dmy', { date: '1961-08' }],
    ['06/19/2003', 'mdy', { date: '2003-06-19' }],
    ['1962-07-15', 'dmy', { date: '1962-07-15' }],
    ['2025-01-10T00:00:00', 'dmy', { date: '2025-01-10' }],
    ['August 1961', 'dmy', { date: '1961-08' }],
    ['23-Sep-2026', 'dmy', { date: '2026-09-23' }],
    ['Sept 3, 1970', 'dmy', { date: '1970-09-03' }],
  ];
  for (const [raw, order, want] of cases) assert.deepEqual(parseDate(raw, order), want, raw);
  for (const bad of ['30-35 years old', '24/06/1402 (Hijri Calendar)', '13/13/2000', 'unknown'])
    assert.equal(parseDate(bad), undefined, bad);
});
