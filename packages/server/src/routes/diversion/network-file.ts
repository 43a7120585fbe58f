/**
 * POST /diversion/network: a party's neighbourhood in a FollowTheMoney file the caller uploads
 * (an OpenSanctions or registry export, the OFAC slice in shared/data/graph), for the network
 * view. Links are the file's relationships (Ownership, Directorship, UnknownLink, Family...) and
 * shared addresses, phones and e-mails (core network.ts clusters); every edge carries a short
 * label and its full reason, and every listed party is marked, so the picture is checkable link by
 * link (app diversion/network-file.ts draws it and audits the request). Nothing is stored: the
 * tenant's own records have GET /diversion/network/{party}.
 *
 * Response: { file, parties, links, center: Node, nodes: Node[], edges: Edge[], truncated,
 *   pathToListed: { from, to, kind, label, why }[] | null }
 *   Node = { id, name, type, listed, listedFrom?, hop }; Edge = { from, to, kind, label, why }
 */
import { fileNetwork } from '@dualuse/app';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured } from '../../routing';

const NodeSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: z.string(),
    listed: z.boolean(),
    listedFrom: z.string().optional(),
    hop: z.number(),
  })
  .openapi('NetworkNode');
const EdgeSchema = z
  .object({ from: z.string(), to: z.string(), kind: z.string(), label: z.string(), why: z.string() })
  .openapi('NetworkEdge');

const route = secured('diversion:run', {
  method: 'post',
  path: '/diversion/network',
  tags: ['diversion'],
  summary: "A party's neighbourhood in an uploaded FollowTheMoney file, the reason on every edge",
  request: body(
    z
      .object({
        file: z.object({ name: z.string().min(1).max(300), contentBase64: z.string().min(1) }),
        party: z
          .string()
          .max(500)
          .optional()
          .openapi({ description: 'Party id or name; without it, the best-connected party' }),
        hops: z.number().int().min(1).max(3).default(2),
        maxNodes: z.number().int().min(2).max(200).default(40),
      })
      .strict(),
  ),
  responses: {
    200: json(
      z
        .object({
          file: z.string(),
          parties: z.number(),
          links: z.number(),
          center: NodeSchema,
          nodes: z.array(NodeSchema),
          edges: z.array(EdgeSchema),
          truncated: z.boolean(),
          pathToListed: z.array(EdgeSchema).nullable(),
        })
        .openapi('FileNetwork'),
      'The neighbourhood',
    ),
  },
});

export function registerDiversionNetworkFile(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(route, async (c) => {
    const { file, ...req } = c.req.valid('json');
    return c.json(
      await fileNetwork(c.get('app'), c.get('principal'), {
        ...req,
        file: { name: file.name, bytes: new Uint8Array(Buffer.from(file.contentBase64, 'base64')) },
        requestId: c.get('requestId'),
      }),
      200,
    );
  });
}
