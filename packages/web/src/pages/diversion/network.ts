/**
 * The network call (POST /diversion/network with the user's FollowTheMoney file) and the layout
 * of its answer: radial by hop distance — the party in the centre, its direct links on the first
 * ring, theirs on the next, each inside the sector of the neighbour that brought it in. Deterministic:
 * the same neighbourhood always draws the same way, so two analysts see the same picture.
 */
import type { Schema } from '../../api';
import { api } from '../../lib/api';
import { fileBody } from './upload';

type FileNetwork = Schema<'FileNetwork'>;
export type NetworkNode = Schema<'NetworkNode'>;
export type NetworkEdge = Schema<'NetworkEdge'>;

/**
 * The drawn neighbourhood from either call: the file's network, with `source` for what it was drawn
 * from (the uploaded file's name, or the imported records, which have no party and link counts).
 */
export type NetworkResponse = Omit<FileNetwork, 'file' | 'parties' | 'links'> &
  Partial<Pick<FileNetwork, 'parties' | 'links'>> & { source: string };

export async function neighbourhood(file: File, party: string | undefined, hops: number): Promise<NetworkResponse> {
  const r = await api<FileNetwork>('POST', '/diversion/network', {
    body: { file: await fileBody(file), ...(party ? { party } : {}), hops },
  });
  return { ...r, source: r.file };
}

type RecordsNetwork = Schema<'PartyNetwork'>;
type RecordsNode = RecordsNetwork['nodes'][number];

/** The few words drawn on an edge of the imported-records network; its `why` (diversion-graph.ts) keeps the rest. */
export function recordsEdgeLabel(kind: string, why: string): string {
  if (kind === 'ownership') {
    const pct = /holds ([\d.]+) % of/.exec(why)?.[1];
    return pct ? `shareholder ${pct} %` : 'shareholder';
  }
  if (kind === 'directorship') return /^.+? is (.+?) of /.exec(why)?.[1] ?? 'officer';
  if (kind === 'unknown') return 'linked to';
  if (kind.startsWith('shared_')) return `shared ${kind.slice(7).replace('email', 'e-mail')}`;
  // Ties in the records and the registry: same payer, same forwarder, same registration agent...
  return kind.replace(/_/g, ' ');
}

/** GET /diversion/network/{party}: the neighbourhood among the tenant's imported companies. */
export async function recordsNeighbourhood(party: string, hops: number): Promise<NetworkResponse> {
  const r = await api<RecordsNetwork>('GET', `/diversion/network/${encodeURIComponent(party)}?depth=${hops}`);
  const node = (n: RecordsNode): NetworkNode => ({
    id: n.id,
    name: n.name,
    type: n.kind,
    listed: n.listed,
    hop: n.depth,
  });
  const edge = (e: { from: string; to: string; kind: string; why: string }): NetworkEdge => ({
    ...e,
    label: recordsEdgeLabel(e.kind, e.why),
  });
  return {
    source: 'imported companies and records',
    center: node(r.party),
    nodes: r.nodes.map(node),
    edges: r.edges.map(edge),
    truncated: r.truncated,
    pathToListed: r.pathToListed ? r.pathToListed.map(edge) : null,
  };
}

export const importCompanies = (fileName: string, content: string) =>
  api<Schema<'CompanyImport'>>('POST', '/diversion/companies/import', {
    body: { fileName, content },
  });

export interface Placed extends NetworkNode {
  x: number;
  y: number;
  /** Direction from the centre in radians, −π/2 (up) … 3π/2, clockwise on screen: ring order. */
  angle: number;
  /** Semi-axes of the node's ring (0 for the centre). */
  rx: number;
  ry: number;
}

