// `dualuse licences` as a user runs it, on an embedded database: add from JSON Lines, draw
// shipments (a refused one exits 5 and draws nothing), show the balance.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cliSandbox } from '../../../test/sandbox';

describe('dualuse licences', () => {
  const { home, run, cleanup } = cliSandbox('licences');
  before(async () => {
    assert.equal((await run('admin', 'init')).code, 0);
  });
  after(cleanup);

  test('add validates every line before storing; draw refuses what the balance cannot cover; show reports the balance', async () => {
    const lic = {
      number: 'D1',
      jurisdiction: 'US',
      items: [{ code: '4A090' }],
      destinations: ['AE'],
      parties: [{ name: 'Gulf Servers LLC' }],
      quantity_limit: 5,
      valid_from: '2026-01-01',
      expires: '2027-01-01',
    };
    const file = join(home, 'licences.jsonl');
    writeFileSync(file, `${JSON.stringify(lic)}\n${JSON.stringify({ ...lic, number: 'D2', destinations: ['XX1'] })}\n`);
    const bad = await run('licences', 'add', '--input', file);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /line 2 \/destinations\/0/);
    assert.match((await run('--json', 'licences', 'list')).stdout, /"licences": \[\]/);

    writeFileSync(file, `${JSON.stringify(lic)}\n`);
    assert.equal((await run('licences', 'add', '--input', file)).code, 0);
    const tx = (id: string, quantity: number) => ({
      id,
      date: '2026-11-23',
      exporter: { country: 'US' },
      destination: 'AE',
      items: [{ classification: { US: '4A090.a' }, origin: 'US', quantity }],
      parties: [{ role: 'end_user', name: 'Gulf Servers LLC' }],
    });
    const ships = join(home, 'shipments.jsonl');
    writeFileSync(ships, `${JSON.stringify(tx('A', 3))}\n${JSON.stringify(tx('B', 3))}\n`);
    const drawn = await run('licences', 'draw', '--input', ships);
    assert.equal(drawn.code, 5, drawn.stderr);
    assert.match(drawn.stdout, /A: drawn item 0 on D1/);
    assert.match(drawn.stdout, /B: REFUSED .*quantity 3 exceeds the remaining 2 of 5/);
    const shown = JSON.parse((await run('--json', 'licences', 'show', 'D1')).stdout);
    assert.deepEqual([shown.used.quantity, shown.remaining.quantity, shown.drawdowns.length], [3, 2, 1]);
  });
});
