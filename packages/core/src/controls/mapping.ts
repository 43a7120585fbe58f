/**
 * Where a US entry sits in the other lists. The CCL, the Wassenaar list, EU Annex I, the UK
 * dual-use list and Australia's DSGL Part 2 number the same items alike: an ECCN whose third
 * character says "multilateral" (774 Supp. 1 intro) has an entry of the same number in EU Annex
 * I, the UK list and the DSGL, and — for the Wassenaar range (x0xx) — in the Wassenaar list as
 * "3.B.1". US-only entries (3A090/4A090/3B090 and the other advanced-computing and SME entries,
 * the 5xx and 6xx series incl. 0Y521 and 9x515, the AT-only 9xx) have none. The reviewed data in
 * data/ says where the EU differs and which national entries (NL, JP, UK PL) overlay an ECCN.
 */
import { isEccn, isMultilateral, parseControlCode, regimeOf } from './eccn';
import type { Jurisdiction, Regime } from './model';
import type { CuratedItem } from './data/curated';
import { AU_DSGL } from './data/au';
import { EU_AUTONOMOUS, EU_DIFFERS } from './data/eu';
import { EU_ANNEX_IV } from './data/eu-annex-iv';
import { JP_SME_2023 } from './data/jp';
import { NL_NATIONAL } from './data/nl';
import { UK_NATIONAL } from './data/uk';

/**
 * same_item: the entry of the same number controls the same item; differs: same number, but the
 * scope differs (say how); us_unilateral: no counterpart there — the US controls it alone;
 * national_only: a national (non-multilateral) entry of that country covers or overlays it.
 */
export type CounterpartRelation = 'same_item' | 'differs' | 'us_unilateral' | 'national_only';

export interface CounterpartEntry {
  jurisdiction: Jurisdiction;
  /** The entry there, in that list's numbering; absent when there is none. */
  code?: string;
  relation: CounterpartRelation;
  note: string;
  citation: string;
  /** false: derived by numbering or from a secondary source, not checked against that list's text. */
  verified: boolean;
  /** Date from which the counterpart applies, when it is a dated national/EU-autonomous entry. */
  effectiveFrom?: string;
}

/** "3B001.f.1.a" → "3.B.1.f.1.a" (the Wassenaar list's numbering). */
export function wassenaarNumber(code: string): string {
  const { entry, label } = parseControlCode(code);
  const m = /^(\d)([A-E])(\d{3})$/.exec(entry);
  if (!m) return code;
  return `${m[1]}.${m[2]}.${Number(m[3])}${label ? `.${label}` : ''}`;
}

const UNILATERAL_NOTE: Partial<Record<Regime, string>> = {
  us_anti_terrorism: 'AT-only US entry (x9xx): on no multilateral list.',
  us_500_series:
    'US 500-series (items moved from the USML, incl. 0Y521 and 9x515): not on the dual-use lists; see the national military lists (EU Common Military List, UK Schedule 2).',
  us_600_series:
    'US 600-series military items: not on the dual-use lists; see the EU Common Military List and national military lists.',
  us_unilateral:
    'US-unilateral entry (agreed outside the regimes, e.g. the Oct-2022/Oct-2023 advanced-computing and SME rules): no counterpart by number.',
};

/** Does curated `usCounterparts` entry `c` concern US code `usCode` (same, broader or narrower)? */
const concerns = (c: string, usCode: string) =>
  c === usCode || usCode.startsWith(`${c}.`) || c.startsWith(`${usCode}.`);
const inForceOn = (i: CuratedItem, asOf?: string) =>
  !asOf || (i.effectiveFrom <= asOf && (!i.effectiveTo || asOf < i.effectiveTo));

const NATIONAL: ReadonlyArray<{ jurisdiction: Jurisdiction; items: readonly CuratedItem[] }> = [
  { jurisdiction: 'NL', items: NL_NATIONAL },
  { jurisdiction: 'JP', items: JP_SME_2023 },
  { jurisdiction: 'UK', items: UK_NATIONAL },
];

function nationalCounterparts(usCode: string, asOf?: string): CounterpartEntry[] {
  return NATIONAL.flatMap(({ jurisdiction, items }) =>
    items
      .filter((i) => inForceOn(i, asOf) && i.usCounterparts?.some((c) => concerns(c, usCode)))
      .map((i) => ({
        jurisdiction,
        code: i.code,
        relation: 'national_only' as const,
        note: `${i.heading}: ${i.summary}`,
        citation: i.citation,
        verified: i.verified,
        effectiveFrom: i.effectiveFrom,
      })),
  );
}

