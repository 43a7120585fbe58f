/**
 * Screening one party against indexed list entries: retrieve candidates, score each
 * entry on its names and on the corroborating or conflicting facts (type, date of birth,
 * country, identifiers), and explain every hit.
 */
import type { EntityType, ListEntry, NameKind, PartialDate } from '../model';
import {
  foldedKey,
  normaliseIdentifier,
  prefixKeys,
  queryKeys,
  type CandidateIndex,
  type IndexedEntry,
} from './candidate-index';
import { compareNames, scoreNames, type NameComparison, type TokenWeight } from './compare-names';
import { deletionKeys, koreanQueryKeys, queryVariationKeys } from './blocking-keys';
import { comparable, normaliseName, type NormalisedName } from './normalise';
import { splitAlternatives } from './pair';
import { trimSimilarityMemo } from './similarity';
import { DEFAULT_THRESHOLD } from './thresholds';
import { corpusWeight } from './weights';

export interface PartyQuery {
  name: string;
  aliases?: string[];
  type?: EntityType;
  /** ISO 3166-1 alpha-2 (nationality, registration, address). */
  countries?: string[];
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  birthDate?: string;
  identifiers?: { type?: string; value: string }[];
}

export interface FeatureEffect {
  feature: 'name' | 'name_kind' | 'name_only_cap' | 'entity_type' | 'date_of_birth' | 'country' | 'identifier';
  effect: number;
  detail: string;
}

export interface HitExplanation {
  queryName: string;
  matchedName: string;
  matchedNameKind: NameKind;
  method: NameComparison['method'];
  queryReading: string;
  candidateReading: string;
  tokens: { query: string; candidate: string; similarity: number; weight: number }[];
  unmatchedQuery: string[];
  unmatchedCandidate: string[];
  features: FeatureEffect[];
}

export interface Hit {
  score: number;
  list: string;
  listVersion: string;
  entryId: string;
  name: string;
  type: EntityType;
  programs: string[];
  explanation: HitExplanation;
}

export interface ScreenOptions {
  threshold?: number;
  /** Candidates scored per query. */
  candidateLimit?: number;
  /** Hits returned at most. */
  maxHits?: number;
}

/** Name-only scores stop here: 1.0 is kept for corroborated hits. */
const NAME_ONLY_CAP = 0.95;
const KIND_FACTOR: Record<NameKind, number> = { primary: 1, strong_alias: 1, former: 0.97, weak_alias: 0.9 };

export interface PreparedQuery {
  query: PartyQuery;
  /** Each reading with its blocking keys: a listed reading sharing none with it is not compared. */
  readings: { name: string; reading: NormalisedName; keys: Set<string> }[];
}

export function prepareQuery(query: PartyQuery): PreparedQuery {
  const names = [query.name, ...(query.aliases ?? [])].flatMap(splitAlternatives);
  const readings = names.flatMap((name) =>
    normaliseName(name, query.type ?? 'unknown', query.countries ?? []).map((reading) => ({
      name,
      reading,
      // Prefix keys too: a pair of readings sharing only a token's first letters is still compared.
      // And the variation keys (blocking-keys.ts), deletions of every token: retrieval walks those of unknown tokens.
      keys: new Set([
        ...queryKeys(reading),
        ...prefixKeys(reading),
        ...queryVariationKeys(reading),
        ...koreanQueryKeys(reading),
        ...(reading.characters ? [] : reading.tokens.flatMap(deletionKeys)),
        ...(reading.characters ? [] : reading.tokens.map(foldedKey).filter((k) => k !== null)),
      ]),
    })),
  );
  return { query, readings };
}

function bestName(q: PreparedQuery, entry: IndexedEntry, weight: TokenWeight) {
  let best: {
    query: (typeof q.readings)[number];
    name: IndexedEntry['names'][number];
    reading: NormalisedName;
    score: number;
  } | null = null;
  for (const n of entry.names) {
    for (const r of n.readings) {
      for (const qr of q.readings) {
        // No shared token, sound, skeleton or character: this pair of readings cannot come close.
        if (!comparable(qr.reading, r) || !r.keys.some((k) => qr.keys.has(k))) continue;
        const score = scoreNames(qr.reading, r, weight) * KIND_FACTOR[n.kind];
        if (!best || score > best.score) best = { query: qr, name: n, reading: r, score };
      }
    }
  }
  if (!best) return null;
  const rawScore = best.score / KIND_FACTOR[best.name.kind];
  return {
    query: best.query,
    reading: best.reading,
    rawScore,
    queryName: best.query.name,
    name: best.name.name,
    derivedFrom: best.name.derivedFrom,
    kind: best.name.kind,
    score: best.score,
  };
}

