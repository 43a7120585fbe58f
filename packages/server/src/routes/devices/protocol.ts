/**
 * Endpoints for devices and landmarks (docs/protocol/heartbeat-v1.md §4). Public in the sense
 * of "no bearer token": every request is a message signed with a registered Ed25519 key, and
 * that signature is the caller's authentication; the use case refuses unknown ids and bad
 * signatures with 401.
 */
import { ingestHeartbeat, ingestHeartbeats, issueNonce } from '@dualuse/app';
import { HeartbeatSchema, NonceRequestSchema, signed } from '@dualuse/core/tracking';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, publicRoute } from '../../routing';
import { HeartbeatFinding, SignedCommand } from './schemas';

const NonceSchema = z.object({ nonce: z.string(), expiresAt: z.string() }).openapi('TrackingNonce');
const HeartbeatResultSchema = z
  .object({
    heartbeatId: z.uuid(),
    accepted: z.boolean(),
    findings: z.array(HeartbeatFinding),
    decision: z.enum(['consistent-with-site', 'left-site', 'in-proscribed-country', 'inconclusive']),
    explanation: z.string(),
    alerts: z.array(z.object({ kind: z.string(), severity: z.string(), message: z.string() })),
    commands: z
      .array(SignedCommand)
      .openapi({ description: 'Agency-signed commands to execute and acknowledge in the next report' }),
  })
  .openapi('HeartbeatResult');

const nonce = publicRoute({
  method: 'post',
  path: '/tracking/nonces',
  tags: ['tracking protocol'],
  summary: 'A landmark obtains a single-use nonce for one device (authenticated by the landmark’s signature)',
  request: body(signed(NonceRequestSchema)),
  responses: { 200: json(NonceSchema, 'The nonce and when it expires') },
});

const heartbeat = publicRoute({
  method: 'post',
  path: '/tracking/heartbeats',
  tags: ['tracking protocol'],
  summary:
    'A device posts its signed report with the landmarks’ signed measurements (authenticated by the device’s signature)',
  request: body(HeartbeatSchema),
  responses: { 200: json(HeartbeatResultSchema, 'Verification, location decision, alerts and commands to execute') },
});

const batch = publicRoute({
  method: 'post',
  path: '/tracking/heartbeats/batch',
  tags: ['tracking protocol'],
  summary: 'A gateway forwards many devices’ heartbeats at once; each is authenticated by its own device’s signature',
  request: body(z.object({ heartbeats: z.array(HeartbeatSchema).min(1).max(500) }).strict()),
  responses: {
    200: json(
      z.object({
        results: z.array(
          z.union([HeartbeatResultSchema, z.object({ error: z.object({ kind: z.string(), message: z.string() }) })]),
        ),
      }),
      'One result per heartbeat, in order: the outcome, or why it was refused (an unregistered device)',
    ),
  },
});

export function registerDevicesProtocol(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(nonce, async (c) => c.json(await issueNonce(c.get('app'), c.req.valid('json')), 200));
  api.openapi(heartbeat, async (c) => c.json(await ingestHeartbeat(c.get('app'), c.req.valid('json')), 200));
  api.openapi(batch, async (c) => {
    const results = await ingestHeartbeats(c.get('app'), c.req.valid('json').heartbeats);
    return c.json(
      { results: results.map((r) => ('accepted' in r ? r : { error: { kind: r.kind, message: r.message } })) },
      200,
    );
  });
}
