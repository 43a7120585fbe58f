/** POST /devices/evidence: recorded heartbeats verified offline (docs/protocol/heartbeat-v1.md §11). */
import { verifyHeartbeatEvidence } from '@dualuse/app';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured } from '../../routing';

const EvidenceFile = z
  .object({
    name: z.string().trim().min(1).max(300).openapi({ example: 'gateway-2025.jsonl' }),
    text: z.string().min(1).openapi({ description: 'JSON lines (one heartbeat per line) or a JSON array' }),
  })
  .strict()
  .openapi('HeartbeatEvidenceFile');

const Finding = z.object({
  kind: z.string(),
  message: z.string(),
  landmarkId: z.string().optional(),
  nonce: z.string().optional(),
});
const Verdict = z
  .object({
    record: z.number().int().openapi({ description: '1-based position of the record in the file' }),
    deviceId: z.string().nullable(),
    counter: z.number().nullable(),
    clock: z.string().nullable(),
    accepted: z.boolean(),
    findings: z.array(Finding),
    measurements: z.array(
      z.object({ landmarkId: z.string(), nonce: z.string(), rttUs: z.number(), measuredAt: z.string() }),
    ),
  })
  .openapi('HeartbeatEvidenceVerdict');
const EvidenceResult = z
  .object({
    file: z.object({ name: z.string(), sha256: z.string(), records: z.number().int() }),
    verdicts: z.array(Verdict),
    accepted: z.number().int(),
    rejected: z.number().int(),
    findingCounts: z.record(z.string(), z.number().int()),
  })
  .openapi('HeartbeatEvidenceResult');

const verifyEvidence = secured('devices:read', {
  method: 'post',
  path: '/devices/evidence',
  tags: ['devices'],
  summary: "Verify a device fleet's recorded heartbeats offline, record by record (nothing is stored but the audit)",
  request: body(EvidenceFile),
  responses: { 200: json(EvidenceResult, 'One verdict per record, with its findings') },
});

export function registerDeviceEvidence(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(verifyEvidence, async (c) =>
    c.json(
      await verifyHeartbeatEvidence(c.get('app'), c.get('principal'), c.req.valid('json'), c.get('requestId')),
      200,
    ),
  );
}
