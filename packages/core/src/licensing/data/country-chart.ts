/**
 * Commerce Country Chart, 15 CFR part 738, Supplement No. 1: the X marks per destination.
 *
 * Sources and review status. No tabular official source was reachable in these sessions. Three
 * things were:
 * 1. The columns' own definitions in part 742, which fix whole columns: NS1, MT1, RS1 = every
 *    destination except Canada (742.4(a)(1), 742.5(a)(1), 742.6(a)(1); and AU, GB since 4.); CB1 = every destination
 *    including Canada (742.2(a)(1)); AT1/AT2 = only the E:1 states (742.8 Iran, 742.9 Syria,
 *    742.19 North Korea). These give the `PARTIAL` rows below.
 * 2. The bis.gov rendering of the chart (bis.gov/title-15/.../part-738), which flattens each row:
 *    adjacent X cells are glued ("XXXXX") and a run of empty cells becomes one space. A row can be
 *    decoded only where the known columns (1.) leave one reading; `DECODED` rows say so. The X count
 *    of every decoded row agrees with a second rendering of the eCFR table (as of 20 Jun 2026).
 * 3. A public parse of the eCFR XML of the supplement (content date 2026-09-01) that asserts
 *    Canada = CB1 and FC1 and nothing else.
 * 4. The AUKUS rule, 89 FR 28594 (19 Apr 2024), which removed the X in NS1, MT1 and RS1 for
 *    Australia and the UK (rows versioned by date; its 0x5zz footnote is a rule in rules-us-chart.ts).
 * Columns that depend on regime membership (NS2, NP1, CB2, CC1, CC3, FC1...) are `unknown` for a
 * PARTIAL row. A destination without a row, or a column listed as `unknown`, is NOT "no X": the
 * engine treats it as marked and raises an open question (fails closed).
 */
import type { ChartColumn } from '../../controls/model';

/**
 * `unknown`: columns not transcribed for the destination (the engine fails closed on them).
 * `from` / `to` (ISO dates, `to` exclusive): the row version's dates, for destinations whose marks changed.
 */
export interface ChartRow { country: string; marked: readonly ChartColumn[]; unknown?: readonly ChartColumn[]; unverified?: string; from?: string; to?: string }

export const CHART_CITATION = '15 CFR part 738, Supplement No. 1 (Commerce Country Chart)';
/** The chart as amended by the Russia/Belarus rules of 2022 (87 FR 12226); earlier changes are not modelled. */
export const CHART_EFFECTIVE_FROM = '2015-01-01';

const ALLY: ChartColumn[] = ['CB1', 'NS1', 'MT1', 'RS1'];
/** Effective date of the AUKUS rule, 89 FR 28594 (19 Apr 2024). */
export const AUKUS = '2024-04-19';
const CONCERN: ChartColumn[] = ['CB1', 'CB2', 'NP1', 'NS1', 'NS2', 'MT1', 'RS1', 'RS2', 'CC1', 'CC3'];
const CONCERN_UNREAD: ChartColumn[] = ['CB3', 'NP2', 'FC1', 'CC2'];
const EMBARGOED: ChartColumn[] = ['CB1', 'CB2', 'CB3', 'NP1', 'NP2', 'NS1', 'NS2', 'MT1', 'RS1', 'RS2', 'CC1', 'CC2', 'CC3'];
/** Columns fixed by part 742 for every destination other than Canada and the E:1 states (see 1. above). */
const FIXED: ChartColumn[] = ['CB1', 'NS1', 'MT1', 'RS1'];
/** Columns that depend on the destination's regime memberships: not derivable, left to a human. */
const REGIME_DEPENDENT: ChartColumn[] = ['CB2', 'CB3', 'NP1', 'NP2', 'NS2', 'RS2', 'FC1', 'CC1', 'CC2', 'CC3'];
const DECODE_NOTE = 'decoded from the flattened bis.gov rendering (runs of X glued, empty runs collapsed); the reading is the only one consistent with the 742 column definitions';
/**
 * Rows decoded from the bis.gov rendering (2. above), e.g. "AlgeriaXX X XXXXX X X" = CB1 CB2 _ NP1 _
 * NS1 NS2 MT1 RS1 RS2 _ CC1 _ CC3: NS1 (6th) and RS1 (9th) must sit in the run of five, which fixes it
 * at NS1..RS2; AT1/AT2 are blank outside E:1, which fixes the last two X at CC1 and CC3.
 */
