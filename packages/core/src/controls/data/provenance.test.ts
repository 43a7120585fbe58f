// Provenance discipline over every controls data record (issue 11 item 6): a record may say
// `verified: true` only with evidence: the quoted passage and the source's URL or FR/OJ citation
// (common/evidence.ts, the rule the licensing data follows too).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { sharedData } from '../../../../../test/support/shared';
import { AU_DSGL } from './au';
import { provenanceProblems, type Provenanced } from '../../common/evidence';
import { checkCuratedItem } from './curated';

/** Every object reachable from a module's exports, with a path for the message. */
function* records(
  value: unknown,
  path: string,
  seen = new Set<unknown>(),
): Generator<[string, Record<string, unknown>]> {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (!Array.isArray(value)) yield [path, value as Record<string, unknown>];
  for (const [k, v] of Object.entries(value)) yield* records(v, `${path}.${k}`, seen);
}

describe('verified: true needs a quote and a source', () => {
  test('every record of every controls data module', async () => {
    const dir = import.meta.dirname;
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    assert.ok(files.length >= 10, `controls data modules found: ${files.join(', ')}`);
    let claims = 0;
    let checked = 0;
    for (const f of files) {
      const mod = (await import(join(dir, f))) as Record<string, unknown>;
      for (const [path, r] of records(mod, f)) {
        if (!('verified' in r)) continue;
        checked++;
        if (r.verified === true) claims++;
        assert.deepEqual(provenanceProblems(r as Provenanced), [], path);
      }
    }
    // What the walk met (so a change that hides records from it shows here): today the only
    // verified record is the DSGL instrument itself, whose passages are checked below.
    assert.ok(checked >= 60, `records with a verified flag: ${checked}`);
    assert.equal(claims, 1);
  });

  test("the DSGL's quoted passages are in the instrument's text", () => {
    const text = readFileSync(sharedData('controls', 'au-dsgl', '2024-09-01', 'dsgl-2024.txt'), 'utf8').replace(
      /[ \t]+/g,
      ' ',
    );
    for (const { quote } of AU_DSGL.evidence) assert.ok(text.includes(quote.replace(/[ \t]+/g, ' ')), quote);
  });

  test('a curated item claiming verified without quote or source is refused, naming it', () => {
    const item = {
      code: 'X1',
      heading: 'h',
      summary: 's',
      citation: 'c',
      effectiveFrom: '2024-01-01',
      verified: true,
      source: 'a law-firm note',
    };
    assert.throws(() => checkCuratedItem(item, 'test'), /test X1: verified: true without any evidence/);
    const quote = 'Integrated circuits designed or rated as radiation hardened';
    assert.throws(
      () => checkCuratedItem({ ...item, evidence: [{ quote, from: 'official' }] }, 'test'),
      /evidence\[0\]: neither a URL nor a Federal Register/,
    );
    assert.doesNotThrow(() =>
      checkCuratedItem({ ...item, evidence: [{ quote, citation: '88 FR 73424', from: 'official' }] }, 'test'),
    );
  });
});
