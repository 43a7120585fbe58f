// One lint setup for the workspace. Its main job is the architecture: the domain core stays
// pure (no I/O, no frameworks) and each layer imports only the layers beneath it.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const io = [
  {
    group: ['node:*', 'fs', 'fs/*', 'path', 'net', 'http', 'https', 'child_process', 'os', 'crypto'],
    message: 'The domain core does no I/O: take data in, return decisions. Put I/O in store/app/server/cli.',
  },
  {
    group: ['pg', 'pg-*', '@electric-sql/*', 'drizzle-orm', 'drizzle-orm/*'],
    message: 'The domain core does not touch the database; repositories in @dualuse/store do.',
  },
  {
    group: ['hono', 'hono/*', '@hono/*', 'commander', 'pino', 'react', 'react-dom'],
    message: 'The domain core does not depend on a framework, logger or UI.',
  },
  {
    group: [
      '@dualuse/store',
      '@dualuse/store/*',
      '@dualuse/app',
      '@dualuse/app/*',
      '@dualuse/server',
      '@dualuse/server/*',
      '@dualuse/cli',
      '@dualuse/cli/*',
    ],
    message: 'The domain core is the bottom layer: nothing above it may be imported.',
  },
];
// Only the store speaks SQL. Everyone else (tests too) goes through its repository functions.
const drizzle = {
  group: ['drizzle-orm', 'drizzle-orm/*'],
  message: 'Only @dualuse/store speaks SQL: add a repository function there and call it (through a use case).',
};
// Adapters (HTTP, CLI) call use cases; a store value in an adapter is a use case skipped
// (no authorise, no tenant transaction, no audit record). Store types may still name rows.
const storeValues = {
  group: ['@dualuse/store', '@dualuse/store/*'],
  allowTypeImports: true,
  message:
    'Adapters call use cases in @dualuse/app, which authorise, scope to the tenant and audit; import store types only.',
};
const above = (...pkgs) =>
  pkgs.map((p) => ({
    group: [`@dualuse/${p}`, `@dualuse/${p}/*`],
    message: `@dualuse/${p} sits above this layer; import downwards only.`,
  }));

// Limits that keep a file readable in one sitting (STYLE.md): lines fit a split screen, a file is one topic, a
// function takes a few named inputs (more become one object) and branches little enough to follow.
export const limits = {
  'max-len': [
    'error',
    { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true, ignoreRegExpLiterals: true },
  ],
  'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
  'max-params': ['error', 4],
  complexity: ['error', 20],
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.dualuse/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      ...limits,
    },
  },
  // Generated from the server's OpenAPI document (npm run api:types): its length and its doc lines are the API's.
  { files: ['packages/web/src/api/schema.d.ts'], rules: { 'max-lines': 'off', 'max-len': 'off' } },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: io }],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'fetch', 'require'],
    },
  },
  {
    files: ['packages/store/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...above('app', 'server', 'cli'),
            { group: ['hono', '@hono/*'], message: 'No HTTP in the store.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/app/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...above('server', 'cli'),
            { group: ['hono', '@hono/*', 'commander'], message: 'Use cases know no transport; adapters call them.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/server/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...above('cli'), { group: ['commander'], message: 'The server is not the CLI.' }] },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['packages/store/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [drizzle] }] },
  },
  {
    files: ['packages/server/src/**/*.ts', 'packages/cli/src/**/*.ts'],
    // Tests set up their data directly. server/src/testing.ts is test support too: it clones a
    // test database (@dualuse/store/testing) and issues a key out of band, as an operator with
    // database rights does; no route or command reaches it.
    ignores: ['**/*.test.ts', 'packages/server/src/testing.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [drizzle, storeValues] }] },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@dualuse/store',
                '@dualuse/store/*',
                '@dualuse/app',
                '@dualuse/app/*',
                '@dualuse/server',
                '@dualuse/server/*',
                '@dualuse/cli',
                '@dualuse/cli/*',
                'node:*',
              ],
              message: 'The browser talks to the API; it may import only @dualuse/core.',
            },
          ],
        },
      ],
    },
  },
);
