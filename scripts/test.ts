/**
 * `npm test`: type-check, lint, build the web UI, migrate one template database per engine,
 * then run every *.test.ts with node's test runner (its closing "# pass / # fail" lines are
 * what CI reads). PostgreSQL tests run when a server answers at DUALUSE_TEST_PG_URL; with
 * CI=true or DUALUSE_REQUIRE_PG=1 a missing server fails the run instead of skipping.
 *
 *   npm test                      everything
 *   npm test -- packages/core     only test files under these paths
 *   DUALUSE_TEST_CONCURRENCY=1    one test file at a time (default: max(2, cores - 1))
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { migrate, openDatabase } from '@dualuse/store';
import { adminQuery, TEST_PG_URL, withDatabase } from '@dualuse/store/testing';
import { bundleCli } from '../packages/cli/test/bundle';

const root = new URL('..', import.meta.url).pathname;
const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const full = filters.length === 0;

// Test files run in separate processes, CONCURRENCY at a time (node's default, cores - 1, is one on
// a 2-core machine, where most of a CLI or browser test's time is spent waiting on another process).
// Each test gets its own databases, ports, temp folders and NATS stream names, so files can overlap.
const concurrency = Number(process.env.DUALUSE_TEST_CONCURRENCY ?? Math.max(2, availableParallelism() - 1));
if (!Number.isInteger(concurrency) || concurrency < 1) {
  console.log(
    `# DUALUSE_TEST_CONCURRENCY must be a whole number of test files, 1 or more; got "${process.env.DUALUSE_TEST_CONCURRENCY}"`,
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}

function step(name: string, command: string, args: string[]): void {
  const started = Date.now();
  process.stdout.write(`# ${name}... `);
  const r = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) {
    console.log('FAILED');
    console.log(r.stdout, r.stderr);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  console.log(`ok (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

function findTests(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findTests(path, out);
    else if (name.endsWith('.test.ts')) out.push(relative(root, path));
  }
  return out;
}

const SHARED_REASON = 'the shared snapshots are absent';
const BROWSER_REASON = 'Chromium is absent';
const SHARED_USE = /\bshared(Data|Bench|RegulationFiles)\(|\bSHARED_ROOT\b/;

/** Test file → why it cannot run here; reads each file's relative-import closure for shared use. */
function missingPrerequisites(tests: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const sharedRoot = resolve(process.env.DUALUSE_SHARED ?? join(root, '..', 'shared'));
  const haveShared = existsSync(join(sharedRoot, 'data'));
  const haveChromium = existsSync('/usr/bin/chromium');
  const memo = new Map<string, boolean>();
  for (const file of tests) {
    if (!haveChromium && file.includes('.browser.'))
      out.set(file, `${BROWSER_REASON} (/usr/bin/chromium; apt-get install chromium)`);
    else if (!haveShared && usesShared(join(root, file), memo, new Set()))
      out.set(file, `${SHARED_REASON} (${sharedRoot}; set DUALUSE_SHARED to the folder holding data/ and bench/)`);
  }
  return out;
}

function usesShared(path: string, memo: Map<string, boolean>, seen: Set<string>): boolean {
  const known = memo.get(path);
  if (known !== undefined) return known;
  if (seen.has(path) || !existsSync(path)) return false;
  seen.add(path);
  const text = readFileSync(path, 'utf8');
  let uses = SHARED_USE.test(text) && !path.endsWith(join('test', 'support', 'shared.ts'));
  for (const m of text.matchAll(/from\s+'(\.{1,2}\/[^']+)'/g)) {
    if (uses) break;
    const base = resolve(dirname(path), m[1]!);
    const target = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
      (c) => existsSync(c) && statSync(c).isFile(),
    );
    if (target) uses = usesShared(target, memo, seen);
  }
  memo.set(path, uses);
  return uses;
}

async function pgReachable(): Promise<boolean> {
  try {
    await adminQuery('SELECT 1');
    return true;
  } catch {
    return false;
  }
}

