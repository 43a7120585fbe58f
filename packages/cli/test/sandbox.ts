/**
 * The CLI as a user runs it, for tests: `node bin/dualuse.js ...` in its own DUALUSE_HOME on the
 * embedded database, returning exit code, stdout and stderr (never throwing on a non-zero exit).
 * Under scripts/test.ts the process runs the run's one-file build of the same src/main.ts
 * (DUALUSE_TEST_CLI_BUNDLE, see bundle.ts) instead, which starts about 3 s of CPU sooner.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = process.env.DUALUSE_TEST_CLI_BUNDLE || fileURLToPath(new URL('../bin/dualuse.js', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function cliSandbox(name: string, extraEnv: Record<string, string> = {}, timeout = 180_000) {
  const home = mkdtempSync(join(tmpdir(), `dualuse-${name}-`));
  const env = { ...process.env, DUALUSE_HOME: home, LOG_LEVEL: 'silent', DATABASE_URL: '', ...extraEnv };
  const run = (...args: string[]) =>
    new Promise<CliResult>((resolve) =>
      execFile(
        process.execPath,
        [BIN, ...args],
        { env, timeout, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) =>
          resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      ),
    );
  return { home, env, run, cleanup: () => rmSync(home, { recursive: true, force: true }) };
}
