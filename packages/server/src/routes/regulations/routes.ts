/**
 * The EAR country tables (issue 11) over HTTP: versions, the Country Chart and Country Groups
 * as of a date with every cell's source, the diff of two versions, the per-jurisdiction status,
 * and (operator admin) importing a version from files or syncing it from the eCFR. The use
 * cases authorise again ('controls:read' / 'controls:write') and audit the import.
 */
import {
  diffRegulations,
  importRegulations,
  regulationsChart,
  regulationsGroups,
  regulationsStatus,
  regulationVersions,
  syncRegulations,
} from '@dualuse/app';
import { invalidInput } from '@dualuse/core';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ServerEnv } from '../../env';
import { API_PREFIX, json, secured, problemResponse } from '../../routing';
import {
  AsOfQuery,
  ChartSchema,
  DiffSchema,
  GroupsSchema,
  ImportFormSchema,
  ImportJsonSchema,
  ImportResultSchema,
  RegulationVersionSchema,
  StatusSchema,
} from './schemas';

/** Parts 738 and 740 of the eCFR are a few MB of XML; the CSV layout is tens of kB. */
export const REGULATIONS_MAX_BODY_BYTES = 32 * 1024 * 1024;
const MAX_FILES = 8;
export const REGULATIONS_IMPORT = `${API_PREFIX}/regulations/import`;

const versionsRoute = secured('controls:read', {
  method: 'get',
  path: '/regulations/versions',
  tags: ['regulations'],
  summary:
    'Imported versions of the EAR Country Chart and Country Groups, with their source, hash and invariant warnings',
  responses: { 200: json(z.object({ versions: z.array(RegulationVersionSchema) }), 'Versions') },
});

const chartRoute = secured('controls:read', {
  method: 'get',
  path: '/regulations/chart',
  tags: ['regulations'],
  summary:
    'The Commerce Country Chart (15 CFR 738 Supp. 1) in force on a date: every cell with its source (imported, curated, history, unknown) and citation',
  request: {
    query: z.object({
      asOf: AsOfQuery,
      country: z.string().min(2).max(100).optional().openapi({ description: 'One destination (ISO code or name)' }),
    }),
  },
  responses: { 200: json(ChartSchema, 'The chart; no rows and a caveat when no version is imported') },
});

const groupsRoute = secured('controls:read', {
  method: 'get',
  path: '/regulations/groups',
  tags: ['regulations'],
  summary: 'The Country Groups (15 CFR 740 Supp. 1) in force on a date, with the supplement’s notes',
  request: { query: z.object({ asOf: AsOfQuery }) },
  responses: { 200: json(GroupsSchema, 'Group memberships per destination') },
});

const diffRoute = secured('controls:read', {
  method: 'get',
  path: '/regulations/diff',
  tags: ['regulations'],
  summary:
    'Chart cells and group memberships that differ between two versions (a version id, or a date: the version in force then)',
  request: { query: z.object({ from: z.string().min(10).max(36), to: z.string().min(10).max(36) }) },
  responses: { 200: json(DiffSchema, 'The diff'), 404: problemResponse('No such version') },
});

const statusRoute = secured('controls:read', {
  method: 'get',
  path: '/regulations/status',
  tags: ['regulations'],
  summary:
    'Per jurisdiction: chart cells imported, curated (with a quoted source), modelled history, unknown; and the invariant warnings',
  request: { query: z.object({ asOf: AsOfQuery }) },
  responses: { 200: json(StatusSchema, 'Status') },
});

const importRoute = secured('controls:write', {
  method: 'post',
  path: '/regulations/import',
  tags: ['regulations'],
  summary:
    'Import one version of the country tables from files (the CSV layout, or the eCFR XML of parts 738 and 740): all-or-nothing, hashed, immutable, audited. Operator admin only',
  request: {
    body: {
      required: false,
      content: {
        'application/json': { schema: ImportJsonSchema },
        'multipart/form-data': { schema: ImportFormSchema },
      },
    },
  },
  responses: {
    200: json(ImportResultSchema, 'imported, or unchanged (the same tables on the same date are already stored)'),
  },
});

