/**
 * `npm run api:types`: rewrites packages/web/src/api/schema.d.ts from the server's OpenAPI
 * document. Commit the result with the server change; packages/web/test/api-schema.test.ts fails on drift.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateApiSchema, SCHEMA_PATH } from '../packages/web/test/api-schema';

const text = await generateApiSchema();
mkdirSync(dirname(SCHEMA_PATH), { recursive: true });
writeFileSync(SCHEMA_PATH, text);
console.log(`wrote ${SCHEMA_PATH} (${text.split('\n').length} lines)`);
