// Hostile files given to the CLI as a user would (issue 12, item 7): a 400 MB file that is no list
// is refused from its head, without being read (peak RSS measured from /proc while it runs); a
// file over the size limit is refused from its size; a Latin-1 shipments CSV and a CSV with a NUL
// byte exit 2 naming line and byte, and nothing is stored.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { cliSandbox } from './sandbox';

const BIN = fileURLToPath(new URL('../bin/dualuse.js', import.meta.url));

/** Runs the CLI, sampling the child's peak resident set (VmHWM) from /proc while it lives. */
function runMeasured(
  env: NodeJS.ProcessEnv,
  ...args: string[]
): Promise<{ code: number; stderr: string; hwmKb: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let hwmKb = 0;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) hwmKb = Math.max(hwmKb, Number(m[1]));
      } catch {
        /* exited */
      }
    }, 10);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ code: code ?? 1, stderr, hwmKb });
    });
  });
}

const sparse = (path: string, bytes: number) => {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes); // a hole: no disk used, reads as zeros
  closeSync(fd);
};

describe('hostile files through the CLI', () => {
  const { home, env, run, cleanup } = cliSandbox('hostile');
  before(async () => {
    assert.equal((await run('admin', 'init')).code, 0);
  });
  after(cleanup);

  test(
    'a 400 MB file that is no list is refused from its first 64 KiB, not read whole',
    { skip: !existsSync('/proc/self/status') && 'needs /proc' },
    async () => {
      const small = join(home, 'small.xml');
      writeFileSync(small, Buffer.alloc(1000));
      const big = join(home, 'big.xml');
      sparse(big, 400 * 1024 * 1024);
      const a = await runMeasured(env, 'lists', 'import', small);
      const b = await runMeasured(env, 'lists', 'import', big);
      for (const r of [a, b]) {
        assert.equal(r.code, 2, r.stderr);
        assert.match(r.stderr, /\.xml: format not recognised/);
      }
      // Reading it whole would add 400 MB (main before this change: 1.24 GB peak against 0.47 GB).
      assert.ok(b.hwmKb - a.hwmKb < 100 * 1024, `peak RSS ${b.hwmKb} kB against ${a.hwmKb} kB for a 1 KB file`);
    },
  );

  test('a file over the size limit is refused from its size, before reading', async () => {
    const huge = join(home, 'huge.csv');
    sparse(huge, 600 * 1024 * 1024);
    const r = await run('shipments', 'import', huge);
    assert.equal(r.code, 2, r.stderr);
    assert.match(
      r.stderr,
      /huge\.csv: file is 629145600 bytes, more than the 536870912-byte limit; refused before reading/,
    );
  });

  test('Latin-1 and NUL in a shipments CSV exit 2 naming line and byte; nothing is stored', async () => {
    const latin1 = join(home, 'latin1.csv');
    writeFileSync(
      latin1,
      Buffer.from('id,date,consignee_name,consignee_country\nS-1,2025-01-01,M\xfcller GmbH,DE\n', 'latin1'),
    );
    const a = await run('shipments', 'import', latin1);
    assert.equal(a.code, 2, a.stderr);
    assert.match(
      a.stderr,
      /latin1\.csv: line 2: not valid UTF-8 \(byte 0xfc at offset 57\); re-export the file as UTF-8/,
    );
    const nul = join(home, 'nul.csv');
    writeFileSync(nul, 'id,date\nS-1\0,2025-01-01\n');
    const b = await run('shipments', 'import', nul);
    assert.equal(b.code, 2, b.stderr);
    assert.match(b.stderr, /nul\.csv: line 2: NUL character at offset 11/);
    assert.doesNotMatch(a.stderr + b.stderr, /SELECT|INSERT|params/);
    const alerts = await run('--json', 'alerts');
    assert.equal(alerts.code, 0, alerts.stderr);
    assert.doesNotMatch(alerts.stdout, /S-1/);
  });
});
