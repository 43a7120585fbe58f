// `dualuse policy` as an analyst runs it on an embedded database: the shared Comext CHPL extract imported
// as a dataset, the cost of a CHPL Tier-1 control over it, chokepoints over the CSET files (CC BY-NC: read
// from ../shared in the test only), a screening case decided, and the agreement comparison.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cliSandbox } from '../../../test/sandbox';
import { sharedData } from '../../../../../test/support/shared';

describe('dualuse policy', () => {
  const { home, run, cleanup } = cliSandbox('policy');
  before(async () => {
    assert.equal((await run('admin', 'init')).code, 0);
  });
  after(cleanup);

  test('import the Comext CHPL extract and compute a Tier-1 control’s cost', async () => {
    const file = sharedData('trade', 'eurostat-comext-cn8-sanctioned', 'eu_exports_chpl_tier1_2_monthly.csv');
    const imp = await run('policy', 'trade', 'import', file, '--name', 'comext-chpl', '--format', 'comext', '--json');
    assert.equal(imp.code, 0, imp.stderr);
    const ds = JSON.parse(imp.stdout).dataset;
    assert.equal(ds.rowCount, 11_399);
    const control = join(home, 'control.json');
    writeFileSync(
      control,
      JSON.stringify({
        name: 'T1',
        chplTiers: ['1'],
        destinations: ['KG', 'KZ', 'AM'],
        adopters: ['EU'],
        effectiveDate: '2025-01-01',
      }),
    );
    const chpl = sharedData('controls', 'bis-chpl', 'chpl_hs6_tiers.csv');
    const cost = await run('policy', 'cost', control, '--dataset', ds.id, '--chpl', chpl);
    assert.equal(cost.code, 0, cost.stderr);
    assert.match(cost.stdout, /T1: [\d,]+ EUR touched in \d+ rows, 2020-01…2022-11/);
    assert.match(cost.stdout, /adopters 100\.0 %, others 0\.0 %/);
  });

  test('chokepoints over the CSET files, agreements compared, a case screened and decided', async () => {
    const folder = sharedData('supply-chain', 'cset-chip-explorer', '2026-07-03');
    const ck = await run(
      'policy',
      'chokepoints',
      folder,
      '--allies',
      'US,JP,NL,KR,TW,DE,AT,SE,GB',
      '--concern',
      'CN',
      '--json',
    );
    assert.equal(ck.code, 0, ck.stderr);
    const euv = JSON.parse(ck.stdout).find((c: { input: string }) => c.input === 'N20');
    assert.equal(euv.hhi, 10000);
    assert.equal(euv.classification, 'allied_chokepoint');
    const cmp = await run('policy', 'agreements', '--compare');
    assert.equal(cmp.code, 0, cmp.stderr);
    assert.match(cmp.stdout, /FLAG eu-us-st-1997/);
    const caseFile = join(home, 'case.json');
    writeFileSync(
      caseFile,
      JSON.stringify({
        id: 'D1',
        date: '2026-11-23',
        acquirer: 'A',
        parties: [{ id: 'A', name: 'Fund', country: 'CN' }],
        target: { name: 'T', country: 'US', products: [{ description: 'GPU', classification: { US: '3A090.a' } }] },
        stake: { percent: 7, rights: {} },
      }),
    );
    const sc = await run('policy', 'screen', caseFile, '--json');
    assert.equal(sc.code, 0, sc.stderr);
    const id = JSON.parse(sc.stdout).id;
    const d = await run('policy', 'decide', id, 'do_not_file', '--note', 'passive 7 %');
    assert.equal(d.code, 0, d.stderr);
    assert.match(d.stdout, /do_not_file/);
  });
});
