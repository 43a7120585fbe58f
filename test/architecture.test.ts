// The layering rules of eslint.config.js are part of the architecture; prove they bite.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function lint(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

test('the domain core may not import I/O, the database, HTTP or upper layers', async () => {
  for (const spec of [
    'node:fs',
    'pg',
    '@electric-sql/pglite',
    'hono',
    'drizzle-orm',
    '@dualuse/store',
    '@dualuse/server',
  ]) {
    const messages = await lint('packages/core/src/example.ts', `import x from '${spec}';\nexport const y = x;\n`);
    assert.ok(
      messages.some((m) => m.startsWith('no-restricted-imports')),
      `core importing ${spec} must fail lint, got ${JSON.stringify(messages)}`,
    );
  }
  const globals = await lint('packages/core/src/example.ts', 'export const cwd = () => process.cwd();\n');
  assert.ok(
    globals.some((m) => m.startsWith('no-restricted-globals')),
    'core using process must fail lint',
  );
});

test('pure libraries stay allowed in the core', async () => {
  const messages = await lint(
    'packages/core/src/example.ts',
    `import { sha256 } from '@noble/hashes/sha2.js';\nexport const h = sha256;\n`,
  );
  assert.deepEqual(messages, []);
});

test('lower layers may not import upper ones', async () => {
  assert.ok(
    (
      await lint(
        'packages/store/src/example.ts',
        `import { createServer } from '@dualuse/server';\nexport const s = createServer;\n`,
      )
    ).some((m) => m.startsWith('no-restricted-imports')),
  );
  assert.ok(
    (await lint('packages/app/src/example.ts', `import { Hono } from 'hono';\nexport const h = Hono;\n`)).some((m) =>
      m.startsWith('no-restricted-imports'),
    ),
  );
  assert.ok(
    (
      await lint(
        'packages/web/src/example.ts',
        `import { openDatabase } from '@dualuse/store';\nexport const o = openDatabase;\n`,
      )
    ).some((m) => m.startsWith('no-restricted-imports')),
  );
});

test('core exports one entry point per capability and no deep paths', async () => {
  const root = new URL('../packages/core/', import.meta.url);
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { exports: Record<string, string> };
  for (const [entry, target] of Object.entries(pkg.exports)) {
    assert.ok(!entry.includes('*') && !target.includes('*'), `no wildcard export: ${entry}`);
    assert.match(target, /^\.\/src\/(.+\/)?index\.ts$/, `${entry} points at a public index.ts`);
    assert.ok(existsSync(new URL(target, root)), `${target} exists`);
  }
  const capabilities = readdirSync(new URL('src/', root), { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const dir of capabilities)
    assert.ok(pkg.exports[`./${dir.name}`], `core capability ${dir.name} has an entry point`);
  // The resolver itself refuses a reach into a capability's files.
  assert.throws(() => import.meta.resolve('@dualuse/core/screening/parties'), /not defined by "exports"/);
  assert.ok(import.meta.resolve('@dualuse/core/screening').endsWith('/packages/core/src/screening/index.ts'));
});

test('adapters import store types only; their values go through use cases', async () => {
  for (const file of ['packages/server/src/routes/example.ts', 'packages/cli/src/commands/example.ts']) {
    const value = await lint(file, `import { inTenant } from '@dualuse/store';\nexport const t = inTenant;\n`);
    assert.ok(
      value.some((m) => m.startsWith('@typescript-eslint/no-restricted-imports')),
      `${file} importing a store value must fail lint, got ${JSON.stringify(value)}`,
    );
    const deep = await lint(
      file,
      `import { openTestDatabase } from '@dualuse/store/testing';\nexport const o = openTestDatabase;\n`,
    );
    assert.ok(
      deep.some((m) => m.startsWith('@typescript-eslint/no-restricted-imports')),
      `${file}: store/testing too`,
    );
    const types = await lint(file, `import type { Orm } from '@dualuse/store';\nexport type T = Orm;\n`);
    assert.deepEqual(types, [], `${file} may import store types`);
  }
  // Tests set up their data with store values; the rule is for the adapters themselves.
  assert.deepEqual(
    await lint(
      'packages/server/src/routes/example.test.ts',
      `import { findTenantBySlug } from '@dualuse/store';\nexport const f = findTenantBySlug;\n`,
    ),
    [],
  );
});

test('only the store imports drizzle-orm, tests included', async () => {
  const code = `import { sql } from 'drizzle-orm';\nexport const q = sql\`SELECT 1\`;\n`;
  for (const file of [
    'packages/app/src/example.ts',
    'packages/app/src/example.db.test.ts',
    'packages/server/src/app-example.ts',
    'packages/server/src/example.test.ts',
    'packages/cli/src/example.ts',
    'packages/web/src/example.tsx',
    'bench/example.ts',
    'test/example.test.ts',
  ]) {
    const messages = await lint(file, code);
    assert.ok(
      messages.some((m) => m.startsWith('@typescript-eslint/no-restricted-imports') && m.includes('drizzle-orm')),
      `${file} importing drizzle-orm must fail lint, got ${JSON.stringify(messages)}`,
    );
  }
  for (const file of ['packages/store/src/example.ts', 'packages/store/src/example.db.test.ts'])
    assert.deepEqual(await lint(file, code), [], `${file} may use drizzle`);
});
