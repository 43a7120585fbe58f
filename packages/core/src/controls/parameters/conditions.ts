/**
 * Three-valued evaluation of a rule condition (yes / no / unknown when a parameter is
 * missing), keeping every comparison that decided the outcome with the item's value, the
 * threshold and the margin, so an answer can say *why* and *by how much*.
 */
import { PARAMETER_BY_NAME } from './catalog';
import { round, type ItemValues, type Value } from './input';
import { parameterLabel, unitLabel, valueLabel } from './labels';
import type { Comparison, Condition } from './rule';

export type Outcome = 'yes' | 'no' | 'unknown';

export interface Check {
  param: string;
  op: string;
  threshold: number | boolean | readonly string[];
  actual?: Value;
  unit?: string;
  outcome: Outcome;
  /** Numeric checks: actual − threshold, and that relative to the threshold in %. */
  margin?: number;
  marginPercent?: number;
  /** The sub-paragraph the check belongs to, e.g. "a.2". */
  paragraph?: string;
  text: string;
}

export interface CondResult {
  outcome: Outcome;
  checks: Check[];
  missing: ReadonlySet<string>;
  /** Labels of the branches that decided a "yes" ("a.1", "b.2.b"). */
  paragraphs: string[];
}

const NONE: ReadonlySet<string> = new Set();
const GIVEN: CondResult = Object.freeze({ outcome: 'yes', checks: [], missing: NONE, paragraphs: [] }) as CondResult;
const NOT_GIVEN: CondResult = Object.freeze({
  outcome: 'unknown',
  checks: [],
  missing: NONE,
  paragraphs: [],
}) as CondResult;

/** `tolerance` relaxes numeric thresholds by that fraction: how near misses are found. */
export function evaluateCondition(c: Condition, item: ItemValues, tolerance = 0, paragraph?: string): CondResult {
  if ('given' in c) return c.given.some((p) => item.given.has(p)) ? GIVEN : NOT_GIVEN;
  if ('all' in c || 'any' in c) return combine(c, item, tolerance, paragraph);
  if ('not' in c) {
    const inner = evaluateCondition(c.not, item, tolerance, c.label ?? paragraph);
    const outcome: Outcome = inner.outcome === 'yes' ? 'no' : inner.outcome === 'no' ? 'yes' : 'unknown';
    return { ...inner, outcome, paragraphs: [] };
  }
  return leaf(c, item, tolerance, c.label ?? paragraph);
}

type Group = Extract<Condition, { all: readonly Condition[] }> | Extract<Condition, { any: readonly Condition[] }>;

function combine(c: Group, item: ItemValues, tolerance: number, paragraph: string | undefined): CondResult {
  const label = c.label ?? paragraph;
  const parts = ('all' in c ? c.all : c.any).map((x) => evaluateCondition(x, item, tolerance, label));
  const decisive: Outcome = 'all' in c ? 'no' : 'yes';
  const other: Outcome = decisive === 'no' ? 'yes' : 'no';
  const outcome: Outcome = parts.some((p) => p.outcome === decisive)
    ? decisive
    : parts.some((p) => p.outcome === 'unknown')
      ? 'unknown'
      : other;
  // Explain with the parts that decided it: for a "no" of all, the failures; for a "yes" of any, the successes.
  const explaining =
    outcome === 'unknown'
      ? parts.filter((p) => p.outcome === 'unknown')
      : outcome === decisive
        ? parts.filter((p) => p.outcome === decisive)
        : parts;
  let missing: ReadonlySet<string> = NONE;
  if (outcome === 'unknown') {
    const all = new Set<string>();
    for (const p of parts) for (const m of p.missing) all.add(m);
    missing = all;
  }
  const paragraphs =
    outcome === 'yes' ? [...(c.label ? [c.label] : []), ...explaining.flatMap((p) => p.paragraphs)] : [];
  return { outcome, checks: explaining.flatMap((p) => p.checks), missing, paragraphs };
}

type Leaf = Extract<Condition, { param: string }>;
type Base = Omit<Check, 'outcome' | 'text'>;

const result = (c: Leaf, outcome: Outcome, check: Check): CondResult => ({
  outcome,
  checks: [check],
  missing: outcome === 'unknown' ? new Set([c.param]) : NONE,
  paragraphs: [],
});

