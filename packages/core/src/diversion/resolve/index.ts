/**
 * Entity resolution over a batch of party records (see types.ts). Records are filed under
 * blocking keys (name tokens and their sounds, door numbers, PO boxes, phones, e-mails,
 * domains, identifiers), so only records sharing a key are compared: 50,000 parties cost a
 * few comparisons each, not 50,000² / 2. Two records sharing only name keys are compared when
 * they share at least two and nearly half of the shorter name's keys (one common word is not a
 * candidate). Accepted links are joined into
 * clusters strongest first; a cluster's confidence is its weakest necessary link.
 */
import { invalidInput } from '../../common/errors';
import { normaliseName } from '../../screening/matching/index';
import { compareParties } from './compare';
import { prepareParty, type PreparedParty } from './prepare';
import type { PartyCluster, Resolution, ResolutionLink, ResolvableParty, ResolveOptions } from './types';

export * from './types';
export { normalisePhone, normaliseEmail, domainOf, normaliseIdentifierInput, FREE_MAIL_DOMAINS } from './contacts';
export { prepareParty, type PreparedParty } from './prepare';
export { compareParties } from './compare';

export const DEFAULT_RESOLVE_THRESHOLD = 0.7;
const MIN_NAME_KEYS = 2;
/**
 * Keys many unrelated firms share by design (a registered office, an agent's switchboard, a group's domain): capped
 * lower (`maxSharedBlock`).
 */
const WEAK_KEY = /^(a|b|ph|d):/;
/**
 * ...and at least this share of the shorter name's keys (as the screening index's MIN_BLOCKING_SHARE): one common word
 * is not enough.
 */
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

/** Each record prepared under its ref (the caller's, else its index); a ref used twice is an error. */
function prepareAll(records: readonly ResolvableParty[]): PreparedParty[] {
  const prepared: PreparedParty[] = [];
  const seen = new Set<string>();
  records.forEach((r, i) => {
    const ref = r.ref ?? String(i);
    if (seen.has(ref))
      throw invalidInput(
        `records[${i}].ref: "${ref}" is used twice; every record needs its own ref`,
        `/records/${i}/ref`,
      );
    seen.add(ref);
    prepared.push(prepareParty(r, ref));
  });
  return prepared;
}

/** Blocking: key → record indexes; blocks too large to compare are skipped (weak keys sooner). */
function blocksOf(prepared: PreparedParty[], options: ResolveOptions) {
  const maxBlock = options.maxBlock ?? 500;
  const blocks = new Map<string, number[]>();
  prepared.forEach((p, i) => {
    for (const k of p.keys) {
      const b = blocks.get(k);
      if (b) b.push(i);
      else blocks.set(k, [i]);
    }
  });
  const maxShared = Math.min(maxBlock, options.maxSharedBlock ?? 50);
  const skippedBlocks: { key: string; size: number }[] = [];
  const usable = new Set<string>();
  for (const [key, members] of blocks) {
    if (members.length < 2) continue;
    if (members.length > (WEAK_KEY.test(key) ? maxShared : maxBlock)) skippedBlocks.push({ key, size: members.length });
    else usable.add(key);
  }
  return { blocks, usable, skippedBlocks };
}

type Blocks = ReturnType<typeof blocksOf>;

/**
 * Candidates per record through a counting array (no pair map): shared name keys, + 1000 for any other shared key. The
 * share is of the keys that can match at all: a word too common to block on ("trading") is left out of both sides.
 */
function compareCandidates(prepared: PreparedParty[], b: Blocks, limits: { threshold: number; reviewFrom: number }) {
  const { blocks, usable, skippedBlocks } = b;
  const n = prepared.length;
  const skipped = new Set(skippedBlocks.map((x) => x.key));
  const nameKeys = prepared.map((p) => [...p.keys].filter((k) => k.startsWith('n') && !skipped.has(k)).length);
  const shared = new Float64Array(n);
  const touched: number[] = [];
  const accepted: ResolutionLink[] = [];
  const nearMisses: ResolutionLink[] = [];
  let candidatePairs = 0;
  let compared = 0;
  for (let i = 0; i < n; i++) {
    for (const key of prepared[i]!.keys) {
      if (!usable.has(key)) continue;
      const add = key.startsWith('n') ? 1 : 1000;
      for (const j of blocks.get(key)!) {
        if (j <= i) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j] = shared[j]! + add;
      }
    }
    candidatePairs += touched.length;
    for (const j of touched) {
      const s = shared[j]!;
      shared[j] = 0;
      if (s < 1000 && (s < MIN_NAME_KEYS || s < MIN_NAME_SHARE * Math.min(nameKeys[i]!, nameKeys[j]!))) continue;
      compared++;
      const link = compareParties(prepared[i]!, prepared[j]!);
      if (link.confidence >= limits.threshold) accepted.push(link);
      else if (link.confidence >= limits.reviewFrom) nearMisses.push(link);
    }
    touched.length = 0;
  }
  return { accepted, nearMisses, candidatePairs, compared };
}

export function resolveParties(records: readonly ResolvableParty[], options: ResolveOptions = {}): Resolution {
  const threshold = options.threshold ?? DEFAULT_RESOLVE_THRESHOLD;
  const reviewFrom = options.reviewFrom ?? 0.5;
  const prepared = prepareAll(records);
  const b = blocksOf(prepared, options);
  const { accepted, nearMisses, candidatePairs, compared } = compareCandidates(prepared, b, { threshold, reviewFrom });
  const clusters = cluster(
    prepared.map((p) => p.ref),
    accepted,
  );
  const clusterOf = new Map(prepared.map((p) => [p.ref, p.ref]));
  for (const c of clusters) for (const m of c.members) clusterOf.set(m, c.id);
  return {
    threshold,
    clusters,
    clusterOf,
    nearMisses: nearMisses.sort((x, y) => y.confidence - x.confidence),
    skippedBlocks: b.skippedBlocks.sort((x, y) => y.size - x.size).slice(0, 100),
    stats: { records: prepared.length, blocks: b.blocks.size, candidatePairs, compared, links: accepted.length },
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
  return [...groups]
    .filter(([, m]) => m.length > 1)
    .map(([root, members]) => {
      const sorted = [...members].sort();
      return { id: sorted[0]!, members: sorted, links: linksOf.get(root) ?? [], confidence: weakest.get(root) ?? 1 };
    })
    .sort((a, b) => b.members.length - a.members.length || a.id.localeCompare(b.id));
}
