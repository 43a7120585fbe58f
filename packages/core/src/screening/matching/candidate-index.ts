/**
 * Candidate retrieval: from a query name to the few listed names worth scoring, without
 * scanning every name. Blocking keys per name reading: each token, its Double Metaphone
 * key, its consonant skeleton, and for Han/Hangul/Kana each character. A query gathers the
 * names sharing keys, ranks them by the identifying weight of the keys they share, and
 * hands the best `limit` to full scoring.
 *
 * The interface is small on purpose: a PostgreSQL pg_trgm or OpenSearch index can serve
 * the same calls when the lists outgrow one process.
 */
import { doubleMetaphone } from 'double-metaphone';
import type { ListEntry, NameKind } from '../model';
import { countryName } from '../../common/countries';
import { derivedNames } from './derived-names';
import { comparable, normaliseName, normaliseText, type NormalisedName } from './normalise';
import { conventionFold } from './similarity';
import { skeleton } from './transliterate';
import { addPlaceWords } from './weights';
import { tokenFacts, type TokenFacts } from './token-facts';
import { deletionKeys, joinedSoundKeys, koreanReach, listedVariationKeys, queryVariationKeys } from './blocking-keys';

/** A listed name's reading with its blocking keys and its tokens' facts (token-facts.ts), worked out once. */
export type IndexedReading = NormalisedName & { keys: string[]; facts: TokenFacts[] };

export interface IndexedEntry {
  list: string;
  listVersion: string;
  entry: ListEntry;
  /** Every name of the entry, normalised once at indexing time, with its blocking keys. */
  names: { name: string; kind: NameKind; readings: IndexedReading[]; derivedFrom?: string }[];
}

/** The entry's listed names, then the names read from inside them (see derived-names.ts). */
function namesOf(entry: ListEntry): { name: string; kind: NameKind; derivedFrom?: string }[] {
  const out: { name: string; kind: NameKind; derivedFrom?: string }[] = entry.names.map((n) => ({
    name: n.full,
    kind: n.kind,
  }));
  const seen = new Set(out.map((n) => n.name));
  for (const n of entry.names) {
    for (const d of derivedNames(n.full)) {
      if (seen.has(d)) continue;
      seen.add(d);
      out.push({ name: d, kind: n.kind, derivedFrom: n.full });
    }
  }
  return out;
}

/** Place words of an entry's addresses: the city, and the part before the country in a one-line address. */
function placesOf(entry: ListEntry): string[] {
  const out: string[] = [];
  const add = (text: string | undefined) => {
    const t = text ? normaliseText(text) : '';
    if (t && t.split(' ').length <= 2) out.push(...t.split(' '));
  };
  for (const a of entry.addresses) {
    add(a.city);
    const parts = (a.full ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p && !/\d/.test(p));
    if (parts.length >= 2) add(parts[parts.length - 2]);
  }
  for (const c of entry.countries) add(countryName(c));
  return out;
}

/** An entry's names with their readings and blocking keys, as the index holds it (and scores it). */
export function indexEntry(list: string, listVersion: string, entry: ListEntry): IndexedEntry {
  const names = namesOf(entry).map((n) => ({
    ...n,
    readings: normaliseName(n.name, entry.type, entry.countries).map((r) => ({
      ...r,
      keys: [...keysOf(r), ...prefixKeys(r), ...listedVariationKeys(r)],
      facts: r.tokens.map(tokenFacts),
    })),
  }));
  return { list, listVersion, entry, names };
}

export interface CandidateIndex {
  /** Entries worth scoring for these query readings (and identifiers), best first. */
  candidates(query: NormalisedName[], limit: number, identifiers?: string[]): IndexedEntry[];
  /** One indexed entry by list and publisher id. */
  entry(list: string, sourceId: string): ListEntry | undefined;
  /** Documents (listed names) containing a token, for IDF weights. */
  documentFrequency(token: string): number;
  readonly documentCount: number;
  readonly entryCount: number;
}

/** Identifier values compared without punctuation, case or a leading scheme ("IMO 9123456" = "9123456"). */
export function normaliseIdentifier(value: string): string {
  return value
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .replace(/^(IMO|MMSI|LEI|NO|NR|NUMBER)(?=\d)/, '');
}

