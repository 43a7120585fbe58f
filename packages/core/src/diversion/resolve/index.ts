/**
 * Entity resolution over a batch of party records (see types.ts). Records are filed under
 * blocking keys (name tokens and their sounds, door numbers, PO boxes, phones, e-mails,
 * domains, identifiers), so only records sharing a key are compared: 50,000 parties cost a
 * few comparisons each, not 50,000² / 2. Two records sharing only name keys are compared when
 * they share at least two and nearly half of the shorter name's keys (one common word is not a
 * candidate). Accepted links are joined into
 * clusters strongest first; a cluster's confidence is its weakest necessary link.
 */
import { normaliseName } from '../../screening/matching/normalise';
import { compareParties } from './compare';
import { prepareParty, type PreparedParty } from './prepare';
import type { PartyCluster, Resolution, ResolutionLink, ResolvableParty, ResolveOptions } from './types';

export * from './types';
export { normalisePhone, normaliseEmail, domainOf, normaliseIdentifierInput, FREE_MAIL_DOMAINS } from './contacts';
export { prepareParty, type PreparedParty } from './prepare';
export { compareParties } from './compare';

export const DEFAULT_RESOLVE_THRESHOLD = 0.7;
const MIN_NAME_KEYS = 2;
/** ...and at least this share of the shorter name's keys (as the screening index's MIN_BLOCKING_SHARE): one common word is not enough. */
const MIN_NAME_SHARE = 0.45;

/**
 * A key for one party without the rest of the batch: its name's tokens (screening
 * normalisation: legal form dropped, abbreviations expanded, first romanised reading, sorted)
 * and country. Equal keys are the same counterparty for grouping ("Asia Components LLC" and
 * "ASIA COMPONENTS, OOO" in KG); spellings and scripts beyond that need `resolveParties`.
 */
export function resolutionKey(party: Pick<ResolvableParty, 'name' | 'country' | 'type'>): string {
  const reading = normaliseName(party.name, party.type ?? 'organization')[0];
  const tokens = reading?.tokens.length ? [...reading.tokens].sort().join(' ') : party.name.trim().toLowerCase();
  return `${tokens}|${party.country?.trim().toUpperCase() || '?'}`;
}

export function resolveParties(records: readonly ResolvableParty[], options: ResolveOptions = {}): Resolution {
  const threshold = options.threshold ?? DEFAULT_RESOLVE_THRESHOLD;
  const reviewFrom = options.reviewFrom ?? 0.5;
  const maxBlock = options.maxBlock ?? 500;
  const prepared: PreparedParty[] = [];
  const seen = new Set<string>();
  records.forEach((r, i) => {
    const ref = r.ref ?? String(i);
    if (seen.has(ref)) throw new Error(`records[${i}].ref: "${ref}" is used twice; every record needs its own ref`);
    seen.add(ref);
    prepared.push(prepareParty(r, ref));
  });
  // Blocking: key → record indexes.
  const blocks = new Map<string, number[]>();
  prepared.forEach((p, i) => {
    for (const k of p.keys) {
      const b = blocks.get(k);
      if (b) b.push(i);
      else blocks.set(k, [i]);
    }
  });
  const n = prepared.length;
  // Pair (i < j, as i * n + j) → shared name keys, + 1000 when a non-name key is shared.
  const pairs = new Map<number, number>();
  const skippedBlocks: { key: string; size: number }[] = [];
  for (const [key, members] of blocks) {
    if (members.length < 2) continue;
    if (members.length > maxBlock) {
      skippedBlocks.push({ key, size: members.length });
      continue;
    }
    const add = key.startsWith('n') ? 1 : 1000;
    for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) {
      const pk = members[x]! * n + members[y]!;
      pairs.set(pk, (pairs.get(pk) ?? 0) + add);
    }
  }
  const accepted: ResolutionLink[] = [];
  const nearMisses: ResolutionLink[] = [];
  let compared = 0;
  const nameKeys = prepared.map((p) => [...p.keys].filter((k) => k.startsWith('n')).length);
  for (const [pk, shared] of pairs) {
    const [i, j] = [Math.floor(pk / n), pk % n];
    if (shared < 1000 && (shared < MIN_NAME_KEYS || shared < MIN_NAME_SHARE * Math.min(nameKeys[i]!, nameKeys[j]!))) continue;
    compared++;
    const link = compareParties(prepared[i]!, prepared[j]!);
    if (link.confidence >= threshold) accepted.push(link);
    else if (link.confidence >= reviewFrom) nearMisses.push(link);
  }
  const clusters = cluster(prepared.map((p) => p.ref), accepted);
  const clusterOf = new Map(prepared.map((p) => [p.ref, p.ref]));
  for (const c of clusters) for (const m of c.members) clusterOf.set(m, c.id);
  return {
    threshold, clusters, clusterOf,
    nearMisses: nearMisses.sort((a, b) => b.confidence - a.confidence),
    skippedBlocks: skippedBlocks.sort((a, b) => b.size - a.size).slice(0, 100),
    stats: { records: n, blocks: blocks.size, candidatePairs: pairs.size, compared, links: accepted.length },
  };
}

/** Union of accepted links, strongest first (a maximum spanning forest gives each cluster's weakest necessary link). */
function cluster(refs: string[], links: ResolutionLink[]): PartyCluster[] {
  const parent = new Map(refs.map((r) => [r, r]));
  const find = (r: string): string => {
    let root = r;
    while (parent.get(root) !== root) root = parent.get(root)!;
    while (parent.get(r) !== root) {
      const next = parent.get(r)!;
      parent.set(r, root);
      r = next;
    }
    return root;
  };
  const weakest = new Map<string, number>();
  for (const l of [...links].sort((x, y) => y.confidence - x.confidence || x.a.localeCompare(y.a))) {
    const [ra, rb] = [find(l.a), find(l.b)];
    if (ra === rb) continue;
    const w = Math.min(l.confidence, weakest.get(ra) ?? 1, weakest.get(rb) ?? 1);
    parent.set(rb, ra);
    weakest.set(ra, w);
  }
  const groups = new Map<string, string[]>();
  for (const r of refs) {
    const root = find(r);
    const g = groups.get(root);
    if (g) g.push(r);
    else groups.set(root, [r]);
  }
  const linksOf = new Map<string, ResolutionLink[]>();
  for (const l of links) {
    const root = find(l.a);
    (linksOf.get(root) ?? linksOf.set(root, []).get(root)!).push(l);
  }
  return [...groups].filter(([, m]) => m.length > 1).map(([root, members]) => {
    const sorted = [...members].sort();
    return { id: sorted[0]!, members: sorted, links: linksOf.get(root) ?? [], confidence: weakest.get(root) ?? 1 };
  }).sort((a, b) => b.members.length - a.members.length || a.id.localeCompare(b.id));
}
