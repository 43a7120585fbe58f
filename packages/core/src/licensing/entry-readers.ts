/**
 * Which jurisdictions' rules read an item's control-list entry (its reasons for control and
 * licence-exception lines, e.g. 15 CFR 738.4 and 740.3(a)), found from the rules themselves. For
 * those, an entry missing from the loaded data is an open question (and the conditions fail closed);
 * for the others the entry is looked up and shown, but nothing they decide rests on it.
 */
import type { LicensingJurisdiction, LicensingRule, RuleCondition } from './model';

/** The condition kinds that read `facts.entry` / `facts.columns` (conditions.ts). */
const ENTRY_KINDS = ['chartColumn', 'exceptionLine', 'exceptionLineExcludes', 'withinLvsLimit'] as const;

function readsEntry(c: RuleCondition): boolean {
  if ('all' in c) return c.all.some(readsEntry);
  if ('any' in c) return c.any.some(readsEntry);
  if ('not' in c) return readsEntry(c.not);
  return ENTRY_KINDS.some((k) => k in c);
}

const MEMO = new WeakMap<readonly LicensingRule[], ReadonlySet<LicensingJurisdiction>>();

/**
 * The jurisdictions among `rules` with a rule whose condition reads the entry; memoised per rule set (rules are data,
 * never changed).
 */
export function jurisdictionsReadingEntry(rules: readonly LicensingRule[]): ReadonlySet<LicensingJurisdiction> {
  let out = MEMO.get(rules);
  if (!out) {
    const found = new Set<LicensingJurisdiction>();
    for (const r of rules) if (readsEntry(r.when) || (r.metWhen && readsEntry(r.metWhen))) found.add(r.jurisdiction);
    MEMO.set(rules, (out = found));
  }
  return out;
}
