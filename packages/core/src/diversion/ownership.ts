/**
 * Who is covered by a listing through ownership, as of a date, under each regime of
 * data/ownership-regimes.ts, with the chain of holdings as evidence.
 *
 * Computed as a fixpoint: an entity is covered when the stakes held in it by listed or
 * already-covered owners add up to the threshold (OFAC: "50 percent or more ... individually
 * or in the aggregate, directly or indirectly"). A covered intermediary passes on its whole
 * stake, so percentages are never multiplied along a chain; cycles settle because coverage
 * only grows. A stake of unknown size is reported, never counted.
 */
import { OWNERSHIP_LISTS } from './data/ownership-lists';
import { OWNERSHIP_REGIMES, SIGNIFICANT_MINORITY, regimeInForce, type OwnershipRegime } from './data/ownership-regimes';

export interface OwnershipEdge {
  id: string;
  owner: string;
  asset: string;
  /** 0–100; undefined when the source gives none. */
  percentage?: number;
  startDate?: string;
  endDate?: string;
  /** Control without (or beyond) equity: the EU control criterion. */
  control?: boolean;
}

export interface ListedOwner {
  id: string;
  name?: string;
  /**
   * Ids of the lists this party is on (data/ownership-lists.ts). A regime counts the party only
   * when one of them is among the regime's own `lists`; none = counted under no regime.
   */
  lists: readonly string[];
  listedFrom?: string;
}

/**
 * A party flagged listed must say which list: a bare flag would count under every regime (an
 * SDN would trigger the BIS Entity List rule). It counts under none, and the warning says so.
 */
export function unnamedListWarnings(owners: readonly (ListedOwner & { name?: string })[], shown = 5): string[] {
  const bare = owners.filter((o) => !o.lists.length);
  // A file of bare flags would give a warning per party: the first few, then how many more.
  const more = bare.length > shown ? [`… and ${bare.length - shown} more listed parties naming no list`] : [];
  return bare
    .slice(0, shown)
    .map(
      (o) =>
        `${o.name ? `${o.name} (${o.id})` : o.id}: flagged listed but names no list (listed_on); counted under no ownership regime — say which list it is on (${OWNERSHIP_LISTS.map((l) => l.id).join(', ')})`,
    )
    .concat(more);
}

export interface Holding {
  edge: string;
  owner: string;
  percentage?: number;
  control?: boolean;
  /** Why the owner counts: listed itself, or covered (then `via` explains it). */
  ownerStatus: 'listed' | 'covered';
}

export interface Coverage {
  entity: string;
  regime: string;
  /** Aggregate stake of listed and covered owners, 0–100. */
  aggregate: number;
  covered: boolean;
  basis: 'ownership' | 'control' | 'minority' | 'none';
  holdings: Holding[];
  /** Stakes of unknown size held by listed/covered owners: to be checked by hand. */
  unknownStakes: string[];
}

export interface OwnershipAnswer {
  asOf: string;
  regime: OwnershipRegime;
  inForce: boolean;
  covered: Map<string, Coverage>;
  warnings: string[];
}

const live = (e: { startDate?: string; endDate?: string }, d: string) =>
  (!e.startDate || e.startDate <= d) && (!e.endDate || d <= e.endDate);

