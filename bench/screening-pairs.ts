/**
 * Name-pair accuracy on the public labelled pairs (../shared/bench/screening/name_pairs_public.csv):
 * precision, recall and F1 at the default threshold, overall and per quality tier, and a
 * threshold sweep. `--errors` lists the misclassified pairs.
 *
 *   node --import tsx bench/screening-pairs.ts [--errors]
 */
import { compareNamePair, entityTypeOfSchema } from '@dualuse/core/screening/matching/pair';
import { DEFAULT_THRESHOLD } from '@dualuse/core/screening/matching/thresholds';
import { loadJapaneseReadings } from '@dualuse/app';
import { sharedBench } from '../test/support/shared';
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
  let tp = 0, fp = 0, fn = 0, tn = 0;
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
const line = (label: string, m: ReturnType<typeof prf>) => `${label.padEnd(10)} precision ${pct(m.p)}  recall ${pct(m.r)}  F1 ${pct(m.f1)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn}, tn ${m.tn})`;

console.log(`name pairs: ${rows.length}, default threshold ${DEFAULT_THRESHOLD}`);
console.log(line('overall', prf(scored, DEFAULT_THRESHOLD)));
for (const q of ['STRONG', 'MEDIUM', 'WEAK']) console.log(line(q, prf(scored.filter((s) => s.quality === q), DEFAULT_THRESHOLD)));
const strongMissed = scored.filter((s) => s.quality === 'STRONG' && s.truth && s.score < DEFAULT_THRESHOLD);
console.log(`STRONG true pairs missed: ${strongMissed.length}`);
console.log('sweep: ' + [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9].map((t) => `${t}→${pct(prf(scored, t).f1)}`).join('  '));
if (process.argv.includes('--errors')) {
  for (const s of scored.filter((x) => (x.score >= DEFAULT_THRESHOLD) !== x.truth).sort((a, b) => b.score - a.score)) {
    console.log(`${s.truth ? 'FN' : 'FP'} ${s.score.toFixed(3)} ${s.quality} ${s.schema}: ${s.name1} | ${s.name2}   ${s.notes}`);
  }
}
