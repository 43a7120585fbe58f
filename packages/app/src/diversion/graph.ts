/**
 * A party's neighbourhood and ownership from the companies and links the tenant imported
 * (diversion-records.ts): every edge says why it exists (the registry record behind an
 * ownership or directorship, or the shared address / phone / e-mail, network.ts), and
 * ownership coverage is answered as of a date under each regime with its chain
 * (core/src/diversion/ownership.ts).
 */
import { authorise, invalidInput, notFound, type Principal } from '@dualuse/core';
import {
  buildAdjacency,
  computeCoverage,
  describeChain,
  explainCoverage,
  findClusters,
  OWNERSHIP_REGIMES,
  shortestPath,
  unnamedListWarnings,
  type ChainStep,
  type Cluster,
  type GraphLink,
  type NetworkParty,
  type OwnershipEdge,
  type PathStep,
} from '@dualuse/core/diversion';
import { inTenant, listCompanyLinkRows, listCompanyRows, type CompanyLinkRow, type CompanyRow } from '@dualuse/store';
import type { AppContext } from '../common';

const SCHEMA: Record<CompanyLinkRow['kind'], string> = {
  ownership: 'Ownership',
  directorship: 'Directorship',
  unknown: 'UnknownLink',
};

async function load(ctx: AppContext, p: Principal) {
  const [companies, links] = await inTenant(
    ctx.db,
    p.tenantId,
    async (tx) => [await listCompanyRows(tx), await listCompanyLinkRows(tx)] as const,
  );
  return { companies, links, byRef: new Map(companies.map((c) => [c.ref, c])) };
}

export interface NetworkNode {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  listed: boolean;
  depth: number;
}
export interface NetworkEdge {
  from: string;
  to: string;
  kind: string;
  why: string;
  source: string;
}

export interface PartyNetwork {
  party: NetworkNode;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Fewest hops to a listed party (within 4), each step with its reason; null when none. */
  pathToListed: (PathStep & { fromName: string; toName: string })[] | null;
  truncated: boolean;
}

function linkEdge(l: CompanyLinkRow, name: (id: string) => string): NetworkEdge {
  const dates = l.startDate || l.endDate ? ` (${l.startDate ?? '?'} – ${l.endDate ?? 'now'})` : '';
  const role = l.role ? ` ("${l.role}")` : '';
  const why =
    l.kind === 'ownership'
      ? `${name(l.fromRef)} holds ${l.percentage !== null ? `${l.percentage} % of ` : 'a stake of unknown size in '}${name(l.toRef)}${dates}`
      : l.kind === 'directorship'
        ? `${name(l.fromRef)} is ${l.role ?? 'director'} of ${name(l.toRef)}${dates}`
        : `${name(l.fromRef)} is linked to ${name(l.toRef)}${role}${dates}`;
  return { from: l.fromRef, to: l.toRef, kind: l.kind, why: `${why} [record ${l.ref}]`, source: l.ref };
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
    }));
  });
}

export async function partyNetwork(
  ctx: AppContext,
  p: Principal,
  party: string,
  o: { depth?: number; maxNodes?: number } = {},
): Promise<PartyNetwork> {
  authorise(p, 'diversion:read');
  const depth = o.depth ?? 2;
  const maxNodes = o.maxNodes ?? 200;
  if (!Number.isInteger(depth) || depth < 1 || depth > 4) throw invalidInput('depth must be 1–4', '/depth');
  const { companies, links, byRef } = await load(ctx, p);
  const start = byRef.get(party);
  if (!start) throw notFound(`party "${party}" among the imported companies`);
  const name = (id: string) => byRef.get(id)?.name ?? id;
  const clusters = findClusters(companies.filter((c) => c.kind !== 'person').map(asNetworkParty));
  const all = [...links.map((l) => linkEdge(l, name)), ...clusterEdges(clusters)];
  const adj = new Map<string, NetworkEdge[]>();
  for (const e of all) for (const k of [e.from, e.to]) (adj.get(k) ?? adj.set(k, []).get(k)!).push(e);
  const node = (id: string, d: number): NetworkNode => {
    const c = byRef.get(id);
    return {
      id,
      name: c?.name ?? id,
      kind: c?.kind ?? 'unknown',
      country: c?.country ?? null,
      listed: !!c?.listed,
      depth: d,
    };
  };
  const seen = new Map<string, NetworkNode>([[party, node(party, 0)]]);
  const edges = new Set<NetworkEdge>();
  let frontier = [party];
  let truncated = false;
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const e of adj.get(id) ?? []) {
        const other = e.from === id ? e.to : e.from;
        if (!seen.has(other)) {
          if (seen.size >= maxNodes) {
            truncated = true;
            continue;
          }
          seen.set(other, node(other, d));
          next.push(other);
        }
        edges.add(e);
      }
    frontier = next;
  }
  const graphLinks: GraphLink[] = links.map((l) => ({
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
  }));
  const path = shortestPath(buildAdjacency(graphLinks, clusters), party, (id) => !!byRef.get(id)?.listed);
  return {
    party: seen.get(party)!,
    nodes: [...seen.values()],
    edges: [...edges].filter((e) => seen.has(e.from) && seen.has(e.to)),
    pathToListed: path ? path.map((s) => ({ ...s, fromName: name(s.from), toName: name(s.to) })) : null,
    truncated,
  };
}

