import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toEntry } from './ccl-json';
import { diffControlEntries } from './diff';

const body = (f1b: string) =>
  `*Reason for Control:* NS, RS, AT\n\n*Items:*\n\nf. Lithography:\n\nf.1. Scanners having any of the following:\n\nf.1.a. Wavelength shorter than 193 nm;\n\n${f1b}`;

test('added, removed and changed entries, down to the paragraph', () => {
  const before = [
    toEntry('3B001', 'Equipment', body('f.1.b. MRF of 45 nm or less;')),
    toEntry('3B991', 'Other', '*Reason for Control:* AT'),
  ];
  const after = [
    toEntry(
      '3B001',
      'Equipment',
      body("f.1.b. MRF of 45 nm or less and 'dedicated chuck overlay' ≤ 1.50 nm;\n\nf.1.c. New paragraph."),
    ),
    toEntry('3B993', 'New', '*Reason for Control:* RS, AT'),
  ];
  const d = diffControlEntries(before, after);
  assert.deepEqual(d.added, ['3B993']);
  assert.deepEqual(d.removed, ['3B991']);
  assert.equal(d.changed.length, 1);
  assert.deepEqual(d.changed[0]!.paragraphsAdded, ['3B001.f.1.c']);
  assert.deepEqual(d.changed[0]!.paragraphsChanged, ['3B001.f.1.b']);
  assert.ok(d.changed[0]!.fields.includes('text'));
  assert.equal(diffControlEntries(after, after).unchanged, 2);
});