const DECODED: ChartRow[] = [
  { country: 'AF', marked: ['CB1', 'CB2', 'CB3', 'NP1', 'NS1', 'NS2', 'MT1', 'RS1', 'RS2', 'CC1', 'CC3'], unverified: `"XXXX XXXXX X X": ${DECODE_NOTE}` },
  { country: 'AL', marked: ['CB1', 'CB2', 'NP1', 'NS1', 'NS2', 'MT1', 'RS1', 'RS2'], unverified: `"XX X XXXXX": ${DECODE_NOTE}` },
  ...['DZ', 'AD', 'AO', 'AW'].map((country) => ({ country, marked: ['CB1', 'CB2', 'NP1', 'NS1', 'NS2', 'MT1', 'RS1', 'RS2', 'CC1', 'CC3'] as ChartColumn[], unverified: `"XX X XXXXX X X": ${DECODE_NOTE}` })),
  // OAS members: the run of seven after NP1 reaches FC1 and CC1 ("XX X XXXXXXX X").
  ...['AG', 'BS'].map((country) => ({ country, marked: ['CB1', 'CB2', 'NP1', 'NS1', 'NS2', 'MT1', 'RS1', 'RS2', 'FC1', 'CC1', 'CC3'] as ChartColumn[], unverified: `"XX X XXXXXXX X": ${DECODE_NOTE}` })),
  // Argentina "X X XX XX X": CB1 _ NS1 _ MT1 RS1 _ FC1 CC1 _ CC3 (A:1, so no NS2).
  { country: 'AR', marked: ['CB1', 'NS1', 'MT1', 'RS1', 'FC1', 'CC1', 'CC3'], unverified: `"X X XX XX X": ${DECODE_NOTE}` },
];
/**
 * Destinations with only the part-742-fixed columns transcribed (1. above): Africa, Latin America
 * and the Caribbean, South and South-East Asia, the Gulf and the Levant, and Europe outside the EU.
 */
const PARTIAL_COUNTRIES = [
  // Africa
  'DZ', 'AO', 'BJ', 'BW', 'BF', 'BI', 'CM', 'CV', 'CF', 'TD', 'KM', 'CD', 'CG', 'CI', 'DJ', 'EG', 'GQ', 'ER', 'SZ', 'ET', 'GA', 'GM', 'GH', 'GN', 'GW', 'KE', 'LS', 'LR', 'LY', 'MG', 'MW', 'ML', 'MR', 'MU', 'MA', 'MZ', 'NA', 'NE', 'NG', 'RW', 'ST', 'SN', 'SC', 'SL', 'SO', 'ZA', 'SS', 'SD', 'TZ', 'TG', 'TN', 'UG', 'ZM', 'ZW',
  // Latin America and the Caribbean
  'AG', 'AW', 'BS', 'BB', 'BZ', 'BO', 'CL', 'CO', 'CR', 'DM', 'DO', 'EC', 'SV', 'GD', 'GT', 'GY', 'HT', 'HN', 'JM', 'NI', 'PA', 'PY', 'PE', 'KN', 'LC', 'VC', 'SR', 'TT', 'UY',
  // South, South-East and East Asia
  'AF', 'IN', 'PK', 'BD', 'LK', 'NP', 'BT', 'MV', 'ID', 'MY', 'TH', 'VN', 'PH', 'SG', 'MM', 'KH', 'LA', 'BN', 'TL', 'MN', 'TW', 'TM',
  // Gulf and Middle East
  'SA', 'QA', 'KW', 'BH', 'OM', 'YE', 'IQ', 'JO', 'LB', 'IL',
  // Europe outside the EU
  'AL', 'AD', 'BA', 'ME', 'MK', 'MD', 'RS', 'UA', 'MC', 'SM', 'VA',
];
const EU27 = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];