function leaf(c: Leaf, item: ItemValues, tolerance: number, paragraph: string | undefined): CondResult {
  const def = PARAMETER_BY_NAME.get(c.param);
  const unit = def?.unit;
  const actual = item.values.get(c.param);
  const base: Base = {
    param: c.param,
    op: c.op,
    threshold: c.value,
    ...(unit ? { unit } : {}),
    ...(paragraph ? { paragraph } : {}),
  };
  const label = parameterLabel(c.param);
  if (actual === undefined)
    return result(c, 'unknown', { ...base, outcome: 'unknown', text: `${label}: not given (needed: ${needed(c)})` });
  if (c.op === 'is') {
    const yes = actual === c.value;
    const shown = valueLabel(c.param, actual);
    return result(c, yes ? 'yes' : 'no', {
      ...base,
      actual,
      outcome: yes ? 'yes' : 'no',
      text: `${label}: ${shown}${yes ? '' : `, not ${valueLabel(c.param, c.value)}`}`,
    });
  }
  if (c.op === 'includes') {
    const have = Array.isArray(actual) ? (actual as readonly string[]) : [String(actual)];
    const yes = have.some((v) => c.value.includes(v));
    const wanted = c.value.map((v) => valueLabel(c.param, v)).join(' or ');
    return result(c, yes ? 'yes' : 'no', {
      ...base,
      actual,
      outcome: yes ? 'yes' : 'no',
      text: `${label}: ${valueLabel(c.param, have)}${yes ? '' : `, not ${wanted}`}`,
    });
  }
  // Counts (axes, bits) and band selectors are never relaxed: a near miss is a capability just short of a threshold.
  const relaxable = tolerance > 0 && def?.type === 'number' && def.relax !== false;
  const relax = relaxable ? tolerance : 0;
  return compare({ c: c as NumericLeaf, value: actual as number, base, relax, explain: tolerance === 0 });
}

type NumericLeaf = Extract<Leaf, { op: '>=' | '>' | '<=' | '<' }>;

function compare({
  c,
  value,
  base,
  relax,
  explain,
}: {
  c: NumericLeaf;
  value: number;
  base: Base;
  /** Fraction the threshold is relaxed by: 0 unless a near-miss search on a relaxable parameter. */
  relax: number;
  /** false in the near-miss search, which never shows its checks: skip the string work there. */
  explain: boolean;
}): CondResult {
  const t = c.value;
  const relaxed = c.op === '>=' || c.op === '>' ? t * (1 - relax) : t * (1 + relax);
  const pass = (limit: number) =>
    c.op === '>=' ? value >= limit : c.op === '>' ? value > limit : c.op === '<=' ? value <= limit : value < limit;
  const yes = pass(relaxed);
  const margin = round(value - t);
  const marginPercent = Math.abs(t) < 1e-6 ? undefined : Math.round(((value - t) / Math.abs(t)) * 1000) / 10;
  const unit = unitLabel(c.param);
  const u = unit ? ` ${unit}` : '';
  const strictYes = pass(t);
  const text = !explain
    ? ''
    : `${parameterLabel(c.param)} ${fmt(round(value))}${u} ${strictYes ? 'meets' : 'misses'} ${OP[c.op]} ${fmt(t)}${u} (by ${fmt(Math.abs(margin))}${u}${marginPercent === undefined ? '' : `, ${Math.abs(marginPercent)}%`})`;
  return result(c, yes ? 'yes' : 'no', {
    ...base,
    actual: round(value),
    outcome: yes ? 'yes' : 'no',
    margin,
    ...(marginPercent === undefined ? {} : { marginPercent }),
    text,
  });
}

const OP: Record<Comparison, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

/** What a missing parameter would have to be: "≥ 4800", "integrated circuit", "yes". */
function needed(c: Leaf): string {
  if (c.op === 'is') return valueLabel(c.param, c.value);
  if (c.op === 'includes') return c.value.map((v) => valueLabel(c.param, v)).join(' or ');
  const unit = unitLabel(c.param);
  return `${OP[c.op]} ${fmt(c.value)}${unit ? ` ${unit}` : ''}`;
}

// Thresholds such as 0.1 nW (1e-10 W, 3A001.b.2.d) would round to 0: show them in exponent form.
const fmt = (v: unknown): string =>
  Array.isArray(v)
    ? v.join(', ')
    : typeof v === 'number'
      ? v !== 0 && Math.abs(v) < 0.001
        ? v.toExponential()
        : String(round(v))
      : String(v);