/** A token's own keys (itself, its sounds, its skeleton), memoised: tokens recur endlessly. */
const tokenKeyCache = new Map<string, string[]>();
function tokenKeys(t: string): string[] {
  let keys = tokenKeyCache.get(t);
  if (keys) return keys;
  keys = [`t:${t}`];
  if (t.length >= 3) {
    const [primary, secondary] = doubleMetaphone(t);
    if (primary.length >= 2) keys.push(`p:${primary}`);
    if (secondary && secondary !== primary && secondary.length >= 2) keys.push(`p:${secondary}`);
    const sk = skeleton(t);
    if (sk.length >= 2) keys.push(`s:${sk}`);
  }
  // A long token's first four letters: a typo later in the word ("Kronstadt"/"Kronshtadt")
  // changes its sound and skeleton keys, and the name would otherwise never be compared.
  if (t.length >= 6) keys.push(`x:${t.slice(0, 4)}`);
  if (tokenKeyCache.size > 500_000) tokenKeyCache.clear();
  tokenKeyCache.set(t, keys);
  return keys;
}

export function keysOf(reading: NormalisedName): string[] {
  if (reading.characters) return reading.tokens.map((c) => `c:${c}`);
  const keys: string[] = [];
  for (const t of reading.tokens) for (const k of tokenKeys(t)) keys.push(k);
  // The whole name as one key: an exact whole-name match ranks first among many sharing a token.
  keys.push(`j:${reading.tokens.join('')}`);
  // The whole name's consonant skeleton: how an Arabic or Hebrew query finds "Mohamed Ali" or "Abdullah".
  if (reading.skeleton.length >= 3) keys.push(`k:${reading.skeleton}`);
  return keys;
}

/**
 * A query token as the romanisation conventions fold it (similarity.ts: Ukrainian h for Russian g, y for i, w for v,
 * kh, ou, sch...), looked up as a listed token: the scorer reads "Rohozin" and "Rogozin", "Olehovych" and "Olegovich"
 * as one spelling, but they share none of their own keys, sounds or skeletons. Walked, like the deletion keys, only
 * for a query token no listed name carries; null when folding changes nothing.
 */
export function foldedKey(t: string): string | null {
  if (t.length < 4) return null;
  const folded = conventionFold(t);
  return folded === t ? null : `t:${folded}`;
}

/**
 * Each token's first three letters (`r:`): a query token cut short ("… Ahma" for "… Ahmadi")
 * or mistyped after its third letter ("Dosg") reaches the listed token by them. Walked only
 * for query tokens no listed name carries (`candidates`).
 */
export function prefixKeys(reading: NormalisedName): string[] {
  if (reading.characters) return [];
  return reading.tokens.filter((t) => t.length >= 3 && !/\d/.test(t)).map((t) => `r:${t.slice(0, 3)}`);
}

/** Query-side keys: the run-together form of a single long token ("sergeilavrov") is its `j:` key already. */
export function queryKeys(reading: NormalisedName): string[] {
  const keys = keysOf(reading);
  if (reading.abjad) {
    for (const part of skeleton(reading.reading).split(' ')) if (part.length >= 2) keys.push(`s:${part}`);
    // Abjad names are often one word in Latin script ("Abdullah" for "عبد الله").
    if (reading.skeleton.length >= 3) keys.push(`s:${reading.skeleton}`, `k:${reading.skeleton}`);
  }
  return keys;
}

/**
 * Blocking weight by key kind (first letter): whole-name keys (j: joined tokens, k: whole
 * skeleton) say most; tokens (t:), characters (c:) and identifiers (i:) one each; a token's
 * sound or skeleton (p:, s:) less, its first letters (x:, r:) least.
 */
const KEY_WEIGHT: Record<number, number> = {
  [116]: 1,
  [106]: 2,
  [107]: 2,
  [99]: 1,
  [112]: 0.6,
  [115]: 0.6,
  [105]: 1,
  [120]: 0.4,
  [114]: 0.4,
  // blocking-keys.ts: joined pairs (b:) like a token, deletions (d:) like a sound,
  // a name with its last token cut to its initial (l:) nearly a whole name, a Korean fold (h:) like a token.
  [98]: 1,
  [104]: 1,
  [100]: 0.6,
  [108]: 1.5,
};

/** Candidates sharing less than this share of the query's blocking weight are not scored... */
const MIN_BLOCKING_SHARE = 0.45;
/** ...except the best few, always. */
const MIN_CANDIDATES = 3;
/**
 * A query token (t:), the first three letters (r:) of a token no listed name carries, or a pair's joined sound
 * (blocking-keys.ts), that at most this many entries carry identifies them: the floor and the limit are for candidates
 * sharing only incidental words ("john", "trading"), not for the entry that shares a word no other listed name has
 * ("Exi" of "Joint Stok Company Exi Bank", where a mistyped legal form leaves its words to outweigh the rare one).
 * Our heuristic.
 */
const RARE_KEY_ENTRIES = 2;

