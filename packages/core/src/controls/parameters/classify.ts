/**
 * Parametric classification: every rule in force on `asOf` whose parameters the item touches
 * is evaluated; the answer lists the entries the item falls under (with the checks that
 * tripped each threshold and by how much), the entries it narrowly escaped, the entries a
 * note or decontrol takes it out of, and the parameters still needed ("ask, don't guess").
 */
import type { Jurisdiction } from '../model';
import { PARAMETER_BY_NAME } from './catalog';
import { evaluateCondition, type Check } from './conditions';
import type { InferredFact, UnresolvedCue } from './describe';
import { parameterLabel } from './labels';
import { parseItem, type Derivation, type ItemValues, type ParseOptions } from './input';
import { provisionalEntries, type ProvisionalEntry } from './provisional';
import { DERIVED_FROM, type ClassificationRule } from './rule';
import { CLASSIFICATION_RULES, parametricCoverage } from './rules';

export interface EntryMatch {
  jurisdiction: Jurisdiction;
  code: string;
  title: string;
  citation: string;
  amendedBy: string;
  effectiveFrom: string;
  explanation: {
    summary: string;
    paragraphs: string[];
    checks: Check[];
    derivations: Derivation[];
    caveat?: string;
    verify?: string;
    derivedFrom?: string;
  };
  /** Set when a more specific entry that would take precedence could not be decided. */
  unlessAlso?: string[];
}
export interface NearMiss {
  jurisdiction: Jurisdiction;
  code: string;
  title: string;
  citation: string;
  summary: string;
  failed: Check[];
}
export interface ExcludedEntry {
  jurisdiction: Jurisdiction;
  code: string;
  title: string;
  note: string;
  citation: string;
  checks: Check[];
}
export interface MissingParameter {
  param: string;
  /** In words, with the unit as displayed: "Applicable die area", "mm²" (labels.ts). */
  label: string;
  unit?: string;
  description: string;
  neededFor: string[];
}

export interface Classification {
  asOf: string;
  /** listed: at least one entry; not_listed: every rule in play decided "no"; undetermined: parameters missing. */
  verdict: 'listed' | 'not_listed' | 'undetermined';
  entries: EntryMatch[];
  near_misses: NearMiss[];
  excluded: ExcludedEntry[];
  missing: MissingParameter[];
  derivations: Derivation[];
  /** Parameters read from the description (our product heuristics), with the words they came from. */
  inferred: InferredFact[];
  /** Parameters the description pointed two ways on (nothing inferred). */
  unresolved: UnresolvedCue[];
  /** Undetermined entries with the values of the missing yes/no or choice parameters under which they apply. */
  provisional: ProvisionalEntry[];
  warnings: string[];
  /** Rules in force on asOf, and how many of them the item's parameters brought into play. */
  rules: { inForce: number; inPlay: number };
  /** What "not_listed" means: only entries with parametric rules were evaluated. */
  scope: string;
}

export const SCOPE_NOTE = `Only entries with parametric rules were evaluated (${Object.entries(parametricCoverage())
  .map(([j, codes]) => `${j}: ${codes.join(', ')}`)
  .join(
    '; ',
  )}). "not_listed" means none of those catches the item: search the list texts (controls search) for other entries, e.g. 3B994 or national lists.`;

export interface ClassifyOptions {
  asOf: string;
  rules?: readonly ClassificationRule[];
  /** A rule missed by at most this fraction on its failing thresholds is a near miss. */
  nearMissTolerance?: number;
  jurisdictions?: readonly Jurisdiction[];
}

export const inForce = (r: ClassificationRule, asOf: string): boolean =>
  r.effectiveFrom <= asOf && (r.effectiveTo === undefined || asOf < r.effectiveTo);

export function classifyItem(input: unknown, options: ClassifyOptions & ParseOptions): Classification {
  return classify(parseItem(input, options), options);
}

type Evaluated = ReturnType<typeof evaluateRule>;
type Supersession = { matched: string[]; open: string[] };
const key = (r: { jurisdiction: string; code: string }) => `${r.jurisdiction}:${r.code}`;