export function radialLayout(
  nodes: readonly NetworkNode[],
  edges: readonly NetworkEdge[],
  size: { width: number; height: number },
): Map<string, Placed> {
  const cx = size.width / 2;
  const cy = size.height / 2;
  const maxHop = Math.max(0, ...nodes.map((n) => n.hop));
  // Elliptical rings use the wide canvas; the margins leave room for names beside the outer nodes.
  const ringX = (cx - 240) / Math.max(1, maxHop);
  const ringY = (cy - 50) / Math.max(1, maxHop);
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    neighbours.set(e.from, [...(neighbours.get(e.from) ?? []), e.to]);
    neighbours.set(e.to, [...(neighbours.get(e.to) ?? []), e.from]);
  }
  // A tree by hop: each node hangs under one neighbour a hop nearer the centre (the first by name).
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = new Map<string, NetworkNode[]>();
  const sorted = [...nodes].sort((a, b) => a.hop - b.hop || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const root = sorted.find((n) => n.hop === 0);
  const out = new Map<string, Placed>();
  if (!root) return out;
  for (const n of sorted) {
    if (n === root) continue;
    const parents = (neighbours.get(n.id) ?? [])
      .map((id) => byId.get(id))
      .filter((p): p is NetworkNode => !!p && p.hop === n.hop - 1);
    const parent = parents.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))[0] ?? root;
    children.set(parent.id, [...(children.get(parent.id) ?? []), n]);
  }
  const weight = (n: NetworkNode): number =>
    Math.max(
      1,
      (children.get(n.id) ?? []).reduce((a, c) => a + weight(c), 0),
    );
  // Each subtree gets an angular sector in proportion to its leaves; children stay inside their
  // parent's sector, at most a half-turn wide, so a branch never reaches across the centre.
  const place = (n: NetworkNode, from: number, to: number) => {
    const kids = children.get(n.id) ?? [];
    if (!kids.length) return;
    let span = to - from;
    if (n !== root && span > Math.PI) {
      const mid = (from + to) / 2;
      from = mid - Math.PI / 2;
      span = Math.PI;
    }
    const total = kids.reduce((a, c) => a + weight(c), 0);
    let at = from;
    for (const c of kids) {
      const w = (span * weight(c)) / total;
      const angle = at + w / 2;
      out.set(c.id, {
        ...c,
        x: cx + c.hop * ringX * Math.cos(angle),
        y: cy + c.hop * ringY * Math.sin(angle),
        angle,
        rx: c.hop * ringX,
        ry: c.hop * ringY,
      });
      place(c, at, at + w);
      at += w;
    }
  };
  out.set(root.id, { ...root, x: cx, y: cy, angle: 0, rx: 0, ry: 0 });
  // The first branch is centred at the top (−π/2).
  const first = children.get(root.id)?.[0];
  const offset = first ? (Math.PI * weight(first)) / weight(root) : 0;
  place(root, -Math.PI / 2 - offset, (3 * Math.PI) / 2 - offset);
  return out;
}

/**
 * The drawn path of an edge and where its label goes. Straight, except a chord between two nodes
 * of one ring that would pass close to the centre (and hide it and its edges): that one bows away
 * from the centre, towards the side its two ends lie on, until it clears half the ring's radius.
 */
export function edgeGeometry(
  a: Placed,
  b: Placed,
  center: { x: number; y: number },
): { d: string; lx: number; ly: number } {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const straight = { d: `M${a.x.toFixed(1)} ${a.y.toFixed(1)}L${b.x.toFixed(1)} ${b.y.toFixed(1)}`, lx: mx, ly: my };
  if (a.hop === 0 || a.hop !== b.hop) return straight;
  let delta = b.angle - a.angle;
  while (delta > Math.PI) delta -= 2 * Math.PI;
  while (delta < -Math.PI) delta += 2 * Math.PI;
  const mid = a.angle + delta / 2;
  const ux = a.rx * Math.cos(mid);
  const uy = a.ry * Math.sin(mid);
  const ring = Math.hypot(ux, uy);
  const dist = ((mx - center.x) * ux + (my - center.y) * uy) / ring;
  const target = ring / 2;
  if (dist >= target) return straight;
  // A quadratic's apex is halfway between the chord's midpoint and its control point.
  const push = 2 * (target - dist);
  const px = mx + (push * ux) / ring;
  const py = my + (push * uy) / ring;
  return {
    d: `M${a.x.toFixed(1)} ${a.y.toFixed(1)}Q${px.toFixed(1)} ${py.toFixed(1)} ${b.x.toFixed(1)} ${b.y.toFixed(1)}`,
    lx: (mx + px) / 2,
    ly: (my + py) / 2,
  };
}
