// `dualuse vendors` and `dualuse lists import` of the vendor-restriction fixtures, as an operator runs them.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cliSandbox } from '../../../test/sandbox';
import { sharedData } from '../../../../../test/support/shared';

const VR = (...p: string[]) => sharedData('lists', 'us-vendor-restrictions', '2026-08-04', ...p);

describe('dualuse vendors', () => {
  const { home, run, cleanup } = cliSandbox('vendors', { DUALUSE_LIST_MAX_AGE_DAYS: '0' });
  before(async () => {
    assert.equal((await run('admin', 'init')).code, 0);
  });
  after(cleanup);

  test('lists import the §889 and FCC fixtures; check an inventory: findings with citations, a bad row named, exit code 3', async () => {
    const s889 = await run(
      'lists',
      'import',
      VR('special_leg', 'source_files', 'section_889.csv'),
      '--published-at',
      '2018-08-13',
    );
    assert.equal(s889.code, 0, s889.stderr);
    const fcc = await run('lists', 'import', VR('fcc_covered_list', 'table.csv'));
    assert.equal(fcc.code, 0, fcc.stderr);
    const inv = join(home, 'inventory.csv');
    writeFileSync(
      inv,
      'vendor,category,country_of_origin,deployed_in\nZTE Corporation,5G core router,CN,5G core\nNokia Solutions and Networks Oy,RAN baseband,FI,5G RAN\nBad Co,camera,Atlantis,lobby\n',
    );
    const r = await run('vendors', 'check', inv, '--on', '2026-11-23', '--clean-network');
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stdout, /line 2: ZTE Corporation — listed_vendor \[law\] us-ndaa-889 "ZTE Corporation"/);
    assert.match(r.stdout, /citation: NDAA FY2019 \(Pub\. L\. 115-232\) §889\(a\)\(1\)\(A\)/);
    assert.match(
      r.stdout,
      /line 2: ZTE Corporation — fcc_covered_category \[law\] us-fcc-covered/,
      'a foreign-produced router',
    );
    assert.match(r.stdout, /line 2: ZTE Corporation — clean_network \[policy\]/);
    assert.match(r.stdout, /line 3: Nokia Solutions and Networks Oy — no finding/);
    assert.match(r.stderr, /bad row line 4, field country_of_origin: "Atlantis" is not a country/);
    const effects = JSON.parse((await run('vendors', 'effects', '--json')).stdout);
    assert.ok(
      effects.some((e: { id: string; from: string }) => e.id === '1260H-805-entity' && e.from === '2026-06-30'),
    );
  });
});
