/**
 * Shell networks: companies that share a registered office, a phone or an e-mail. C4ADS found
 * >200 Hong Kong companies shipping to Russia from a handful of registration offices; the
 * Tri-seal note (2023) and FinCEN–BIS (Nov 2023) name shared addresses and contacts with listed
 * parties as red flags. Each cluster says, member by member, why it is linked; nothing is merged:
 * clusters are evidence for an analyst, not entity resolution.
 */
import { addressBlock, compareAddresses, normaliseAddress, type NormalisedAddress } from './address';

export interface NetworkParty {
  id: string;
  name: string;
  addresses: string[];
  phones?: string[];
  emails?: string[];
  /** On a sanctions / export-control list: clusters touching one are reported as such. */
  listed?: boolean;
}

export interface ClusterMember {
  party: string;
  name: string;
  /** The party's own value (address as written, phone, e-mail). */
  value: string;
  /** Why it belongs: how its value matches the cluster's first value. */
  why: string;
  confidence: number;
}

export interface Cluster {
  id: string;
  kind: 'address' | 'phone' | 'email';
  /** The normalised key of the first member's value. */
  key: string;
  members: ClusterMember[];
  /** Number of distinct parties; ≥ 2. */
  size: number;
  listedMembers: number;
}

const phoneKey = (p: string) => {
  const d = p.replace(/[^0-9]/g, '');
  return d.length >= 7 ? d.slice(-9) : undefined; // last nine digits: country/trunk prefixes vary
};
const emailKey = (e: string) => (/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(e.trim()) ? e.trim().toLowerCase() : undefined);

/**
 * "Dubai, UAE" or "Beijing, China" is a city, not an office: sharing it links nobody. Without a
 * door number an address needs this many words (street, district, city, country) to count.
 */
const MIN_WORDS_WITHOUT_NUMBER = 6;
const tooVague = (a: NormalisedAddress) => !a.key || (!a.numbers.length && a.tokens.length < MIN_WORDS_WITHOUT_NUMBER);

interface Occurrence {
  party: NetworkParty;
  value: string;
  norm: NormalisedAddress;
}

/** Every address occurrence, grouped by its normalised key (vague addresses left out). */
function occurrencesByKey(parties: readonly NetworkParty[]): Map<string, Occurrence[]> {
  const byKey = new Map<string, Occurrence[]>();
  for (const party of parties)
    for (const value of party.addresses) {
      const norm = normaliseAddress(value);
      if (tooVague(norm)) continue;
      (byKey.get(norm.key) ?? byKey.set(norm.key, []).get(norm.key)!).push({ party, value, norm });
    }
  return byKey;
}

/**
 * Addresses: exact keys first, then fuzzy merges of keys within a door-number block (union-find over keys). Returns
 * the places (root key → occurrences) and why each merged key joined its place.
 */
function addressPlaces(byKey: Map<string, Occurrence[]>) {
  const parent = new Map<string, string>();
  const why = new Map<string, { why: string; score: number }>();
  const find = (k: string): string => {
    const p = parent.get(k) ?? k;
    if (p === k) return k;
    const r = find(p);
    parent.set(k, r);
    return r;
  };
  const blocks = new Map<string, NormalisedAddress[]>();
  for (const occ of byKey.values()) {
    const b = addressBlock(occ[0]!.norm);
    (blocks.get(b) ?? blocks.set(b, []).get(b)!).push(occ[0]!.norm);
  }
  for (const keys of blocks.values()) {
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) {
        const m = compareAddresses(keys[i]!, keys[j]!);
        if (!m) continue;
        const [ri, rj] = [find(keys[i]!.key), find(keys[j]!.key)];
        if (ri !== rj) parent.set(rj, ri);
        why.set(keys[j]!.key, { why: `"${keys[j]!.key}" ≈ "${keys[i]!.key}": ${m.why}`, score: m.score });
      }
  }
  const places = new Map<string, Occurrence[]>();
  for (const [key, occ] of byKey) {
    const r = find(key);
    (places.get(r) ?? places.set(r, []).get(r)!).push(...occ);
  }
  return { places, why };
}

interface Collect {
  out: Cluster[];
  parties: readonly NetworkParty[];
  minSize: number;
}

function addressClusters(c: Collect) {
  const { places, why } = addressPlaces(occurrencesByKey(c.parties));
  for (const [key, occ] of places) {
    const first = occ[0]!;
    const members = uniqueByParty(occ).map((o): ClusterMember => {
      const fuzzy = o.norm.key !== first.norm.key ? why.get(o.norm.key) : undefined;
      return {
        party: o.party.id,
        name: o.party.name,
        value: o.value,
        why: fuzzy?.why ?? `same normalised address "${o.norm.key}"`,
        confidence: fuzzy?.score ?? 1,
      };
    });
    push(c, { kind: 'address', key, members });
  }
}

/** Phones and e-mails: exact after normalisation. */
function contactClusters(c: Collect) {
  for (const [kind, values, keyOf] of [
    ['phone', (p: NetworkParty) => p.phones ?? [], phoneKey],
    ['email', (p: NetworkParty) => p.emails ?? [], emailKey],
  ] as const) {
    const groups = new Map<string, { party: NetworkParty; value: string }[]>();
    for (const party of c.parties)
      for (const value of values(party)) {
        const k = keyOf(value);
        if (k) (groups.get(k) ?? groups.set(k, []).get(k)!).push({ party, value });
      }
    for (const [key, occ] of groups) {
      const members = uniqueByParty(occ).map((o) => ({
        party: o.party.id,
        name: o.party.name,
        value: o.value,
        why: `same ${kind} (${key})`,
        confidence: 1,
      }));
      push(c, { kind, key, members });
    }
  }
}

export function findClusters(parties: readonly NetworkParty[], options: { minSize?: number } = {}): Cluster[] {
  const c: Collect = { out: [], parties, minSize: options.minSize ?? 2 };
  addressClusters(c);
  contactClusters(c);
  return c.out
    .sort((a, b) => b.size - a.size || a.key.localeCompare(b.key))
    .map((x, i) => ({ ...x, id: `${x.kind}-${i + 1}` }));
}

function uniqueByParty<T extends { party: NetworkParty }>(occ: T[]): T[] {
  const seen = new Set<string>();
  return occ.filter((o) => !seen.has(o.party.id) && !!seen.add(o.party.id));
}

function push(c: Collect, found: Pick<Cluster, 'kind' | 'key' | 'members'>) {
  const { kind, key, members } = found;
  if (members.length < c.minSize) return;
  const listed = new Set(c.parties.filter((p) => p.listed).map((p) => p.id));
  c.out.push({
    id: '',
    kind,
    key,
    members,
    size: members.length,
    listedMembers: members.filter((m) => listed.has(m.party)).length,
  });
}
