// `dualuse coalitions|applications|denials|matrix` as a user runs them, on an embedded database.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cliSandbox } from '../../../test/sandbox';

describe('dualuse coalition commands', () => {
  const { home, run, cleanup } = cliSandbox('coalition');
  before(async () => {
    assert.equal((await run('admin', 'init')).code, 0);
  });
  after(cleanup);

  test('register as an agency, list the directory, refuse bad input with exit 2', async () => {
    const reg = await run('coalitions', 'register', '{"name":"BAFA","country":"DE"}');
    assert.equal(reg.code, 0, reg.stderr);
    assert.match((await run('coalitions', 'agencies')).stdout, /"name": "BAFA"/);
    const bad = await run('coalitions', 'register', '{"name":"X","country":"Germany"}');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /\/country/);
    assert.match((await run('denials', 'list')).stdout, /\[\]/);
  });

  test('matrix from a request file, as CSV', async () => {
    const file = join(home, 'matrix.json');
    const req = {
      date: '2026-11-23',
      items: [{ id: 'lathe', classification: { EU: '2B001.b' } }],
      destinations: ['KG'],
      jurisdictions: ['EU', 'UK'],
    };
    writeFileSync(file, JSON.stringify(req));
    const r = await run('matrix', '--input', file, '--csv');
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\r\n');
    assert.equal(lines.length, 3);
    assert.match(lines[1]!, /^lathe,KG,EU,DE,/);
  });
});
