/**
 * All parametric rules. US rules are transcribed (./rules-us-*.ts); the Wassenaar, EU and UK
 * rules for entries whose US number says they implement a Wassenaar entry (regime digit 0,
 * 15 CFR 774 Supp. 1) are derived from the US rule under the same number — the CCL, EU
 * Annex I and the UK list all number dual-use items by the Wassenaar list. Only entries
 * curated below are derived: where the US text departs from Wassenaar or is US-only
 * (3B001.f.1.b's overlay test, 3A090/4A090, 3A991, 2B991, 5A992, 6A993, the 9x9 entries 3B993/3D993/4A906,
 * and the 600-series 9A610) nothing is derived.
 */
import type { Jurisdiction } from '../model';
import type { ClassificationRule } from './rule';
import { US_COMPUTING_RULES } from './rules-us-computing';
import { US_EQUIPMENT_RULES } from './rules-us-equipment';
import { US_OTHER_RULES } from './rules-us-other';
import { US_AEROSPACE_RULES } from './rules-us-aerospace';
import { US_QUANTUM_SURVEILLANCE_RULES } from './rules-us-quantum-surveillance';
import { US_SEMICONDUCTOR_RULES } from './rules-us-semiconductor';

export const US_RULES: readonly ClassificationRule[] = [
  ...US_COMPUTING_RULES,
  ...US_EQUIPMENT_RULES,
  ...US_OTHER_RULES,
  ...US_SEMICONDUCTOR_RULES,
  ...US_AEROSPACE_RULES,
  ...US_QUANTUM_SURVEILLANCE_RULES,
];

interface Multilateral {
  jurisdiction: Jurisdiction;
  citation: (code: string) => string;
  amendedBy: string;
  effectiveFrom: string;
}

const MULTILATERAL: readonly Multilateral[] = [
  {
    jurisdiction: 'WA',
    citation: (c) =>
      `Wassenaar Arrangement List of Dual-Use Goods and Technologies, ${c.replace(/^(\d)([A-E])(\d{3})/, (_m, a, b, n) => `${a}.${b}.${Number(n)}`)}`,
    amendedBy: 'Wassenaar list in force on the date (version to verify)',
    effectiveFrom: '2024-12-05',
  },
  {
    jurisdiction: 'EU',
    citation: (c) => `Reg. (EU) 2021/821 Annex I, ${c} (as replaced by Delegated Reg. (EU) 2025/2003)`,
    amendedBy: 'Delegated Regulation (EU) 2025/2003',
    effectiveFrom: '2025-11-15',
  },
  {
    jurisdiction: 'UK',
    citation: (c) => `UK Strategic Export Control List (Export Control Order 2008 Sch. 3), ${c}`,
    amendedBy: 'UK list in force on the date (version to verify)',
    effectiveFrom: '2025-01-16',
  },
];

/**
 * US rules whose text is taken to be the Wassenaar text. NOT yet checked paragraph by paragraph
 * against the WA list, Annex I or the UK list: every derived rule carries that caveat.
 */
const DERIVE: ReadonlySet<string> = new Set([
  '3B001.f.1.a',
  '2B001.a',
  '2B001.b.1',
  '2B001.b.2',
  '2B001.b.3',
  '2B001.c.1',
  '2B001.c.2',
  '5A002.a',
  '6A003.b.4.b',
  '9A012.a',
  '7A005.a',
  '7A005.b',
  '4A005',
  '4D004',
  '3D003',
  '3A001.a.5.a',
  '3A001.b.2',
  '3A001.b.3',
  '7A003.a',
  '7A003.b',
  '7A003.c',
  '5A001.j',
]);

export const DERIVED_RULES: readonly ClassificationRule[] = US_RULES.filter((r) => DERIVE.has(r.code)).flatMap((r) =>
  MULTILATERAL.map((m): ClassificationRule => ({
    ...r,
    jurisdiction: m.jurisdiction,
    citation: m.citation(r.code),
    amendedBy: m.amendedBy,
    effectiveFrom: m.effectiveFrom,
    effectiveFromIsLowerBound: true,
    supersededBy: r.supersededBy?.filter((c) => DERIVE.has(c)),
    caveat: [
      r.caveat,
      `Derived from the US text of ${r.code} (same Wassenaar-numbered entry); check the ${m.jurisdiction} text before relying on it.`,
    ]
      .filter(Boolean)
      .join(' '),
  })),
);

export const CLASSIFICATION_RULES: readonly ClassificationRule[] = [...US_RULES, ...DERIVED_RULES];

/** Entries (not paragraphs) with a parametric test, per jurisdiction: the coverage figure we report. */
export function parametricCoverage(
  rules: readonly ClassificationRule[] = CLASSIFICATION_RULES,
): Record<string, string[]> {
  const out: Record<string, Set<string>> = {};
  for (const r of rules) (out[r.jurisdiction] ??= new Set()).add(r.code.split('.')[0]!);
  return Object.fromEntries(Object.entries(out).map(([j, s]) => [j, [...s].sort()]));
}
