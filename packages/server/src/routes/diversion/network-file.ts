/**
 * POST /diversion/network: a party's neighbourhood in a FollowTheMoney file the caller uploads
 * (an OpenSanctions or registry export, the OFAC slice in shared/data/graph), for the network
 * view. Links are the file's relationships (Ownership, Directorship, UnknownLink, Family...) and
 * shared addresses, phones and e-mails (core network.ts clusters); every edge carries a short
 * label and its full reason, and every listed party is marked, so the picture is checkable link by
 * link. Nothing is stored: the tenant's own records have GET /diversion/network/{party}.
 *
 * Response: { file, parties, links, center: Node, nodes: Node[], edges: Edge[], truncated,
 *   pathToListed: { from, to, kind, label, why }[] | null }
 *   Node = { id, name, type, listed, listedFrom?, hop }; Edge = { from, to, kind, label, why }
 */
import { DomainError, invalidInput } from '@dualuse/core';
import { buildAdjacency, findClusters, ftmGraph, shortestPath, type PathStep } from '@dualuse/core/diversion';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured } from '../../routing';

const NodeSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  listed: z.boolean(),
  listedFrom: z.string().optional(),
  hop: z.number(),
});
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
      z.object({
        file: z.string(),
        parties: z.number(),
        links: z.number(),
        center: NodeSchema,
        nodes: z.array(NodeSchema),
        edges: z.array(EdgeSchema),
        truncated: z.boolean(),
        pathToListed: z.array(EdgeSchema).nullable(),
      }),
      'The neighbourhood',
    ),
  },
});

/** A few words for the drawing; the full reason stays in `why`. */
function edgeLabel(s: PathStep): string {
  switch (s.kind) {
    case 'Ownership': {
      const pct = /owns ([\d.]+) %/.exec(s.why)?.[1];
      return pct ? `shareholder ${pct} %` : 'shareholder';
    }
    case 'Directorship':
      return /is ([^[(]+?) of /.exec(s.why)?.[1]?.trim() ?? 'officer';
    case 'UnknownLink':
      return 'linked to';
    case 'shared_address':
      return 'shared address';
    case 'shared_phone':
      return 'shared phone';
    case 'shared_email':
      return 'shared e-mail';
    default:
      return s.kind.toLowerCase();
  }
}

export function registerDiversionNetworkFile(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(route, async (c) => {
    const req = c.req.valid('json');
    let g: ReturnType<typeof ftmGraph>;
    try {
      g = ftmGraph(req.file.name, new Uint8Array(Buffer.from(req.file.contentBase64, 'base64')));
    } catch (e) {
      if (e instanceof DomainError) throw e;
      throw invalidInput(`${req.file.name}: ${(e as Error).message}`, '/file');
    }
    if (!g.parties.length) throw invalidInput(`${req.file.name}: no Company, Person or Organization record`, '/file');
    // As `dualuse diversion network`: people share addresses with their companies; companies cluster.
    const adj = buildAdjacency(g.links, findClusters(g.parties.filter((p) => p.type !== 'person')));
    const byId = new Map(g.parties.map((p) => [p.id, p]));
    const degree = (id: string) => new Set((adj.get(id) ?? []).map((s) => s.to)).size;
    const centerId = pickCenter(req.party, g.parties, degree);

    // Breadth-first to `hops`, nearest first, until `maxNodes`.
    const hop = new Map<string, number>([[centerId, 0]]);
    let frontier = [centerId];
    let truncated = false;
    for (let h = 1; h <= req.hops && frontier.length; h++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const s of [...(adj.get(id) ?? [])].sort((a, b) => a.to.localeCompare(b.to))) {
          if (hop.has(s.to) || !byId.has(s.to)) continue;
          if (hop.size >= req.maxNodes) {
            truncated = true;
            break;
          }
          hop.set(s.to, h);
          next.push(s.to);
        }
      }
      frontier = next;
    }
    if (!truncated) truncated = frontier.some((id) => (adj.get(id) ?? []).some((s) => !hop.has(s.to)));
    const name = (id: string) => byId.get(id)?.name ?? id;
    // Reasons name parties by id (core network-path.ts); the reader wants names.
    const named = (s: PathStep) => ({
      from: s.from,
      to: s.to,
      kind: s.kind,
      label: edgeLabel(s),
      why: s.why.replace(/[^\s"(),:;[\]]+/g, (t) => (byId.has(t) ? name(t) : t)),
    });
    const seen = new Set<string>();
    const edges = [];
    for (const id of hop.keys()) {
      for (const s of adj.get(id) ?? []) {
        if (!hop.has(s.to)) continue;
        const k = [s.from < s.to ? s.from : s.to, s.from < s.to ? s.to : s.from, s.kind].join('\u0000');
        if (seen.has(k)) continue;
        seen.add(k);
        edges.push(named(s));
      }
    }
    const node = (id: string) => {
      const p = byId.get(id)!;
      return {
        id,
        name: p.name,
        type: p.type,
        listed: !!p.listed,
        ...(p.listedFrom ? { listedFrom: p.listedFrom } : {}),
        hop: hop.get(id)!,
      };
    };
    const listed = new Set(g.listed.map((l) => l.id));
    const path = shortestPath(adj, centerId, (id) => listed.has(id));
    return c.json(
      {
        file: req.file.name,
        parties: g.parties.length,
        links: g.links.length,
        center: node(centerId),
        nodes: [...hop.keys()].map(node),
        edges,
        truncated,
        pathToListed: path ? path.map(named) : null,
      },
      200,
    );
  });
}

/** By id, then by exact name, then a unique name containing the text; the best-connected party when none is asked for. */
function pickCenter(
  party: string | undefined,
  parties: { id: string; name: string }[],
  degree: (id: string) => number,
): string {
  if (!party?.trim())
    return [...parties].sort((a, b) => degree(b.id) - degree(a.id) || a.id.localeCompare(b.id))[0]!.id;
  const q = party.trim();
  const byId = parties.find((p) => p.id === q);
  if (byId) return byId.id;
  const lower = q.toLowerCase();
  const exact = parties.filter((p) => p.name.toLowerCase() === lower);
  if (exact.length) return exact[0]!.id;
  const partial = parties.filter((p) => p.name.toLowerCase().includes(lower));
  if (partial.length === 1) return partial[0]!.id;
  if (!partial.length) throw new DomainError('not_found', `no party with id or name "${q}" in the file`);
  throw invalidInput(
    `"${q}" matches ${partial.length} parties: ${partial
      .slice(0, 5)
      .map((p) => `${p.name} (${p.id})`)
      .join('; ')}${partial.length > 5 ? '; …' : ''} — give the id or the full name`,
    '/party',
  );
}
