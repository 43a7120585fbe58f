/**
 * The shortest explained path from a party to a listed party: through ownership, directorships,
 * "linked to" remarks (FtM UnknownLink, e.g. OFAC's), family ties and shared addresses, phones or
 * e-mails (network.ts clusters). Every step carries its reason and source, so an analyst can
 * check each link rather than trust a distance. Breadth-first: fewest hops, first found wins.
 */
import type { Cluster } from './network';

export interface GraphLink {
  sourceId: string;
  schema: string;
  from: string;
  to: string;
  properties: Record<string, string[]>;
}

export interface PathStep {
  from: string;
  to: string;
  kind: string;
  why: string;
}

type Adjacency = Map<string, PathStep[]>;

function linkWhy(l: GraphLink): string {
  const pct = l.properties.percentage?.[0];
  const role = l.properties.role?.[0];
  const dates = [l.properties.startDate?.[0], l.properties.endDate?.[0]].some(Boolean)
    ? ` (${l.properties.startDate?.[0] ?? '?'} – ${l.properties.endDate?.[0] ?? 'now'})`
    : '';
  switch (l.schema) {
    case 'Ownership':
      return `${l.from} owns ${pct ? `${pct} % of ` : ''}${l.to}${role ? `, "${role}"` : ''}${dates} [${l.sourceId}]`;
    case 'Directorship':
      return `${l.from} is ${role ?? 'director'} of ${l.to}${dates} [${l.sourceId}]`;
    case 'UnknownLink':
      return `${l.from} is linked to ${l.to}${role ? ` ("${role}")` : ''} [${l.sourceId}]`;
    default:
      return `${l.schema} ${l.from} – ${l.to}${role ? ` ("${role}")` : ''}${dates} [${l.sourceId}]`;
  }
}

export function buildAdjacency(links: readonly GraphLink[], clusters: readonly Cluster[] = []): Adjacency {
  const adj: Adjacency = new Map();
  const add = (s: PathStep) => {
    const a = adj.get(s.from);
    if (a) a.push(s);
    else adj.set(s.from, [s]);
  };
  for (const l of links) {
    const why = linkWhy(l);
    add({ from: l.from, to: l.to, kind: l.schema, why });
    add({ from: l.to, to: l.from, kind: l.schema, why });
  }
  // A cluster links each member to the others (star through the first keeps it linear in size).
  for (const c of clusters) {
    const [first, ...rest] = c.members;
    for (const m of rest) {
      const why = `same ${c.kind}: ${m.why}${c.kind === 'address' ? ` ("${first!.value}" / "${m.value}")` : ''}`;
      for (const [a, b] of [
        [first!.party, m.party],
        [m.party, first!.party],
      ] as const)
        add({ from: a, to: b, kind: `shared_${c.kind}`, why });
      for (const o of rest)
        if (o !== m)
          add({
            from: m.party,
            to: o.party,
            kind: `shared_${c.kind}`,
            why: `same ${c.kind} as ${first!.party}: ${m.why}`,
          });
    }
  }
  return adj;
}

/** Fewest-hop path from `start` to any party `isTarget` accepts (not `start` itself), up to `maxHops`. */
export function shortestPath(
  adj: Adjacency,
  start: string,
  isTarget: (id: string) => boolean,
  maxHops = 4,
): PathStep[] | null {
  const prev = new Map<string, PathStep | null>([[start, null]]);
  let frontier = [start];
  for (let hop = 0; hop < maxHops && frontier.length; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const step of adj.get(node) ?? []) {
        if (prev.has(step.to)) continue;
        prev.set(step.to, step);
        if (isTarget(step.to)) {
          const path: PathStep[] = [];
          for (let s: PathStep | null | undefined = step; s; s = prev.get(s.from)) path.unshift(s);
          return path;
        }
        next.push(step.to);
      }
    }
    frontier = next;
  }
  return null;
}
