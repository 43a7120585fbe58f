// The embedded database's lock (issue 12 §8): taken atomically, so of many processes starting
// at once exactly one gets it; a dead holder's lock is taken over; a live one's is not.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { lockEmbedded } from './embedded-lock';

const home = mkdtempSync(join(tmpdir(), 'dualuse-lock-'));
after(() => rmSync(home, { recursive: true, force: true }));
const lockFile = join(home, 'db.lock');

test('a live holder keeps the lock; release frees it', () => {
  const release = lockEmbedded(home);
  assert.equal(readFileSync(lockFile, 'utf8'), String(process.pid));
  assert.throws(() => lockEmbedded(home), /in use by process \d+/);
  release();
  lockEmbedded(home)();
});

test('a lock left by a dead process, or a damaged one, is taken over', () => {
  writeFileSync(lockFile, '2147483646'); // no such process
  const release = lockEmbedded(home);
  assert.equal(readFileSync(lockFile, 'utf8'), String(process.pid));
  release();
  writeFileSync(lockFile, '');
  lockEmbedded(home)();
});

test('of 8 processes taking the lock at the same moment, exactly one gets it', async () => {
  const module = fileURLToPath(new URL('./embedded-lock.ts', import.meta.url));
  // Each child waits for a common start time, tries once, reports, and holds the lock 6 s (longer than the others take
  // to try).
  const start = Date.now() + 4000; // after every child has loaded (2 shared cores)
  const script = `import { lockEmbedded } from ${JSON.stringify(module)};
    while (Date.now() < ${start}) {}
    try { lockEmbedded(${JSON.stringify(home)}); console.log('got'); setTimeout(() => {}, 6000); } catch (e) { console.log(/in use/.test(e.message) ? 'busy' : 'error ' + e.message); }`;
  const outcomes = await Promise.all(
    Array.from(
      { length: 8 },
      () =>
        new Promise<string>((resolve, reject) =>
          execFile(
            process.execPath,
            ['--import', 'tsx', '--input-type=module', '-e', script],
            { timeout: 60_000 },
            (error, stdout) => (error ? reject(error) : resolve(stdout.trim())),
          ),
        ),
    ),
  );
  assert.deepEqual(
    outcomes.sort(),
    ['busy', 'busy', 'busy', 'busy', 'busy', 'busy', 'busy', 'got'],
    JSON.stringify(outcomes),
  );
});
