/**
 * Provisional entries: for a rule the item's parameters leave undecided only for want of a
 * yes/no or a choice among a few values (the item's form, mass-market status, the kind of
 * lithography tool), the values under which it WOULD apply — "3A090.a if this is an
 * integrated circuit; 4A090.a if a computer" — so an incomplete description still gets an
 * answer to confirm rather than nothing. Numeric gaps are asked for, never assumed.
 */
import type { Jurisdiction } from '../model';
import { PARAMETER_BY_NAME } from './catalog';
import { evaluateCondition, type Outcome } from './conditions';
import { parameterLabel, valueLabel } from './labels';
import type { ItemValues, Value } from './input';
import type { ClassificationRule } from './rule';

export interface ProvisionalEntry {
  jurisdiction: Jurisdiction;
  code: string;
  title: string;
  citation: string;
  /** The values (all of them) under which the entry applies. */
  if: { param: string; value: string | boolean }[];
  summary: string;
}

/** Yes / no / unknown for one rule, exclusions included (a matching exclusion turns yes into no). */
export function ruleOutcome(rule: ClassificationRule, item: ItemValues): Outcome {
  const strict = evaluateCondition(rule.when, item).outcome;
  if (strict !== 'yes') return strict;
  const exclusions = (rule.unless ?? []).map((x) => evaluateCondition(x.when, item).outcome);
  if (exclusions.includes('yes')) return 'no';
  return exclusions.includes('unknown') ? 'unknown' : 'yes';
}

const MAX_OPEN = 2;

function choices(param: string): (string | boolean)[] | undefined {
  const def = PARAMETER_BY_NAME.get(param);
  if (def?.type === 'boolean') return [true, false];
  if (def?.type === 'enum') return [...def.values!];
  return undefined;
}

/** Every combination of values for the open parameters (at most MAX_OPEN, each finite). */
function assignments(params: readonly string[]): { param: string; value: string | boolean }[][] | undefined {
  if (params.length === 0 || params.length > MAX_OPEN) return undefined;
  let out: { param: string; value: string | boolean }[][] = [[]];
  for (const param of params) {
    const values = choices(param);
    if (!values) return undefined;
    out = out.flatMap((a) => values.map((value) => [...a, { param, value }]));
  }
  return out;
}

/** "Form of the item: integrated circuit", "Mass market (Cryptography Note): no". */
export const describeCondition = (a: { param: string; value: string | boolean }): string =>
  `${parameterLabel(a.param)}: ${valueLabel(a.param, a.value)}`;

export function provisionalEntries(
  undecided: readonly { rule: ClassificationRule; missing: ReadonlySet<string> }[],
  item: ItemValues,
): ProvisionalEntry[] {
  const out: ProvisionalEntry[] = [];
  for (const { rule, missing } of undecided) {
    const combos = assignments([...missing].sort());
    if (!combos) continue;
    for (const combo of combos) {
      const values = new Map<string, Value>(item.values);
      for (const a of combo) values.set(a.param, typeof a.value === 'string' ? [a.value] : a.value);
      const given = new Set([...item.given, ...combo.map((a) => a.param)]);
      if (ruleOutcome(rule, { ...item, values, given }) !== 'yes') continue;
      out.push({
        jurisdiction: rule.jurisdiction,
        code: rule.code,
        title: rule.title,
        citation: rule.citation,
        if: combo,
        summary: `${rule.code} if ${combo.map(describeCondition).join(' and ')}`,
      });
    }
  }
  return out;
}