export interface PartyOwnership {
  party: { id: string; name: string; listed: boolean };
  asOf: string;
  regimes: {
    regime: string;
    title: string;
    inForce: boolean;
    covered: boolean;
    aggregate: number;
    basis: string;
    chain: string;
    evidence: ChainStep | null;
    unknownStakes: string[];
  }[];
  /** Direct holders of the party live on the date, listed or not. */
  owners: {
    id: string;
    name: string;
    listed: boolean;
    percentage: number | null;
    startDate: string | null;
    endDate: string | null;
    source: string;
  }[];
  warnings: string[];
}

export async function partyOwnership(
  ctx: AppContext,
  p: Principal,
  party: string,
  asOf: string,
): Promise<PartyOwnership> {
  authorise(p, 'diversion:read');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw invalidInput(`as_of "${asOf}": expected YYYY-MM-DD`, '/as_of');
  const { companies, links, byRef } = await load(ctx, p);
  const start = byRef.get(party);
  if (!start) throw notFound(`party "${party}" among the imported companies`);
  const name = (id: string) => byRef.get(id)?.name ?? id;
  const own = links.filter((l) => l.kind === 'ownership');
  const edges: OwnershipEdge[] = own.map((l) => ({
    id: l.ref,
    owner: l.fromRef,
    asset: l.toRef,
    ...(l.percentage !== null ? { percentage: l.percentage } : {}),
    ...(l.startDate ? { startDate: l.startDate } : {}),
    ...(l.endDate ? { endDate: l.endDate } : {}),
  }));
  const listed = companies
    .filter((c) => c.listed)
    .map((c) => ({
      id: c.ref,
      name: c.name,
      lists: c.listedOn,
      ...(c.listedFrom ? { listedFrom: c.listedFrom } : {}),
    }));
  // A bare listed flag up the party's ownership tree counts under no regime: said, not silently dropped.
  const warnings: string[] = unnamedListWarnings(listed.filter((l) => upstream(edges, party).has(l.id)));
  const regimes = OWNERSHIP_REGIMES.map((r) => {
    const answer = computeCoverage(edges, listed, asOf, r.id);
    warnings.push(...answer.warnings.map((w) => `${r.id}: ${w}`));
    const c = answer.covered.get(party);
    const evidence = c ? (explainCoverage(answer, party) ?? null) : null;
    return {
      regime: r.id,
      title: r.title,
      inForce: answer.inForce,
      covered: !!c?.covered,
      aggregate: c?.aggregate ?? 0,
      basis: c?.basis ?? 'none',
      chain: evidence ? describeChain(evidence, name) : '',
      evidence,
      unknownStakes: c?.unknownStakes ?? [],
    };
  });
  const live = (l: CompanyLinkRow) => (!l.startDate || l.startDate <= asOf) && (!l.endDate || asOf <= l.endDate);
  const owners = own
    .filter((l) => l.toRef === party && live(l))
    .map((l) => ({
      id: l.fromRef,
      name: name(l.fromRef),
      listed: !!byRef.get(l.fromRef)?.listed,
      percentage: l.percentage,
      startDate: l.startDate,
      endDate: l.endDate,
      source: l.ref,
    }));
  return { party: { id: start.ref, name: start.name, listed: start.listed }, asOf, regimes, owners, warnings };
}

/** Every party holding a stake in `party`, directly or through others (any date). */
function upstream(edges: readonly OwnershipEdge[], party: string): Set<string> {
  const owners = new Map<string, string[]>();
  for (const e of edges) owners.set(e.asset, [...(owners.get(e.asset) ?? []), e.owner]);
  const seen = new Set<string>();
  const todo = [party];
  while (todo.length)
    for (const o of owners.get(todo.pop()!) ?? []) {
      if (seen.has(o)) continue;
      seen.add(o);
      todo.push(o);
    }
  return seen;
}
