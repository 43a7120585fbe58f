/** The tables of bench/screening-alias-curve.ts, read from its rows (one per query). */
import { DEFAULT_THRESHOLD } from '@dualuse/core/matching';
import type { AliasClass } from './screening-alias-classes';
import { RELATIONS, type Relation } from './screening-name-relations';

export interface Row {
  kind: 'alias' | 'cross' | 'neg';
  cls?: AliasClass;
  variant: boolean;
  rel: Relation;
  /** Ours, name only and with identifiers: found (alias) or alerted (negative) at each of the curve's thresholds. */
  ours: boolean[];
  oursId: boolean[];
  /** Ours, name only and with identifiers: the score read at any threshold (−1: a normal run would not return it). */
  score: number;
  scoreId: number;
  /** The baseline's score, over our candidates and over every listed name. */
  base: number;
  baseAll: number;
  /** A negative's query and the distinctive words of the listed name it relates to most (for --list). */
  show?: string;
}

export interface CurveOptions {
  seed: number;
  share: number;
  low: number;
  oursT: number[];
  baseT: number[];
  list: string | undefined;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '-');
const count = (xs: Row[], f: (r: Row) => boolean) => xs.filter(f).length;
const frac = (xs: Row[], f: (r: Row) => boolean) => `${count(xs, f)}/${xs.length} = ${pct(count(xs, f), xs.length)}`;

function table(title: string, header: string[], body: string[][], widths: number[] = []) {
  console.log(`\n${title}`);
  for (const line of [header, ...body])
    console.log(
      line
        .map((s, i) => s.padEnd(widths[i] ?? widths[widths.length - 1] ?? 20))
        .join(' ')
        .trimEnd(),
    );
}

export function printCurve(rows: Row[], o: CurveOptions) {
  const aliases = rows.filter((r) => r.kind === 'alias');
  const variants = aliases.filter((r) => r.variant);
  const cross = rows.filter((r) => r.kind === 'cross');
  const negs = rows.filter((r) => r.kind === 'neg');
  const per100 = (f: (r: Row) => boolean, xs = negs) =>
    `${((100 * count(xs, f)) / negs.length).toFixed(2)} (${count(xs, f)})`;
  console.log(
    `seed ${o.seed}, share ${o.share}; every query screened once at ${o.low}; ${aliases.length} aliases ` +
      `(${variants.length} variants), ${cross.length} cross-script, ${negs.length} negatives`,
  );

  const curveRow = (label: string, at: (r: Row) => boolean, atId?: (r: Row) => boolean) => [
    label,
    frac(variants, at),
    frac(aliases, at),
    frac(cross, at),
    per100(at),
    atId ? frac(variants, atId) : '-',
    atId ? per100(atId) : '-',
  ];
  const header = ['threshold', 'variant recall', 'all-alias recall', 'cross-script', 'alerts/100 name only'];
  table(
    "OURS (the matcher), operating curve; the with-ids columns: each query carries its own entry's date of birth and countries",
    [...header, 'variant recall ids', 'alerts/100 with ids'],
    [
      curveRow(
        `${o.low} (ceiling)`,
        (r) => r.score >= o.low,
        (r) => r.scoreId >= o.low,
      ),
      ...o.oursT.map((t, i) =>
        curveRow(
          `${t.toFixed(2)}${t === DEFAULT_THRESHOLD ? ' (default)' : ''}`,
          (r) => r.ours[i]!,
          (r) => r.oursId[i]!,
        ),
      ),
    ],
    [16, 20],
  );
  const baselines: [string, (r: Row) => number][] = [
    ['over the names of the candidates our index returns', (r) => r.base],
    ['over every name of the list (no retrieval)', (r) => r.baseAll],
  ];
  for (const [label, pick] of baselines)
    table(
      `BASELINE (not ours): token-sort Jaro-Winkler ${label}`,
      header,
      o.baseT.map((t) => curveRow(t.toFixed(2), (r) => pick(r) >= t).slice(0, 5)),
      [16, 20],
    );

  console.log(
    `\nBoth targets over every threshold on each matcher's own score grid (ours: rounded to 0.001, from ${o.low}):`,
  );
  const maxNameOnly = Math.max(...rows.map((r) => r.score));
  for (const [label, pick] of [
    ['ours, name only', (r: Row) => r.score],
    ['ours, with identifiers', (r: Row) => r.scoreId],
    ...baselines.map(([l, p]) => [`baseline ${l}`, p] as const),
  ] as const)
    targets(label, pick, { variants, negs });
  console.log(
    `(ours by name only scores at most ${maxNameOnly}: screen.ts caps a name-only score there; ` +
      `${count(negs, (r) => r.score >= maxNameOnly)} negatives reach it)`,
  );

  const d = o.oursT.indexOf(DEFAULT_THRESHOLD);
  table(
    'NEGATIVES by their strongest relation to any name the list still carries (screening-name-relations.ts, names ' +
      'only); columns: how many of them ours alerts on',
    ['relation', 'negatives (per 100)', ...o.oursT.map((t) => `@${t.toFixed(2)}`), `ids@${DEFAULT_THRESHOLD}`],
    RELATIONS.map((rel) => {
      const xs = negs.filter((r) => r.rel === rel);
      return [
        rel,
        per100(() => true, xs),
        ...o.oursT.map((_, i) => String(count(xs, (r) => r.ours[i]!))),
        String(count(xs, (r) => r.oursId[d]!)),
      ];
    }),
    [24, 20, 7],
  );
  table(
    "ALIASES (positives) by their strongest relation to the entry's other names (same rule); columns: variant recall of ours",
    ['relation', 'aliases', 'variants', 'fragment', 'extended', ...o.oursT.map((t) => `@${t.toFixed(2)}`)],
    RELATIONS.map((rel) => {
      const xs = variants.filter((r) => r.rel === rel);
      const n = (f: (r: Row) => boolean) =>
        String(
          count(
            aliases.filter((r) => r.rel === rel),
            f,
          ),
        );
      const cols = o.oursT.map((_, i) =>
        pct(
          count(xs, (r) => r.ours[i]!),
          xs.length,
        ),
      );
      return [
        rel,
        n(() => true),
        n((r) => r.variant),
        n((r) => r.cls === 'fragment'),
        n((r) => r.cls === 'extended'),
        ...cols,
      ];
    }),
    [24, 9],
  );
  shapeBound(variants, negs);
  if (o.list)
    for (const r of negs.filter((x) => x.rel === o.list))
      console.log(`${o.list}: ${r.show}  ours ${r.score >= 0 ? r.score : '<' + o.low}${r.ours[d] ? ' ALERT' : ''}`);
}

