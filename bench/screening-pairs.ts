/**
 * Name-pair accuracy on the public labelled pairs (../shared/bench/screening/name_pairs_public.csv):
 * precision, recall and F1 at the default threshold, overall and per quality tier, and a
 * threshold sweep. `--errors` lists the misclassified pairs.
 *
 * `--folds K` adds K-fold cross-validation (seeded, stratified by quality and label): per fold,
 * F1 at the default threshold and STRONG pairs missed, and the threshold that maximises F1 on
 * the other K-1 folds with its F1 on the held-out fold, so the spread over folds shows how
 * much of the figure is luck of the split.
 *
 *   node --import tsx bench/screening-pairs.ts [--errors] [--folds 5] [--seed 17]
 */
import { compareNamePair, entityTypeOfSchema } from '@dualuse/core/matching';
import { DEFAULT_THRESHOLD } from '@dualuse/core/matching';
import { loadJapaneseReadings } from '@dualuse/app';
import { sharedBench } from '../test/support/shared';
import { rng, shuffle } from './screening-perturb';
import { readCsv } from './support';

await loadJapaneseReadings();
const rows = readCsv(sharedBench('screening', 'name_pairs_public.csv'));
const scored = rows.map((r) => ({
  quality: r.quality ?? '',
  schema: r.schema ?? '',
  name1: r.name1!,
  name2: r.name2!,
  notes: r.notes ?? '',
  score: compareNamePair(r.name1!, r.name2!, entityTypeOfSchema(r.schema))?.score ?? 0,
  truth: r.is_match === 'true',
}));

function prf(items: typeof scored, threshold: number) {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  for (const s of items) {
    const m = s.score >= threshold;
    if (m && s.truth) tp++;
    else if (m) fp++;
    else if (s.truth) fn++;
    else tn++;
  }
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p, r, f1: (2 * p * r) / (p + r || 1), tp, fp, fn, tn };
}
const pct = (x: number) => x.toFixed(3);
const line = (label: string, m: ReturnType<typeof prf>) =>
  `${label.padEnd(10)} precision ${pct(m.p)}  recall ${pct(m.r)}  F1 ${pct(m.f1)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn}, tn ${m.tn})`;

console.log(`name pairs: ${rows.length}, default threshold ${DEFAULT_THRESHOLD}`);
console.log(line('overall', prf(scored, DEFAULT_THRESHOLD)));
for (const q of ['STRONG', 'MEDIUM', 'WEAK'])
  console.log(
    line(
      q,
      prf(
        scored.filter((s) => s.quality === q),
        DEFAULT_THRESHOLD,
      ),
    ),
  );
const strongMissed = scored.filter((s) => s.quality === 'STRONG' && s.truth && s.score < DEFAULT_THRESHOLD);
console.log(`STRONG true pairs missed: ${strongMissed.length}`);
console.log('sweep: ' + [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9].map((t) => `${t}→${pct(prf(scored, t).f1)}`).join('  '));
const foldsArg = process.argv.indexOf('--folds');
if (foldsArg > 0) {
  const k = Number(process.argv[foldsArg + 1]) || 5;
  const seedArg = process.argv.indexOf('--seed');
  const r = rng(seedArg > 0 ? Number(process.argv[seedArg + 1]) : 17);
  const fold = new Map<(typeof scored)[number], number>();
  // Stratified: each quality × label stratum dealt round-robin after a seeded shuffle.
  const strata = new Map<string, typeof scored>();
  for (const s of scored) strata.set(`${s.quality}|${s.truth}`, [...(strata.get(`${s.quality}|${s.truth}`) ?? []), s]);
  let next = 0;
  for (const items of strata.values()) for (const s of shuffle([...items], r)) fold.set(s, next++ % k);
  const grid = Array.from({ length: 31 }, (_, i) => 0.6 + i * 0.01);
  const f1s: number[] = [];
  const tuned: number[] = [];
  for (let f = 0; f < k; f++) {
    const test = scored.filter((s) => fold.get(s) === f);
    const train = scored.filter((s) => fold.get(s) !== f);
    const best = grid.reduce((a, t) => (prf(train, t).f1 > prf(train, a).f1 ? t : a), grid[0]!);
    const m = prf(test, DEFAULT_THRESHOLD);
    const missed = test.filter((s) => s.quality === 'STRONG' && s.truth && s.score < DEFAULT_THRESHOLD).length;
    f1s.push(m.f1);
    tuned.push(prf(test, best).f1);
    console.log(
      `fold ${f + 1}/${k} (${test.length} pairs): ${line('default', m)}; STRONG missed ${missed}; threshold tuned on the other folds ${best.toFixed(2)} → F1 ${pct(prf(test, best).f1)}`,
    );
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));
  console.log(
    `k-fold F1 at ${DEFAULT_THRESHOLD}: mean ${pct(mean(f1s))}, sd ${pct(sd(f1s))}, min ${pct(Math.min(...f1s))}, max ${pct(Math.max(...f1s))}; with the threshold tuned per fold: mean ${pct(mean(tuned))}, min ${pct(Math.min(...tuned))}`,
  );
}
if (process.argv.includes('--errors')) {
  for (const s of scored.filter((x) => x.score >= DEFAULT_THRESHOLD !== x.truth).sort((a, b) => b.score - a.score)) {
    console.log(
      `${s.truth ? 'FN' : 'FP'} ${s.score.toFixed(3)} ${s.quality} ${s.schema}: ${s.name1} | ${s.name2}   ${s.notes}`,
    );
  }
}
