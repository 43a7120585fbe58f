/**
 * The network calls (POST /diversion/network with the user's FollowTheMoney file, GET
 * /diversion/network/{party} over the tenant's imported companies), and the merge of a
 * neighbour's own links into the drawn graph when the user expands it.
 */
import type { Schema } from '../../api';
import { api } from '../../lib/api';
import { fileBody } from './upload';

type FileNetwork = Schema<'FileNetwork'>;
/** A drawn party; a company imported into the tenant also says what it declares it does (its activities). */
export type NetworkNode = Schema<'NetworkNode'> & { activities?: Schema<'CompanyActivity'>[] };
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
    activities: n.activities,
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

/** The basis of an edge as a user reads it: "ownership", "shared address", "linked to"... */
export const edgeBasis = (kind: string): string =>
  kind === 'unknown' || kind === 'UnknownLink'
    ? 'linked to'
    : kind
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .replace(/_/g, ' ')
        .toLowerCase();

/**
 * The drawn graph plus a neighbour's own neighbourhood: new parties one hop further out than the
 * expanded one, edges deduplicated by their ends and kind; the centre and the path stay.
 */
export function mergeNeighbourhood(into: NetworkResponse, from: NetworkResponse): NetworkResponse {
  const known = new Map(into.nodes.map((n) => [n.id, n]));
  const base = known.get(from.center.id)?.hop ?? 0;
  const nodes = [...into.nodes];
  for (const n of from.nodes) if (!known.has(n.id)) nodes.push({ ...n, hop: base + n.hop });
  const key = (e: NetworkEdge) => `${[e.from, e.to].sort().join('|')}|${e.kind}|${e.label}`;
  const seen = new Set(into.edges.map(key));
  const edges = [...into.edges, ...from.edges.filter((e) => !seen.has(key(e)))];
  return { ...into, nodes, edges, truncated: into.truncated || from.truncated };
}
