import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { generateApiSchema, SCHEMA_PATH } from './api-schema';

test('the committed web wire types are what the server OpenAPI document generates (npm run api:types rewrites them)', async () => {
  const text = await generateApiSchema();
  assert.ok(existsSync(SCHEMA_PATH), `${SCHEMA_PATH} is missing: run npm run api:types and commit it`);
  assert.equal(readFileSync(SCHEMA_PATH, 'utf8'), text, 'schema.d.ts drifted from the server: run npm run api:types');
  // The document names the shapes the web reads, e.g. a screening hit and a licensing determination.
  assert.match(text, /\bHit: \{/);
  assert.match(text, /'\/api\/v1\/screen': \{/);
});
