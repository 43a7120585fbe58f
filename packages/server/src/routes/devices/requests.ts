/** Relocation notices and re-enable requests, each with its decision (docs/protocol/heartbeat-v1.md §12). */
import { decideDeviceRequest, listDeviceRequests, noticeRelocation, requestReEnable } from '@dualuse/app';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured } from '../../routing';
import { UuidParam } from '../../schemas';
import { Site } from './schemas';

const why = z.string().trim().min(1).max(4000);
const DeviceRequest = z
  .object({
    id: z.uuid(),
    deviceId: z.uuid(),
    kind: z.enum(['relocation', 're-enable']),
    details: z.record(z.string(), z.unknown()).openapi({
      description: 'relocation: {site, from}; re-enable: {evidence: {serviceAttestation, heartbeatEvidenceSha256?}}',
    }),
    reason: z.string(),
    requestedBy: z.uuid(),
    requestedAt: z.string(),
    status: z.enum(['open', 'accepted', 'refused']),
    decidedBy: z.uuid().nullable(),
    decidedAt: z.string().nullable(),
    decisionReason: z.string().nullable(),
    commandId: z
      .uuid()
      .nullable()
      .openapi({ description: 'The enable command an accepted re-enable request proposed' }),
  })
  .openapi('DeviceRequest');

const relocate = secured('devices:write', {
  method: 'post',
  path: '/devices/{id}/relocation',
  tags: ['devices'],
  summary: 'Give notice of a move to a new site; another officer decides',
  request: { params: UuidParam, ...body(z.object({ site: Site, reason: why }).strict()) },
  responses: { 201: json(DeviceRequest, 'The notice, open') },
});
const reEnable = secured('devices:write', {
  method: 'post',
  path: '/devices/{id}/re-enable',
  tags: ['devices'],
  summary: 'Ask for a disabled device to be enabled again, with the evidence; another officer decides',
  request: {
    params: UuidParam,
    ...body(
      z
        .object({
          reason: why,
          evidence: z
            .object({
              serviceAttestation: why,
              heartbeatEvidenceSha256: z
                .string()
                .regex(/^[0-9a-f]{64}$/)
                .optional(),
            })
            .strict(),
        })
        .strict(),
    ),
  },
  responses: { 201: json(DeviceRequest, 'The request, open') },
});
const list = secured('devices:read', {
  method: 'get',
  path: '/device-requests',
  tags: ['devices'],
  summary: 'Relocation notices and re-enable requests, newest first',
  request: { query: z.object({ deviceId: z.uuid().optional(), open: z.enum(['true', 'false']).optional() }) },
  responses: { 200: json(z.object({ requests: z.array(DeviceRequest) }), 'Requests') },
});
const decide = secured('devices:approve', {
  method: 'post',
  path: '/device-requests/{id}/decision',
  tags: ['devices'],
  summary: 'Accept or refuse a request (not by its requester)',
  request: { params: UuidParam, ...body(z.object({ decision: z.enum(['accept', 'refuse']), reason: why }).strict()) },
  responses: { 200: json(DeviceRequest, 'The decided request') },
});

export function registerDeviceRequests(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(relocate, async (c) => {
    const input = { deviceId: c.req.valid('param').id, ...c.req.valid('json'), requestId: c.get('requestId') };
    return c.json(await noticeRelocation(c.get('app'), c.get('principal'), input), 201);
  });
  api.openapi(reEnable, async (c) => {
    const input = { deviceId: c.req.valid('param').id, ...c.req.valid('json'), requestId: c.get('requestId') };
    return c.json(await requestReEnable(c.get('app'), c.get('principal'), input), 201);
  });
  api.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const requests = await listDeviceRequests(c.get('app'), c.get('principal'), {
      deviceId: q.deviceId,
      open: q.open === 'true',
    });
    return c.json({ requests }, 200);
  });
  api.openapi(decide, async (c) => {
    const d = { ...c.req.valid('json'), requestId: c.get('requestId') };
    return c.json(await decideDeviceRequest(c.get('app'), c.get('principal'), c.req.valid('param').id, d), 200);
  });
}
