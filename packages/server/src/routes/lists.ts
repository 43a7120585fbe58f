import { diffListVersions, getListVersions, importListFiles, rescreenAfterImport } from '@dualuse/app';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../env';
import { body, json, secured } from '../routing';
import { ImportRequestSchema, ListVersionSchema } from './screening-schemas';

const listRoute = secured('lists:read', {
  method: 'get',
  path: '/lists',
  tags: ['lists'],
  summary: 'Loaded lists: the newest version of each, and every version',
  responses: { 200: json(z.object({ latest: z.array(ListVersionSchema), all: z.array(ListVersionSchema) }), 'List versions') },
});

const importRoute = secured('lists:import', {
  method: 'post',
  path: '/lists/import',
  tags: ['lists'],
  summary: 'Import official list files (base64); all-or-nothing; re-screens stored counterparties against changed entries',
  request: body(ImportRequestSchema),
  responses: {
    200: json(z.object({ results: z.array(z.object({ list: z.string(), status: z.enum(['imported', 'unchanged']), version: ListVersionSchema, previousVersionId: z.string().nullable(), diff: z.object({ added: z.number(), removed: z.number(), changed: z.number() }).nullable() })), rescreened: z.array(z.object({ tenant: z.string(), list: z.string(), hits: z.number() })) }), 'What was imported'),
  },
});

const Change = z.object({ sourceId: z.string(), name: z.string(), fields: z.array(z.string()).optional() });
const diffRoute = secured('lists:read', {
  method: 'get',
  path: '/lists/diff',
  tags: ['lists'],
  summary: 'Entries added, removed and changed between two versions of one list',
  request: { query: z.object({ from: z.uuid(), to: z.uuid() }) },
  responses: { 200: json(z.object({ from: ListVersionSchema, to: ListVersionSchema, added: z.array(Change), removed: z.array(Change), changed: z.array(Change) }), 'The diff') },
});

export function registerLists(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(listRoute, async (c) => c.json(await getListVersions(c.get('app'), c.get('principal')), 200));
  api.openapi(importRoute, async (c) => {
    const files = c.req.valid('json').files.map((f) => ({ name: f.name, bytes: new Uint8Array(Buffer.from(f.contentBase64, 'base64')) }));
    const app = c.get('app');
    const results = await importListFiles(app, c.get('principal'), files, c.get('requestId'));
    const rescreened = await rescreenAfterImport(app, results);
    return c.json({ results, rescreened }, 200);
  });
  api.openapi(diffRoute, async (c) => {
    const q = c.req.valid('query');
    return c.json(await diffListVersions(c.get('app'), c.get('principal'), q.from, q.to), 200);
  });
}