const selected = [
  ...findTests(join(root, 'packages')),
  ...findTests(join(root, 'test')),
  ...findTests(join(root, 'bench')),
]
  .filter((f) => full || filters.some((p) => f.startsWith(p.replace(/^\.\//, ''))))
  .sort();

// Test files that need what a fresh machine may lack: the shared snapshots beside the checkout
// (../shared or DUALUSE_SHARED) and Debian's Chromium. Absent, they are skipped with one line
// of reason each; .ci/run sets DUALUSE_REQUIRE_SHARED=1 and DUALUSE_REQUIRE_BROWSER=1 so that
// in CI an absence fails the run instead.
const missing = missingPrerequisites(selected);
const files = selected.filter((f) => !missing.has(f));

if (full) {
  step('type-check', 'npx', ['tsc', '-p', 'tsconfig.json']);
  step('type-check core without Node types', 'npx', ['tsc', '-p', 'packages/core/tsconfig.json']);
  step('type-check web', 'npx', ['tsc', '-p', 'packages/web/tsconfig.json']);
  step('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
  step('format', 'npx', ['prettier', '--check', '**/*.{ts,tsx,js,mjs}']);
}
if (missing.size > 0) {
  const reasons = new Map<string, string[]>();
  for (const [file, reason] of missing) reasons.set(reason, [...(reasons.get(reason) ?? []), file]);
  for (const [reason, list] of reasons) {
    console.log(`# skipping ${list.length} test files: ${reason}`);
    for (const file of list) console.log(`#   ${file}`);
  }
  const required = [...reasons.keys()].filter(
    (r) =>
      (r.startsWith(SHARED_REASON) && process.env.DUALUSE_REQUIRE_SHARED === '1') ||
      (r.startsWith(BROWSER_REASON) && process.env.DUALUSE_REQUIRE_BROWSER === '1'),
  );
  if (required.length > 0) {
    console.log(`# required here (DUALUSE_REQUIRE_SHARED / DUALUSE_REQUIRE_BROWSER): ${required.join('; ')}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}
if (files.some((f) => f.includes('.browser.'))) step('build web UI', 'npm', ['run', 'build', '-w', '@dualuse/web']);

const work = mkdtempSync(join(tmpdir(), 'dualuse-test-'));
const env: Record<string, string> = {
  ...(process.env as Record<string, string>),
  DUALUSE_TEST_RESULTS: join(root, 'test-results'),
};

let started = Date.now();
const pglite = await openDatabase({});
await migrate(pglite);
const template = join(work, 'pglite-template.tar');
writeFileSync(template, Buffer.from(await (await pglite.dump!()).arrayBuffer()));
await pglite.close();
env.DUALUSE_TEST_PGLITE_TEMPLATE = template;
console.log(`# PGlite template migrated (${((Date.now() - started) / 1000).toFixed(1)} s)`);

const requirePg = process.env.CI === 'true' || process.env.DUALUSE_REQUIRE_PG === '1';
let pgTemplate: string | undefined;
if (await pgReachable()) {
  started = Date.now();
  pgTemplate = `dualuse_tpl_${randomBytes(5).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${pgTemplate}`);
  const db = await openDatabase({ databaseUrl: withDatabase(TEST_PG_URL, pgTemplate), poolSize: 1 });
  await migrate(db);
  await db.close();
  env.DUALUSE_TEST_PG_TEMPLATE = pgTemplate;
  console.log(
    `# PostgreSQL template ${pgTemplate} migrated on ${new URL(TEST_PG_URL).host} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
} else if (requirePg) {
  console.log(`# PostgreSQL is required (CI=true or DUALUSE_REQUIRE_PG=1) but ${TEST_PG_URL} does not answer`);
  console.log('0 passed, 1 failed');
  process.exit(1);
} else {
  console.log(`# PostgreSQL not reachable at ${TEST_PG_URL}: storage tests run on PGlite only (CI requires both)`);
}

// The CLI tests start the CLI dozens of times each: from one bundle built here, every start skips
// tsx's per-module loading (packages/cli/test/bundle.ts, used by packages/cli/test/sandbox.ts).
let cliBundle: { file: string; remove: () => void } | undefined;
if (files.some((f) => f.startsWith('packages/cli/'))) {
  started = Date.now();
  cliBundle = await bundleCli();
  env.DUALUSE_TEST_CLI_BUNDLE = cliBundle.file;
  console.log(`# CLI bundled for the CLI tests (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

console.log(`# running ${files.length} test files, ${concurrency} at a time`);
const tap = join(work, 'results.tap');
const run = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    `--test-concurrency=${concurrency}`,
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ],
  { cwd: root, env, stdio: 'inherit' },
);
// The plain closing line CI reads, whatever the reporter above printed.
const summary = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
const count = (name: string) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(summary)?.[1] ?? 0);
const failed = count('fail') + count('cancelled') + (run.status !== 0 && count('fail') === 0 ? 1 : 0);
const skippedNote = missing.size > 0 ? ` (of which ${missing.size} whole test files: see "# skipping" above)` : '';
console.log(`${count('pass')} passed, ${failed} failed, ${count('skipped') + missing.size} skipped${skippedNote}`);

cliBundle?.remove();
if (pgTemplate) await adminQuery(`DROP DATABASE IF EXISTS ${pgTemplate} WITH (FORCE)`).catch(() => {});
rmSync(work, { recursive: true, force: true });
process.exit(run.status ?? 1);
