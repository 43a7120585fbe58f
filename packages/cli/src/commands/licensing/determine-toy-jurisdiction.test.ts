/**
 * Adding a jurisdiction is one registry entry: the CLI, started with the toy seventh licensing
 * jurisdiction XX registered (test/support/toy-jurisdiction.ts, preloaded with --import), lists
 * it in `determine --help` and answers for it. Runs src/main.ts as bin/dualuse.js does, on the
 * embedded database of a sandbox home.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { cliSandbox, type CliResult } from '../../../test/sandbox';
import { toyTransaction } from '../../../../../test/support/toy-jurisdiction';

const MAIN = fileURLToPath(new URL('../../main.ts', import.meta.url));
const TOY = new URL('../../../../../test/support/toy-jurisdiction.ts', import.meta.url).href;

describe('dualuse determine with a toy seventh licensing jurisdiction registered in one place', () => {
  const { env, run, cleanup } = cliSandbox('determine-toy');
  /** The CLI with the toy registered before it starts. */
  const withToy = (...args: string[]) =>
    new Promise<CliResult>((resolve) =>
      execFile(
        process.execPath,
        ['--import', import.meta.resolve('tsx'), '--import', TOY, MAIN, ...args],
        { env, timeout: 180_000 },
        (error, stdout, stderr) =>
          resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      ),
    );
  before(async () => {
    assert.equal((await run('admin', 'init')).code, 0);
  });
  after(cleanup);

  test('determine --help lists XX with its code pattern; without the toy it is not there', async () => {
    const help = await withToy('determine', '--help');
    assert.equal(help.code, 0, help.stderr);
    assert.match(help.stdout, /\(US, EU, UK, NL, JP, AU, XX\)/);
    assert.match(help.stdout, /XX {2}Toy jurisdiction \(test fixture\)[\s\S]*a code such as XX-001 or unlisted/);
    const plain = await run('determine', '--help');
    assert.doesNotMatch(plain.stdout, /XX/);
  });

  test('determine answers for XX with its cited rule, and refuses XX codes without the toy', async () => {
    const r = await withToy('determine', JSON.stringify(toyTransaction('TOY-CN', 'CN')), '--json');
    assert.equal(r.code, 0, r.stderr);
    const xx = JSON.parse(r.stdout).determinations.XX;
    assert.equal(xx.decision, 'LICENCE_REQUIRED');
    assert.deepEqual(
      xx.rules.map((x: { id: string }) => x.id),
      ['XX-TEST-SUBJECT', 'XX-TEST-LICENCE'],
    );
    const table = await withToy('determine', JSON.stringify(toyTransaction('TOY-CA', 'CA')));
    assert.match(table.stdout, /TOY-CA\s+XX\s+NO_LICENCE_REQUIRED/);

    const without = await run('determine', JSON.stringify(toyTransaction('TOY-CN', 'CN')));
    assert.equal(without.code, 2);
    assert.match(without.stderr, /classification\/XX.*unknown jurisdiction 'XX'; one of US, EU, UK, NL, JP, AU/);
  });
});