export function computeCoverage(
  edges: readonly OwnershipEdge[],
  listed: readonly ListedOwner[],
  asOf: string,
  regimeId: string,
): OwnershipAnswer {
  const regime = OWNERSHIP_REGIMES.find((r) => r.id === regimeId);
  if (!regime)
    throw new Error(`unknown ownership regime "${regimeId}" (known: ${OWNERSHIP_REGIMES.map((r) => r.id).join(', ')})`);
  const warnings: string[] = [];
  const inForce = !!regimeInForce(regime, asOf);
  const listedIds = new Set(
    listed
      .filter((l) => l.lists.some((x) => regime.lists.includes(x)) && (!l.listedFrom || l.listedFrom <= asOf))
      .map((l) => l.id),
  );
  const { index, ids, liveEdges, liveOwner, liveAsset } = indexLiveEdges(edges, asOf);
  const { kept, keptOwner, keptAsset } = keepLargestStakes({ ids, liveEdges, liveOwner, liveAsset }, warnings);
  const byAsset = adjacency(ids.length, keptAsset);
  const byOwner = adjacency(ids.length, keptOwner);
  const listedFlag = new Uint8Array(ids.length);
  for (const id of listedIds) {
    const i = index.get(id);
    if (i !== undefined) listedFlag[i] = 1;
  }
  const coveredFlag = new Uint8Array(ids.length);
  const covered = new Map<string, Coverage>();
  const overfull = new Uint8Array(ids.length);
  const meets = (x: number) =>
    regime.inclusive ? x >= regime.threshold * 100 - 1e-9 : x > regime.threshold * 100 + 1e-9;
  const evaluate = (asset: number): Coverage => {
    const holdings: Holding[] = [];
    const unknownStakes: string[] = [];
    let aggregate = 0;
    let total = 0;
    let control = false;
    for (let x = byAsset.start[asset]!; x < byAsset.start[asset + 1]!; x++) {
      const e = kept[byAsset.edge[x]!]!;
      total += e.percentage ?? 0;
      const owner = keptOwner[byAsset.edge[x]!]!;
      if (!listedFlag[owner] && !coveredFlag[owner]) continue;
      holdings.push({
        edge: e.id,
        owner: e.owner,
        ...(e.percentage !== undefined ? { percentage: e.percentage } : {}),
        ...(e.control ? { control: true } : {}),
        ownerStatus: listedFlag[owner] ? 'listed' : 'covered',
      });
      if (e.percentage === undefined && !e.control) unknownStakes.push(e.id);
      aggregate += e.percentage ?? 0;
      control ||= !!e.control && regime.controlCounts;
    }
    if (total > 100.5 && !overfull[asset]) {
      overfull[asset] = 1;
      warnings.push(`${ids[asset]}: live stakes add up to ${total} %, more than 100 % (overlapping records?)`);
    }
    aggregate = Math.min(100, Math.round(aggregate * 1000) / 1000);
    const byOwnership = meets(aggregate);
    const basis = byOwnership
      ? 'ownership'
      : control
        ? 'control'
        : aggregate >= SIGNIFICANT_MINORITY * 100
          ? 'minority'
          : 'none';
    return {
      entity: ids[asset]!,
      regime: regime.id,
      aggregate,
      covered: byOwnership || control,
      basis,
      holdings,
      unknownStakes,
    };
  };
  // Worklist from the listed parties outwards; an asset is re-evaluated whenever one of its owners becomes covered.
  const queue: number[] = [];
  const pushAssets = (owner: number) => {
    for (let x = byOwner.start[owner]!; x < byOwner.start[owner + 1]!; x++) queue.push(keptAsset[byOwner.edge[x]!]!);
  };
  for (const id of listedIds) {
    const i = index.get(id);
    if (i !== undefined) pushAssets(i);
  }
  while (queue.length) {
    const asset = queue.pop()!;
    const was = coveredFlag[asset] === 1;
    const c = evaluate(asset);
    covered.set(c.entity, c);
    if (c.covered && !was) {
      coveredFlag[asset] = 1;
      pushAssets(asset);
    }
  }
  return { asOf, regime, inForce, covered, warnings };
}

/**
 * Parties as integers and holdings as adjacency arrays (CSR): a million edges cost a few arrays, not maps of strings.
 */
function indexLiveEdges(edges: readonly OwnershipEdge[], asOf: string) {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const idOf = (id: string) => {
    let i = index.get(id);
    if (i === undefined) {
      index.set(id, (i = ids.length));
      ids.push(id);
    }
    return i;
  };
  const liveEdges: OwnershipEdge[] = [];
  const liveOwner: number[] = [];
  const liveAsset: number[] = [];
  let lastAsset = '';
  let lastAssetId = -1;
  for (const e of edges) {
    if (!live(e, asOf) || e.owner === e.asset) continue;
    // Registries list an asset's holders together: the previous asset is the usual next one.
    if (e.asset !== lastAsset) [lastAsset, lastAssetId] = [e.asset, idOf(e.asset)];
    liveEdges.push(e);
    liveOwner.push(idOf(e.owner));
    liveAsset.push(lastAssetId);
  }
  return { index, ids, liveEdges, liveOwner, liveAsset };
}

/**
 * One stake per owner→asset pair: registries re-file the same holding; keep the largest live record (at the place of
 * the first, so holdings keep the input order).
 */
