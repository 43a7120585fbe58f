// `dualuse controls ...` and `dualuse classify` as a user runs them, on an embedded database.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cliSandbox } from '../../../test/sandbox';
import { sharedData } from '../../../../../test/support/shared';

describe('dualuse controls / classify', () => {
  const { home, run, cleanup } = cliSandbox('controls');
  before(async () => {
    assert.equal((await run('admin', 'init')).code, 0);
  });
  after(cleanup);

  test('import, show, search, classify (argument and JSONL), bad input exits 2', async () => {
    const imported = await run(
      '--json',
      'controls',
      'import',
      sharedData('controls', 'us-ccl-ecfr', 'ccl_parsed.json'),
    );
    assert.equal(imported.code, 0, imported.stderr);
    assert.equal(JSON.parse(imported.stdout).version.entryCount, 605);

    const show = await run('controls', 'show', '3A090', '--as-of', '2026-01-01', '--jurisdiction', 'US', '--json');
    assert.equal(show.code, 0, show.stderr);
    assert.deepEqual(JSON.parse(show.stdout).entries[0].entry.reasons, ['RS', 'AT']);

    const search = await run('controls', 'search', 'computational lithography');
    assert.match(search.stdout, /3D003/);

    const item = JSON.stringify({
      parameters: { machine_type: 'milling', contouring_axes: 5, positioning_repeatability_um: 1.2, travel_m: 1.5 },
    });
    const one = await run('classify', '--json', item);
    assert.equal(one.code, 0, one.stderr);
    assert.ok(
      JSON.parse(one.stdout).entries.some(
        (e: { jurisdiction: string; code: string }) => e.jurisdiction === 'US' && e.code === '2B001.b.2',
      ),
    );

    const file = join(home, 'items.jsonl');
    writeFileSync(
      file,
      `${item}\n\n${JSON.stringify({ parameters: { function: 'encryption', symmetric_key_bits: 256, mass_market: false }, description: 'VPN' })}\n`,
    );
    const batch = await run('classify', '--input', file, '--jurisdiction', 'US');
    assert.match(batch.stdout, /#2 VPN → listed/);
    assert.match(batch.stdout, /US 5A002.a/);

    const described = await run(
      'classify',
      '--jurisdiction',
      'US',
      '--json',
      JSON.stringify({ description: 'VPN appliance, AES-256' }),
    );
    assert.equal(described.code, 0, described.stderr);
    assert.deepEqual(
      JSON.parse(described.stdout).provisional.map((p: { summary: string }) => p.summary),
      ['5A002.a if Mass market (Cryptography Note): no', '5A992.c if Mass market (Cryptography Note): yes'],
    );

    const bad = await run('classify', '--json', '{"parameters": {"wavelength_nm": {"value": 13, "unit": "inch"}}}');
    assert.equal(bad.code, 2);
    assert.equal(JSON.parse(bad.stdout).error.pointer, '/parameters/wavelength_nm/unit');
  });
});