/** What walking a query's keys set aside, and the most blocking weight a candidate could collect. */
interface Walk {
  /** Keys on a large share of all entries: walked only when nothing else reached a candidate. */
  frequent: [number[], number][];
  /** Prefix keys (x:) are a fallback: walked only when the other keys reach too few names. */
  prefixes: [number[], number][];
  /**
   * The most a candidate could collect (every key of the best reading): candidates far below it
   * share only an incidental token ("john", "trading") and are not worth scoring.
   */
  possible: number;
  /** A query token no listed name carries. */
  unknown: boolean;
  /** Entries reached by a token key so rare it identifies them (`RARE_KEY_ENTRIES`): kept past the floor and limit. */
  rare: number[][];
}

export class InMemoryCandidateIndex implements CandidateIndex {
  private entries: IndexedEntry[] = [];
  private postings = new Map<string, number[]>();
  private tokenDf = new Map<string, number>();
  private names = 0;
  private byId = new Map<string, number>();
  private scores = new Float64Array(0);
  private touched = new Int32Array(0);
  /** How many entries of `touched` the current query has reached. */
  private reached = 0;

  constructor(lists: { list: string; listVersion: string; entries: ListEntry[] }[] = []) {
    for (const l of lists) this.addList(l.list, l.listVersion, l.entries);
  }

  get documentCount(): number {
    return this.names;
  }

  get entryCount(): number {
    return this.entries.length;
  }

  /** Adds a list version; use `replaceList` when a newer version of a loaded list arrives. */
  addList(list: string, listVersion: string, entries: ListEntry[]): void {
    for (const entry of entries) {
      const id = this.entries.length;
      this.byId.set(`${list}\u0000${entry.sourceId}`, id);
      addPlaceWords(placesOf(entry));
      const indexed = indexEntry(list, listVersion, entry);
      const { names } = indexed;
      this.entries.push(indexed);
      const keys = new Set<string>();
      for (const n of names) {
        this.names++;
        const tokens = new Set<string>();
        for (const r of n.readings) {
          for (const k of r.keys) keys.add(k);
          if (!r.characters) for (const t of r.tokens) tokens.add(t);
        }
        for (const t of tokens) this.tokenDf.set(t, (this.tokenDf.get(t) ?? 0) + 1);
      }
      for (const id of entry.identifiers) {
        const v = normaliseIdentifier(id.value);
        if (v.length >= 5) keys.add(`i:${v}`);
      }
      for (const k of keys) {
        const p = this.postings.get(k);
        if (p) p.push(id);
        else this.postings.set(k, [id]);
      }
    }
  }

  /** Rebuilds the index with `list` at its new version; other lists stay as they are. */
  replaceList(list: string, listVersion: string, entries: ListEntry[]): InMemoryCandidateIndex {
    const next = new InMemoryCandidateIndex();
    const byList = new Map<string, { version: string; entries: ListEntry[] }>();
    for (const e of this.entries) {
      if (e.list === list) continue;
      const l = byList.get(e.list) ?? { version: e.listVersion, entries: [] };
      l.entries.push(e.entry);
      byList.set(e.list, l);
    }
    for (const [l, v] of byList) next.addList(l, v.version, v.entries);
    next.addList(list, listVersion, entries);
    return next;
  }

  entry(list: string, sourceId: string): ListEntry | undefined {
    const id = this.byId.get(`${list}\u0000${sourceId}`);
    return id === undefined ? undefined : this.entries[id]!.entry;
  }

  documentFrequency(token: string): number {
    return this.tokenDf.get(token) ?? 0;
  }

  candidates(query: NormalisedName[], limit: number, identifiers: string[] = []): IndexedEntry[] {
    // Scores live in a reused array indexed by entry, with the touched entries listed in the
    // order they were first reached (ties keep that order): no per-query map or garbage.
    if (this.scores.length < this.entries.length) {
      this.scores = new Float64Array(this.entries.length);
      this.touched = new Int32Array(this.entries.length);
    }
    this.reached = 0;
    const walk: Walk = { frequent: [], prefixes: [], possible: 0, unknown: false, rare: [] };
    for (const reading of query) this.walkReading(reading, walk);
    // Only common keys (a query of common names alone): walk them after all rather than miss.
    if (this.reached === 0) for (const [p, w] of walk.frequent) this.add(p, w);
    // ...and for a token no listed name carries: its first four letters rank what its first three reached.
    if (this.reached < MIN_CANDIDATES || walk.unknown) for (const [p, w] of walk.prefixes) this.add(p, w);
    for (const v of identifiers) this.add(this.postings.get(`i:${normaliseIdentifier(v)}`) ?? [], 1000);
    // Romanised non-Latin queries block less precisely: no floor for them, only the limit.
    const floor = query.every((r) => r.script === 'latin') ? walk.possible * MIN_BLOCKING_SHARE : 0;
    const out: IndexedEntry[] = [];
    for (const [id, v] of this.topReached(limit)) {
      if (out.length >= MIN_CANDIDATES && v < floor) break;
      out.push(this.entries[id]!);
    }
    if (limit > 0)
      for (const p of walk.rare) for (const id of p) if (!out.includes(this.entries[id]!)) out.push(this.entries[id]!);
    return out;
  }