const year = (d: string) => Number(d.slice(0, 4));

function dateEffect(query: string, listed: PartialDate[]): FeatureEffect | null {
  if (!listed.length) return null;
  const qy = year(query);
  for (const d of listed) {
    const from = year(d.date);
    const to = d.to ? year(d.to) : from;
    const slack = d.approximate ? 2 : 0;
    if (qy >= from - slack && qy <= to + slack) {
      const exact = query.length === 10 && d.date === query;
      return {
        feature: 'date_of_birth',
        effect: exact ? 0.04 : 0.02,
        detail: `query ${query} agrees with listed ${d.date}${d.to ? `..${d.to}` : ''}`,
      };
    }
  }
  const nearest = listed.map((d) => d.date).join(', ');
  return { feature: 'date_of_birth', effect: -0.15, detail: `query ${query} conflicts with listed ${nearest}` };
}

type BestName = NonNullable<ReturnType<typeof bestName>>;

/** A hit's score as the facts are weighed in, each with its effect on it. */
interface Weighing {
  score: number;
  features: FeatureEffect[];
}

/** The name's score, lowered for a less reliable kind of name and capped for a name alone. */
function weighName(best: BestName): Weighing {
  const features: FeatureEffect[] = [
    {
      feature: 'name',
      effect: best.rawScore,
      detail: `comparison of '${best.queryName}' with ${best.kind.replace('_', ' ')} '${best.name}'${best.derivedFrom ? ` (read from the listed name '${best.derivedFrom}')` : ''}`,
    },
  ];
  if (best.kind !== 'primary' && KIND_FACTOR[best.kind] < 1)
    features.push({
      feature: 'name_kind',
      effect: best.score - best.rawScore,
      detail: `${best.kind.replace('_', ' ')}: the publisher marks it as less reliable`,
    });
  if (best.score > NAME_ONLY_CAP) {
    features.push({
      feature: 'name_only_cap',
      effect: NAME_ONLY_CAP - best.score,
      detail: `a name alone scores at most ${NAME_ONLY_CAP}; a matching date of birth, country or identifier raises it`,
    });
  }
  return { score: Math.min(best.score, NAME_ONLY_CAP), features };
}

function apply(w: Weighing, f: FeatureEffect): void {
  w.features.push(f);
  w.score += f.effect;
}

/** A person against an organisation (or the reverse) is another party. */
function weighType(w: Weighing, query: PartyQuery, e: ListEntry): void {
  const qt = query.type;
  if (qt && qt !== 'unknown' && e.type !== 'unknown' && qt !== e.type)
    apply(w, { feature: 'entity_type', effect: -0.2, detail: `query is a ${qt}, the entry a ${e.type}` });
}

/** Date of birth and countries: they agree or conflict. */
function weighCorroboration(w: Weighing, query: PartyQuery, e: ListEntry): void {
  if (query.birthDate && e.type === 'person') {
    const f = dateEffect(query.birthDate, e.birthDates);
    if (f) apply(w, f);
  }
  const qc = query.countries ?? [];
  if (qc.length && e.countries.length) {
    const shared = qc.filter((c) => e.countries.includes(c));
    apply(
      w,
      shared.length
        ? { feature: 'country', effect: 0.02, detail: `shared country ${shared.join(', ')}` }
        : { feature: 'country', effect: -0.05, detail: `query ${qc.join(', ')}, listed ${e.countries.join(', ')}` },
    );
  }
}

