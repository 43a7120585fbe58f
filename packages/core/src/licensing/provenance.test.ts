/**
 * Issue 11 item 6: a licensing rule may say `verified: true` only with a quoted passage and the
 * source's URL or Federal Register citation (common/evidence.ts). Walks every rule.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { provenanceProblems } from '../common/evidence';
import { ALL_RULES } from './rules';

test('every licensing rule that says verified: true carries a quote and a URL or FR citation', () => {
  const bad = ALL_RULES.flatMap((r) => provenanceProblems(r).map((p) => `${r.id}: ${p}`));
  assert.deepEqual(bad, []);
  // Not vacuous: the rules fixed in issue 11 are among the verified ones.
  const verified = ALL_RULES.filter((r) => r.verified).map((r) => r.id);
  for (const id of ['US-744.21-military-end-use-Nicaragua', 'US-742.6(a)(6)(i)-2023-Macau', 'US-734.4-de-minimis'])
    assert.ok(verified.includes(id), id);
});

test('evidence attached to an unverified rule is held to the same standard', () => {
  const bad = ALL_RULES.filter((r) => r.evidence?.length).flatMap((r) =>
    provenanceProblems({ ...r, verified: true }).map((p) => `${r.id}: ${p}`),
  );
  assert.deepEqual(bad, []);
});

test('the check refuses verified: true without evidence, with a quote but no source, or a source with no quote', () => {
  assert.deepEqual(provenanceProblems({ verified: true }), ['verified: true without any evidence']);
  assert.match(
    provenanceProblems({
      verified: true,
      evidence: [{ quote: 'This rule is effective on March 2, 2022.', from: 'official' }],
    })[0]!,
    /neither a URL nor a Federal Register/,
  );
  assert.match(
    provenanceProblems({ verified: true, evidence: [{ quote: '', citation: '87 FR 13048', from: 'official' }] })[0]!,
    /quote is missing/,
  );
  assert.deepEqual(
    provenanceProblems({
      verified: true,
      evidence: [{ quote: 'This rule is effective on March 2, 2022.', citation: '87 FR 13048', from: 'official' }],
    }),
    [],
  );
  assert.deepEqual(provenanceProblems({ verified: false }), []);
});