function keepLargestStakes(
  live: { ids: string[]; liveEdges: OwnershipEdge[]; liveOwner: number[]; liveAsset: number[] },
  warnings: string[],
) {
  const { ids, liveEdges, liveOwner, liveAsset } = live;
  const allByAsset = adjacency(ids.length, liveAsset);
  const kept: OwnershipEdge[] = [];
  const keptOwner: number[] = [];
  const keptAsset: number[] = [];
  const ownerSeenFor = new Int32Array(ids.length).fill(-1);
  const ownerKeptAt = new Int32Array(ids.length);
  for (let a = 0; a < ids.length; a++) {
    for (let x = allByAsset.start[a]!; x < allByAsset.start[a + 1]!; x++) {
      const i = allByAsset.edge[x]!;
      const o = liveOwner[i]!;
      const e = liveEdges[i]!;
      if (ownerSeenFor[o] !== a) {
        ownerSeenFor[o] = a;
        ownerKeptAt[o] = kept.length;
        kept.push(e);
        keptOwner.push(o);
        keptAsset.push(a);
        continue;
      }
      const at = ownerKeptAt[o]!;
      const prev = kept[at]!;
      warnings.push(`${e.owner} → ${e.asset}: several live records (${prev.id}, ${e.id}); the largest stake is used`);
      if ((e.percentage ?? -1) > (prev.percentage ?? -1) || (e.control && !prev.control))
        kept[at] = { ...e, control: !!(e.control || prev.control) };
    }
  }
  return { kept, keptOwner, keptAsset };
}

/**
 * Compressed adjacency: the edges (indexes into the kept edges) of node v are edge[start[v] .. start[v + 1]), in input
 * order.
 */
function adjacency(nodes: number, endpoint: readonly number[]): { start: Int32Array; edge: Int32Array } {
  const start = new Int32Array(nodes + 1);
  for (const v of endpoint) start[v + 1]!++;
  for (let v = 0; v < nodes; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, nodes);
  const edge = new Int32Array(endpoint.length);
  endpoint.forEach((v, i) => (edge[fill[v]!++] = i));
  return { start, edge };
}

export interface ChainStep {
  entity: string;
  aggregate: number;
  basis: Coverage['basis'];
  holdings: (Holding & { via?: ChainStep })[];
}

/** The evidence tree behind an entity's coverage: each covered owner expanded in turn (cycles cut). */
export function explainCoverage(
  answer: OwnershipAnswer,
  entity: string,
  seen: Set<string> = new Set(),
): ChainStep | undefined {
  const c = answer.covered.get(entity);
  if (!c) return undefined;
  seen.add(entity);
  const holdings = c.holdings.map((h) => {
    const via =
      h.ownerStatus === 'covered' && !seen.has(h.owner) ? explainCoverage(answer, h.owner, new Set(seen)) : undefined;
    return via ? { ...h, via } : h;
  });
  return { entity, aggregate: c.aggregate, basis: c.basis, holdings };
}

/** FtM `Ownership` / `UnknownLink` links (from `parseFtm`) as ownership edges. */
export function edgesFromLinks(
  links: readonly {
    sourceId: string;
    schema: string;
    from: string;
    to: string;
    properties: Record<string, string[]>;
  }[],
): OwnershipEdge[] {
  return links
    .filter((l) => l.schema === 'Ownership')
    .map((l) => {
      const pct = Number.parseFloat(l.properties.percentage?.[0] ?? '');
      const e: OwnershipEdge = { id: l.sourceId, owner: l.from, asset: l.to };
      if (Number.isFinite(pct)) e.percentage = pct;
      if (l.properties.startDate?.[0]) e.startDate = l.properties.startDate[0].slice(0, 10);
      if (l.properties.endDate?.[0]) e.endDate = l.properties.endDate[0].slice(0, 10);
      return e;
    });
}

/** One line of evidence: "60 % by B [covered: 60 % by L (listed)]", nested as deep as the chain goes. */
export function describeChain(step: ChainStep, names: (id: string) => string = (id) => id): string {
  return step.holdings
    .map((h) => {
      const stake =
        h.percentage !== undefined ? `${h.percentage} %` : h.control ? 'control' : 'a stake of unknown size';
      const who =
        h.ownerStatus === 'listed'
          ? `${names(h.owner)} (listed)`
          : `${names(h.owner)}${h.via ? ` [covered: ${describeChain(h.via, names)}]` : ' (covered)'}`;
      return `${stake} by ${who}`;
    })
    .join(', ');
}
