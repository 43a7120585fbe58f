/**
 * Where the shared, read-only material lives: real list snapshots, control data, benchmark
 * sets (`../shared` beside the checkout, in CI too). Tests and benchmarks read it from there,
 * never from a copy in the repository. DUALUSE_SHARED points elsewhere if needed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED_ROOT = resolve(
  process.env.DUALUSE_SHARED ?? fileURLToPath(new URL('../../../shared', import.meta.url)),
);

/** A path under shared/data; throws with a clear message if it is absent. */
export function sharedData(...parts: string[]): string {
  return must(join(SHARED_ROOT, 'data', ...parts));
}

/** A path under shared/bench. */
export function sharedBench(...parts: string[]): string {
  return must(join(SHARED_ROOT, 'bench', ...parts));
}

function must(path: string): string {
  if (!existsSync(path))
    throw new Error(`shared material not found: ${path} (set DUALUSE_SHARED to the folder holding data/ and bench/)`);
  return path;
}

/** The eCFR country tables snapshot (CSV layout) as name → text, for `importRegulations`. */
export const REGULATIONS_SNAPSHOT = {
  date: '2026-09-24',
  parts: ['regulations', 'us-ear-ecfr', '2026-09-24'],
} as const;
export function sharedRegulationFiles(): Record<string, string> {
  const dir = sharedData(...REGULATIONS_SNAPSHOT.parts);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => /\.(csv|txt)$/.test(f))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}
