// The register holds the three taxonomies with citations; the crosswalk reaches at least 30 control
// entries, and every US entry in it is an ECCN of the shared eCFR snapshot of the CCL.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cclEntries } from '../../licensing/scenario-support.test';
import { coverage, CROSSWALK } from './crosswalk';
import { parseDraft } from './proposal';
import { TAXONOMIES } from './register';

test('three taxonomies, 14 + 18 + 10 areas, four EU areas flagged most sensitive, each cited', () => {
  assert.deepEqual(
    TAXONOMIES.map((t) => [t.id, t.areas.length]),
    [
      ['bis-anprm-2018', 14],
      ['us-cet-2024', 18],
      ['eu-2023-2113', 10],
    ],
  );
  assert.deepEqual(
    TAXONOMIES[2]!.areas.filter((a) => a.mostSensitive).map((a) => a.id),
    ['semiconductors', 'ai', 'quantum', 'biotechnologies'],
  );
  for (const t of TAXONOMIES) assert.ok(t.citation && t.url.startsWith('https://') && t.readVia);
  assert.match(TAXONOMIES[0]!.citation, /83 FR 58201/);
});

test('the crosswalk: ≥ 30 distinct control entries; every US code is in the CCL snapshot; gaps are candidates', () => {
  const distinct = new Set(CROSSWALK.map((e) => `${e.jurisdiction}:${e.code}`));
  assert.ok(distinct.size >= 30, `${distinct.size} entries`);
  const ccl = cclEntries();
  for (const e of CROSSWALK.filter((x) => x.jurisdiction === 'US'))
    assert.ok(ccl.has(e.code), `${e.code} is in the CCL`);
  const c = coverage();
  const gap = (k: string) => c.find((x) => x.area === k)!.gaps;
  assert.deepEqual(gap('bis-anprm-2018:bci'), ['US', 'EU'], 'no entry controls brain-computer interfaces');
  assert.deepEqual(gap('eu-2023-2113:quantum'), ['EU'], 'quantum computers: US 4A906, nothing in Annex I');
  assert.deepEqual(gap('us-cet-2024:semiconductors'), []);
});

test('a draft needs every criterion scored 0–3 with its reason; a bad area is named', () => {
  const criteria = Object.fromEntries(
    ['maturity', 'military_relevance', 'foreign_availability', 'chokepoint_position', 'economic_cost'].map((c) => [
      c,
      { score: 2, reason: 'because' },
    ]),
  );
  const ok = parseDraft({
    title: 'T',
    technology: 'x',
    rationale: 'r',
    foreignAvailability: 'f',
    areas: ['eu-2023-2113:quantum'],
    criteria,
  });
  assert.equal(ok.criteria.maturity.score, 2);
  assert.throws(
    () =>
      parseDraft({
        title: 'T',
        technology: 'x',
        rationale: 'r',
        foreignAvailability: 'f',
        areas: ['quantum'],
        criteria,
      }),
    /areas\/0/,
  );
  assert.throws(
    () =>
      parseDraft({
        title: 'T',
        technology: 'x',
        rationale: 'r',
        foreignAvailability: 'f',
        areas: [],
        criteria: { ...criteria, maturity: { score: 2, reason: '' } },
      }),
    /criteria\/maturity\/reason/,
  );
});
