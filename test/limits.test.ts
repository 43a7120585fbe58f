// The size limits of eslint.config.js (STYLE.md: a file readable in one sitting) bite in every package, tests
// included, and nobody switches them off locally.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const root = new URL('..', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

const places = [
  'packages/core/src/example.ts',
  'packages/store/src/example.ts',
  'packages/app/src/example.ts',
  'packages/server/src/example.test.ts',
  'packages/cli/src/example.ts',
  'packages/web/src/example.tsx',
  'bench/example.ts',
];

const longLine = `export const total = ${Array.from({ length: 30 }, (_, i) => `v${i}`).join(' + ')};\n`;
const declared = Array.from({ length: 30 }, (_, i) => `const v${i} = ${i};`).join('\n') + '\n';
const fiveParams =
  'export function f(a: number, b: number, c: number, d: number, e: number) {\n  return a + b + c + d + e;\n}\n';
const branches = Array.from({ length: 21 }, (_, i) => `  if (x === ${i}) return ${i};`).join('\n');
const complex = `export function g(x: number) {\n${branches}\n  return -1;\n}\n`;
const longFile = Array.from({ length: 301 }, (_, i) => `export const c${i} = ${i};`).join('\n') + '\n';

test('each limit fails lint in every package, tests included', async () => {
  for (const place of places) {
    const cases: Array<[string, string]> = [
      ['max-len', declared + longLine],
      ['max-params', fiveParams],
      ['complexity', complex],
      ['max-lines', longFile],
    ];
    for (const [rule, code] of cases) {
      const broken = await rulesBroken(place, code);
      assert.ok(broken.includes(rule), `${rule} must fail lint in ${place}, got ${JSON.stringify(broken)}`);
    }
  }
});

test('code within the limits passes, and long strings and URLs may exceed the line length', async () => {
  const within = [
    'export function f(a: number, b: number, c: number, d: number) {',
    '  return a + b + c + d;',
    '}',
    `export const quote = '${'a regulation quoted verbatim '.repeat(6)}';`,
    `// https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-740/section-740.17#p-740.17(b)(2)`,
  ].join('\n');
  assert.deepEqual(await rulesBroken('packages/core/src/example.ts', within + '\n'), []);
});

test('no file switches a limit off', () => {
  const skip = new Set(['node_modules', 'dist', '.dualuse', 'test-results', '.git']);
  const disabled = /eslint-disable[^\n]*\b(max-len|max-lines|max-params|complexity)\b/;
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (skip.has(name)) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx|js|mjs)$/.test(name) && disabled.test(readFileSync(path, 'utf8'))) offenders.push(path);
    }
  };
  for (const top of ['packages', 'bench', 'scripts', 'test']) walk(join(root, top));
  assert.deepEqual(
    offenders.filter((p) => !p.endsWith('test/limits.test.ts')),
    [],
    'fix the code instead of disabling a limit',
  );
});
