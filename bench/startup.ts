/**
 * Start-up time of `dualuse start` on the embedded database: from process spawn until
 * /readyz answers 200, for a first start (initdb + migrations + bootstrap) and a restart
 * on the existing data folder. Prints figures; asserts nothing (timings are not tests).
 *
 *   node --import tsx bench/startup.ts [runs=3]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../packages/cli/bin/dualuse.js', import.meta.url));
const runs = Number(process.argv[2] ?? 3);

async function startOnce(home: string): Promise<{ readyMs: number; reportedMs: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [BIN, 'start'], {
    env: { ...process.env, DUALUSE_HOME: home, PORT: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /up at (http:\/\/\S+) /.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  for (;;) {
    const res = await fetch(`${url}/readyz`).catch(() => null);
    if (res?.ok) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const readyMs = performance.now() - t0;
  const reportedMs = Number(/started in (\d+) ms/.exec(out)?.[1]);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return { readyMs, reportedMs };
}

const fmt = (xs: number[]) =>
  `median ${Math.round(xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!)} ms (min ${Math.round(Math.min(...xs))}, max ${Math.round(Math.max(...xs))})`;
const first: number[] = [];
const firstInside: number[] = [];
const again: number[] = [];
const againInside: number[] = [];
for (let i = 0; i < runs; i++) {
  const home = mkdtempSync(join(tmpdir(), 'dualuse-bench-'));
  const a = await startOnce(home);
  first.push(a.readyMs);
  firstInside.push(a.reportedMs);
  const b = await startOnce(home);
  again.push(b.readyMs);
  againInside.push(b.reportedMs);
  rmSync(home, { recursive: true, force: true });
}
console.log(
  `dualuse start, embedded PGlite, ${runs} runs, spawn → /readyz 200 (server's own figure after Node+tsx load in brackets)`,
);
console.log(`  first start (empty folder: initdb, migrate, bootstrap): ${fmt(first)}  [${fmt(firstInside)}]`);
console.log(`  restart (existing data folder):                         ${fmt(again)}  [${fmt(againInside)}]`);
