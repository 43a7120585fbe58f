/**
 * Held-out evaluation built from the official lists themselves, which nobody tuned on.
 * For each list (one list per index, so the same party listed twice by two publishers is
 * never counted as a false alert):
 *
 * - alias recall: a seeded sample of entries loses one of its Latin aliases; that alias is
 *   screened against the list and counts as found when the entry is among the hits. Real
 *   positives: the publisher says both names are the same party.
 * - cross-script renderings: entries lose every non-Latin name; each is screened and counts
 *   as found when the entry is among the hits (UN original-script names, OFSI non-Latin...).
 * - negatives: another seeded sample of entries is removed from the index entirely and their
 *   primary names screened; any hit is an alert on a party the list does not carry (entries
 *   with a name written identically on another entry are left out: re-listings). The
 *   nearest remaining entries are the hard near-misses (relatives, branches, namesakes).
 * - perturbed names: primary names of the alias sample under each perturbation of
 *   bench/screening-perturb.ts, screened against the full list.
 *
 * - with identifiers: the alias, cross-script and negative queries again, each carrying the date of birth (the
 *   first listed) and the countries of its own entry, as a customer file would carry the customer's; reported beside
 *   the name-only figures, never instead of them (perturbed names are screened by name only).
 * - alerts excluding publisher links: a negative whose every hit is an entry the publisher links to its own
 *   (bench/screening-alert-kinds.ts: a branch, relative or front it names) is not counted on that line.
 *
 *   node --import tsx bench/screening-aliases.ts [--seed N] [--share 0.1] [--misses]
 *   node --import tsx bench/screening-aliases.ts --sweep [--seed N]   (the operating curve: screening-alias-curve.ts)
 */
import { indexEntry, InMemoryCandidateIndex, screen, Screener } from '@dualuse/core/matching';
import type { CandidateIndex } from '@dualuse/core/matching';
import type { ListEntry } from '@dualuse/core';
import { DEFAULT_THRESHOLD } from '@dualuse/core/matching';
import { loadJapaneseReadings } from '@dualuse/app';
import { KINDS, perturb } from './screening-perturb';
import { drawSample, latin, loadList, SNAPSHOTS, withIdentifiers } from './screening-alias-sample';
import { ALIAS_CLASSES, aliasClass, VARIANT_CLASSES, type AliasClass } from './screening-alias-classes';
import { ALERT_KINDS, alertKind, birthDatesConflict, PublisherLinks, type AlertKind } from './screening-alert-kinds';
import { numberArg } from './support';

if (process.argv.includes('--sweep')) {
  // The operating curve over the same sample: bench/screening-alias-curve.ts.
  await import('./screening-alias-curve');
  process.exit(0);
}
await loadJapaneseReadings();
const SEED = numberArg('--seed', 17);
const SHARE = numberArg('--share', 0.1);
const MISSES = process.argv.includes('--misses');

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '-');
const totals = { alias: [0, 0], cross: [0, 0], neg: [0, 0], pert: [0, 0], aliasId: [0, 0], crossId: [0, 0] };
const negatives = { unlinked: 0, withIds: 0, linkedEntries: 0, datesDiffer: 0 };
const alertKinds = new Map<AlertKind, number>(ALERT_KINDS.map((k) => [k, 0]));
const perKind = new Map<string, [number, number]>();
const misses: string[] = [];
const byClass = new Map<AliasClass, [number, number]>(ALIAS_CLASSES.map((c) => [c, [0, 0]]));
const alertClass = new Map<string, number>();
let retrievalMisses = 0;

