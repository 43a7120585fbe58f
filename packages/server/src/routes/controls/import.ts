/**
 * POST /controls/import: one official control-list file (base64) — the US CCL parsed JSON, the EU
 * Annex I CSV, the AU DSGL zip and the other files `dualuse controls import` reads — imported by an
 * operator administrator ('controls:write', operator only) through the same use case as the CLI,
 * which authorises, audits the import and refuses a bad file naming file, line and field.
 */
import { importControlList } from '@dualuse/app';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured } from '../../routing';
import { ControlVersionSchema } from './schemas';

const ControlImportRequest = z
  .object({
    file: z.object({ name: z.string().min(1).max(255), contentBase64: z.string().min(1) }).strict(),
    effectiveFrom: z.iso.date().optional().openapi({ description: 'When the file states no effective date' }),
    version: z.string().min(1).max(100).optional().openapi({ description: 'A version label of your own' }),
  })
  .strict()
  .openapi('ControlImportRequest');

const ControlImportResult = z
  .object({
    status: z.enum(['imported', 'unchanged']),
    version: ControlVersionSchema,
    warnings: z.array(z.string()),
  })
  .openapi('ControlImportResult');

const importRoute = secured('controls:write', {
  method: 'post',
  path: '/controls/import',
  tags: ['controls'],
  summary: 'Import one official control-list file (base64; operator admins; audited; all-or-nothing)',
  request: body(ControlImportRequest),
  responses: { 200: json(ControlImportResult, 'The stored version (unchanged when the same content is stored)') },
});

export function registerControlsImport(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(importRoute, async (c) => {
    const b = c.req.valid('json');
    const bytes = new Uint8Array(Buffer.from(b.file.contentBase64, 'base64'));
    const out = await importControlList(c.get('app'), c.get('principal'), bytes, {
      fileName: b.file.name,
      effectiveFrom: b.effectiveFrom,
      version: b.version,
    });
    return c.json({ status: out.status, version: out.version, warnings: out.warnings }, 200);
  });
}