const syncRoute = secured('controls:write', {
  method: 'post',
  path: '/regulations/sync',
  tags: ['regulations'],
  summary:
    'Fetch Supplement No. 1 to parts 738 and 740 as of a date from the eCFR versioner API and import them. Operator admin only',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              date: z
                .string()
                .regex(/^\d{4}-\d{2}-\d{2}$/)
                .optional(),
            })
            .strict(),
        },
      },
    },
  },
  responses: {
    200: json(ImportResultSchema, 'What was imported'),
    503: problemResponse('The eCFR cannot be reached'),
  },
});

type Files = { files: Record<string, string>; contentDate: string; url?: string | undefined };

/** multipart/form-data: `contentDate` and one part per file; each file is UTF-8 text. */
async function filesFromForm(c: Context<ServerEnv>): Promise<Files> {
  const form = await c.req.formData();
  const files: Record<string, string> = {};
  let contentDate: string | undefined;
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'contentDate') contentDate = value;
      else if (field !== 'url')
        throw invalidInput(`form field '${field}' is not a file; send each file as a file part`, field);
      continue;
    }
    if (!value.name) throw invalidInput(`file part '${field}' has no filename`, field);
    if (value.name in files) throw invalidInput(`file '${value.name}' is sent twice`, field);
    try {
      files[value.name] = new TextDecoder('utf-8', { fatal: true }).decode(await value.arrayBuffer());
    } catch {
      throw invalidInput(`${value.name}: not valid UTF-8; the eCFR XML and the CSV layout are UTF-8`, field);
    }
  }
  if (!contentDate)
    throw invalidInput('contentDate is missing: the eCFR content date the files state (YYYY-MM-DD)', 'contentDate');
  const url = form.get('url');
  if (typeof url === 'string' && !ImportJsonSchema.shape.url.safeParse(url).success)
    throw invalidInput(`url '${url.slice(0, 200)}' is not a URL`, 'url');
  return { files, contentDate, url: typeof url === 'string' ? url : undefined };
}

function checkFiles(f: Files): Files {
  const names = Object.keys(f.files);
  if (names.length === 0)
    throw invalidInput(
      'no files: give the CSV layout (country_chart.csv, country_groups.csv, ...) or the eCFR XML of parts 738 and 740',
      'files',
    );
  if (names.length > MAX_FILES)
    throw invalidInput(`${names.length} files; the country tables are at most ${MAX_FILES}`, 'files');
  return f;
}

const marked = <T extends { marked: boolean | undefined }>(cell: T) => ({ ...cell, marked: cell.marked ?? null });

export function registerRegulations(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(versionsRoute, async (c) =>
    c.json({ versions: await regulationVersions(c.get('app'), c.get('principal')) }, 200),
  );
  api.openapi(chartRoute, async (c) => {
    const r = await regulationsChart(c.get('app'), c.get('principal'), c.req.valid('query'));
    // JSON has no undefined: an unknown cell is sent as marked: null, never dropped.
    const rows = r.rows.map((row) => ({
      ...row,
      cells: Object.fromEntries(Object.entries(row.cells).map(([col, cell]) => [col, marked(cell)])),
    }));
    return c.json({ ...r, columns: [...r.columns], rows }, 200);
  });
  api.openapi(groupsRoute, async (c) => {
    const r = await regulationsGroups(c.get('app'), c.get('principal'), c.req.valid('query'));
    return c.json({ ...r, groups: [...r.groups] }, 200);
  });
  api.openapi(diffRoute, async (c) =>
    c.json(await diffRegulations(c.get('app'), c.get('principal'), c.req.valid('query')), 200),
  );
  api.openapi(statusRoute, async (c) =>
    c.json(await regulationsStatus(c.get('app'), c.get('principal'), c.req.valid('query')), 200),
  );
  api.openapi(importRoute, async (c) => {
    const type = c.req.header('content-type') ?? '';
    const input = checkFiles(
      /^multipart\/form-data/i.test(type) ? await filesFromForm(c) : (c.req.valid('json') as Files),
    );
    if (!input.contentDate)
      throw invalidInput('send the files as JSON {files: {name: text}, contentDate} or as multipart/form-data', 'body');
    const r = await importRegulations(c.get('app'), c.get('principal'), input.files, {
      contentDate: input.contentDate,
      url: input.url,
    });
    return c.json(r, 200);
  });
  api.openapi(syncRoute, async (c) =>
    c.json(await syncRegulations(c.get('app'), c.get('principal'), { date: c.req.valid('json').date }), 200),
  );
}
