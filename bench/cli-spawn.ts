/**
 * What one CLI start costs the CLI tests: `node packages/cli/bin/dualuse.js` (tsx loads each
 * workspace module through its loader thread) against the one-file bundle scripts/test.ts builds
 * for them (packages/cli/test/bundle.ts), both on the same sandbox home, started alternately so
 * that a loaded machine slows both alike. Prints medians and the ratio; asserts nothing.
 *
 *   node --import tsx bench/cli-spawn.ts [runs=5]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleCli } from '../packages/cli/test/bundle';

const BIN = fileURLToPath(new URL('../packages/cli/bin/dualuse.js', import.meta.url));
const runs = Number(process.argv[2] ?? 5);
const home = mkdtempSync(join(tmpdir(), 'dualuse-bench-cli-'));
const env = { ...process.env, DUALUSE_HOME: home, LOG_LEVEL: 'silent', DATABASE_URL: '' };

function timed(entry: string, args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [entry, ...args], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${entry} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return performance.now() - t0;
}

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const bundle = await bundleCli();
try {
  timed(bundle.file, ['admin', 'init']);
  const cases: [string, string[]][] = [
    ['--help (no database)', ['--help']],
    ['lists list --json (opens the embedded database)', ['lists', 'list', '--json']],
  ];
  console.log(`CLI start as the CLI tests pay it, ${runs} alternating runs each, median wall time`);
  for (const [name, args] of cases) {
    const viaTsx: number[] = [];
    const viaBundle: number[] = [];
    for (let i = 0; i < runs; i++) {
      viaTsx.push(timed(BIN, args));
      viaBundle.push(timed(bundle.file, args));
    }
    const [a, b] = [median(viaTsx), median(viaBundle)];
    console.log(`  ${name}: bin/dualuse.js ${Math.round(a)} ms, bundle ${Math.round(b)} ms (${(a / b).toFixed(2)}×)`);
  }
} finally {
  bundle.remove();
  rmSync(home, { recursive: true, force: true });
}
