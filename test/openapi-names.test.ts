// Two server schemas registered under one `.openapi('Name')` do not fail anywhere: the OpenAPI document keeps
// whichever registered last, and the web types generated from it silently describe the other shape. This check
// reads the server sources and refuses a component name declared twice.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const NAME = /\.openapi\(\s*'([A-Za-z0-9_]+)'/g;

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/** Component name → the files declaring it, for names declared more than once. */
function duplicateComponentNames(files: { path: string; text: string }[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  for (const { path, text } of files)
    for (const match of text.matchAll(NAME)) seen.set(match[1]!, [...(seen.get(match[1]!) ?? []), path]);
  return new Map([...seen].filter(([, where]) => where.length > 1));
}

test('the check finds a component name declared in two files', () => {
  const found = duplicateComponentNames([
    { path: 'a.ts', text: "export const A = z.object({}).openapi('Party');" },
    {
      path: 'b.ts',
      text: "export const B = z\n  .object({ id: z.string() })\n  .openapi( 'Party', { description: 'x' });",
    },
    { path: 'c.ts', text: "export const C = z.object({}).openapi('Hit');" },
  ]);
  assert.deepEqual([...found], [['Party', ['a.ts', 'b.ts']]]);
});

test('every OpenAPI component name of the server is declared once', () => {
  const files = sources(join(root, 'packages/server/src')).map((path) => ({
    path: relative(root, path),
    text: readFileSync(path, 'utf8'),
  }));
  const names = files.flatMap((f) => [...f.text.matchAll(NAME)]).length;
  assert.ok(names > 100, `expected the server to declare its schemas with .openapi('Name'), found ${names}`);
  assert.deepEqual(Object.fromEntries(duplicateComponentNames(files)), {}, 'declared more than once');
});