export function classify(item: ItemValues, options: ClassifyOptions): Classification {
  const tolerance = options.nearMissTolerance ?? 0.35;
  const rules = (options.rules ?? CLASSIFICATION_RULES).filter(
    (r) => inForce(r, options.asOf) && (!options.jurisdictions || options.jurisdictions.includes(r.jurisdiction)),
  );
  const inPlay = rules.filter((r) => evaluateCondition(r.scope, item).outcome === 'yes');
  const evaluated = inPlay.map((rule) => evaluateRule(rule, item));
  const outcomeOf = new Map(evaluated.map((e) => [key(e.rule), e.outcome]));
  const supersededState = (rule: ClassificationRule): Supersession => {
    const others = (rule.supersededBy ?? []).map((c) => ({ c, o: outcomeOf.get(`${rule.jurisdiction}:${c}`) }));
    return {
      matched: others.filter((s) => s.o === 'yes').map((s) => s.c),
      open: others.filter((s) => s.o === 'unknown').map((s) => s.c),
    };
  };

  const entries: EntryMatch[] = [];
  const near_misses: NearMiss[] = [];
  const excluded: ExcludedEntry[] = [];
  const missingFor = new Map<string, Set<string>>();
  const undecided: { rule: ClassificationRule; missing: ReadonlySet<string> }[] = [];
  for (const e of evaluated) {
    const sup = supersededState(e.rule);
    if (sup.matched.length) continue;
    if (e.outcome === 'yes') entries.push(entryMatch(e, sup, item));
    else if (e.excludedBy) excluded.push(excludedEntry(e, e.excludedBy));
    else if (e.outcome === 'no') {
      const near = nearMiss(e, item, tolerance);
      if (near) near_misses.push(near);
    } else {
      undecided.push({ rule: e.rule, missing: e.missing });
      for (const m of e.missing)
        for (const p of askFor(m, item)) {
          if (!missingFor.has(p)) missingFor.set(p, new Set());
          missingFor.get(p)!.add(`${e.rule.jurisdiction} ${e.rule.code}`);
        }
    }
  }
  const missing = missingParameters(missingFor);
  const unmodelled = unmodelledRules(item, options);
  const history = unmodelled.map(
    (r) =>
      `${r.jurisdiction} ${r.code}: the text is known only from ${r.effectiveFrom} (${r.amendedBy}); how it read on ${options.asOf} is not modelled — check the list in force on that date`,
  );
  const verdict = entries.length
    ? 'listed'
    : missing.length || inPlay.length === 0 || unmodelled.length
      ? 'undetermined'
      : 'not_listed';
  return {
    asOf: options.asOf,
    verdict,
    entries,
    near_misses,
    excluded,
    missing,
    derivations: item.derivations,
    inferred: item.inferred,
    unresolved: item.unresolved,
    provisional: entries.length ? [] : withoutSuperseded(provisionalEntries(undecided, item), rules),
    warnings: [...item.warnings, ...history],
    rules: { inForce: rules.length, inPlay: inPlay.length },
    scope: SCOPE_NOTE,
  };
}

/** A rule's own condition, then its exclusions (notes, decontrols): a "yes" an exclusion may still undo is unknown. */
function evaluateRule(rule: ClassificationRule, item: ItemValues) {
  const strict = evaluateCondition(rule.when, item);
  const exclusions = (rule.unless ?? []).map((x) => ({ x, r: evaluateCondition(x.when, item) }));
  const excludedBy = exclusions.find((e) => e.r.outcome === 'yes');
  const exclusionUnknown = exclusions.filter((e) => e.r.outcome === 'unknown');
  let outcome = strict.outcome;
  if (outcome === 'yes' && excludedBy) outcome = 'no';
  else if (outcome === 'yes' && exclusionUnknown.length) outcome = 'unknown';
  const missing = new Set(strict.outcome === 'unknown' ? strict.missing : []);
  if (strict.outcome === 'yes') for (const e of exclusionUnknown) for (const m of e.r.missing) missing.add(m);
  return { rule, strict, outcome, excludedBy: strict.outcome === 'yes' ? excludedBy : undefined, missing };
}

function entryMatch(e: Evaluated, sup: Supersession, item: ItemValues): EntryMatch {
  const checks = e.strict.checks.filter((c) => c.outcome === 'yes');
  return {
    jurisdiction: e.rule.jurisdiction,
    code: e.rule.code,
    title: e.rule.title,
    citation: e.rule.citation,
    amendedBy: e.rule.amendedBy,
    effectiveFrom: e.rule.effectiveFrom,
    explanation: {
      summary: `${e.rule.code}${e.strict.paragraphs.length ? ` (${e.strict.paragraphs.join(', ')})` : ''}: ${checks.map((c) => c.text).join('; ')}`,
      paragraphs: e.strict.paragraphs,
      checks,
      derivations: item.derivations.filter((d) =>
        checks.some((c) => c.param === d.param || DERIVED_FROM[c.param]?.includes(d.param)),
      ),
      ...caveatFor(e.rule, item),
      ...(e.rule.verify ? { verify: e.rule.verify } : {}),
    },
    ...(sup.open.length ? { unlessAlso: sup.open } : {}),
  };
}