  /** Adds `w` to the blocking score of every entry on a posting list. */
  private add(p: readonly number[], w: number): void {
    const scores = this.scores;
    for (const id of p) {
      const before = scores[id]!;
      if (before === 0) this.touched[this.reached++] = id;
      scores[id] = before + w;
    }
  }

  /** The blocking keys of one query reading, and whether a token of it is on no listed name. */
  private readingKeys(reading: NormalisedName): { keys: Set<string>; unknown: boolean } {
    const keys = new Set([...queryKeys(reading), ...queryVariationKeys(reading)]);
    let unknown = false;
    // A token no listed name carries may be cut short ("… Ahma") or mistyped after its third
    // letter ("Dosg"): look for the listed tokens that begin the same way.
    if (!reading.characters)
      for (const t of reading.tokens)
        if (t.length >= 3 && !this.postings.has(`t:${t}`)) {
          keys.add(`r:${t.slice(0, 3)}`);
          // ...or mistyped within its first letters ("Enraan" for "Emraan"): its deletion neighbours.
          for (const k of deletionKeys(t)) keys.add(k);
          // ...or spelt by another romanisation table ("Rohozin" for "Rogozin"): the listed token it folds to.
          const folded = foldedKey(t);
          if (folded) keys.add(folded);
          unknown = true;
        }
    return { keys, unknown };
  }

  /** Scores the entries one reading's keys reach; sets aside frequent and prefix (x:) keys. */
  private walkReading(reading: NormalisedName, walk: Walk): void {
    const n = Math.max(this.entries.length, 1);
    let readingPossible = 0;
    const { keys, unknown } = this.readingKeys(reading);
    if (unknown) walk.unknown = true;
    // Another romanisation of a Korean token (blocking-keys.ts): scored, but not in what a candidate could collect.
    for (const [ids, size] of koreanReach(reading, (k) => this.postings.get(k)))
      if (size <= n * 0.05) this.add(ids, Math.log(1 + n / size) * KEY_WEIGHT[104]!);
    for (const key of keys) {
      const p = this.postings.get(key);
      if (!p) continue;
      // Rare keys identify; keys on a large share of all entries ("al", "mohammad") barely count.
      const w = Math.log(1 + n / p.length) * KEY_WEIGHT[key.charCodeAt(0)]!;
      if (key.charCodeAt(0) === 120) {
        if (p.length <= 2000) walk.prefixes.push([p, w]);
        continue;
      }
      readingPossible += w;
      if (p.length > n * 0.05 && p.length > 2000) {
        walk.frequent.push([p, w]);
        continue;
      }
      this.add(p, w);
      const kind = key.charCodeAt(0);
      if (p.length <= RARE_KEY_ENTRIES && (kind === 116 || kind === 114)) walk.rare.push(p);
    }
    walk.possible = Math.max(walk.possible, readingPossible);
    // A pair's joined sound (blocking-keys.ts) that few entries carry identifies them, like a rare token: they are kept
    // past the floor and the limit. It adds no blocking weight, so it reorders no other candidate.
    for (const key of joinedSoundKeys(reading).filter((k) => !keys.has(k)))
      if ((this.postings.get(key)?.length ?? Infinity) <= RARE_KEY_ENTRIES) walk.rare.push(this.postings.get(key)!);
  }

  /**
   * The `limit` reached entries of highest blocking score, best first, without sorting every
   * candidate (common tokens bring thousands); every reached score is reset for the next query.
   */
  private topReached(limit: number): [number, number][] {
    const scores = this.scores;
    const touched = this.touched;
    const top: [number, number][] = [];
    if (limit <= 0) for (let k = 0; k < this.reached; k++) scores[touched[k]!] = 0;
    for (let k = 0; k < this.reached && limit > 0; k++) {
      const id = touched[k]!;
      const v = scores[id]!;
      scores[id] = 0;
      if (top.length === limit && v <= top[top.length - 1]![1]) continue;
      let i = top.length < limit ? top.length : limit - 1;
      if (top.length < limit) top.push([id, v]);
      while (i > 0 && top[i - 1]![1] < v) {
        top[i] = top[i - 1]!;
        i--;
      }
      top[i] = [id, v];
    }
    return top;
  }
}

export { comparable };
