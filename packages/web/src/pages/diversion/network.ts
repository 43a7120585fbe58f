/**
 * The network call (POST /diversion/network with the user's FollowTheMoney file) and the layout
 * of its answer: radial by hop distance — the party in the centre, its direct links on the first
 * ring, theirs on the next, each node near the neighbour that brought it in. Deterministic: the
 * same neighbourhood always draws the same way, so two analysts see the same picture.
 */
import { api } from '../../lib/api';
import { fileBody } from './upload';

export interface NetworkNode {
  id: string;
  name: string;
  type: string;
  listed: boolean;
  listedFrom?: string;
  hop: number;
}

export interface NetworkEdge {
  from: string;
  to: string;
  kind: string;
  label: string;
  why: string;
}

export interface NetworkResponse {
  file: string;
  parties: number;
  links: number;
  center: NetworkNode;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  truncated: boolean;
  pathToListed: NetworkEdge[] | null;
}

export async function neighbourhood(file: File, party: string | undefined, hops: number): Promise<NetworkResponse> {
  return api<NetworkResponse>('POST', '/diversion/network', { body: { file: await fileBody(file), ...(party ? { party } : {}), hops } });
}

export interface Placed extends NetworkNode {
  x: number;
  y: number;
  /** Direction from the centre in radians, −π/2 (up) … 3π/2, clockwise on screen: ring order. */
  angle: number;
}

export function radialLayout(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[], size: { width: number; height: number }): Map<string, Placed> {
  const cx = size.width / 2;
  const cy = size.height / 2;
  const maxHop = Math.max(0, ...nodes.map((n) => n.hop));
  const ring = (Math.min(cx, cy) - 40) / Math.max(1, maxHop);
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    neighbours.set(e.from, [...(neighbours.get(e.from) ?? []), e.to]);
    neighbours.set(e.to, [...(neighbours.get(e.to) ?? []), e.from]);
  }
  const out = new Map<string, Placed>();
  for (const n of nodes.filter((m) => m.hop === 0)) out.set(n.id, { ...n, x: cx, y: cy, angle: 0 });
  for (let hop = 1; hop <= maxHop; hop++) {
    // Sort by the angle of the placed neighbour nearest the centre, then by name: children sit by their parents.
    const parentAngle = (n: NetworkNode) => Math.min(...(neighbours.get(n.id) ?? []).map((id) => out.get(id)).filter((p): p is Placed => !!p && p.hop < hop).map((p) => p.angle), Infinity);
    const ringNodes = nodes.filter((n) => n.hop === hop).map((n) => ({ n, a: parentAngle(n) })).sort((p, q) => (p.a === q.a ? p.n.name.localeCompare(q.n.name) : p.a - q.a));
    ringNodes.forEach(({ n }, i) => {
      // Start at the top (−π/2); a ring of one sits straight above.
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / ringNodes.length;
      out.set(n.id, { ...n, x: cx + hop * ring * Math.cos(angle), y: cy + hop * ring * Math.sin(angle), angle });
    });
  }
  return out;
}