/** The rule's caveat plus those of its conditional caveats the item's values do not rule out. */
function caveatFor(rule: ClassificationRule, item: ItemValues): { caveat?: string } {
  const applying = (rule.caveatsIf ?? []).filter((c) => evaluateCondition(c.when, item).outcome !== 'no');
  const caveat = [...applying.map((c) => c.text), rule.caveat].filter(Boolean).join(' ');
  return caveat ? { caveat } : {};
}

function excludedEntry(e: Evaluated, by: NonNullable<Evaluated['excludedBy']>): ExcludedEntry {
  return {
    jurisdiction: e.rule.jurisdiction,
    code: e.rule.code,
    title: e.rule.title,
    note: by.x.note,
    citation: by.x.citation,
    checks: by.r.checks,
  };
}

/** A "no" that turns "yes" with thresholds relaxed by `tolerance`. */
function nearMiss(e: Evaluated, item: ItemValues, tolerance: number): NearMiss | undefined {
  const relaxed = evaluateCondition(e.rule.when, item, tolerance);
  if (relaxed.outcome !== 'yes') return undefined;
  const failed = nearMissReasons(e.strict.checks, relaxed.checks);
  return {
    jurisdiction: e.rule.jurisdiction,
    code: e.rule.code,
    title: e.rule.title,
    citation: e.rule.citation,
    summary: `${e.rule.code} escaped: ${failed.map((c) => c.text).join('; ')}`,
    failed,
  };
}

function missingParameters(missingFor: ReadonlyMap<string, ReadonlySet<string>>): MissingParameter[] {
  return [...missingFor].map(([param, needed]) => {
    const def = PARAMETER_BY_NAME.get(param);
    return {
      param,
      label: parameterLabel(param),
      ...(def?.unit ? { unit: def.unit } : {}),
      description: def?.description ?? param,
      neededFor: [...needed].sort(),
    };
  });
}

/**
 * A rule whose text we know only from a snapshot date (effectiveFromIsLowerBound) says nothing about earlier dates:
 * before it the entry is not modelled, so "not listed" would be an invented answer (issue 11).
 */
function unmodelledRules(item: ItemValues, options: ClassifyOptions): ClassificationRule[] {
  return [
    ...new Map(
      (options.rules ?? CLASSIFICATION_RULES)
        .filter(
          (r) =>
            r.effectiveFromIsLowerBound &&
            options.asOf < r.effectiveFrom &&
            (!options.jurisdictions || options.jurisdictions.includes(r.jurisdiction)) &&
            evaluateCondition(r.scope, item).outcome === 'yes',
        )
        .map((r) => [key(r), r]),
    ).values(),
  ];
}

/** An "n.e.s." entry is not offered under the same condition as the entry that takes precedence over it. */
function withoutSuperseded(list: ProvisionalEntry[], rules: readonly ClassificationRule[]): ProvisionalEntry[] {
  const cond = (p: ProvisionalEntry) => `${p.jurisdiction}|${JSON.stringify(p.if)}`;
  const offered = new Set(list.map((p) => `${cond(p)}|${p.code}`));
  return list.filter((p) => {
    const rule = rules.find((r) => r.jurisdiction === p.jurisdiction && r.code === p.code);
    return !(rule?.supersededBy ?? []).some((c) => offered.has(`${cond(p)}|${c}`));
  });
}

/**
 * The strict failures inside the branch that passed with relaxed thresholds: for a banded entry
 * (3A001.b.2 by frequency range) that is the power check of the item's own band, not the band
 * selectors of every other paragraph. Falls back to every strict failure.
 */
function nearMissReasons(strict: readonly Check[], relaxed: readonly Check[]): Check[] {
  const key = (c: Check) => `${c.param}|${c.op}|${String(c.threshold)}|${c.paragraph ?? ''}`;
  const inBranch = new Set(relaxed.map(key));
  const failed = strict.filter((c) => c.outcome === 'no');
  const near = failed.filter((c) => inBranch.has(key(c)));
  return near.length ? near : failed;
}

/** A missing derived quantity is asked for by its missing inputs (tpp → bit_length when dense_tops is known). */
function askFor(param: string, item: ItemValues): string[] {
  const inputs = DERIVED_FROM[param];
  if (!inputs || !inputs.some((i) => item.values.has(i) || DERIVED_FROM[i]?.some((j) => item.values.has(j))))
    return [param];
  return inputs.filter((i) => !item.values.has(i)).flatMap((i) => askFor(i, item));
}
