/**
 * A party's neighbourhood from what the tenant imported: the registry (ownership, officers, links,
 * shared registered addresses / phones / e-mails, the same registration agent) and the records
 * (shared payer or payer account, forwarder, notify party, address / phone / e-mail on orders,
 * transaction-ties.ts). Every edge says why it exists and on which basis; the party's ring (the
 * connected group its records tie it into) is scored by listed and alerted members.
 */
import { authorise, invalidInput, notFound, type Principal } from '@dualuse/core';
import {
  buildAdjacency,
  findClusters,
  shortestPath,
  type Cluster,
  type GraphLink,
  type NetworkParty,
  type PathStep,
} from '@dualuse/core/diversion';
import { inTenant, listCompanyLinkRows, listCompanyRows, type CompanyLinkRow, type CompanyRow } from '@dualuse/store';
import type { AppContext } from '../common';
import { transactionTies, type TieEdge, type TransactionTies } from './transaction-ties';

export interface NetworkNode {
  id: string;
  name: string;
  /** company, person, organization, or counterparty (named on records only). */
  kind: string;
  country: string | null;
  listed: boolean;
  depth: number;
}
export type NetworkEdge = TieEdge;

export interface PartyNetwork {
  party: NetworkNode;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Fewest hops to a listed party (within 4), each step with its reason; null when none. */
  pathToListed: (PathStep & { fromName: string; toName: string })[] | null;
  /** The party's ring in the records (core recordNetwork), scored; null when its records tie it to no one. */
  ring: {
    members: number;
    listedMembers: number;
    alertedMembers: number;
    sharedIdentifiers: number;
    why: string;
  } | null;
  truncated: boolean;
}

export interface PartyNetworkOptions {
  depth?: number;
  maxNodes?: number;
  /** false: the registry alone, without the ties in shipments and payments (the view before issue 18). */
  records?: boolean;
}

const SCHEMA: Record<CompanyLinkRow['kind'], string> = {
  ownership: 'Ownership',
  directorship: 'Directorship',
  unknown: 'UnknownLink',
};

function linkEdge(l: CompanyLinkRow, name: (id: string) => string): NetworkEdge {
  const dates = l.startDate || l.endDate ? ` (${l.startDate ?? '?'} – ${l.endDate ?? 'now'})` : '';
  const role = l.role ? ` ("${l.role}")` : '';
  const why =
    l.kind === 'ownership'
      ? `${name(l.fromRef)} holds ${l.percentage !== null ? `${l.percentage} % of ` : 'a stake of unknown size in '}${name(l.toRef)}${dates}`
      : l.kind === 'directorship'
        ? `${name(l.fromRef)} is ${l.role ?? 'director'} of ${name(l.toRef)}${dates}`
        : `${name(l.fromRef)} is linked to ${name(l.toRef)}${role}${dates}`;
  return {
    from: l.fromRef,
    to: l.toRef,
    kind: l.kind,
    why: `${why} [record ${l.ref}]`,
    source: l.ref,
    basis: 'registry',
    ...(l.startDate ? { firstDate: l.startDate } : {}),
  };
}

const asNetworkParty = (c: CompanyRow): NetworkParty => ({
  id: c.ref,
  name: c.name,
  addresses: c.addresses,
  phones: c.phones,
  emails: c.emails,
  listed: c.listed,
});

/** Edges of the shared-address / phone / e-mail clusters (a star through the first member, as network-path.ts does). */
function clusterEdges(clusters: Cluster[]): NetworkEdge[] {
  return clusters.flatMap((c) => {
    const [first, ...rest] = c.members;
    return rest.map((m) => ({
      from: first!.party,
      to: m.party,
      kind: `shared_${c.kind}`,
      why: `same ${c.kind}: ${m.why} ("${first!.value}" / "${m.value}")`,
      source: c.id,
      basis: 'registry' as const,
    }));
  });
}

const graphLink = (l: CompanyLinkRow): GraphLink => ({
  sourceId: l.ref,
  schema: SCHEMA[l.kind],
  from: l.fromRef,
  to: l.toRef,
  properties: {
    ...(l.percentage !== null ? { percentage: [String(l.percentage)] } : {}),
    ...(l.role ? { role: [l.role] } : {}),
    ...(l.startDate ? { startDate: [l.startDate] } : {}),
    ...(l.endDate ? { endDate: [l.endDate] } : {}),
  },
});

