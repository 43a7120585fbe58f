/**
 * The operating curve of bench/screening-aliases.ts: the same sample (screening-alias-sample.ts), every alias,
 * cross-script and negative query screened ONCE at a low threshold, then read at each threshold — variant recall,
 * all-alias recall, cross-script recall, alerts per 100 negatives by name only and with identifiers. The 0.80 row
 * reproduces the normal run exactly: a hit's score is rounded to 3 decimals, so a score that rounds to the threshold
 * itself is screened again at that threshold, and an alias found below the 20 hits a normal run returns is not found.
 *
 * Beside ours, a BASELINE (screening-baseline.ts, token-sort Jaro-Winkler, not ours) on the same queries: over the
 * names of the candidates our index returns, and over every name of the list (no retrieval). Then the negatives and
 * the aliases split by what names alone can tell (screening-name-relations.ts, ours): how many negatives are a
 * fragment of a listed name, or the same words, and how many aliases the target counts have the same shape.
 *
 *   node --import tsx bench/screening-alias-curve.ts [--seed N] [--share 0.1] [--low 0.5] [--list contained]
 *   (also: node --import tsx bench/screening-aliases.ts --sweep ...)
 */
import { prepareQuery, type Hit, type Screener } from '@dualuse/core/matching';
import { DEFAULT_THRESHOLD } from '@dualuse/core/matching';
import type { ListEntry } from '@dualuse/core';
import { loadJapaneseReadings } from '@dualuse/app';
import { drawSample, loadList, SNAPSHOTS, withIdentifiers } from './screening-alias-sample';
import { aliasClass, VARIANT_CLASSES } from './screening-alias-classes';
import { bestRelation, ListedNames } from './screening-name-relations';
import { printCurve, type Row } from './screening-alias-curve-tables';
import { BaselineAllNames, baselineEntryScore, tokenSort } from './screening-baseline';
import { numberArg } from './support';

await loadJapaneseReadings();
const SEED = numberArg('--seed', 17);
const SHARE = numberArg('--share', 0.1);
const LOW = numberArg('--low', 0.5);
/** --list RELATION: print the negatives of that relation (screening-name-relations.ts) and whether ours alerts. */
const LIST = process.argv.includes('--list') ? process.argv[process.argv.indexOf('--list') + 1] : undefined;
const OURS_T = [0.7, 0.75, DEFAULT_THRESHOLD, 0.85, 0.9, 0.95];
const BASE_T = [0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.99, 1];
/** Hits a normal run returns (screen.ts' default maxHits). */
const NORMAL_HITS = 20;

const milli = (x: number) => Math.round(x * 1000);

/** At each threshold: does the query find `target` (or, with none, alert at all) as a normal run would? */
function readCurve(
  screener: Screener,
  query: Parameters<Screener['screen']>[0],
  target: string | undefined,
): { at: boolean[]; score: number } {
  const hits: Hit[] = screener.screen(query, { threshold: LOW, maxHits: 100_000 });
  const rank = target === undefined ? 0 : hits.findIndex((h) => h.entryId === target);
  const raw = rank >= 0 && hits[rank] ? hits[rank].score : -1;
  const score = rank < NORMAL_HITS ? raw : -1;
  const at = OURS_T.map((t) => {
    if (milli(raw) !== milli(t)) return score >= t;
    const again = screener.screen(query, { threshold: t });
    return target === undefined ? again.length > 0 : again.some((h) => h.entryId === target);
  });
  return { at, score };
}

/** The baseline over the entries our index would score for this name. */
function baselineOverCandidates(
  screener: Screener,
  name: string,
  type: ListEntry['type'],
  sorted: Map<ListEntry, string[]>,
) {
  const q = prepareQuery({ name, type });
  const latin = q.readings.every((r) => r.reading.script === 'latin');
  const candidates = screener.index.candidates(
    q.readings.map((r) => r.reading),
    latin ? 30 : 40,
  );
  const sq = tokenSort(name);
  return new Map(candidates.map((c) => [c.entry.sourceId, baselineEntryScore(sq, c.entry, sorted)]));
}

const rows: Row[] = [];
for (const [id, parts] of SNAPSHOTS) {
  const list = loadList(id, parts);
  if (!list) continue;
  const { queries, negatives, indexed, screener } = drawSample(list, SEED, SHARE);
  const listed = new ListedNames(indexed.flatMap((e) => e.names.map((n) => n.full)));
  const all = new BaselineAllNames(indexed);
  const sorted = new Map<ListEntry, string[]>();
  const byId = new Map(indexed.map((e) => [e.sourceId, e]));
  for (const q of queries) {
    const target = q.entry.sourceId;
    const named = readCurve(screener, { name: q.name, type: q.entry.type }, target);
    const withIds = readCurve(screener, withIdentifiers(q.entry, q.name), target);
    const cls = q.others ? aliasClass(q.name, q.others) : undefined;
    const indexedEntry = byId.get(target)!;
    rows.push({
      kind: q.kind,
      cls,
      variant: cls !== undefined && VARIANT_CLASSES.has(cls),
      rel: q.others ? bestRelation(q.name, q.others) : 'other',
      ours: named.at,
      oursId: withIds.at,
      score: named.score,
      scoreId: withIds.score,
      base: baselineOverCandidates(screener, q.name, q.entry.type, sorted).get(target) ?? 0,
      baseAll: baselineEntryScore(tokenSort(q.name), indexedEntry, sorted),
    });
  }
  for (const { entry, name } of negatives) {
    const named = readCurve(screener, { name, type: entry.type }, undefined);
    const withIds = readCurve(screener, withIdentifiers(entry, name), undefined);
    const base = Math.max(0, ...baselineOverCandidates(screener, name, entry.type, sorted).values());
    const rel = listed.relation(name);
    rows.push({
      kind: 'neg',
      variant: false,
      rel: rel.relation,
      ours: named.at,
      oursId: withIds.at,
      score: named.score,
      scoreId: withIds.score,
      show: `${id} '${name}' ~ [${rel.words.join(' ')}]`,
      base,
      baseAll: all.best(tokenSort(name)),
    });
  }
}

printCurve(rows, { seed: SEED, share: SHARE, low: LOW, oursT: OURS_T, baseT: BASE_T, list: LIST });
