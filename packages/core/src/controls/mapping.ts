/**
 * Where a US entry sits in the other lists. The CCL, the Wassenaar list, EU Annex I and the UK
 * list number the same items alike: an ECCN whose third character says "multilateral" (774
 * Supp. 1 intro) has an entry of the same number in EU Annex I and the UK list, and — for the
 * Wassenaar range (x0xx) — in the Wassenaar list as "3.B.1". US-only series (5xx/6xx/9xx and
 * the advanced-computing entries) have none; the curated notes below say what does apply.
 */
import { isEccn, isMultilateral, parseControlCode, regimeOf } from './eccn';
import type { Jurisdiction, Regime } from './model';

export interface CounterpartEntry {
  jurisdiction: Jurisdiction;
  /** The entry there, in that list's numbering; absent when there is none. */
  code?: string;
  relation: 'same_number' | 'no_equivalent' | 'national_measure' | 'differs';
  note: string;
  citation: string;
  /** false: from a secondary source or derived by numbering, not checked against that list's text. */
  verified: boolean;
}

/** "3B001.f.1.a" → "3.B.1.f.1.a" (the Wassenaar list's numbering). */
export function wassenaarNumber(code: string): string {
  const { entry, label } = parseControlCode(code);
  const m = /^(\d)([A-E])(\d{3})$/.exec(entry);
  if (!m) return code;
  return `${m[1]}.${m[2]}.${Number(m[3])}${label ? `.${label}` : ''}`;
}

/** Curated departures from "same number", by US entry or paragraph prefix. */
const CURATED: ReadonlyArray<{ prefix: string; entries: CounterpartEntry[] }> = [
  {
    prefix: '3A090',
    entries: [
      { jurisdiction: 'EU', code: '3A501', relation: 'differs', note: 'US-unilateral advanced-computing entry; the EU added its own 500-series entry for advanced-computing ICs (reported at 3A501.a.16) when it replaced Annex I.', citation: 'Delegated Regulation (EU) 2025/2003 (OJ 14 Nov 2025), Annex I 3A501', verified: false },
      { jurisdiction: 'WA', relation: 'no_equivalent', note: 'Agreed outside the Wassenaar Arrangement (Oct-2022/Oct-2023 US rules).', citation: '88 FR 73458', verified: false },
    ],
  },
  {
    prefix: '4A090',
    entries: [
      { jurisdiction: 'EU', code: '4A507', relation: 'differs', note: 'Computers and assemblies containing advanced-computing ICs: EU 500-series entry.', citation: 'Delegated Regulation (EU) 2025/2003, Annex I 4A507', verified: false },
      { jurisdiction: 'WA', relation: 'no_equivalent', note: 'Agreed outside the Wassenaar Arrangement.', citation: '88 FR 73458', verified: false },
    ],
  },
  {
    prefix: '3B001.f.1.b',
    entries: [
      { jurisdiction: 'NL', relation: 'national_measure', note: 'Dutch national licence requirement for advanced immersion DUV (NXT:2000i and up since 1 Sep 2023; NXT:1970i/1980i from 7 Sep 2024) for exports outside the EU.', citation: 'Regeling geavanceerde productieapparatuur voor halfgeleiders (2023, amended 2024)', verified: false },
      { jurisdiction: 'JP', relation: 'national_measure', note: 'Japan added 23 semiconductor-manufacturing items to its control list effective 23 Jul 2023.', citation: 'METI amendment of the Export Trade Control Order, in force 23 Jul 2023', verified: false },
    ],
  },
  {
    prefix: '5A992',
    entries: [{ jurisdiction: 'EU', relation: 'no_equivalent', note: 'Mass-market items released by the Cryptography Note are not listed in Annex I.', citation: 'Reg. (EU) 2021/821 Annex I, Category 5 Part 2 Note 3', verified: false }],
  },
];

const NO_EQUIVALENT: Partial<Record<Regime, string>> = {
  us_anti_terrorism: 'AT-only US entry (x9xx): not on the multilateral lists.',
  us_500_series: 'US 500-series (ex-USML "600"/"500" items): see the national military lists (EU Common Military List).',
  us_600_series: 'US 600-series military items: see the EU Common Military List and national military lists.',
  us_unilateral: 'US-unilateral entry: no multilateral counterpart.',
};

/** The counterparts of a US ECCN (entry or paragraph) in WA, EU and UK numbering, with curated departures. */
export function counterparts(usCode: string): CounterpartEntry[] {
  const { entry } = parseControlCode(usCode);
  if (!isEccn(entry)) return [];
  const regime = regimeOf(entry);
  const curated = CURATED.filter((c) => usCode.startsWith(c.prefix) || c.prefix.startsWith(`${usCode}.`) || c.prefix === entry).flatMap((c) => c.entries);
  const out: CounterpartEntry[] = [];
  const has = (j: Jurisdiction) => curated.some((c) => c.jurisdiction === j);
  if (isMultilateral(regime)) {
    if (regime === 'wassenaar' && !has('WA')) out.push({ jurisdiction: 'WA', code: wassenaarNumber(usCode), relation: 'same_number', note: 'Wassenaar Dual-Use List entry of the same number.', citation: 'WA-LIST, Dual-Use List', verified: false });
    for (const j of ['EU', 'UK'] as const) {
      if (!has(j)) out.push({ jurisdiction: j, code: usCode, relation: 'same_number', note: `${j === 'EU' ? 'EU Annex I' : 'UK Strategic Export Control List'} entry of the same number (multilateral regime entry).`, citation: j === 'EU' ? 'Reg. (EU) 2021/821 Annex I' : 'Export Control Order 2008 Sch. 3', verified: false });
    }
  } else if (regime && NO_EQUIVALENT[regime]) {
    for (const j of ['WA', 'EU', 'UK'] as const) if (!has(j)) out.push({ jurisdiction: j, relation: 'no_equivalent', note: NO_EQUIVALENT[regime]!, citation: '15 CFR 774 Supp. 1 (numbering)', verified: false });
  }
  return [...curated, ...out];
}