interface Loaded {
  companies: CompanyRow[];
  links: CompanyLinkRow[];
  ties: TransactionTies;
}

async function load(ctx: AppContext, p: Principal, withRecords: boolean): Promise<Loaded> {
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const companies = await listCompanyRows(tx);
    const links = await listCompanyLinkRows(tx);
    const ties = withRecords
      ? await transactionTies(tx, companies, links)
      : { edges: [], counterparties: new Map<string, string>(), rings: [] };
    return { companies, links, ties };
  });
}

/** Breadth-first from the party up to `depth` hops, at most `maxNodes` nodes. */
function neighbourhood(
  all: NetworkEdge[],
  start: NetworkNode,
  o: { depth: number; maxNodes: number; node: (id: string, d: number) => NetworkNode },
) {
  const adj = new Map<string, NetworkEdge[]>();
  for (const e of all) for (const k of [e.from, e.to]) (adj.get(k) ?? adj.set(k, []).get(k)!).push(e);
  const seen = new Map<string, NetworkNode>([[start.id, start]]);
  const edges = new Set<NetworkEdge>();
  let frontier = [start.id];
  let truncated = false;
  for (let d = 1; d <= o.depth && frontier.length; d++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const e of adj.get(id) ?? []) {
        const other = e.from === id ? e.to : e.from;
        if (!seen.has(other)) {
          if (seen.size >= o.maxNodes) {
            truncated = true;
            continue;
          }
          seen.set(other, o.node(other, d));
          next.push(other);
        }
        edges.add(e);
      }
    frontier = next;
  }
  return { seen, edges: [...edges].filter((e) => seen.has(e.from) && seen.has(e.to)), truncated };
}

export async function partyNetwork(
  ctx: AppContext,
  p: Principal,
  party: string,
  o: PartyNetworkOptions = {},
): Promise<PartyNetwork> {
  authorise(p, 'diversion:read');
  const depth = o.depth ?? 2;
  const maxNodes = o.maxNodes ?? 200;
  if (!Number.isInteger(depth) || depth < 1 || depth > 4) throw invalidInput('depth must be 1–4', '/depth');
  const { companies, links, ties } = await load(ctx, p, o.records !== false);
  const byRef = new Map(companies.map((c) => [c.ref, c]));
  if (!byRef.has(party) && !ties.counterparties.has(party))
    throw notFound(`party "${party}" among the imported companies`);
  const name = (id: string) => byRef.get(id)?.name ?? ties.counterparties.get(id) ?? id;
  const clusters = findClusters(companies.filter((c) => c.kind !== 'person').map(asNetworkParty));
  const all = [...links.map((l) => linkEdge(l, name)), ...clusterEdges(clusters), ...ties.edges];
  const node = (id: string, d: number): NetworkNode => {
    const c = byRef.get(id);
    return {
      id,
      name: name(id),
      kind: c?.kind ?? (ties.counterparties.has(id) ? 'counterparty' : 'unknown'),
      country: c?.country ?? null,
      listed: !!c?.listed,
      depth: d,
    };
  };
  const { seen, edges, truncated } = neighbourhood(all, node(party, 0), { depth, maxNodes, node });
  const adjacency = buildAdjacency(links.map(graphLink), clusters);
  for (const e of ties.edges)
    for (const [from, to] of [
      [e.from, e.to],
      [e.to, e.from],
    ] as const)
      (adjacency.get(from) ?? adjacency.set(from, []).get(from)!).push({ from, to, kind: e.kind, why: e.why });
  const path = shortestPath(adjacency, party, (id) => !!byRef.get(id)?.listed);
  return {
    party: seen.get(party)!,
    nodes: [...seen.values()],
    edges,
    pathToListed: path ? path.map((s) => ({ ...s, fromName: name(s.from), toName: name(s.to) })) : null,
    ring: ringOf(ties, party),
    truncated,
  };
}

function ringOf(ties: TransactionTies, party: string): PartyNetwork['ring'] {
  const r = ties.rings.find((x) => x.members.some((m) => m.key === party));
  if (!r) return null;
  const { listedMembers, alertedMembers, sharedIdentifiers, why } = r;
  return { members: r.members.length, listedMembers, alertedMembers, sharedIdentifiers, why };
}