export const COUNTRY_CHART: readonly ChartRow[] = [
  // Canada: CB1 (742.2(a)(1): all destinations) and FC1 (OAS member, 742.17) only — eCFR XML as of 2026-09-01.
  { country: 'CA', marked: ['CB1', 'FC1'] },
  // Wassenaar/NSG/AG/MTCR partners not in D or E groups.
  ...[...EU27.filter((c) => c !== 'CY'), 'JP', 'NZ', 'NO', 'CH', 'KR'].map((country) => ({ country, marked: ALLY })),
  // AUKUS rule, 89 FR 28594 (effective 19 Apr 2024): the X in NS1, MT1 and RS1 removed for Australia and
  // the UK (the 2026 rendering shows a single X, CB1, for Australia). The chart footnote keeping NS1/RS1
  // licences for parts of the 0x5zz firearms entries is the rule US-738-fn-AUKUS-0x5zz (rules-us-chart.ts).
  ...['AU', 'GB'].flatMap((country) => [{ country, marked: ALLY, to: AUKUS }, { country, marked: ['CB1'] as ChartColumn[], from: AUKUS }]),
  ...['IS', 'LI'].map((country) => ({ country, marked: [...ALLY, 'NS2', 'RS2'] as ChartColumn[], unverified: 'not A:1: NS2/RS2 assumed marked' })),
  { country: 'CY', marked: [...ALLY, 'NS2', 'RS2'], unverified: 'Cyprus: NS2/RS2 (not A:1) — check CC columns' },
  { country: 'TR', marked: ALLY, unverified: 'Turkey: regime-membership columns' },
  ...DECODED,
  { country: 'MX', marked: [...ALLY, 'FC1'], unverified: 'Mexico: FC1, NS2' },
  { country: 'BR', marked: [...ALLY, 'NS2', 'RS2', 'FC1'], unverified: 'Brazil: CC1, FC1' },
  // A second rendering of the eCFR table (as of 20 Jun 2026) counts 12 X for China and Belarus, two more
  // than transcribed: two of CB3, NP2, FC1, CC2 are marked, which is not readable there — left unknown.
  { country: 'CN', marked: CONCERN, unknown: CONCERN_UNREAD, unverified: 'two of CB3, NP2, FC1, CC2 are marked (X count 12)' },
  { country: 'MO', marked: CONCERN, unknown: CONCERN_UNREAD, unverified: 'Macau row assumed equal to China' },
  { country: 'RU', marked: CONCERN, unknown: CONCERN_UNREAD, unverified: 'the Russia row was not in the renderings read; every CCL item needs a licence under 746.8(a)(1) anyway' },
  { country: 'BY', marked: CONCERN, unknown: CONCERN_UNREAD, unverified: 'two of CB3, NP2, FC1, CC2 are marked (X count 12); 746.8(a)(1) applies anyway' },
  { country: 'VE', marked: [...CONCERN, 'FC1'] },
  // Armenia and Azerbaijan "XXXX XXXXX XX" (bis.gov): CB1-NP1, NS1-RS2, then two adjacent X among CC1-CC3
  // (AT blank): CC2 certainly, CC1 or CC3 — left unknown.
  ...['AM', 'AZ'].map((country) => ({ country, marked: ['CB1', 'CB2', 'CB3', 'NP1', 'NS1', 'NS2', 'MT1', 'RS1', 'RS2', 'CC2'] as ChartColumn[], unknown: ['CC1', 'CC3'] as ChartColumn[], unverified: `"XXXX XXXXX XX": ${DECODE_NOTE}` })),
  ...['AE', 'KZ', 'KG', 'GE', 'UZ', 'TJ'].map((country) => ({ country, marked: ['CB1', 'CB2', 'NP1', 'NS1', 'NS2', 'MT1', 'RS1', 'RS2', 'CC1'] as ChartColumn[], unverified: 'CB2, NP1, CC1 marks' })),
  // E:1 states: every column including AT (742.8 Iran, 742.19 North Korea, 742.9 Syria); E:2 Cuba: no AT column, 746.2 governs.
  ...['IR', 'KP', 'SY'].map((country) => ({ country, marked: [...EMBARGOED, 'AT1', 'AT2'] as ChartColumn[], unverified: 'AT2 marks' })),
  { country: 'CU', marked: EMBARGOED },
  ...PARTIAL_COUNTRIES.filter((c) => !DECODED.some((r) => r.country === c)).map((country) => ({ country, marked: FIXED, unknown: REGIME_DEPENDENT })),
];

const BY_COUNTRY = new Map<string, ChartRow[]>();
for (const r of COUNTRY_CHART) BY_COUNTRY.set(r.country, [...(BY_COUNTRY.get(r.country) ?? []), r]);

/**
 * true / false, or undefined when the destination's row or this column of it is not transcribed (callers
 * fail closed). `asOf` picks the row version in force; without it, the latest.
 */
export function chartMarked(country: string, column: ChartColumn, asOf?: string): boolean | undefined {
  const rows = BY_COUNTRY.get(country === 'HK' ? 'CN' : country);
  const row = rows?.find((r) => asOf === undefined ? r.to === undefined : (r.from ?? '') <= asOf && (r.to === undefined || asOf < r.to));
  if (!row || row.unknown?.includes(column)) return undefined;
  return row.marked.includes(column);
}