/** Over every threshold: the best variant recall at ≤ 1 alert / 100, and the fewest alerts at ≥ 99 % variant recall. */
function targets(label: string, pick: (r: Row) => number, { variants, negs }: { variants: Row[]; negs: Row[] }) {
  const ts = [...new Set([...variants, ...negs].map(pick).filter((s) => s >= 0))].sort((a, b) => a - b);
  let best = { recall: 0, t: NaN, alerts: 0 };
  let at99 = { alerts: Infinity, t: NaN };
  for (const t of ts) {
    const recall = count(variants, (r) => pick(r) >= t) / variants.length;
    const alerts = (100 * count(negs, (r) => pick(r) >= t)) / negs.length;
    if (alerts <= 1 && recall > best.recall) best = { recall, t, alerts };
    if (recall >= 0.99 && alerts < at99.alerts) at99 = { alerts, t };
  }
  const ceiling = count(variants, (r) => pick(r) >= (ts[0] ?? 0));
  const bestText = best.recall
    ? `${(100 * best.recall).toFixed(1)} % (threshold ${best.t.toFixed(3)}, ${best.alerts.toFixed(2)} alerts/100)`
    : 'none: no threshold that returns anything gives ≤ 1 alert/100';
  const at99Text = Number.isFinite(at99.alerts)
    ? `costs ${at99.alerts.toFixed(2)} alerts/100 (threshold ${at99.t.toFixed(3)})`
    : `is never reached (ceiling ${pct(ceiling, variants.length)})`;
  console.log(`  ${label}: best variant recall at ≤ 1 alert/100: ${bestText}; variant recall ≥ 99 % ${at99Text}`);
}

/**
 * The bound names alone set (ours): a rule that reads only the shape of a pair of names cannot alert on fewer
 * negatives of a shape than the share of variant aliases of that shape it finds. At 99 % variant recall at most
 * `m` variants are missed, so over the shapes S (identical, contained) alerts ≥ Σ neg_S − m · max_S(neg_S / n_S).
 */
function shapeBound(variants: Row[], negs: Row[]) {
  const m = Math.floor(variants.length * 0.01);
  const shapes: Relation[] = ['identical', 'contained'];
  const neg = (s: Relation) => count(negs, (r) => r.rel === s);
  const pos = (s: Relation) => count(variants, (r) => r.rel === s);
  const total = shapes.reduce((a, s) => a + neg(s), 0);
  const bound = total - m * Math.max(...shapes.map((s) => (pos(s) ? neg(s) / pos(s) : 0)));
  console.log(
    `\nShape bound (names only): variant recall ≥ 99 % misses at most ${m} of ${variants.length} variants; ` +
      shapes.map((s) => `${s}: ${pos(s)} variants, ${neg(s)} negatives`).join('; ') +
      `. A rule that reads only these shapes alerts on ≥ ${bound.toFixed(1)} of the ${total} such negatives = ` +
      `${((100 * bound) / negs.length).toFixed(2)} alerts/100 (of ${negs.length}), before any other negative.`,
  );
}
