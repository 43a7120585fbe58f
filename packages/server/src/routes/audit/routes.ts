import { checkpointEvidence, listAuditRecords, verifyAuditLog } from '@dualuse/app';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { json, secured } from '../../routing';
import { AuditPageSchema, AuditVerificationSchema } from '../../schemas';

const list = secured('audit:read', {
  method: 'get',
  path: '/audit',
  tags: ['audit'],
  summary: 'The tenant’s audit log, newest first',
  request: {
    query: z.object({
      beforeSeq: z.coerce
        .number()
        .int()
        .min(1)
        .optional()
        .openapi({ description: 'Page: records older than this seq' }),
      action: z
        .string()
        .max(100)
        .optional()
        .openapi({ description: 'Only actions starting with this prefix, e.g. "user."' }),
      limit: z.coerce.number().int().min(1).max(500).default(50),
    }),
  },
  responses: { 200: json(AuditPageSchema, 'One page of records') },
});

const verify = secured('audit:verify', {
  method: 'get',
  path: '/audit/verify',
  tags: ['audit'],
  summary:
    'Re-hash the whole chain and report edited, missing, reordered or truncated records; with DUALUSE_AUDIT_CHECKPOINT_FILE set, also hold it to the newest signed checkpoint (rolled back or rewritten chains)',
  responses: { 200: json(AuditVerificationSchema, 'The verification; ok=false lists findings') },
});

export function registerAudit(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const { records, head } = await listAuditRecords(c.get('app'), c.get('principal'), q);
    const last = records[records.length - 1];
    const nextBeforeSeq = records.length === q.limit && last && last.seq > 1 ? last.seq : null;
    return c.json({ records, head, nextBeforeSeq }, 200);
  });
  api.openapi(verify, async (c) => {
    const app = c.get('app');
    return c.json(await verifyAuditLog(app, c.get('principal'), undefined, await checkpointEvidence(app.config)), 200);
  });
}
