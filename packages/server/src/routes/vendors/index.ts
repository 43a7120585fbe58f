/**
 * Vendor restrictions and research security over HTTP (issue 16): the legal effects of the
 * vendor-restriction lists (cited data), the inventory check, the researcher screening. The use
 * cases authorise again ('vendors:check') and audit.
 */
import { checkInventory, screenResearcher } from '@dualuse/app';
import { CLEAN_NETWORK_LINES, CLEAN_NETWORK_SOURCE, LEGAL_EFFECTS } from '@dualuse/core/vendors';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured } from '../../routing';
import { registerEmerging } from './emerging';
import {
  CheckRequestSchema,
  InventoryReportSchema,
  LegalEffectSchema,
  ResearcherSchema,
  ResearchReportSchema,
} from './schemas';

const effectsRoute = secured('lists:read', {
  method: 'get',
  path: '/vendors/legal-effects',
  tags: ['vendors'],
  summary:
    'The legal effect of each vendor-restriction and research-security list (what, for whom, from when), quoted and cited; and the Clean Network policy profile',
  responses: {
    200: json(
      z.object({
        effects: z.array(LegalEffectSchema),
        cleanNetwork: z.object({
          source: z.string(),
          lines: z.array(
            z.object({
              line: z.string(),
              title: z.string(),
              quote: z.string().nullable(),
              note: z.string().optional(),
            }),
          ),
        }),
      }),
      'Cited legal effects',
    ),
  },
});

const checkRoute = secured('vendors:check', {
  method: 'post',
  path: '/vendors/check',
  tags: ['vendors'],
  summary:
    'Check a procurement or network inventory line by line: vendors and their owners screened, FCC Covered List categories, optional Clean Network policy; bad rows reported one by one',
  request: body(CheckRequestSchema),
  responses: { 200: json(InventoryReportSchema, 'The report, with the list versions used') },
});

const researchRoute = secured('vendors:check', {
  method: 'post',
  path: '/research/screen',
  tags: ['vendors'],
  summary:
    'Screen a visiting researcher and affiliations (§1286, defence universities, Entity List, sanctions) and determine the deemed export of the technology to be accessed',
  request: body(ResearcherSchema),
  responses: {
    200: json(ResearchReportSchema, 'Findings, deemed-export determinations and the decisions left to the officer'),
  },
});

export function registerVendors(api: OpenAPIHono<ServerEnv>): void {
  registerEmerging(api);
  api.openapi(effectsRoute, (c) =>
    c.json(
      { effects: [...LEGAL_EFFECTS], cleanNetwork: { source: CLEAN_NETWORK_SOURCE, lines: [...CLEAN_NETWORK_LINES] } },
      200,
    ),
  );
  api.openapi(checkRoute, async (c) => {
    const b = c.req.valid('json');
    const r = await checkInventory(
      c.get('app'),
      c.get('principal'),
      { name: b.name, content: b.content },
      {
        cleanNetwork: b.cleanNetwork,
        on: b.on,
        requestId: c.get('requestId') ?? null,
      },
    );
    return c.json(r, 200);
  });
  api.openapi(researchRoute, async (c) =>
    c.json(await screenResearcher(c.get('app'), c.get('principal'), c.req.valid('json')), 200),
  );
}
