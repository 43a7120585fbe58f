// `dualuse controls load-curated` and `dualuse controls chpl` as a user runs them, on an embedded database.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { cliSandbox } from '../../../test/sandbox';
import { sharedData } from '../../../../../test/support/shared';

describe('dualuse controls load-curated / chpl', () => {
  const { run, cleanup } = cliSandbox('curated');
  before(async () => {
    assert.equal((await run('admin', 'init')).code, 0);
  });
  after(cleanup);

  test('load the curated lists after the CCL; show a Dutch and an EU entry; CHPL tier of a CN code', async () => {
    // Importing the CCL loads the curated lists and the entries derived from it; loading again changes nothing.
    const imported = await run('controls', 'import', sharedData('controls', 'us-ccl-ecfr', 'ccl_parsed.json'));
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /with it: eu-annex-i 2024-11-15 — 346 entries/);
    // 23 entries since issue 11 item 5: one per provision of the goods ordinance, not six groups.
    assert.match(imported.stdout, /with it: jp-fefta 2023-07-23 — 23 entries/);
    const loaded = await run('controls', 'load-curated');
    assert.equal(loaded.code, 0, loaded.stderr);
    assert.match(loaded.stdout, /unchanged: eu-annex-i 2024-11-15 — 346 entries/);

    const nl = await run('controls', 'show', '3B1001.l', '--jurisdiction', 'NL', '--as-of', '2024-01-01');
    assert.equal(nl.code, 0, nl.stderr);
    assert.match(nl.stdout, /NL 3B1001 — Advanced semiconductor manufacturing equipment/);
    assert.match(nl.stdout, /l\. EUV pellicles\./);

    // Whose words: a derived entry says the text is the US text; the DSGL import carries its own.
    const wa = await run('controls', 'show', '2B001', '--jurisdiction', 'WA', '--as-of', '2026-01-01');
    assert.equal(wa.code, 0, wa.stderr);
    assert.match(wa.stdout, /^WA 2B001 — \[US text\] /);
    assert.match(wa.stdout, /text: us_counterpart — WA text not loaded: the text shown is the US CCL text of 2B001/);
    const dsgl = await run('controls', 'import', sharedData('controls', 'au-dsgl', '2024-09-01', 'F2024L01024.docx'));
    assert.equal(dsgl.code, 0, dsgl.stderr);
    assert.match(
      dsgl.stdout,
      /^imported: au-dsgl Defence and Strategic Goods List 2024, 375 entries, effective from 2024-09-01/,
    );
    const au = await run('controls', 'show', '3B001', '--jurisdiction', 'AU', '--as-of', '2026-01-01');
    assert.match(au.stdout, /text: own — the list's own text: Defence and Strategic Goods List 2024 \(F2024L01024\)/);
    const jp = await run('controls', 'show', '第6条第17号カ', '--jurisdiction', 'JP', '--as-of', '2024-01-01');
    assert.match(jp.stdout, /^JP JP6-17-KA — Art\. 6 item 17 \(ka\): etching equipment \(1 of 3\)/);
    assert.match(jp.stdout, /text: summary/);

    const eu = await run('controls', 'show', '3A090', '--jurisdiction', 'EU', '--as-of', '2026-01-01');
    assert.equal(eu.code, 4, 'US-unilateral 3A090 has no EU entry (exit 4: not found)');

    const chpl = await run(
      'controls',
      'chpl',
      sharedData('controls', 'bis-chpl', 'chpl_hs6_tiers.csv'),
      '--hs',
      '8542 31 90',
    );
    assert.equal(chpl.code, 0, chpl.stderr);
    assert.match(chpl.stdout, /^50 HS-6 codes: tier 1: 4, tier 2: 5, tier 3\.A: 16/);
    assert.match(chpl.stdout, /854231 tier 1 — Electronic integrated circuits: processors and controllers/);
  });
});
