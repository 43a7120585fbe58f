/**
 * Every indicator of shared/docs/RED-FLAGS.md is a rule in data/red-flags.ts under one of the
 * tags the document gives it, or is named here with the module that evaluates it instead.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SHARED_ROOT } from '../../../../test/support/shared';
import { RED_FLAG_RULES } from './data/red-flags';

/** Indicators that are not about one shipment, payment or letter of credit, and where they live. */
const ELSEWHERE: Record<string, string> = {
  trade_spike_partner: 'aggregate trade statistics: trade.ts (hotspots)',
  device_: 'end-use monitoring (END-USE-MONITORING.md), not shipment data',
};

test('RED-FLAGS.md: each numbered indicator is a rule (by one of its tags) or is evaluated elsewhere', () => {
  const doc = readFileSync(join(SHARED_ROOT, 'docs', 'RED-FLAGS.md'), 'utf8');
  const rows = doc
    .split('\n')
    .filter((l) => /^\| \d+(–\d+)? \|/.test(l))
    .map((l) => l.split('|').map((c) => c.trim()));
  assert.ok(rows.length >= 28, `the table has its rows (${rows.length})`);
  const tags = new Set(RED_FLAG_RULES.map((r) => r.tag));
  const missing = rows
    .filter((r) => {
      const alternatives = r[2]!.split(/\s*\/\s*/).map((t) => t.replace(/\*/g, '').trim());
      return !alternatives.some((t) => tags.has(t) || Object.keys(ELSEWHERE).some((p) => t.startsWith(p)));
    })
    .map((r) => `#${r[1]} ${r[2]}`);
  assert.deepEqual(missing, []);
});