for (const [id, parts] of SNAPSHOTS) {
  const list = loadList(id, parts);
  if (!list) continue;
  const links = new PublisherLinks(list.entries);
  negatives.linkedEntries += links.linkedEntries;
  const {
    r,
    aliasSample,
    negSample,
    queries,
    negatives: negativeQueries,
    screener,
    indexed,
  } = drawSample(list, SEED, SHARE);
  const indexedById = new Map(indexed.map((e) => [e.sourceId, e]));
  /** The entry as indexed (without the alias) as the only candidate, scored with the whole list's IDF weights. */
  const alone = (e: ListEntry): CandidateIndex => ({
    candidates: () => [indexEntry(id, 'bench', indexedById.get(e.sourceId)!)],
    entry: (l, s) => screener.index.entry(l, s),
    documentFrequency: (t) => screener.index.documentFrequency(t),
    documentCount: screener.index.documentCount,
    entryCount: 1,
  });
  const full = new Screener(
    new InMemoryCandidateIndex([
      { list: id, listVersion: 'bench', entries: list.entries.filter((_, i) => !negSample.has(i)) },
    ]),
  );
  const counts = { alias: [0, 0], cross: [0, 0], neg: [0, 0], pert: [0, 0], aliasId: [0, 0], crossId: [0, 0] };
  for (const q of queries) {
    const hits = screener.screen({ name: q.name, type: q.entry.type });
    const ok = hits.some((h) => h.entryId === q.entry.sourceId);
    counts[q.kind][1]!++;
    if (ok) counts[q.kind][0]!++;
    const withId = screener.screen(withIdentifiers(q.entry, q.name)).some((h) => h.entryId === q.entry.sourceId);
    counts[`${q.kind}Id`][1]!++;
    if (withId) counts[`${q.kind}Id`][0]!++;
    let label = '';
    if (q.others) {
      const cls = aliasClass(q.name, q.others);
      const c = byClass.get(cls)!;
      c[1]++;
      if (ok) c[0]++;
      // A miss that is a hit when its entry is the only candidate was lost in candidate retrieval, not in scoring.
      const aloneHits = ok
        ? undefined
        : screen(alone(q.entry), { name: q.name, type: q.entry.type }, {}, screener.weight);
      const retrieval = !!aloneHits?.length;
      if (retrieval) retrievalMisses++;
      label = ` [${cls}${retrieval ? `, retrieval; scored alone ${aloneHits[0]!.score}` : ''}]`;
    }
    if (!ok && MISSES)
      misses.push(
        `${id} ${q.kind}${label}: '${q.name}' → ${q.entry.names[0]!.full}${hits[0] ? ` (top: ${hits[0].name} ${hits[0].score})` : ''}`,
      );
  }
  for (const { entry: e, name } of negativeQueries) {
    const hits = screener.screen({ name, type: e.type });
    counts.neg[1]!++;
    const withIds = screener.screen(withIdentifiers(e, name));
    if (withIds.length) {
      negatives.withIds++;
      if (MISSES) misses.push(`${id} alert with identifiers: '${name}' → ${withIds[0]!.name} ${withIds[0]!.score}`);
    }
    if (hits.length) {
      counts.neg[0]!++;
      if (hits.some((h) => !links.linked(e.sourceId, h.entryId))) negatives.unlinked++;
      // The same classes, read as: how does the removed name relate to the listed name it hit?
      const cls = aliasClass(name, [hits[0]!.explanation.matchedName]);
      alertClass.set(cls, (alertClass.get(cls) ?? 0) + 1);
      const top = { entry: screener.entry(id, hits[0]!.entryId)!, hit: hits[0]! };
      const kind = alertKind(e, top, { links, nameClass: cls, weight: screener.weight });
      alertKinds.set(kind, alertKinds.get(kind)! + 1);
      const dates = birthDatesConflict(e, top.entry) ? '; dates of birth differ' : '';
      if (dates) negatives.datesDiffer++;
      if (MISSES)
        misses.push(
          `${id} alert [${kind}; ${cls}${dates}]: '${name}' → ${hits[0]!.explanation.matchedName} ${hits[0]!.score}`,
        );
    }
  }
  for (const i of aliasSample) {
    const e = list.entries[i]!;
    const name = e.names.find((n) => latin(n.full))?.full;
    if (!name) continue;
    for (const kind of KINDS) {
      const v = perturb(name, r, kind);
      if (!v) continue;
      const ok = full.screen({ name: v.name, type: e.type }).some((h) => h.entryId === e.sourceId);
      const k = perKind.get(kind) ?? [0, 0];
      k[1]++;
      counts.pert[1]!++;
      if (ok) {
        k[0]++;
        counts.pert[0]!++;
      } else if (MISSES) misses.push(`${id} perturbed ${kind}: '${v.name}' ← ${name}`);
      perKind.set(kind, k);
    }
  }
  for (const k of Object.keys(totals) as (keyof typeof totals)[]) {
    totals[k][0]! += counts[k][0]!;
    totals[k][1]! += counts[k][1]!;
  }
  console.log(
    `${id.padEnd(20)} entries ${String(list.entries.length).padStart(5)}  alias recall ${counts.alias[0]}/${counts.alias[1]} = ${pct(counts.alias[0]!, counts.alias[1]!)}  cross-script ${counts.cross[0]}/${counts.cross[1]} = ${pct(counts.cross[0]!, counts.cross[1]!)}  alerts on removed entries ${counts.neg[0]}/${counts.neg[1]} = ${pct(counts.neg[0]!, counts.neg[1]!)}  perturbed ${pct(counts.pert[0]!, counts.pert[1]!)}`,
  );
}
console.log(`threshold ${DEFAULT_THRESHOLD}, seed ${SEED}, share ${SHARE}`);
console.log(
  `ALL alias recall ${totals.alias[0]}/${totals.alias[1]} = ${pct(totals.alias[0]!, totals.alias[1]!)}; cross-script renderings found ${totals.cross[0]}/${totals.cross[1]} = ${pct(totals.cross[0]!, totals.cross[1]!)}; alerts per 100 negatives ${((100 * totals.neg[0]!) / totals.neg[1]!).toFixed(2)} (${totals.neg[0]}/${totals.neg[1]}); perturbed recall ${pct(totals.pert[0]!, totals.pert[1]!)}`,
);
console.log(
  'perturbed by kind: ' +
    KINDS.map(
      (k) => `${k} ${pct(perKind.get(k)?.[0] ?? 0, perKind.get(k)?.[1] ?? 0)} (n ${perKind.get(k)?.[1] ?? 0})`,
    ).join(', '),
);
const variants = [...VARIANT_CLASSES].reduce(
  (a, c) => [a[0]! + byClass.get(c)![0], a[1]! + byClass.get(c)![1]],
  [0, 0],
);
console.log(
  `alias recall by class (bench/screening-alias-classes.ts): ${ALIAS_CLASSES.map((c) => `${c}${VARIANT_CLASSES.has(c) ? '*' : ''} ${byClass.get(c)![0]}/${byClass.get(c)![1]}`).join(', ')}`,
);
console.log(
  `name-variant recall (* classes: most distinctive words shared with another name of the entry) ${variants[0]}/${variants[1]} = ${pct(variants[0]!, variants[1]!)}; the other classes (acronyms, one word, other words, different names) are reported, not dropped: all aliases ${totals.alias[0]}/${totals.alias[1]} = ${pct(totals.alias[0]!, totals.alias[1]!)}; misses that are hits when their entry is the only candidate (lost in candidate retrieval) ${retrievalMisses}`,
);
console.log(
  `alerts on removed entries by how the name relates to the listed name hit: ${[...alertClass].map(([c, n]) => `${c} ${n}`).join(', ')} (fragment/extended: a shorter or longer form of a listed name, which a name alone cannot tell from the listed party)`,
);
const per100 = (n: number) => ((100 * n) / totals.neg[1]!).toFixed(2);
console.log(
  `with identifiers (each query carries its own entry's first date of birth and its countries, as a customer file would): alias recall ${pct(totals.aliasId[0]!, totals.aliasId[1]!)} (name only ${pct(totals.alias[0]!, totals.alias[1]!)}); cross-script ${pct(totals.crossId[0]!, totals.crossId[1]!)}; alerts per 100 negatives ${per100(negatives.withIds)} (${negatives.withIds}/${totals.neg[1]})`,
);
console.log(
  `alerts per 100 negatives excluding those whose every hit is an entry the publisher links to the removed one (cited by reference in its remarks or relations, ${negatives.linkedEntries} entries cite another): ${per100(negatives.unlinked)} (${negatives.unlinked}/${totals.neg[1]}; name only, all hits: ${per100(totals.neg[0]!)})`,
);
console.log(
  `alerts on removed entries by kind (bench/screening-alert-kinds.ts, top hit): ${ALERT_KINDS.map((k) => `${k} ${alertKinds.get(k)}`).join(', ')}; of all, the two entries' dates of birth differ in ${negatives.datesDiffer}`,
);
for (const m of misses) console.log('MISS', m);