/**
 * The counterparts of a US ECCN (entry or paragraph) in WA, EU, UK and AU numbering, and the
 * national entries overlaying it. `asOf` limits dated national and EU-autonomous entries to
 * those in force then; without it, all are listed.
 */
export function counterparts(usCode: string, asOf?: string): CounterpartEntry[] {
  const { entry } = parseControlCode(usCode);
  // 0Y521-9Y521 (15 CFR 742.6(a)(7)): temporary US-only controls, outside the A-E grammar of eccn.ts.
  const y521 = /^[0-9]Y521$/.test(entry);
  if (!isEccn(entry) && !y521) return [];
  const regime: Regime | undefined = y521 ? 'us_500_series' : regimeOf(entry);
  const national = nationalCounterparts(usCode, asOf);
  const out: CounterpartEntry[] = [];
  if (isMultilateral(regime)) {
    if (regime === 'wassenaar')
      out.push({
        jurisdiction: 'WA',
        code: wassenaarNumber(usCode),
        relation: 'same_item',
        note: 'Wassenaar Dual-Use List entry of the same number.',
        citation: 'Wassenaar Arrangement List of Dual-Use Goods and Technologies',
        verified: false,
      });
    const differs = EU_DIFFERS.find((d) => d.usCode === entry);
    const annexIV = EU_ANNEX_IV.find((i) => i.code === entry);
    const transfer = annexIV
      ? ` Also in Annex IV Part ${/Part (I+)$/.exec(annexIV.citation)?.[1] ?? '?'} as "${annexIV.heading}": intra-EU transfer of what that covers needs an authorisation (Art. 11(1)) [Annex IV listing unverified].`
      : '';
    out.push(
      differs
        ? {
            jurisdiction: 'EU',
            code: usCode,
            relation: 'differs',
            note: differs.how + transfer,
            citation: differs.citation,
            verified: differs.verified,
          }
        : {
            jurisdiction: 'EU',
            code: usCode,
            relation: 'same_item',
            note: `EU Annex I entry of the same number (multilateral regime entry).${transfer}`,
            citation: 'Reg. (EU) 2021/821 Annex I',
            verified: false,
          },
    );
    if (!national.some((n) => n.jurisdiction === 'UK')) {
      out.push({
        jurisdiction: 'UK',
        code: usCode,
        relation: differs ? 'differs' : 'same_item',
        note: differs
          ? `UK dual-use list (assimilated Annex I) follows the regime text: ${differs.how}`
          : 'UK dual-use list (assimilated Annex I) entry of the same number.',
        citation: 'Export Control Order 2008 art. 2 (assimilated Reg. (EC) 428/2009 Annex I)',
        verified: false,
      });
    }
    out.push({
      jurisdiction: 'AU',
      code: usCode,
      relation: differs ? 'differs' : 'same_item',
      note: `DSGL Part 2 entry of the same number. ${AU_DSGL.numbering}`,
      citation: AU_DSGL.citation,
      verified: false,
    });
  } else if (regime && UNILATERAL_NOTE[regime]) {
    const eu = EU_AUTONOMOUS.find((i) => inForceOn(i, asOf) && i.usCounterparts?.includes(entry));
    for (const j of ['WA', 'EU', 'UK', 'AU'] as const) {
      if (national.some((n) => n.jurisdiction === j)) continue;
      const euNote =
        j === 'EU' && eu
          ? ` The EU controls a comparable but different item under its own entry ${eu.code} (${eu.citation}, from ${eu.effectiveFrom}; unverified): classify against it separately.`
          : '';
      out.push({
        jurisdiction: j,
        relation: 'us_unilateral',
        note: `${UNILATERAL_NOTE[regime]!}${euNote}`,
        citation: '15 CFR 774 Supp. 1 (numbering: third character of the ECCN)',
        verified: false,
      });
    }
  }
  return [...out, ...national];
}

export interface MappingRow {
  code: string;
  relations: Partial<Record<Jurisdiction, CounterpartRelation>>;
  national: string[];
}

/** The mapping of every given US ECCN at once (e.g. all 605 of a CCL version), for review and counts. */
export function mappingTable(usCodes: readonly string[], asOf?: string): MappingRow[] {
  return usCodes.map((code) => {
    const cs = counterparts(code, asOf);
    const relations: MappingRow['relations'] = {};
    for (const c of cs) if (c.relation !== 'national_only') relations[c.jurisdiction] = c.relation;
    return {
      code,
      relations,
      national: cs.filter((c) => c.relation === 'national_only').map((c) => `${c.jurisdiction}:${c.code}`),
    };
  });
}
