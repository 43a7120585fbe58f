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
  describeActivity,
  findClusters,
  shortestPath,
  type ActivityLabel,
  type Cluster,
  type GraphLink,
  type NetworkParty,
  type PathStep,
} from '@dualuse/core/diversion';
import {
  inTenant,
  listCompanyLinkRows,
  listCompanyRows,
  type CompanyLinkRow,
  type CompanyRow,
  type Orm,
} from '@dualuse/store';
import type { AppContext } from '../common';
import { Neighbourhood } from './party-neighbourhood';
import { transactionTies, type TieEdge, type TransactionTies } from './transaction-ties';

export interface NetworkNode {
  id: string;
  name: string;
  /** company, person, organization, or counterparty (named on records only). */
  kind: string;
  country: string | null;
  listed: boolean;
  depth: number;
  /** What the company file declares it does (NACE/NAICS/ISIC codes or words), in words with the profile read. */
  activities: ActivityLabel[];
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
  /**
   * 'all' (default): read every company, link and record of the tenant; 'neighbourhood': fetch only what the party's
   * ties reach (party-neighbourhood.ts) — the same answer (party-network.db.test.ts), but not yet faster without an
   * index on the identifiers (bench/diversion-network.ts), so not the default.
   */
  scan?: 'neighbourhood' | 'all';
}

/** Rounds of fetching: the path to a listed party looks four hops out. */
const ROUNDS = 4;
const NO_TIES: TransactionTies = { edges: [], counterparties: new Map(), rings: [] };

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

async function loadAll(tx: Orm, withRecords: boolean): Promise<Loaded> {
  const companies = await listCompanyRows(tx);
  const links = await listCompanyLinkRows(tx);
  return { companies, links, ties: withRecords ? await transactionTies(tx, companies, links) : NO_TIES };
}

/** Round by round, what the ties so far put within one more hop of the party (party-neighbourhood.ts). */
async function loadAround(tx: Orm, party: string, withRecords: boolean): Promise<Loaded> {
  const n = new Neighbourhood(tx);
  let frontier = [{ id: party }];
  for (let round = 1; ; round++) {
    await n.expand(frontier);
    const rows = n.rows();
    const ties = withRecords ? await transactionTies(tx, rows.companies, rows.links, rows) : NO_TIES;
    const loaded = { companies: rows.companies, links: rows.links, ties };
    if (round === ROUNDS) return loaded;
    const g = graphOf(loaded);
    const { seen } = neighbourhood(g.all, g.node(party, 0), { depth: round, maxNodes: Infinity, node: g.node });
    frontier = [...seen.keys()].map((id) => ({ id, name: g.name(id) }));
  }
}

function load(ctx: AppContext, p: Principal, party: string, o: PartyNetworkOptions): Promise<Loaded> {
  const withRecords = o.records !== false;
  return inTenant(ctx.db, p.tenantId, (tx) =>
    o.scan === 'neighbourhood' ? loadAround(tx, party, withRecords) : loadAll(tx, withRecords),
  );
}

/** Every edge of what was loaded (registry links, shared contacts, record ties), and how to name and show a node. */
function graphOf({ companies, links, ties }: Loaded) {
  const byRef = new Map(companies.map((c) => [c.ref, c]));
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
      activities: (c?.activities ?? []).map(describeActivity),
    };
  };
  return { byRef, name, clusters, all, node };
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
  const loaded = await load(ctx, p, party, o);
  const { links, ties } = loaded;
  const { byRef, name, clusters, all, node } = graphOf(loaded);
  if (!byRef.has(party) && !ties.counterparties.has(party))
    throw notFound(`party "${party}" among the imported companies`);
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