/** A listed identifier (IMO number, registration...) the query carries makes the hit all but certain. */
function weighIdentifiers(w: Weighing, query: PartyQuery, e: ListEntry): void {
  for (const id of query.identifiers ?? []) {
    const value = normaliseIdentifier(id.value);
    const match =
      value.length >= 5 &&
      e.identifiers.find((x) => normaliseIdentifier(x.value) === value && (!id.type || !x.type || id.type === x.type));
    if (match) {
      w.features.push({
        feature: 'identifier',
        effect: Math.max(0, 0.99 - w.score),
        detail: `${match.type} ${match.value} is listed for this entry`,
      });
      w.score = Math.max(w.score, 0.99);
    }
  }
}

/** What `explainHit` needs: the entry, its best name, the weighed score and the weights. */
interface HitParts {
  entry: IndexedEntry;
  best: BestName;
  weighing: Weighing;
  weight: TokenWeight;
}

/** Explained only once it is a hit: the winning name pair, token by token. */
function explainHit({ entry, best, weighing, weight }: HitParts): Hit {
  const { score, features } = weighing;
  const e = entry.entry;
  const c = compareNames(best.query.reading, best.reading, weight);
  features[0] = { ...features[0]!, detail: `${c.method} ${features[0]!.detail}` };
  return {
    score: Math.round(score * 1000) / 1000,
    list: entry.list,
    listVersion: entry.listVersion,
    entryId: e.sourceId,
    name: e.names[0]?.full ?? best.name,
    type: e.type,
    programs: e.programs,
    explanation: {
      queryName: best.queryName,
      matchedName: best.name,
      matchedNameKind: best.kind,
      method: c.method,
      queryReading: c.queryReading,
      candidateReading: c.candidateReading,
      tokens: c.matched.map((m) => ({
        ...m,
        similarity: Math.round(m.similarity * 1000) / 1000,
        weight: Math.round(weight(m.query.split(' ')[0]!) * 1000) / 1000,
      })),
      unmatchedQuery: c.unmatchedQuery,
      unmatchedCandidate: c.unmatchedCandidate,
      features: features.map((f) => ({ ...f, effect: Math.round(f.effect * 1000) / 1000 })),
    },
  };
}

function scoreEntry(q: PreparedQuery, entry: IndexedEntry, weight: TokenWeight, threshold: number): Hit | null {
  const best = bestName(q, entry, weight);
  if (!best) return null;
  const weighing = weighName(best);
  weighType(weighing, q.query, entry.entry);
  // Corroboration counts only on top of a name that already resembles the entry's.
  if (best.score >= 0.5) weighCorroboration(weighing, q.query, entry.entry);
  weighIdentifiers(weighing, q.query, entry.entry);
  weighing.score = Math.max(0, Math.min(1, weighing.score));
  if (weighing.score < threshold) return null;
  return explainHit({ entry, best, weighing, weight });
}

/** Hits at or above the threshold, best first. */
export function screen(
  index: CandidateIndex,
  query: PartyQuery | PreparedQuery,
  options: ScreenOptions = {},
  weight?: TokenWeight,
): Hit[] {
  trimSimilarityMemo();
  const q = 'readings' in query ? query : prepareQuery(query);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const w = weight ?? corpusWeight((t) => index.documentFrequency(t), index.documentCount);
  const hits: Hit[] = [];
  const ids = (q.query.identifiers ?? []).map((i) => i.value);
  // Romanised non-Latin queries block less precisely: look a little wider.
  const latin = q.readings.every((r) => r.reading.script === 'latin');
  for (const entry of index.candidates(
    q.readings.map((r) => r.reading),
    options.candidateLimit ?? (latin ? 30 : 40),
    ids,
  )) {
    const hit = scoreEntry(q, entry, w, threshold);
    if (hit) hits.push(hit);
  }
  hits.sort((a, b) => b.score - a.score || a.list.localeCompare(b.list) || a.entryId.localeCompare(b.entryId));
  return hits.slice(0, options.maxHits ?? 20);
}

/** An index with its IDF weights, built once and reused for every query. */
export class Screener {
  readonly weight: TokenWeight;

  constructor(readonly index: CandidateIndex) {
    this.weight = corpusWeight((t) => index.documentFrequency(t), index.documentCount);
  }

  screen(query: PartyQuery | PreparedQuery, options: ScreenOptions = {}): Hit[] {
    return screen(this.index, query, options, this.weight);
  }

  entry(list: string, sourceId: string): ListEntry | undefined {
    return this.index.entry(list, sourceId);
  }
}
