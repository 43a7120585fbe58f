/**
 * A missing control-list entry is an open question in every jurisdiction whose rules read the
 * entry — found from the rules, not a US special case — and only there.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ControlEntry } from '../controls/model';
import { determine } from './engine';
import { jurisdictionsReadingEntry } from './entry-readers';
import type { LicensingRule } from './model';
import { ALL_RULES } from './rules';
import { parseTransaction } from './transaction';

const rule = (r: Pick<LicensingRule, 'id' | 'stage' | 'when' | 'effect'>): LicensingRule => ({
  jurisdiction: 'UK',
  title: r.id,
  citation: 'test rule',
  source: 'test',
  effectiveFrom: '2000-01-01',
  ...r,
});
const subject = rule({
  id: 'UK-subject',
  stage: 'jurisdiction',
  when: { exporterIn: ['GB'] },
  effect: { subject: true },
});
const byColumn = rule({
  id: 'UK-NS1',
  stage: 'requirement',
  when: { chartColumn: 'NS1' },
  effect: { decision: 'LICENCE_REQUIRED', reasons: ['NS'] },
});
const tx = parseTransaction({
  id: 'T',
  date: '2026-11-23',
  exporter: { country: 'GB' },
  items: [{ classification: { UK: '3A001.a.1' }, origin: 'GB' }],
  destination: 'CN',
});
const missing = /3A001 is not in the loaded control-list data/;

describe('entry readers', () => {
  test('of the rules as written, only the US rules read the entry (chart columns, exception lines)', () => {
    assert.deepEqual([...jurisdictionsReadingEntry(ALL_RULES)], ['US']);
  });

  test('a jurisdiction whose rules read the entry asks about a missing one; with the entry looked up, it is read', () => {
    const rules = [subject, byColumn];
    assert.deepEqual([...jurisdictionsReadingEntry(rules)], ['UK']);
    const without = determine(tx, { rules, jurisdictions: ['UK'] }).determinations.UK!;
    assert.ok(
      without.open_questions.some((q) => missing.test(q)),
      without.open_questions.join('\n'),
    );
    const entry = {
      code: '3A001',
      controls: [{ appliesTo: 'entire entry', columns: ['NS1'] }],
      licenceExceptions: [],
    } as unknown as ControlEntry;
    const looked: string[] = [];
    const withEntry = determine(tx, {
      rules,
      jurisdictions: ['UK'],
      controls: (j, code) => (looked.push(`${j}:${code}`), j === 'UK' && code === '3A001' ? entry : undefined),
    }).determinations.UK!;
    assert.deepEqual(looked, ['UK:3A001']);
    assert.ok(!withEntry.open_questions.some((q) => missing.test(q)), withEntry.open_questions.join('\n'));
    assert.match(withEntry.rules.find((r) => r.id === 'UK-NS1')!.why, /3A001 License Requirements: entire entry/);
  });

  test('a jurisdiction whose rules do not read the entry raises no such question', () => {
    const rules = [subject, rule({ ...byColumn, when: { listed: true } })];
    const d = determine(tx, { rules, jurisdictions: ['UK'] }).determinations.UK!;
    assert.ok(!d.open_questions.some((q) => missing.test(q)), d.open_questions.join('\n'));
  });
});
