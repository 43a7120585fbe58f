/**
 * A FollowTheMoney export (OpenSanctions, a registry, the OFAC slice in shared/data/graph) as
 * the diversion graph: parties with addresses and contacts, ownership edges with dates, and
 * which parties are listed. Listed = a sanctions/export-control target: FtM `target: true`, a
 * `topics` value of sanction*, export.control* or debarment, or a programme from a Sanction record.
 * Which lists: the record's `datasets` (OpenSanctions dataset names) mapped through
 * data/ownership-lists.ts; a listed party with none of ours counts under no ownership regime,
 * and one warning names such parties.
 */
import { parseFtm } from '../screening/formats/ftm';
import { decodeText } from '../screening/formats/input';
import type { NetworkParty } from './network';
import type { GraphLink } from './network-path';
import { ownershipListOf } from './data/ownership-lists';
import { edgesFromLinks, unnamedListWarnings, type ListedOwner, type OwnershipEdge } from './ownership';

export interface FtmGraph {
  parties: (NetworkParty & { type: string; listedFrom?: string; lists: string[] })[];
  edges: OwnershipEdge[];
  /** Every FtM relationship (Ownership, Directorship, UnknownLink, Family...) for path finding. */
  links: GraphLink[];
  listed: ListedOwner[];
  names: Map<string, string>;
  warnings: string[];
}

const LISTED_TOPICS = /^(sanction|export\.control|debarment)/;

export function ftmGraph(file: string, bytes: Uint8Array): FtmGraph {
  const parsed = parseFtm(file, bytes);
  const targets = new Set<string>();
  const listsOf = new Map<string, string[]>();
  for (const line of decodeText(file, bytes).split('\n')) {
    if (!line.includes('"target"') && !line.includes('"topics"') && !line.includes('"datasets"')) continue;
    const r = JSON.parse(line) as {
      id: string;
      target?: boolean;
      datasets?: string[];
      properties?: { topics?: string[] };
    };
    if (r.target === true || r.properties?.topics?.some((t) => LISTED_TOPICS.test(t))) targets.add(r.id);
    const lists = [...new Set((r.datasets ?? []).map(ownershipListOf).filter((l): l is string => !!l))];
    if (lists.length) listsOf.set(r.id, lists);
  }
  const parties = parsed.entries.map((e) => ({
    id: e.sourceId,
    name: e.names[0]!.full,
    type: e.type,
    addresses: e.addresses.map((a) => a.full ?? [a.street, a.city, a.country].filter(Boolean).join(', ')),
    phones: e.identifiers.filter((i) => i.type === 'phone').map((i) => i.value),
    emails: e.identifiers.filter((i) => i.type === 'email').map((i) => i.value),
    listed: targets.has(e.sourceId) || e.programs.length > 0,
    lists: listsOf.get(e.sourceId) ?? [],
    ...(e.listedOn ? { listedFrom: e.listedOn } : {}),
  }));
  const listed = parties
    .filter((p) => p.listed)
    .map((p): ListedOwner => ({
      id: p.id,
      name: p.name,
      lists: p.lists,
      ...(p.listedFrom ? { listedFrom: p.listedFrom } : {}),
    }));
  return {
    parties,
    edges: edgesFromLinks(parsed.links ?? []),
    links: parsed.links ?? [],
    listed,
    names: new Map(parties.map((p) => [p.id, p.name])),
    warnings: [...parsed.warnings, ...unnamedListWarnings(listed)],
  };
}
