/**
 * A party's neighbourhood in a FollowTheMoney file the caller holds (an OpenSanctions or registry
 * export, the OFAC slice in shared/data/graph), for POST /diversion/network's network view. Links
 * are the file's relationships (Ownership, Directorship, UnknownLink, Family...) and shared
 * addresses, phones and e-mails (core network.ts clusters); every edge carries a short label and its
 * full reason, and every listed party is marked, so the picture is checkable link by link. Nothing
 * is stored but the audit record (the file named by its SHA-256); the tenant's own records have
 * neighbourhoods of their own (diversion/graph.ts).
 */
import { authorise, DomainError, invalidInput, type Principal } from '@dualuse/core';
import { buildAdjacency, findClusters, ftmGraph, shortestPath, type PathStep } from '@dualuse/core/diversion';
import { inTenant } from '@dualuse/store';
import { record } from '../audit/log';
import type { AppContext } from '../common';
import { pickCenter } from './network-center';
import { fileVersion, type UploadedFile } from './trade';

export interface FileNetworkInput {
  file: UploadedFile;
  /** Party id or name; without it, the best-connected party. */
  party?: string | undefined;
  hops: number;
  maxNodes: number;
  requestId?: string | null | undefined;
}

export interface FileNetworkNode {
  id: string;
  name: string;
  type: string;
  listed: boolean;
  listedFrom?: string;
  hop: number;
}

export interface FileNetworkEdge {
  from: string;
  to: string;
  kind: string;
  label: string;
  why: string;
}

export interface FileNetwork {
  file: string;
  parties: number;
  links: number;
  center: FileNetworkNode;
  nodes: FileNetworkNode[];
  edges: FileNetworkEdge[];
  truncated: boolean;
  pathToListed: FileNetworkEdge[] | null;
}

type Graph = ReturnType<typeof ftmGraph>;
type Adjacency = ReturnType<typeof buildAdjacency>;

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

function graphOf(file: UploadedFile): Graph {
  let g: Graph;
  try {
    g = ftmGraph(file.name, file.bytes);
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw invalidInput(`${file.name}: ${(e as Error).message}`, '/file');
  }
  if (!g.parties.length) throw invalidInput(`${file.name}: no Company, Person or Organization record`, '/file');
  return g;
}

/** Breadth-first from the centre to `hops`, nearest first, until `maxNodes`. */
function neighbourhood(adj: Adjacency, known: (id: string) => boolean, centerId: string, o: FileNetworkInput) {
  const hop = new Map<string, number>([[centerId, 0]]);
  let frontier = [centerId];
  let truncated = false;
  for (let h = 1; h <= o.hops && frontier.length; h++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const s of [...(adj.get(id) ?? [])].sort((a, b) => a.to.localeCompare(b.to))) {
        if (hop.has(s.to) || !known(s.to)) continue;
        if (hop.size >= o.maxNodes) {
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
  return { hop, truncated };
}

/** Each link between two drawn parties once (either direction), named for the reader. */
function edgesWithin(
  adj: Adjacency,
  hop: Map<string, number>,
  named: (s: PathStep) => FileNetworkEdge,
): FileNetworkEdge[] {
  const seen = new Set<string>();
  const edges: FileNetworkEdge[] = [];
  for (const id of hop.keys()) {
    for (const s of adj.get(id) ?? []) {
      if (!hop.has(s.to)) continue;
      const k = [s.from < s.to ? s.from : s.to, s.from < s.to ? s.to : s.from, s.kind].join('\u0000');
      if (seen.has(k)) continue;
      seen.add(k);
      edges.push(named(s));
    }
  }
  return edges;
}

function drawNetwork(g: Graph, input: FileNetworkInput): FileNetwork {
  // As `dualuse diversion network`: people share addresses with their companies; companies cluster.
  const adj = buildAdjacency(g.links, findClusters(g.parties.filter((p) => p.type !== 'person')));
  const byId = new Map(g.parties.map((p) => [p.id, p]));
  const degree = (id: string) => new Set((adj.get(id) ?? []).map((s) => s.to)).size;
  const centerId = pickCenter(input.party, g.parties, degree);
  const { hop, truncated } = neighbourhood(adj, (id) => byId.has(id), centerId, input);
  const name = (id: string) => byId.get(id)?.name ?? id;
  // Reasons name parties by id (core network-path.ts); the reader wants names.
  const named = (s: PathStep): FileNetworkEdge => ({
    from: s.from,
    to: s.to,
    kind: s.kind,
    label: edgeLabel(s),
    why: s.why.replace(/[^\s"(),:;[\]]+/g, (t) => (byId.has(t) ? name(t) : t)),
  });
  const node = (id: string): FileNetworkNode => {
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
  return {
    file: input.file.name,
    parties: g.parties.length,
    links: g.links.length,
    center: node(centerId),
    nodes: [...hop.keys()].map(node),
    edges: edgesWithin(adj, hop, named),
    truncated,
    pathToListed: path ? path.map(named) : null,
  };
}

/** The neighbourhood, every edge with its reason; audited as `diversion.network_file`. */
export async function fileNetwork(ctx: AppContext, p: Principal, input: FileNetworkInput): Promise<FileNetwork> {
  authorise(p, 'diversion:run');
  const out = drawNetwork(graphOf(input.file), input);
  await inTenant(ctx.db, p.tenantId, (tx) =>
    record(tx, ctx, p, {
      action: 'diversion.network_file',
      subject: null,
      details: {
        file: out.file,
        party: input.party ?? null,
        center: out.center.id,
        hops: input.hops,
        nodes: out.nodes.length,
        edges: out.edges.length,
        truncated: out.truncated,
        listedWithinReach: out.pathToListed !== null,
      },
      inputVersions: { file: fileVersion(input.file) },
      requestId: input.requestId ?? null,
    }),
  );
  return out;
}
