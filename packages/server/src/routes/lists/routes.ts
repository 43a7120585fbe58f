import {
  diffListVersions,
  getListVersions,
  importListFiles,
  pinListVersion,
  runRescreenJobs,
  unpinList,
  type CurrentVersion,
} from '@dualuse/app';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured } from '../../routing';
import { ImportRequestSchema, ListVersionSchema } from '../screening/schemas';

const Current = z
  .object({ list: z.string(), versionId: z.string(), rule: z.string(), reason: z.string(), pinned: z.boolean() })
  .openapi('ListCurrentVersion');
const currentView = (c: CurrentVersion) => ({
  list: c.list,
  versionId: c.version.id,
  rule: c.rule,
  reason: c.reason,
  pinned: c.pinned,
});

const listRoute = secured('lists:read', {
  method: 'get',
  path: '/lists',
  tags: ['lists'],
  summary: 'Loaded lists: the current version of each (and why it is current), and every version',
  responses: {
    200: json(
      z
        .object({ latest: z.array(ListVersionSchema), all: z.array(ListVersionSchema), current: z.array(Current) })
        .openapi('ListVersions'),
      'List versions',
    ),
  },
});

const Reason = z.string().trim().min(1).max(2000);
const ImportBody = ImportRequestSchema.extend({
  publishedAt: z.iso.date().optional().describe('publication date of a file whose format states none (audited)'),
  acceptShrink: z
    .boolean()
    .optional()
    .describe('accept a version that lost more entries than DUALUSE_LIST_MAX_SHRINK allows (needs reason)'),
  allowOlder: z
    .boolean()
    .optional()
    .describe('store a publication older than the stored one, for the record (needs reason)'),
  reason: Reason.optional(),
}).strict();

const Result = z.object({
  list: z.string(),
  status: z.enum(['imported', 'unchanged']),
  version: ListVersionSchema,
  previousVersionId: z.string().nullable(),
  diff: z.object({ added: z.number(), removed: z.number(), changed: z.number() }).nullable(),
  current: z.boolean(),
  currentVersionId: z.string(),
  currentReason: z.string(),
  accepted: z.array(z.string()),
});

const importRoute = secured('lists:import', {
  method: 'post',
  path: '/lists/import',
  tags: ['lists'],
  summary:
    'Import official list files (base64); all-or-nothing; checked against the previous version (entry count, declared count, date); re-screens stored counterparties when the current version changes',
  request: body(ImportBody),
  responses: {
    200: json(
      z.object({
        results: z.array(Result),
        rescreened: z.array(z.object({ tenant: z.string(), list: z.string(), hits: z.number() })),
      }),
      'What was imported',
    ),
  },
});

const pinRoute = secured('lists:import', {
  method: 'post',
  path: '/lists/pins',
  tags: ['lists'],
  summary: 'Pin the version a list uses, overriding the provenance rule until unpinned (audited)',
  request: body(z.object({ versionId: z.uuid(), reason: Reason }).strict()),
  responses: { 200: json(Current, "The list's current version") },
});

const unpinRoute = secured('lists:import', {
  method: 'delete',
  path: '/lists/pins/{list}',
  tags: ['lists'],
  summary: 'Remove the pin: the provenance rule chooses the current version again (audited)',
  request: {
    params: z.object({ list: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/) }),
    query: z.object({ reason: Reason }),
  },
  responses: { 200: json(Current, "The list's current version") },
});

const Change = z.object({ sourceId: z.string(), name: z.string(), fields: z.array(z.string()).optional() });
const diffRoute = secured('lists:read', {
  method: 'get',
  path: '/lists/diff',
  tags: ['lists'],
  summary: 'Entries added, removed and changed between two versions of one list',
  request: { query: z.object({ from: z.uuid(), to: z.uuid() }) },
  responses: {
    200: json(
      z
        .object({
          from: ListVersionSchema,
          to: ListVersionSchema,
          added: z.array(Change),
          removed: z.array(Change),
          changed: z.array(Change),
        })
        .openapi('ListDiff'),
      'The diff',
    ),
  },
});

export function registerLists(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(listRoute, async (c) => c.json(await getListVersions(c.get('app'), c.get('principal')), 200));
  api.openapi(importRoute, async (c) => {
    const b = c.req.valid('json');
    const files = b.files.map((f) => ({ name: f.name, bytes: new Uint8Array(Buffer.from(f.contentBase64, 'base64')) }));
    const app = c.get('app');
    const p = c.get('principal');
    const results = await importListFiles(app, p, files, {
      requestId: c.get('requestId'),
      acceptShrink: b.acceptShrink,
      allowOlder: b.allowOlder,
      reason: b.reason,
      ...(b.publishedAt ? { declaredDate: { date: b.publishedAt, by: `${p.displayName} (publishedAt)` } } : {}),
    });
    const rescreened = await runRescreenJobs(app, (msg) => app.logger.info(msg));
    return c.json({ results, rescreened }, 200);
  });
  api.openapi(pinRoute, async (c) => {
    const app = c.get('app');
    const b = c.req.valid('json');
    const current = await pinListVersion(app, c.get('principal'), {
      versionId: b.versionId,
      reason: b.reason,
      requestId: c.get('requestId'),
    });
    await runRescreenJobs(app, (msg) => app.logger.info(msg));
    return c.json(currentView(current), 200);
  });
  api.openapi(unpinRoute, async (c) => {
    const app = c.get('app');
    const current = await unpinList(app, c.get('principal'), {
      list: c.req.valid('param').list,
      reason: c.req.valid('query').reason,
      requestId: c.get('requestId'),
    });
    await runRescreenJobs(app, (msg) => app.logger.info(msg));
    return c.json(currentView(current), 200);
  });
  api.openapi(diffRoute, async (c) => {
    const q = c.req.valid('query');
    return c.json(await diffListVersions(c.get('app'), c.get('principal'), q.from, q.to), 200);
  });
}
