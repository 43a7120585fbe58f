/**
 * The restricted-party lists with licensing consequences, read from the rules themselves: a list
 * counts when a rule's condition names it (`partyOnList`), and its consequence is that rule's —
 * e.g. us-bis-entity-list → US-744.11-entity-list (15 CFR 744.11; 744 Supp. 4), eu-833-annex-iv →
 * Reg. (EU) 833/2014 Art. 2b(1), Annex IV. A screening hit on any other list (UN, PEP...) is for
 * the screening officer, not a licence requirement. No hand-kept table: a new rule naming a list
 * makes it consequential.
 */
import type { LicensingJurisdiction, LicensingRule, RuleCondition } from './model';
import { ALL_RULES } from './rules';

export interface ListConsequence {
  list: string;
  /** The rules that give a hit on the list its effect, with their citations. */
  rules: { id: string; jurisdiction: LicensingJurisdiction; title: string; citation: string }[];
}

function listsNamed(c: RuleCondition, out: Set<string>): Set<string> {
  if ('all' in c) for (const x of c.all) listsNamed(x, out);
  else if ('any' in c) for (const x of c.any) listsNamed(x, out);
  else if ('not' in c) listsNamed(c.not, out);
  else if ('partyOnList' in c) for (const l of c.partyOnList) out.add(l);
  return out;
}

const MEMO = new WeakMap<readonly LicensingRule[], ReadonlyMap<string, ListConsequence>>();

/** List id → the rules that read hits on it; memoised per rule set. */
export function consequentialLists(rules: readonly LicensingRule[] = ALL_RULES): ReadonlyMap<string, ListConsequence> {
  let out = MEMO.get(rules);
  if (out) return out;
  const found = new Map<string, ListConsequence>();
  for (const r of rules)
    for (const list of listsNamed(r.when, new Set())) {
      let c = found.get(list);
      if (!c) found.set(list, (c = { list, rules: [] }));
      c.rules.push({ id: r.id, jurisdiction: r.jurisdiction, title: r.title, citation: r.citation });
    }
  MEMO.set(rules, (out = found));
  return out;
}
